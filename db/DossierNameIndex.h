#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace motcua {

// The FTS4 index of the dossiers' folded applicant names (migration 0020_queue_name_fts), which the
// queues' name filter matches by word prefixes (app/casework/DossierQueues). Kept by triggers on
// `dossiers` in the transaction of every change. For a bulk load of the table
// (EventStore::rebuildDerivedState) the triggers are taken off and the index rebuilt from the rows in
// one pass afterwards. Both calls run inside the caller's transaction.
class DossierNameIndex {
public:
    explicit DossierNameIndex(QSqlDatabase db);

    // Drops the triggers that keep the index; returns their definitions (sqlite_master) for rebuild().
    Result<QStringList> suspend();
    // Rebuilds the index from `dossiers` and recreates the triggers `suspend` returned.
    Status rebuild(const QStringList &triggerSql);

private:
    QSqlDatabase m_db;
};

} // namespace motcua
