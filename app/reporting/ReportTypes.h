#pragma once

#include "app/casework/QueueTypes.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Plain values the report service returns and the dashboard worker carries across threads.
namespace motcua::reporting {

// A period of office-local days (both included) for one office, optionally one procedure.
struct ReportPeriod {
    QDate from;
    QDate to;
    QString office;
    QString procedure;   // exact procedure code; empty: every procedure
    friend bool operator==(const ReportPeriod &, const ReportPeriod &) = default;
};

// The counts behind one line of a breakdown (an officer's, a procedure's) or of the whole office.
struct FigureCounts {
    int received = 0;
    int returnedOnTime = 0;
    int returnedLate = 0;
    int overdue = 0;
    int limitUsedCount = 0;      // returned dossiers with a due moment
    qint64 limitUsedPermilleSum = 0;
    int counterTimes = 0;
    qint64 counterMsSum = 0;     // summed in whole milliseconds: the same whatever the grouping
    std::optional<double> avgLimitUsed() const
    {
        return limitUsedCount ? std::optional<double>(double(limitUsedPermilleSum) / 1000.0 / limitUsedCount) : std::nullopt;
    }
    std::optional<double> avgCounterSeconds() const
    {
        return counterTimes ? std::optional<double>(double(counterMsSum) / 1000.0 / counterTimes) : std::nullopt;
    }
    double onTimeShare() const
    {
        const int returned = returnedOnTime + returnedLate;
        return returned ? double(returnedOnTime) / returned : 0;
    }
};

// One line of a breakdown: an officer (login) or a procedure (code), with the catalog's name or
// the officer's full name when known.
struct BreakdownLine {
    QString key;
    QString name;
    FigureCounts counts;
};

// The dashboard's figures (issue 12, definitions in docs/reporting.md). Per officer: `received` is
// counted for the officer of the Received, the returns (on time / late, limit used) for the officer
// who attached the result (ResultReady), `overdue` for the holder now, the counter time for the
// receiving officer.
struct ReportFigures {
    FigureCounts total;
    int componentsReceived = 0;
    int componentsDigitized = 0;
    int componentsReused = 0;
    int online = 0;
    std::optional<double> satisfactionAvg;
    int ratings = 0;
    QList<BreakdownLine> byOfficer;     // sorted by key
    QList<BreakdownLine> byProcedure;   // sorted by key

    int received() const { return total.received; }
    int returnedOnTime() const { return total.returnedOnTime; }
    int returnedLate() const { return total.returnedLate; }
    int overdue() const { return total.overdue; }
    std::optional<double> avgCounterSeconds() const { return total.avgCounterSeconds(); }
    std::optional<double> avgLimitUsed() const { return total.avgLimitUsed(); }
    double digitizationRate() const { return componentsReceived ? double(componentsDigitized) / componentsReceived : 0; }
    double reuseRate() const { return componentsReceived ? double(componentsReused) / componentsReceived : 0; }
    double onlineShare() const { return total.received ? double(online) / total.received : 0; }
    QJsonObject toJson() const;  // the keys of `motcua-cli report` (a stable contract)
};

// The figures a drill-down lists the dossiers of.
enum class Figure { Received, ReturnedOnTime, ReturnedLate, Overdue, Online };

// The dossiers behind a figure, optionally one officer's (as the breakdown counts them) or one
// procedure's (on top of the period's).
struct DrillDown {
    Figure figure = Figure::Received;
    QString officer;
    QString procedure;
    int limit = 2000;
    friend bool operator==(const DrillDown &, const DrillDown &) = default;
};

struct DrillDownRows {
    QList<casework::QueueRow> rows;
    bool truncated = false;      // more dossiers than the limit
};

} // namespace motcua::reporting
