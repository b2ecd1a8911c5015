#pragma once

#include "domain/Result.h"
#include "domain/auth/Officer.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace motcua {

// Offices, officers and the auth log of one workspace database (tables of 0001_core.sql).
// Uses the caller's connection: call from the thread that owns it.
class OfficerStore {
public:
    explicit OfficerStore(QSqlDatabase db);

    Status addOffice(const Office &office);
    std::optional<Office> office(const QString &code) const;

    Status addOfficer(const Officer &officer);
    std::optional<Officer> officer(const QString &login) const;
    QList<Officer> officers(bool includeRevoked = false) const;
    Status revoke(const QString &login, const QDateTime &at);
    Status setRoles(const QString &login, Roles roles);

    // The auth log: unlock, unlock-failed, password-changed, officer-added, officer-revoked,
    // rekeyed. `detail` never holds a password, key or personal data.
    Status logAuth(const QString &login, const QString &event, const QString &detail = {},
                   const QDateTime &at = QDateTime::currentDateTimeUtc());
    struct AuthEntry {
        QDateTime at;
        QString login;
        QString event;
        QString detail;
    };
    QList<AuthEntry> authLog(const QString &login = {}, int limit = 100) const;

    // workspace_meta key/value pairs.
    Status setMeta(const QString &key, const QString &value);
    QString meta(const QString &key, const QString &fallback = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace motcua
