#pragma once

#include "domain/Result.h"
#include "domain/calendar/CalendarDay.h"
#include "domain/calendar/HolidayCalendar.h"
#include "domain/calendar/OfficeHours.h"

#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

namespace motcua {

// A workspace's calendar in the encrypted database (migration 0003_calendar): the administrator's
// day entries (layered over the official table and the rules, date by date) and each office's
// hours. Used on the thread that owns the connection. Writes that touch several rows run in one
// transaction: on failure nothing changes.
class CalendarStore {
public:
    explicit CalendarStore(QSqlDatabase db);

    Result<QList<CalendarDay>> days() const;         // every entry, by date
    Result<QList<CalendarDay>> days(int year) const; // the entries of one year, by date
    Status setDay(const CalendarDay &day);           // insert or replace the entry of that date
    Status removeDay(const QDate &date);             // back to the official table / rules
    Status replaceYear(int year, const QList<CalendarDay> &days); // e.g. a table from the portal

    // nullopt when the office has no stored hours (it keeps OfficeHours::standard()).
    Result<std::optional<OfficeHours>> officeHours(const QString &officeCode) const;
    Status setOfficeHours(const QString &officeCode, const OfficeHours &hours); // validated first
    Status clearOfficeHours(const QString &officeCode);

    // The office's time zone (offices.timezone of 0001_core); Asia/Ho_Chi_Minh when the office is
    // unknown or the zone name is not one this system knows.
    Result<QTimeZone> officeTimeZone(const QString &officeCode) const;

    // The bundled official table with this workspace's entries on top.
    Result<HolidayCalendar> holidayCalendar(const OfficialDayTable &official) const;

private:
    Result<QList<CalendarDay>> query(const QString &sql, const QVariantList &binds) const;
    QSqlDatabase m_db;
};

} // namespace motcua
