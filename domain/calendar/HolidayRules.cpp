#include "domain/calendar/HolidayRules.h"

#include "domain/calendar/LunarCalendar.h"

#include <algorithm>

namespace motcua {

namespace {
bool isWeekend(const QDate &d) { return d.dayOfWeek() >= Qt::Saturday; }

QDate nationalDayCompanion(int year)
{
    const QDate sep2(year, 9, 2);
    switch (sep2.dayOfWeek()) {
    case Qt::Monday: return sep2.addDays(1);
    case Qt::Thursday: return sep2.addDays(1);
    case Qt::Sunday: return sep2.addDays(1);
    default: return sep2.addDays(-1); // Tue, Wed, Fri, Sat
    }
}
} // namespace

QString HolidayRules::ruleSource()
{
    return QStringLiteral("rule: Labor Code 2019 art. 112");
}

QList<CalendarDay> HolidayRules::forYear(int year)
{
    const QString src = ruleSource();
    QList<CalendarDay> holidays;
    auto add = [&](const QDate &d, const QString &what) {
        if (d.isValid() && d.year() == year)
            holidays.append({d, CalendarDay::Kind::Off, what, src, true});
    };
    add(QDate(year, 1, 1), QStringLiteral("Tết Dương lịch"));
    const QDate tet = LunarCalendar::toSolar({1, 1, year, false});
    if (tet.isValid()) {
        for (int i = -1; i <= 3; ++i)
            add(tet.addDays(i), QStringLiteral("Tết Nguyên đán"));
    }
    // Tết of the next lunar year never starts before 21 Jan, so its eve cannot fall in this year.
    add(LunarCalendar::toSolar({10, 3, year, false}), QStringLiteral("Giỗ Tổ Hùng Vương"));
    add(QDate(year, 4, 30), QStringLiteral("Ngày Chiến thắng"));
    add(QDate(year, 5, 1), QStringLiteral("Quốc tế Lao động"));
    add(QDate(year, 9, 2), QStringLiteral("Quốc khánh"));
    add(nationalDayCompanion(year), QStringLiteral("Quốc khánh"));
    std::sort(holidays.begin(), holidays.end(),
              [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });

    QList<CalendarDay> result = holidays;
    auto taken = [&](const QDate &d) {
        return std::any_of(result.cbegin(), result.cend(), [&](const CalendarDay &c) { return c.date == d; });
    };
    for (const CalendarDay &h : holidays) {
        if (!isWeekend(h.date))
            continue;
        QDate d = h.date.addDays(1);
        while (isWeekend(d) || taken(d))
            d = d.addDays(1);
        // A compensatory day may spill into the next year (a Saturday 30/31 Dec holiday cannot
        // happen with these rules, but keep the entry with its real date anyway).
        result.append({d, CalendarDay::Kind::Off, QStringLiteral("Nghỉ bù ") + h.description, src, true});
    }
    std::sort(result.begin(), result.end(),
              [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    return result;
}

} // namespace motcua
