#include "db/keys/UnlockThrottle.h"

#include <QThread>

#include <algorithm>

namespace motcua {

std::chrono::milliseconds UnlockThrottle::delayAfter(int consecutiveFailures)
{
    if (consecutiveFailures < kFreeAttempts)
        return std::chrono::milliseconds(0);
    const int exponent = consecutiveFailures - kFreeAttempts; // 3 failures → 1 s, 4 → 2 s, ...
    if (exponent >= 6)                                        // 2^6 = 64 s > cap
        return kMaxDelay;
    return std::min<std::chrono::milliseconds>(std::chrono::seconds(qint64(1) << exponent),
                                               kMaxDelay);
}

QDateTime UnlockThrottle::allowedAt(int consecutiveFailures, const QDateTime &lastFailure,
                                    const QDateTime &now)
{
    const auto delay = delayAfter(consecutiveFailures);
    if (delay.count() == 0 || !lastFailure.isValid() || lastFailure > now)
        return {};
    return lastFailure.addMSecs(delay.count());
}

std::chrono::milliseconds UnlockThrottle::retryAfter(const Error &error)
{
    static const QLatin1String prefix("retry-after-ms=");
    if (error.code != QLatin1String("auth.throttled") || !error.detail.startsWith(prefix))
        return std::chrono::milliseconds(0);
    bool ok = false;
    const qint64 ms = error.detail.mid(prefix.size()).toLongLong(&ok);
    return std::chrono::milliseconds(ok && ms > 0 ? ms : 0);
}

UnlockThrottle::UnlockThrottle(KeyFile &keys, Clock clock)
    : m_keys(keys), m_clock(std::move(clock))
{
}

QDateTime UnlockThrottle::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QDateTime UnlockThrottle::nextAttemptAllowedAt(const QString &login) const
{
    const KeyFile::ThrottleState st = m_keys.throttleState(login);
    return allowedAt(st.failures, st.lastFailure, now());
}

std::chrono::milliseconds UnlockThrottle::waitBeforeNextAttempt(const QString &login) const
{
    const QDateTime at = nextAttemptAllowedAt(login);
    const QDateTime t = now();
    if (!at.isValid() || at <= t)
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(t.msecsTo(at));
}

Result<UnlockResult> UnlockThrottle::tryUnlock(const QString &login, const QString &password)
{
    return m_keys.unlock(login, password, [this] { return now(); });
}

Result<UnlockResult> UnlockThrottle::unlockWhenAllowed(const QString &login,
                                                       const QString &password,
                                                       const Sleeper &sleeper)
{
    // A few rounds: another process may record a failure between our wait and our attempt.
    for (int round = 0;; ++round) {
        const auto wait = waitBeforeNextAttempt(login);
        if (wait.count() > 0) {
            if (sleeper)
                sleeper(wait);
            else
                QThread::msleep(static_cast<unsigned long>(wait.count()));
        }
        Result<UnlockResult> r = tryUnlock(login, password);
        if (r.ok() || r.error().code != QLatin1String("auth.throttled") || round >= 4)
            return r;
    }
}

} // namespace motcua
