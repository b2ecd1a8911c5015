#pragma once

#include <QDateTime>

namespace motcua {

// Where "now" comes from. Services take a Clock from their thread's composition root
// (WorkspaceServices, the CLI command, the portal's request context) instead of asking the system:
// tests pass a FixedClock and get the same events, due moments and codes on every run.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;   // UTC, millisecond precision
};

// The system's clock.
class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that says what it is told; advance() moves it. Not thread-safe: one per test thread.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at; }
    void advance(qint64 ms) { m_at = m_at.addMSecs(ms); }

private:
    QDateTime m_at;
};

} // namespace motcua
