#pragma once

#include <QDate>

namespace motcua {

// A date of the Vietnamese lunar calendar (âm lịch). `year` is the lunar year, so the days of early
// (solar) January before Tết belong to the previous lunar year.
struct LunarDate {
    int day = 0;    // 1..30
    int month = 0;  // 1..12
    int year = 0;
    bool leap = false; // a leap (nhuận) month repeats the number of the month before it

    bool isValid() const { return day > 0 && month > 0; }
    friend bool operator==(const LunarDate &, const LunarDate &) = default;
};

// The astronomical lunisolar calendar as published by Hồ Ngọc Đức: a month starts on the local day
// of the new moon, lunar month 11 contains the winter solstice, and in a year with 13 months the
// leap month is the first one without a major solar term (trung khí). Computed for a given time
// zone — Vietnam uses UTC+7, which is why some new years differ from China's (UTC+8), e.g. 1985
// and 2007. Pure arithmetic, valid for the Gregorian era (tested 1900–2100).
class LunarCalendar {
public:
    static constexpr double kVietnamTimeZone = 7.0;

    static LunarDate fromSolar(const QDate &date, double timeZone = kVietnamTimeZone);
    // Invalid QDate when the lunar date does not exist (a leap flag on a month that is not leap,
    // day 30 of a 29-day month, month out of 1..12).
    static QDate toSolar(const LunarDate &lunar, double timeZone = kVietnamTimeZone);

    // The building blocks, exposed for tests (Julian day numbers, local days).
    static long jdFromDate(int day, int month, int year);
    static QDate jdToDate(long jd);
    static long newMoonDay(long k, double timeZone);        // local day of the k-th new moon after 1900-01-01
    static int sunLongitudeSector(long jd, double timeZone); // 0..11: sun longitude / 30° at local midnight
    static long lunarMonth11(int year, double timeZone);     // the day lunar month 11 starts (before 31 Dec of year)
    static int leapMonthOffset(long a11, double timeZone);   // months after month 11 until the leap month
};

} // namespace motcua
