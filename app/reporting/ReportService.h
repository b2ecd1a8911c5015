#pragma once

#include "app/reporting/ReportTypes.h"
#include "app/workspace/WorkspaceServices.h"
#include "domain/Result.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace motcua::reporting {

// Computes the dashboard's figures (ReportTypes.h, docs/reporting.md) from the report facts the
// `dossiers` rows carry (0017_report_facts: written with each event by the EventStore's projection,
// so a year of an office is a few grouped reads of covering indexes, not a replay of every dossier)
// and the counter times; "now" is the services' clock. Rows written before 0017 are rebuilt from the
// log on the first report (EventStore::rebuildDerivedState). Runs on the thread that owns the services.
class ReportService {
public:
    // Where the receipts' and returns' figures come from: the monthly sums (0018_report_sums) for the
    // whole UTC months inside the period and the rows for its edges, or the rows alone (the reference
    // the sums are checked against: tst_reportsums). Both give exactly the same figures.
    enum class Source { MonthlySums, Rows };

    explicit ReportService(WorkspaceServices &services, Source source = Source::MonthlySums);

    Result<ReportFigures> figures(const ReportPeriod &period) const;
    // The dossiers behind a figure, in code order (at most drill.limit).
    Result<DrillDownRows> dossiers(const ReportPeriod &period, const DrillDown &drill) const;
    // The offices the officer may report on: their own; a province centre's supervisor also its communes.
    QStringList offices() const { return m_services.visibleOffices(); }

private:
    struct Where {
        QString sql;
        QVariantList binds;
    };
    // A period as UTC instants [from, to) in the stored text form, and the whole UTC months inside it
    // ("YYYY-MM", [monthFrom, monthTo); empty when none): the sums cover those, the rows the rest.
    struct Span {
        QString from, to;
        QString monthFrom, monthTo;
        QString monthsStart, monthsEnd;   // the instants where the whole months start and end
    };
    struct Tally {
        ReportFigures &f;
        QHash<QString, FigureCounts> &officers;
        QHash<QString, FigureCounts> &procedures;
        QHash<QString, QSet<int>> required;   // the procedures' required components
        qint64 ratingSum = 0;
    };
    Status ensureFresh() const;
    Span spanOf(const ReportPeriod &period) const;
    Where receivedWhere(const ReportPeriod &period) const;
    Where returnedWhere(const ReportPeriod &period) const;
    Where overdueWhere(const ReportPeriod &period) const;
    Status addReceivedRows(const ReportPeriod &period, const QString &from, const QString &to, Tally &t) const;
    Status addReceivedSums(const ReportPeriod &period, const Span &span, Tally &t) const;
    void foldReceived(QSqlQuery &q, Tally &t) const;
    Status addReturnedRows(const ReportPeriod &period, const QString &from, const QString &to, Tally &t) const;
    Status addReturnedSums(const ReportPeriod &period, const Span &span, Tally &t) const;
    static void foldReturned(QSqlQuery &q, Tally &t);
    Status addOverdue(const ReportPeriod &period, ReportFigures &f, QHash<QString, FigureCounts> &officers,
                      QHash<QString, FigureCounts> &procedures) const;
    QList<BreakdownLine> lines(const QHash<QString, FigureCounts> &counts, bool officers) const;

    WorkspaceServices &m_services;
    QSqlDatabase m_db;
    Source m_source;
};

} // namespace motcua::reporting
