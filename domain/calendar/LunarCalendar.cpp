#include "domain/calendar/LunarCalendar.h"

#include <cmath>
#include <numbers>

namespace motcua {

namespace {
constexpr double kPi = std::numbers::pi;
constexpr double kSynodicMonth = 29.530588853;
constexpr double kNewMoonEpoch = 2415021.076998695; // the new moon of 1900-01-01, Julian day

long floorToLong(double x) { return static_cast<long>(std::floor(x)); }

// Julian day (UT) of the k-th mean new moon after 1900-01-01, with the main periodic terms
// (Meeus, "Astronomical Algorithms", as used by Hồ Ngọc Đức).
double newMoon(long kk)
{
    const double k = static_cast<double>(kk);
    const double T = k / 1236.85;
    const double T2 = T * T;
    const double T3 = T2 * T;
    const double dr = kPi / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
    jd1 += 0.00033 * std::sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
    const double M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;   // sun's mean anomaly
    const double Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
    const double F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;  // moon's argument of latitude
    double c1 = (0.1734 - 0.000393 * T) * std::sin(M * dr) + 0.0021 * std::sin(2 * dr * M);
    c1 = c1 - 0.4068 * std::sin(Mpr * dr) + 0.0161 * std::sin(dr * 2 * Mpr);
    c1 = c1 - 0.0004 * std::sin(dr * 3 * Mpr);
    c1 = c1 + 0.0104 * std::sin(dr * 2 * F) - 0.0051 * std::sin(dr * (M + Mpr));
    c1 = c1 - 0.0074 * std::sin(dr * (M - Mpr)) + 0.0004 * std::sin(dr * (2 * F + M));
    c1 = c1 - 0.0004 * std::sin(dr * (2 * F - M)) - 0.0006 * std::sin(dr * (2 * F + Mpr));
    c1 = c1 + 0.0010 * std::sin(dr * (2 * F - Mpr)) + 0.0005 * std::sin(dr * (2 * Mpr + M));
    double deltaT;
    if (T < -11)
        deltaT = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3;
    else
        deltaT = -0.000278 + 0.000265 * T + 0.000262 * T2;
    return jd1 + c1 - deltaT;
}

// The sun's apparent longitude in radians, [0, 2π), at Julian day jdn (UT).
double sunLongitude(double jdn)
{
    const double T = (jdn - 2451545.0) / 36525;
    const double T2 = T * T;
    const double dr = kPi / 180;
    const double M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
    const double L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
    double DL = (1.914600 - 0.004817 * T - 0.000014 * T2) * std::sin(dr * M);
    DL += (0.019993 - 0.000101 * T) * std::sin(dr * 2 * M) + 0.000290 * std::sin(dr * 3 * M);
    double L = (L0 + DL) * dr;
    L -= kPi * 2 * std::floor(L / (kPi * 2));
    return L;
}
} // namespace

long LunarCalendar::jdFromDate(int dd, int mm, int yy)
{
    const long a = (14 - mm) / 12;
    const long y = yy + 4800 - a;
    const long m = mm + 12 * a - 3;
    long jd = dd + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
    if (jd < 2299161) // before the Gregorian reform: Julian calendar
        jd = dd + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083;
    return jd;
}

QDate LunarCalendar::jdToDate(long jd)
{
    long b = 0;
    long c = 0;
    if (jd > 2299160) {
        const long a = jd + 32044;
        b = (4 * a + 3) / 146097;
        c = a - (b * 146097) / 4;
    } else {
        c = jd + 32082;
    }
    const long d = (4 * c + 3) / 1461;
    const long e = c - (1461 * d) / 4;
    const long m = (5 * e + 2) / 153;
    const int day = static_cast<int>(e - (153 * m + 2) / 5 + 1);
    const int month = static_cast<int>(m + 3 - 12 * (m / 10));
    const int year = static_cast<int>(b * 100 + d - 4800 + m / 10);
    return QDate(year, month, day);
}

long LunarCalendar::newMoonDay(long k, double timeZone)
{
    return floorToLong(newMoon(k) + 0.5 + timeZone / 24);
}

int LunarCalendar::sunLongitudeSector(long jd, double timeZone)
{
    return static_cast<int>(std::floor(sunLongitude(static_cast<double>(jd) - 0.5 - timeZone / 24) / kPi * 6));
}

long LunarCalendar::lunarMonth11(int year, double timeZone)
{
    const long off = jdFromDate(31, 12, year) - 2415021;
    const long k = floorToLong(static_cast<double>(off) / kSynodicMonth);
    long nm = newMoonDay(k, timeZone);
    // Month 11 must begin before the winter solstice (longitude 270°, sector 9).
    if (sunLongitudeSector(nm, timeZone) >= 9)
        nm = newMoonDay(k - 1, timeZone);
    return nm;
}

int LunarCalendar::leapMonthOffset(long a11, double timeZone)
{
    const long k = floorToLong((static_cast<double>(a11) - kNewMoonEpoch) / kSynodicMonth + 0.5);
    int i = 1; // start with the month after month 11
    int arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
    int last = 0;
    // The leap month is the first whose start and the next month's start see the same sector,
    // i.e. it contains no major solar term.
    do {
        last = arc;
        ++i;
        arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
    } while (arc != last && i < 14);
    return i - 1;
}

LunarDate LunarCalendar::fromSolar(const QDate &date, double timeZone)
{
    if (!date.isValid())
        return {};
    const int yy = date.year();
    const long dayNumber = jdFromDate(date.day(), date.month(), yy);
    const long k = floorToLong((static_cast<double>(dayNumber) - kNewMoonEpoch) / kSynodicMonth);
    // The month containing the day starts at the last new moon on or before it. The mean-month
    // estimate k can be one too high near a new moon (the published code then yields "day 0",
    // e.g. 2054-05-07), so step back until the start is not after the day.
    long kk = k + 1;
    long monthStart = newMoonDay(kk, timeZone);
    while (monthStart > dayNumber)
        monthStart = newMoonDay(--kk, timeZone);
    long a11 = lunarMonth11(yy, timeZone);
    long b11 = a11;
    LunarDate r;
    if (a11 >= monthStart) {
        r.year = yy;
        a11 = lunarMonth11(yy - 1, timeZone);
    } else {
        r.year = yy + 1;
        b11 = lunarMonth11(yy + 1, timeZone);
    }
    r.day = static_cast<int>(dayNumber - monthStart + 1);
    const int diff = static_cast<int>((monthStart - a11) / 29);
    r.month = diff + 11;
    if (b11 - a11 > 365) { // 13 months between two months 11: there is a leap month
        const int leapDiff = leapMonthOffset(a11, timeZone);
        if (diff >= leapDiff) {
            r.month = diff + 10;
            r.leap = diff == leapDiff;
        }
    }
    if (r.month > 12)
        r.month -= 12;
    if (r.month >= 11 && diff < 4)
        r.year -= 1;
    return r;
}

QDate LunarCalendar::toSolar(const LunarDate &lunar, double timeZone)
{
    if (lunar.month < 1 || lunar.month > 12 || lunar.day < 1 || lunar.day > 30)
        return {};
    long a11 = 0;
    long b11 = 0;
    if (lunar.month < 11) {
        a11 = lunarMonth11(lunar.year - 1, timeZone);
        b11 = lunarMonth11(lunar.year, timeZone);
    } else {
        a11 = lunarMonth11(lunar.year, timeZone);
        b11 = lunarMonth11(lunar.year + 1, timeZone);
    }
    const long k = floorToLong(0.5 + (static_cast<double>(a11) - kNewMoonEpoch) / kSynodicMonth);
    int off = lunar.month - 11;
    if (off < 0)
        off += 12;
    if (b11 - a11 > 365) {
        const int leapOff = leapMonthOffset(a11, timeZone);
        int leapMonth = leapOff - 2;
        if (leapMonth < 0)
            leapMonth += 12;
        if (lunar.leap && lunar.month != leapMonth)
            return {};
        if (lunar.leap || off >= leapOff)
            off += 1;
    } else if (lunar.leap) {
        return {};
    }
    const long monthStart = newMoonDay(k + off, timeZone);
    const long nextStart = newMoonDay(k + off + 1, timeZone);
    if (lunar.day > nextStart - monthStart)
        return {};
    return jdToDate(monthStart + lunar.day - 1);
}

} // namespace motcua
