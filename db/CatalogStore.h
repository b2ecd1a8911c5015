#pragma once

#include "domain/Result.h"
#include "domain/catalog/Catalog.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace motcua {

// What catalog a workspace holds and where it came from.
struct CatalogMeta {
    QString version;
    QDate issued;
    QDateTime importedAt; // UTC
    QString source;       // origin: "bundled", a file name, "portal"
};

// An officer's use of a procedure, for ordering search results (favourites, then recent).
struct ProcedureUsage {
    QDateTime lastUsedAt; // UTC; invalid when never used (only marked favourite)
    int uses = 0;
    bool favourite = false;
};

// The workspace's procedure catalog in the encrypted database (migration 0002_catalog).
// Each procedure is stored whole as CatalogJson plus lookup columns. Used on the thread that owns
// the connection.
class CatalogStore {
public:
    explicit CatalogStore(QSqlDatabase db);

    // The stored catalog; nullopt when none was ever imported. A row that no longer validates
    // (hand-edited database, older program) fails the load with "catalog.store-corrupt".
    Result<std::optional<Catalog>> load() const;
    Result<std::optional<CatalogMeta>> meta() const;

    // Replaces the whole catalog in ONE transaction: on any failure the old catalog stays.
    Status replace(const Catalog &catalog, const QString &source, const QDateTime &importedAt);

    Status recordUse(const QString &code, const QString &officer, const QDateTime &at);
    Status setFavourite(const QString &code, const QString &officer, bool favourite);
    Result<QHash<QString, ProcedureUsage>> usage(const QString &officer) const; // by code

private:
    QSqlDatabase m_db;
};

} // namespace motcua
