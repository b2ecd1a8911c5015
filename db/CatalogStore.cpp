#include "db/CatalogStore.h"
#include "db/SqlError.h"

#include "db/DbLogging.h"
#include "domain/catalog/CatalogJson.h"
#include "domain/text/VietnameseFolding.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

namespace {

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

CatalogStore::CatalogStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<CatalogMeta>> CatalogStore::meta() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version, issued, imported_at, source FROM catalog_meta WHERE id = 1")))
        return sqlError(QStringLiteral("reading catalog_meta"), q);
    if (!q.next())
        return std::optional<CatalogMeta>();
    CatalogMeta m;
    m.version = q.value(0).toString();
    m.issued = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    m.importedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    m.source = q.value(3).toString();
    return std::optional<CatalogMeta>(m);
}

Result<std::optional<Catalog>> CatalogStore::load() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version, issued, description FROM catalog_meta WHERE id = 1")))
        return sqlError(QStringLiteral("reading catalog_meta"), q);
    if (!q.next())
        return std::optional<Catalog>();
    const QString version = q.value(0).toString();
    const QDate issued = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    const QString description = q.value(2).toString();

    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT code, json FROM procedures ORDER BY code")))
        return sqlError(QStringLiteral("reading procedures"), rows);
    QList<Procedure> procedures;
    while (rows.next()) {
        const QString code = rows.value(0).toString();
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(rows.value(1).toString().toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return Error(QStringLiteral("catalog.store-corrupt"), QStringLiteral("procedure %1: stored JSON is malformed").arg(code));
        auto p = CatalogJson::procedureFromJson(doc.object());
        if (!p)
            return Error(QStringLiteral("catalog.store-corrupt"), QStringLiteral("procedure %1: %2").arg(code, p.error().detail));
        if (p->code != code)
            return Error(QStringLiteral("catalog.store-corrupt"), QStringLiteral("procedure %1: stored under another code").arg(code));
        procedures << std::move(p).value();
    }
    return std::optional<Catalog>(Catalog(version, issued, description, std::move(procedures)));
}

Status CatalogStore::replace(const Catalog &catalog, const QString &source, const QDateTime &importedAt)
{
    if (!m_db.transaction())
        return transactionError(m_db, QStringLiteral("begin"));
    auto attempt = [&]() -> Status {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("DELETE FROM procedures")))
            return sqlError(QStringLiteral("clearing procedures"), q);
        if (!q.exec(QStringLiteral("DELETE FROM catalog_meta")))
            return sqlError(QStringLiteral("clearing catalog_meta"), q);
        q.prepare(QStringLiteral("INSERT INTO catalog_meta(id, version, issued, imported_at, source, description) "
                                 "VALUES(1, ?, ?, ?, ?, ?)"));
        q.addBindValue(catalog.version());
        q.addBindValue(catalog.issued().toString(Qt::ISODate));
        q.addBindValue(utcText(importedAt));
        q.addBindValue(source);
        q.addBindValue(catalog.source());
        if (!q.exec())
            return sqlError(QStringLiteral("writing catalog_meta"), q);
        QSqlQuery ins(m_db);
        ins.prepare(QStringLiteral("INSERT INTO procedures(code, name, name_folded, sector, level, json) VALUES(?, ?, ?, ?, ?, ?)"));
        for (const Procedure &p : catalog.procedures()) {
            ins.addBindValue(p.code);
            ins.addBindValue(p.name);
            ins.addBindValue(foldVietnamese(p.name));
            ins.addBindValue(p.sector);
            ins.addBindValue(levelKey(p.level));
            ins.addBindValue(QString::fromUtf8(QJsonDocument(CatalogJson::toJson(p)).toJson(QJsonDocument::Compact)));
            if (!ins.exec())
                return sqlError(QStringLiteral("writing procedure ") + p.code, ins);
        }
        return {};
    };
    Status st = attempt();
    if (st && !m_db.commit())
        st = transactionError(m_db, QStringLiteral("commit"));
    if (!st) {
        if (!m_db.rollback())
            qCWarning(lcDb) << "rollback of a failed catalog import failed:" << m_db.lastError().text();
        qCWarning(lcDb) << "catalog import failed, the old catalog stays:" << st.error().code;
        return st;
    }
    qCInfo(lcDb) << "catalog" << catalog.version() << "stored with" << catalog.size() << "procedures";
    return {};
}

Status CatalogStore::recordUse(const QString &code, const QString &officer, const QDateTime &at)
{
    // SQLite 3.15 has no UPSERT: insert the row if missing, then bump it.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO procedure_usage(code, officer, uses, favourite) VALUES(?, ?, 0, 0)"));
    q.addBindValue(code);
    q.addBindValue(officer);
    if (!q.exec())
        return sqlError(QStringLiteral("recording procedure use"), q);
    q.prepare(QStringLiteral("UPDATE procedure_usage SET uses = uses + 1, last_used_at = ? WHERE code = ? AND officer = ?"));
    q.addBindValue(utcText(at));
    q.addBindValue(code);
    q.addBindValue(officer);
    if (!q.exec())
        return sqlError(QStringLiteral("recording procedure use"), q);
    return {};
}

Status CatalogStore::setFavourite(const QString &code, const QString &officer, bool favourite)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO procedure_usage(code, officer, uses, favourite) VALUES(?, ?, 0, 0)"));
    q.addBindValue(code);
    q.addBindValue(officer);
    if (!q.exec())
        return sqlError(QStringLiteral("marking a favourite"), q);
    q.prepare(QStringLiteral("UPDATE procedure_usage SET favourite = ? WHERE code = ? AND officer = ?"));
    q.addBindValue(favourite ? 1 : 0);
    q.addBindValue(code);
    q.addBindValue(officer);
    if (!q.exec())
        return sqlError(QStringLiteral("marking a favourite"), q);
    return {};
}

Result<QHash<QString, ProcedureUsage>> CatalogStore::usage(const QString &officer) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT code, last_used_at, uses, favourite FROM procedure_usage WHERE officer = ?"));
    q.addBindValue(officer);
    if (!q.exec())
        return sqlError(QStringLiteral("reading procedure usage"), q);
    QHash<QString, ProcedureUsage> out;
    while (q.next()) {
        ProcedureUsage u;
        if (!q.value(1).isNull())
            u.lastUsedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        u.uses = q.value(2).toInt();
        u.favourite = q.value(3).toInt() != 0;
        out.insert(q.value(0).toString(), u);
    }
    return out;
}

} // namespace motcua
