#include "db/DraftStore.h"
#include "db/SqlError.h"

#include "db/PageStore.h"
#include "db/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace motcua {
namespace {

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t.setTimeSpec(Qt::UTC);
    return t;
}

StoredDraft draftFromRow(const QSqlQuery &q)
{
    StoredDraft d;
    d.id = q.value(0).toString();
    d.officer = q.value(1).toString();
    d.startedAt = fromIso(q.value(2));
    d.updatedAt = fromIso(q.value(3));
    d.body = q.value(4).toByteArray();
    return d;
}

} // namespace

DraftStore::DraftStore(QSqlDatabase db) : m_db(std::move(db)) {}

Status DraftStore::save(const StoredDraft &draft, const QStringList &pages)
{
    if (draft.id.isEmpty() || draft.officer.isEmpty())
        return Error(QStringLiteral("drafts.invalid"), QStringLiteral("a draft needs an id and an officer"));
    SqlTransaction tx(m_db);
    if (!tx.began())
        return transactionError(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO drafts(id, officer, started_at, updated_at, body) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(draft.id);
    q.addBindValue(draft.officer);
    q.addBindValue(iso(draft.startedAt));
    q.addBindValue(iso(draft.updatedAt.isValid() ? draft.updatedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(draft.body);
    if (!q.exec())
        return sqlError(q, "save draft");
    PageStore pagesStore(m_db);
    const QString owner = ownerOf(draft.id);
    if (Status st = pagesStore.removeOwner(owner); !st)
        return st;
    for (int i = 0; i < pages.size(); ++i) {
        if (Status st = pagesStore.addRef(owner, pages.at(i), i); !st)
            return st;
    }
    return tx.commit();
}

Result<QList<StoredDraft>> DraftStore::ofOfficer(const QString &login) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, officer, started_at, updated_at, body FROM drafts WHERE officer = ? "
                             "ORDER BY updated_at DESC"));
    q.addBindValue(login);
    if (!q.exec())
        return sqlError(q, "list drafts");
    QList<StoredDraft> out;
    while (q.next())
        out.append(draftFromRow(q));
    return out;
}

std::optional<StoredDraft> DraftStore::get(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, officer, started_at, updated_at, body FROM drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return draftFromRow(q);
}

Status DraftStore::discard(const QString &id)
{
    SqlTransaction tx(m_db);
    if (!tx.began())
        return transactionError(m_db);
    if (Status st = removeInTransaction(id); !st)
        return st;
    return tx.commit();
}

Status DraftStore::removeInTransaction(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "remove draft");
    return PageStore(m_db).removeOwner(ownerOf(id));
}

CounterTimeStore::CounterTimeStore(QSqlDatabase db) : m_db(std::move(db)) {}

Status CounterTimeStore::record(const Entry &e)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO counter_times(dossier_code, officer, outcome, started_at, "
                             "decided_at, printed_at, actions) VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.dossierCode);
    q.addBindValue(e.officer);
    q.addBindValue(e.outcome);
    q.addBindValue(iso(e.startedAt));
    q.addBindValue(iso(e.decidedAt));
    q.addBindValue(e.printedAt.isValid() ? QVariant(iso(e.printedAt)) : QVariant());
    q.addBindValue(e.actions);
    if (!q.exec())
        return sqlError(q, "record counter time");
    return {};
}

Status CounterTimeStore::markPrinted(const QString &dossierCode, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE counter_times SET printed_at = ? WHERE dossier_code = ? AND printed_at IS NULL"));
    q.addBindValue(iso(at));
    q.addBindValue(dossierCode);
    if (!q.exec())
        return sqlError(q, "mark slip printed");
    return {};
}

std::optional<CounterTimeStore::Entry> CounterTimeStore::get(const QString &dossierCode) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT dossier_code, officer, outcome, started_at, decided_at, printed_at, actions "
                             "FROM counter_times WHERE dossier_code = ?"));
    q.addBindValue(dossierCode);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Entry e;
    e.dossierCode = q.value(0).toString();
    e.officer = q.value(1).toString();
    e.outcome = q.value(2).toString();
    e.startedAt = fromIso(q.value(3));
    e.decidedAt = fromIso(q.value(4));
    e.printedAt = fromIso(q.value(5));
    e.actions = q.value(6).toInt();
    return e;
}

} // namespace motcua
