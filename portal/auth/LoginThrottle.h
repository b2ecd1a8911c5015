#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace motcua::portal {

// Slows down password guessing on POST /v1/auth/login (docs/sync-protocol.md "Identities and
// tokens"). Failed sign-ins are counted per login and per client address in PostgreSQL
// (login_throttle of 0003), so every portal instance sees the same counts. From the
// kLoginThreshold-th consecutive failure of a login (kAddressThreshold-th from one address) further
// attempts are refused for kFirstLockSecs, doubling with each further failure up to kMaxLockSecs,
// before any Argon2id work and whatever the password: a locked login cannot be probed. A success
// clears the login's count; counts older than kForgetSecs start again from zero.
class LoginThrottle {
public:
    static constexpr int kLoginThreshold = 5;
    static constexpr int kAddressThreshold = 20;
    static constexpr qint64 kFirstLockSecs = 30;
    static constexpr qint64 kMaxLockSecs = 15 * 60;
    static constexpr qint64 kForgetSecs = 15 * 60;

    LoginThrottle(QSqlDatabase &db, const QString &login, const QString &address);

    // Seconds until this login and address may try again; 0: now.
    Result<qint64> waitSeconds(const QDateTime &now);
    Status recordFailure(const QDateTime &now);
    Status recordSuccess();

    // The lock after `failures` consecutive failures with `threshold` (0: none yet).
    static qint64 lockSecondsAfter(int failures, int threshold);

private:
    Status countFailure(const char *scope, const QString &key, int threshold, const QDateTime &now);

    QSqlDatabase &m_db;
    QString m_loginKey;
    QString m_addressKey;
};

} // namespace motcua::portal
