#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace motcua::portal {

// The synthetic population registry and data warehouse (citizens, citizen_documents of 0001_core).
class RegistryStore {
public:
    explicit RegistryStore(QSqlDatabase &db) : m_db(db) {}
    // The citizen as docs/sync-protocol.md "GET /v1/citizens/{idNumber}" answers, with documents.
    Result<std::optional<QJsonObject>> citizen(const QString &idNumber) const;

    static constexpr int kMaxGenerated = 1000000;
    // Replaces the registry with `size` (≤ kMaxGenerated) generated people (deterministic: the
    // same size gives the same people) and their documents; generated inside PostgreSQL.
    Result<void> generate(int size);

private:
    QSqlDatabase &m_db;
};

} // namespace motcua::portal
