#pragma once

#include "app/reporting/ReportTypes.h"
#include "app/workspace/WorkspaceServices.h"
#include "domain/Result.h"

#include <QSqlDatabase>
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
    explicit ReportService(WorkspaceServices &services);

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
    Status ensureFresh() const;
    Where receivedWhere(const ReportPeriod &period) const;
    Where returnedWhere(const ReportPeriod &period) const;
    Where overdueWhere(const ReportPeriod &period) const;
    Status addReceived(const ReportPeriod &period, ReportFigures &f, QHash<QString, FigureCounts> &officers,
                       QHash<QString, FigureCounts> &procedures) const;
    Status addReturned(const ReportPeriod &period, ReportFigures &f, QHash<QString, FigureCounts> &officers,
                       QHash<QString, FigureCounts> &procedures) const;
    Status addOverdue(const ReportPeriod &period, ReportFigures &f, QHash<QString, FigureCounts> &officers,
                      QHash<QString, FigureCounts> &procedures) const;
    QList<BreakdownLine> lines(const QHash<QString, FigureCounts> &counts, bool officers) const;

    WorkspaceServices &m_services;
    QSqlDatabase m_db;
};

} // namespace motcua::reporting
