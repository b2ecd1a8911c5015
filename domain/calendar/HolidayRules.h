#pragma once

#include "domain/calendar/CalendarDay.h"

namespace motcua {

// The statutory days off of Labor Code 2019 art. 112, the default for years without an official
// table. Every entry has kind Off and source "rule"; weekend holidays are listed too (they matter
// for descriptions), each followed by its compensatory weekday.
//
// Defaults chosen where the law leaves the choice to the yearly decision:
// - Tết: 5 days, the last day of the lunar year (29 or 30 Tết) through mùng 4.
// - Quốc khánh: 2 Sep plus the adjacent weekday that makes the longest break with the weekend:
//   Mon→3 Sep, Tue→1 Sep, Wed→1 Sep (no long weekend either way; matches the 2026 table),
//   Thu→3 Sep, Fri→1 Sep, Sat→1 Sep (Fri), Sun→3 Sep (Mon). This reproduces 2021–2025.
// - Compensation (art. 112(3)): each holiday on a Saturday or Sunday gives the next weekday that is
//   not itself a holiday or an earlier compensatory day, in date order.
// No make-up working Saturdays: swaps are decided each year and come from the official table.
class HolidayRules {
public:
    static QList<CalendarDay> forYear(int year);
    static QString ruleSource();
};

} // namespace motcua
