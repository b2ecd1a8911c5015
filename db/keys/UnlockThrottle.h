#pragma once

#include "db/keys/KeyFile.h"

#include <chrono>

namespace motcua {

// The throttle on failed unlocks, as seen by a caller. The state lives in the key file (per slot
// id, also for unknown logins), so it holds across processes: each motcua-cli run is a new one.
//
// Policy: with n consecutive failures recorded, the first 3 failures answer at once; after that
// an attempt is not even checked before lastFailure + min(2^(n-3) s, 60 s). A correct password
// after the delay opens and resets the count. If the clock went backwards (lastFailure in the
// future) the attempt is allowed: the throttle slows typing at the counter; it cannot defend
// against someone who controls the system clock (they could move it forwards just as well).
class UnlockThrottle {
public:
    using Clock = KeyFile::Clock;
    using Sleeper = std::function<void(std::chrono::milliseconds)>;

    static constexpr int kFreeAttempts = 3;
    static constexpr std::chrono::seconds kMaxDelay{60};

    // The wait after `consecutiveFailures` failures (0 for fewer than 3).
    static std::chrono::milliseconds delayAfter(int consecutiveFailures);
    // When the next attempt is allowed; an invalid QDateTime when at once.
    static QDateTime allowedAt(int consecutiveFailures, const QDateTime &lastFailure,
                               const QDateTime &now);

    // The wait carried by an auth.throttled error (0 for any other error).
    static std::chrono::milliseconds retryAfter(const Error &error);

    explicit UnlockThrottle(KeyFile &keys, Clock clock = {});

    QDateTime now() const;
    // For a countdown in the GUI, without blocking. Invalid or <= now() means "at once".
    QDateTime nextAttemptAllowedAt(const QString &login) const;
    std::chrono::milliseconds waitBeforeNextAttempt(const QString &login) const;

    // Non-blocking: auth.throttled (detail "retry-after-ms=N") when it is too early.
    Result<UnlockResult> tryUnlock(const QString &login, const QString &password);
    // For the CLI: sleeps until allowed (default sleeper: QThread::sleep), then tries. Never
    // answers auth.throttled unless another process keeps failing for this login meanwhile.
    Result<UnlockResult> unlockWhenAllowed(const QString &login, const QString &password,
                                           const Sleeper &sleeper = {});

private:
    KeyFile &m_keys;
    Clock m_clock;
};

} // namespace motcua
