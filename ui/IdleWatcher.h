#pragma once

#include <QObject>
#include <QTimer>

namespace motcua {

// Fires idle() after a period without keyboard, mouse, wheel or touch input anywhere in the
// application: an event filter on the QApplication restarts a single-shot timer.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    static constexpr int kDefaultMinutes = 10;

    void setTimeout(int milliseconds);   // <= 0 disables the idle lock
    int timeout() const { return m_timeoutMs; }
    void start();                        // watch from now (after an unlock)
    void stop();                         // while locked nothing is watched
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_timeoutMs = kDefaultMinutes * 60 * 1000;
    bool m_watching = false;
};

} // namespace motcua
