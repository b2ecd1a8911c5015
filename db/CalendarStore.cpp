#include "db/CalendarStore.h"
#include "db/SqlError.h"
#include "db/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {

namespace {

Error badDay(const QString &detail) { return Error(QStringLiteral("calendar.bad-day"), detail); }

Status checkDay(const CalendarDay &d)
{
    if (!d.date.isValid())
        return badDay(QStringLiteral("invalid date"));
    if (d.description.trimmed().isEmpty())
        return badDay(QStringLiteral("empty description for ") + d.date.toString(Qt::ISODate));
    return {};
}

using Transaction = SqlTransaction;

Status insertDay(QSqlDatabase &db, const CalendarDay &d)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO calendar_days(date, kind, description, source) VALUES(?, ?, ?, ?)"));
    q.addBindValue(d.date.toString(Qt::ISODate));
    q.addBindValue(calendarDayKindName(d.kind));
    q.addBindValue(d.description.trimmed());
    q.addBindValue(d.source.isEmpty() ? QStringLiteral("admin") : d.source);
    if (!q.exec())
        return sqlError(QStringLiteral("writing calendar_days"), q);
    return {};
}

QString hhmm(int secs)
{
    return QStringLiteral("%1:%2").arg(secs / 3600, 2, 10, QLatin1Char('0')).arg((secs % 3600) / 60, 2, 10, QLatin1Char('0'));
}
} // namespace

CalendarStore::CalendarStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<CalendarDay>> CalendarStore::query(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(QStringLiteral("reading calendar_days"), q);
    QList<CalendarDay> out;
    while (q.next()) {
        CalendarDay d;
        d.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!d.date.isValid())
            return Error(QStringLiteral("calendar.store-corrupt"), QStringLiteral("bad date in calendar_days"));
        d.kind = q.value(1).toString() == QLatin1String("work") ? CalendarDay::Kind::Work : CalendarDay::Kind::Off;
        d.description = q.value(2).toString();
        d.source = q.value(3).toString();
        d.verified = true; // entered by the workspace's own administrator or portal
        out.append(d);
    }
    return out;
}

Result<QList<CalendarDay>> CalendarStore::days() const
{
    return query(QStringLiteral("SELECT date, kind, description, source FROM calendar_days ORDER BY date"), {});
}

Result<QList<CalendarDay>> CalendarStore::days(int year) const
{
    return query(QStringLiteral("SELECT date, kind, description, source FROM calendar_days WHERE date >= ? AND date <= ? ORDER BY date"),
                 {QDate(year, 1, 1).toString(Qt::ISODate), QDate(year, 12, 31).toString(Qt::ISODate)});
}

Status CalendarStore::setDay(const CalendarDay &day)
{
    if (Status s = checkDay(day); !s.ok())
        return s;
    return insertDay(m_db, day);
}

Status CalendarStore::removeDay(const QDate &date)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM calendar_days WHERE date = ?"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(QStringLiteral("deleting from calendar_days"), q);
    return {};
}

Status CalendarStore::replaceYear(int year, const QList<CalendarDay> &days)
{
    for (const CalendarDay &d : days) {
        if (Status s = checkDay(d); !s.ok())
            return s;
        if (d.date.year() != year)
            return badDay(QStringLiteral("%1 is not in %2").arg(d.date.toString(Qt::ISODate)).arg(year));
    }
    Transaction tx(m_db);
    if (!tx.began())
        return transactionError(m_db, QStringLiteral("begin"));
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM calendar_days WHERE date >= ? AND date <= ?"));
    del.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    del.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
    if (!del.exec())
        return sqlError(QStringLiteral("clearing calendar_days"), del);
    for (const CalendarDay &d : days) {
        if (Status s = insertDay(m_db, d); !s.ok())
            return s;
    }
    return tx.commit();
}

Result<std::optional<OfficeHours>> CalendarStore::officeHours(const QString &officeCode) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT weekday, \"start\", \"end\" FROM office_hours WHERE office_code = ? ORDER BY weekday, \"start\""));
    q.addBindValue(officeCode);
    if (!q.exec())
        return sqlError(QStringLiteral("reading office_hours"), q);
    QList<QList<OfficeSession>> byDay(8);
    bool any = false;
    while (q.next()) {
        const int wd = q.value(0).toInt();
        auto s = OfficeHours::sessionsFromText(q.value(1).toString() + QLatin1Char('-') + q.value(2).toString());
        if (wd < 1 || wd > 7 || !s.ok() || s->size() != 1)
            return Error(QStringLiteral("calendar.store-corrupt"), QStringLiteral("bad row in office_hours"));
        byDay[wd].append(s->first());
        any = true;
    }
    if (!any)
        return std::optional<OfficeHours>();
    OfficeHours h;
    for (int wd = 1; wd <= 7; ++wd)
        h.setSessions(wd, byDay[wd]);
    return std::optional<OfficeHours>(h);
}

Status CalendarStore::setOfficeHours(const QString &officeCode, const OfficeHours &hours)
{
    if (Status s = hours.validate(); !s.ok())
        return s;
    Transaction tx(m_db);
    if (!tx.began())
        return transactionError(m_db, QStringLiteral("begin"));
    if (Status s = clearOfficeHours(officeCode); !s.ok())
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO office_hours(office_code, weekday, \"start\", \"end\") VALUES(?, ?, ?, ?)"));
    for (int wd = 1; wd <= 7; ++wd) {
        for (const OfficeSession &s : hours.sessions(wd)) {
            q.addBindValue(officeCode);
            q.addBindValue(wd);
            q.addBindValue(hhmm(s.start));
            q.addBindValue(hhmm(s.end));
            if (!q.exec())
                return sqlError(QStringLiteral("writing office_hours"), q);
        }
    }
    return tx.commit();
}

Status CalendarStore::clearOfficeHours(const QString &officeCode)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM office_hours WHERE office_code = ?"));
    q.addBindValue(officeCode);
    if (!q.exec())
        return sqlError(QStringLiteral("clearing office_hours"), q);
    return {};
}

Result<QTimeZone> CalendarStore::officeTimeZone(const QString &officeCode) const
{
    const QTimeZone fallback(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT timezone FROM offices WHERE code = ?"));
    q.addBindValue(officeCode);
    if (!q.exec())
        return sqlError(QStringLiteral("reading offices"), q);
    if (!q.next())
        return fallback;
    const QTimeZone zone(q.value(0).toString().toUtf8());
    return zone.isValid() ? zone : fallback;
}

Result<HolidayCalendar> CalendarStore::holidayCalendar(const OfficialDayTable &official) const
{
    auto d = days();
    if (!d.ok())
        return d.error();
    return HolidayCalendar(official, d.value());
}

} // namespace motcua
