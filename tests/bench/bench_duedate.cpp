// Due-date computations per second on the bundled calendar (one thread). Prints the median of
// several runs for the hot path (WorkingCalendar::dueLocal on office-local seconds, as the
// derived-state rebuild uses it) and for the QDateTime API (computeDue), plus the one-off cost of
// building the calendar. Target (issue 3): >= 1,000,000 computations/s.
// Usage: bench_duedate [computations per run, default 1000000] [runs, default 7]
#include "app/calendar/BundledCalendar.h"
#include "domain/calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace motcua;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    const long n = argc > 1 ? std::max(1000L, std::atol(argv[1])) : 1000000L;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;

    QElapsedTimer build;
    build.start();
    auto holidays = BundledCalendar::holidays();
    if (!holidays.ok()) {
        std::fprintf(stderr, "bench_duedate: %s\n", qPrintable(holidays.error().toString()));
        return 1;
    }
    const WorkingCalendar cal(holidays.value());
    const double buildMs = static_cast<double>(build.nsecsElapsed()) / 1e6;

    // Receipts spread over 2024–2027, mostly in office hours (as at a counter) with some at
    // night and on weekends; limits of 1–20 working days, some in hours and within the day.
    QRandomGenerator rng(42);
    std::vector<qint64> received(static_cast<size_t>(n));
    std::vector<TimeLimit> limits(static_cast<size_t>(n));
    const qint64 firstDay = QDate(2024, 1, 1).toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    for (size_t i = 0; i < received.size(); ++i) {
        const qint64 day = firstDay + rng.bounded(4 * 365);
        const int sod = rng.bounded(10) < 8 ? 7 * 3600 + 1800 + rng.bounded(9 * 3600 + 1800) : rng.bounded(86400);
        received[i] = day * 86400 + sod;
        const int kind = rng.bounded(20);
        limits[i] = kind < 16 ? TimeLimit::days(1 + rng.bounded(20))
                  : kind < 18 ? TimeLimit::hours(1 + rng.bounded(40))
                              : TimeLimit::withinDay(kind == 19);
    }

    std::vector<double> hot;
    qint64 checksum = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        for (size_t i = 0; i < received.size(); ++i)
            checksum += cal.dueLocal(received[i], limits[i]);
        hot.push_back(static_cast<double>(n) / (static_cast<double>(t.nsecsElapsed()) / 1e9));
    }

    // The QDateTime API: conversion in and out of the office zone on every call.
    const size_t m = std::min<size_t>(received.size(), 200000);
    std::vector<QDateTime> receivedDt(m);
    for (size_t i = 0; i < m; ++i)
        receivedDt[i] = cal.fromLocalSeconds(received[i]);
    std::vector<double> api;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        for (size_t i = 0; i < m; ++i)
            checksum += cal.computeDue(receivedDt[i], limits[i]).moment.toSecsSinceEpoch();
        api.push_back(static_cast<double>(m) / (static_cast<double>(t.nsecsElapsed()) / 1e9));
    }

    std::printf("bench_duedate: calendar build %.1f ms (%d-%d)\n", buildMs, cal.firstYear(), cal.lastYear());
    std::printf("bench_duedate: dueLocal    median %.0f computations/s over %d runs of %ld\n", median(hot), runs, n);
    std::printf("bench_duedate: computeDue  median %.0f computations/s over %d runs of %zu (QDateTime in/out)\n", median(api), runs, m);
    std::printf("bench_duedate: checksum %lld\n", static_cast<long long>(checksum));
    // The machine-readable line tools/bench collects.
    std::printf("{\"fast_path_per_s\":%.0f,\"qdatetime_api_per_s\":%.0f,\"calendar_build_ms\":%.1f}\n",
                median(hot), median(api), buildMs);
    return median(hot) >= 1e6 ? 0 : 1;
}
