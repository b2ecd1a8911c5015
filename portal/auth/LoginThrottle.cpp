#include "portal/auth/LoginThrottle.h"

#include "portal/db/Sql.h"

#include <QCryptographicHash>

namespace motcua::portal {
namespace {

QString keyOf(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

LoginThrottle::LoginThrottle(QSqlDatabase &db, const QString &login, const QString &address)
    : m_db(db), m_loginKey(keyOf(login.trimmed().toLower())), m_addressKey(keyOf(address))
{
}

qint64 LoginThrottle::lockSecondsAfter(int failures, int threshold)
{
    if (failures < threshold)
        return 0;
    const int doublings = qMin(failures - threshold, 16);
    return qMin(kFirstLockSecs << doublings, kMaxLockSecs);
}

Result<qint64> LoginThrottle::waitSeconds(const QDateTime &now)
{
    auto q = exec(m_db,
                  QStringLiteral("SELECT ceil(extract(epoch FROM max(locked_until) - ?::timestamptz))::bigint FROM login_throttle "
                                 "WHERE locked_until > ? "
                                 "AND ((scope = 'login' AND key = ?) OR (scope = 'address' AND key = ?))"),
                  {now, now, m_loginKey, m_addressKey});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return qint64(0);
    return qMax<qint64>(1, q->value(0).toLongLong());
}

Status LoginThrottle::countFailure(const char *scope, const QString &key, int threshold, const QDateTime &now)
{
    // One statement, so two instances counting at once both count.
    auto q = exec(m_db,
                  QStringLiteral("INSERT INTO login_throttle (scope, key, failures, last_failure) VALUES (?, ?, 1, ?) "
                                 "ON CONFLICT (scope, key) DO UPDATE SET "
                                 "failures = CASE WHEN login_throttle.last_failure < EXCLUDED.last_failure - ? * interval '1 second' "
                                 "THEN 1 ELSE login_throttle.failures + 1 END, last_failure = EXCLUDED.last_failure "
                                 "RETURNING failures"),
                  {QString::fromLatin1(scope), key, now, kForgetSecs});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("server.error"), QStringLiteral("login throttle: no count returned"));
    const qint64 lock = lockSecondsAfter(q->value(0).toInt(), threshold);
    if (lock == 0)
        return {};
    auto locked = exec(m_db, QStringLiteral("UPDATE login_throttle SET locked_until = ? WHERE scope = ? AND key = ?"),
                       {now.addSecs(lock), QString::fromLatin1(scope), key});
    if (!locked)
        return locked.error();
    return {};
}

Status LoginThrottle::recordFailure(const QDateTime &now)
{
    if (Status s = countFailure("login", m_loginKey, kLoginThreshold, now); !s)
        return s;
    return countFailure("address", m_addressKey, kAddressThreshold, now);
}

Status LoginThrottle::recordSuccess()
{
    auto q = exec(m_db, QStringLiteral("DELETE FROM login_throttle WHERE scope = 'login' AND key = ?"), {m_loginKey});
    if (!q)
        return q.error();
    return {};
}

} // namespace motcua::portal
