#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace motcua::portal {

// SIGTERM and SIGINT end `serve` cleanly: the signal handler only writes a byte to a socket pair
// (async-signal-safe), the event loop reads it and quits, and the server then finishes the
// requests in flight before the process exits 0.
class StopSignals final : public QObject {
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;
    bool ok() const { return m_notifier != nullptr; }

private:
    void onSignal();
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace motcua::portal
