// EventStore: the derived state — each dossier's row (`dossiers`) and its conflicts
// (`event_conflicts`) as the replay of its events in the current order says, updated per dossier
// after a write or rebuilt whole from the log. The replay itself is the domain's (replay,
// sortForReplay); this file only reads events and writes the rows.
#include "db/EventStore.h"

#include "db/DbLogging.h"
#include "db/DossierNameIndex.h"
#include "db/DossierStateStore.h"
#include "db/RawEventReader.h"
#include "db/ReportSums.h"
#include "db/SqlError.h"
#include "db/SqlTransaction.h"
#include "domain/audit/ChainHash.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace motcua {

Status EventStore::updateDerived(const QString &dossierCode)
{
    const QList<Event> events = eventsOf(dossierCode);
    const ReplayResult r = replay(events, m_machine);
    if (Status st = writeConflicts(dossierCode, r); !st)
        return st;
    if (r.state.code.isEmpty())
        return {}; // only refused events so far: nothing to derive
    return DossierStateStore(m_db).write(r.state, int(events.size()));
}

Status EventStore::updateDerived(const QStringList &dossierCodes)
{
    // The same outcome as updateDerived(code) for each (a replay of the dossier's events in the
    // current order; its conflicts and dossiers row as that replay says), with the dossiers' events,
    // rows and conflicts read in one statement each. A row or conflict set equal to what is stored
    // is not written again (an INSERT OR REPLACE into `dossiers` rewrites a dozen indexes).
    if (dossierCodes.isEmpty())
        return {};
    Result<QList<Event>> all = queryIn(QStringLiteral("dossier_code"), dossierCodes);
    if (!all)
        return all.error();
    QHash<QString, QList<Event>> byDossier;
    byDossier.reserve(dossierCodes.size());
    for (Event &e : *all)
        byDossier[e.dossier] << std::move(e);
    DossierStateStore states(m_db);
    Result<QHash<QString, QVariantList>> rows = states.rowsOf(dossierCodes);
    if (!rows)
        return rows.error();
    QHash<QString, QHash<QUuid, QString>> conflicts;   // stored: dossier → event → reason
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        QStringList codes = dossierCodes;
        for (qsizetype from = 0; from < codes.size(); from += 400) {
            const QStringList chunk = codes.mid(from, 400);
            QString marks = QStringLiteral("?") + QStringLiteral(",?").repeated(chunk.size() - 1);
            if (!q.prepare(QStringLiteral("SELECT dossier_code, event_uuid, reason FROM event_conflicts WHERE dossier_code IN (")
                           + marks + QLatin1Char(')')))
                return sqlError(q, "prepare conflicts read");
            for (int i = 0; i < chunk.size(); ++i)
                q.bindValue(i, chunk.at(i));
            if (!q.exec())
                return sqlError(q, "read conflicts");
            while (q.next())
                conflicts[q.value(0).toString()].insert(QUuid::fromString(q.value(1).toString()), q.value(2).toString());
        }
    }
    std::optional<QSqlQuery> insert;   // prepared once for the batch
    for (const QString &code : dossierCodes) {
        QList<Event> &events = byDossier[code];
        sortForReplay(events);
        const ReplayResult r = replay(events, m_machine);
        QHash<QUuid, QString> refused;
        for (const EventVerdict &v : r.verdicts) {
            if (!v.accepted)
                refused.insert(v.event, v.reason);
        }
        if (refused != conflicts.value(code)) {
            if (Status st = writeConflicts(code, r); !st)
                return st;
        }
        if (r.state.code.isEmpty())
            continue; // only refused events so far: nothing to derive
        const auto stored = rows->constFind(code);
        if (stored != rows->cend() && DossierStateStore::sameRow(*stored, r.state, int(events.size())))
            continue;
        if (!insert) {
            insert.emplace(m_db);
            if (!insert->prepare(DossierStateStore::insertSql()))
                return sqlError(*insert, "prepare dossiers insert");
        }
        if (Status st = states.write(r.state, int(events.size()), &*insert); !st)
            return st;
    }
    return {};
}

Status EventStore::writeConflicts(const QString &dossierCode, const ReplayResult &r)
{
    // Derived state: the refusals of the CURRENT order replace the earlier ones (the portal order
    // may have turned a conflict into an accepted event and the other way round).
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM event_conflicts WHERE dossier_code = ?"));
    del.addBindValue(dossierCode);
    if (!del.exec())
        return sqlError(del, "clear conflicts");
    for (const EventVerdict &v : r.verdicts) {
        if (v.accepted)
            continue;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO event_conflicts(event_uuid, dossier_code, reason) VALUES(?, ?, ?)"));
        q.addBindValue(uuidText(v.event));
        q.addBindValue(dossierCode);
        q.addBindValue(v.reason);
        if (!q.exec())
            return sqlError(q, "mark conflict");
    }
    return {};
}

QHash<QUuid, QString> EventStore::conflictsOf(const QString &dossierCode) const
{
    QHash<QUuid, QString> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT event_uuid, reason FROM event_conflicts WHERE dossier_code = ?"));
    q.addBindValue(dossierCode);
    if (!q.exec()) {
        qCWarning(lcDb) << "conflict query failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toString());
    return out;
}

Result<int> EventStore::rebuildDerivedState()
{
    // A larger page cache for the pass over every event (SQLCipher decrypts each page it reads
    // again once evicted); the connection's own setting comes back afterwards.
    struct CacheSize {
        QSqlDatabase &db;
        QVariant before;
        explicit CacheSize(QSqlDatabase &d) : db(d)
        {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
                before = q.value(0);
            q.finish();
            q.exec(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB
        }
        ~CacheSize()
        {
            if (before.isValid())
                QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = ") + QString::number(before.toLongLong()));
        }
    } cacheSize(m_db);
    SqlTransaction tx(m_db);
    if (!tx.began())
        return transactionError(m_db);
    // Bulk-load: the table's secondary indexes are dropped and rebuilt after the inserts (sorting
    // once beats 100,000 random index insertions), all inside the transaction, so a failure restores
    // them. Their definitions come from sqlite_master, so they always match the migration.
    QStringList indexSql;
    {
        QSqlQuery idx(m_db);
        if (!idx.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'dossiers' "
                                     "AND sql IS NOT NULL")))
            return sqlError(idx, "list dossiers indexes");
        QStringList names;
        while (idx.next()) {
            names << idx.value(0).toString();
            indexSql << idx.value(1).toString();
        }
        idx.finish();
        for (const QString &name : std::as_const(names)) {
            QSqlQuery drop(m_db);
            if (!drop.exec(QStringLiteral("DROP INDEX \"") + name + QLatin1Char('"')))
                return sqlError(drop, "drop dossiers index");
        }
    }
    // The monthly report sums (0018): their triggers off for the bulk load, refilled in one pass after.
    Result<QStringList> sumsTriggers = ReportSums(m_db).suspend();
    if (!sumsTriggers)
        return sumsTriggers.error();
    // The applicant names' FTS4 index (0020) likewise: rebuilt from the rows in one pass after.
    DossierNameIndex names(m_db);
    Result<QStringList> nameTriggers = names.suspend();
    if (!nameTriggers)
        return nameTriggers.error();
    DossierStateStore states(m_db);
    if (Status st = states.clear(); !st)
        return st.error();
    DossierBulkWriter insert(m_db);
    {
        QSqlQuery clear(m_db);
        if (!clear.exec(QStringLiteral("DELETE FROM event_conflicts")))
            return sqlError(clear, "clear conflicts");
    }
    QSqlQuery conflict(m_db);
    if (!conflict.prepare(QStringLiteral("INSERT OR REPLACE INTO event_conflicts(event_uuid, dossier_code, reason) "
                                         "VALUES(?, ?, ?)")))
        return sqlError(conflict, "prepare conflict insert");

    // One pass over the events grouped by dossier (the events_dossier index gives that order without
    // sorting a million rows); each group is put in replay order in memory — a handful of events.
    // The rebuild's hot path reads through the SQLCipher C API on this same connection (and inside
    // this transaction): QSqlQuery's per-row QVariant buffers cost more than the replay itself.
    // Only what replay needs (no hashes, no parent).
    RawEventReader reader(m_db);
    if (!reader.ok())
        return Error(QStringLiteral("db.query-failed"), QStringLiteral("read events: ") + reader.error());
    int dossiers = 0;
    QList<Event> group;
    auto flush = [&]() -> Status {
        if (group.isEmpty())
            return {};
        sortForReplay(group);
        const ReplayResult r = replay(group, m_machine);
        for (const EventVerdict &v : r.verdicts) {
            if (v.accepted)
                continue;
            conflict.bindValue(0, uuidText(v.event));
            conflict.bindValue(1, group.first().dossier);
            conflict.bindValue(2, v.reason);
            if (!conflict.exec())
                return sqlError(conflict, "mark conflict");
        }
        if (!r.state.code.isEmpty()) {
            if (Status st = insert.write(r.state, int(group.size())); !st)
                return st;
            ++dossiers;
        }
        group.clear();
        return {};
    };
    Event e;
    bool newDossier = false;
    while (reader.next(e, &newDossier)) {
        if (newDossier) {
            if (Status st = flush(); !st)
                return st.error();
        }
        group << std::move(e);
    }
    if (!reader.error().isEmpty())
        return Error(QStringLiteral("db.query-failed"), QStringLiteral("read events: ") + reader.error());
    if (Status st = flush(); !st)
        return st.error();
    reader.finish();
    for (const QString &sql : std::as_const(indexSql)) {
        QSqlQuery create(m_db);
        if (!create.exec(sql))
            return sqlError(create, "recreate dossiers index");
    }
    if (Status st = ReportSums(m_db).refill(*sumsTriggers); !st)
        return st.error();
    if (Status st = names.rebuild(*nameTriggers); !st)
        return st.error();
    {
        QSqlQuery fresh(m_db);
        if (!fresh.exec(QStringLiteral("DELETE FROM workspace_meta WHERE key = 'derived_state_stale'")))
            return sqlError(fresh, "clear the stale mark");
    }
    if (Status st = tx.commit(); !st)
        return st.error();
    qCInfo(lcDb) << "rebuilt derived state of" << dossiers << "dossiers";
    return dossiers;
}

Result<bool> EventStore::derivedStateStale() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT 1 FROM workspace_meta WHERE key = 'derived_state_stale'")))
        return sqlError(q, "read the stale mark");
    return q.next();
}

} // namespace motcua
