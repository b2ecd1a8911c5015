#include "domain/calendar/HolidayCalendar.h"

#include "domain/calendar/HolidayRules.h"

#include <QMap>

namespace motcua {

HolidayCalendar::HolidayCalendar(OfficialDayTable official, QList<CalendarDay> overrides)
    : m_official(std::move(official)), m_overrides(std::move(overrides))
{
}

QList<CalendarDay> HolidayCalendar::days(int year) const
{
    QMap<QDate, CalendarDay> byDate;
    const QList<CalendarDay> base = m_official.covers(year) ? m_official.days(year) : HolidayRules::forYear(year);
    for (const CalendarDay &d : base) {
        if (d.date.year() == year)
            byDate.insert(d.date, d);
    }
    for (const CalendarDay &d : m_overrides) {
        if (d.date.year() == year)
            byDate.insert(d.date, d);
    }
    return byDate.values();
}

} // namespace motcua
