#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace motcua {

// The monthly partial sums of the report facts (migration 0018_report_sums, docs/reporting.md):
// kept by triggers on `dossiers` and `counter_times` in the transaction of every change. For a bulk
// load of the `dossiers` table (EventStore::rebuildDerivedState) the dossiers triggers are taken off
// and the sums refilled in one grouped pass afterwards: a row-by-row upkeep of 100,000 inserts would
// cost more than the pass. Both calls run inside the caller's transaction.
class ReportSums {
public:
    explicit ReportSums(QSqlDatabase db);

    // Drops the triggers of `dossiers` that keep the sums; returns their definitions (sqlite_master)
    // for refill().
    Result<QStringList> suspend();
    // Recreates the triggers `suspend` returned and recomputes every sum from the rows.
    Status refill(const QStringList &triggerSql);

private:
    QSqlDatabase m_db;
};

} // namespace motcua
