#pragma once

#include "domain/calendar/CalendarDay.h"
#include "domain/calendar/OfficialDayTable.h"

#include <QHash>

namespace motcua {

// Which days are off and which are make-up working days, in three layers (later wins):
// 1. the statutory rules (HolidayRules) for every year,
// 2. the official table, which replaces the rules wholesale for each year it covers,
// 3. the workspace's own entries (administrator edits, later the portal), date by date.
// A weekday with no entry is worked, a weekend day with no entry is not (office hours decide).
class HolidayCalendar {
public:
    HolidayCalendar() = default; // rules only
    explicit HolidayCalendar(OfficialDayTable official, QList<CalendarDay> overrides = {});

    const OfficialDayTable &official() const { return m_official; }
    const QList<CalendarDay> &overrides() const { return m_overrides; }
    void setOverrides(QList<CalendarDay> overrides) { m_overrides = std::move(overrides); }

    // Every entry of the year after layering, in date order (weekend holidays included).
    QList<CalendarDay> days(int year) const;
    // Whether the year comes from the official table or the workspace rather than from the rules.
    bool isOfficial(int year) const { return m_official.covers(year); }

private:
    OfficialDayTable m_official;
    QList<CalendarDay> m_overrides;
};

} // namespace motcua
