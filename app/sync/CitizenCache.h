#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace motcua::sync {

// One cached answer of the portal's registry (GET /v1/citizens/{idNumber}) and when it was fetched.
struct CachedCitizen {
    QJsonObject body;      // the answer as received: personal data, never log it
    QDateTime fetchedAt;   // UTC
};

// The encrypted cache of registry answers (citizen_cache, migration 0015) in the workspace
// database: written when the portal answers, read when it cannot be reached. Uses the caller's
// connection, on the thread that owns it. Errors: the store's (db.query-failed …).
class CitizenCache {
public:
    explicit CitizenCache(QSqlDatabase db) : m_db(std::move(db)) {}

    // How long an answer is kept: older rows are purged at every lookup (docs/sync-protocol.md
    // "Client"). A month covers a long offline spell without keeping registry copies for ever.
    static constexpr int kMaxAgeDays = 30;

    Status put(const QString &idNumber, const QJsonObject &body, const QDateTime &fetchedAt);
    Result<std::optional<CachedCitizen>> get(const QString &idNumber) const;
    Status remove(const QString &idNumber);   // the registry no longer knows the number
    // Rows fetched before `cutoff`; returns how many went.
    Result<int> purgeOlderThan(const QDateTime &cutoff);
    Result<int> purgeAll();                   // the device was revoked
    Result<int> count() const;

private:
    QSqlDatabase m_db;
};

} // namespace motcua::sync
