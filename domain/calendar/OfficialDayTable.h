#pragma once

#include "domain/Result.h"
#include "domain/calendar/CalendarDay.h"

#include <QByteArray>
#include <QMap>

namespace motcua {

// The yearly days-off tables as published (Tết schedule, swaps, make-up Saturdays). A year the
// table covers replaces the statutory rules for that year entirely.
//
// JSON (resources/calendar/official-days.json):
// { "format": 1,
//   "years": [ { "year": 2026, "source": "…", "verified": true,
//                "days": [ { "date": "2026-04-27", "kind": "off", "description": "Nghỉ bù …",
//                            "source": "…" (optional, default the year's), "verified": false (optional) } ] } ] }
// A bad document is rejected whole ("calendar.bad-json", detail says where and why).
class OfficialDayTable {
public:
    static Result<OfficialDayTable> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    bool covers(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    QList<CalendarDay> days(int year) const { return m_years.value(year); }
    void setYear(int year, QList<CalendarDay> days); // sorted by date on the way in

private:
    QMap<int, QList<CalendarDay>> m_years;
};

} // namespace motcua
