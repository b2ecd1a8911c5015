#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace motcua {

class AppController;
class AuthService;

// Watches the GUI thread: a precise 5 ms timer whose late ticks are the stalls an officer would
// feel (input not handled, nothing painted). Figures per phase, reset with startPhase(). A late
// tick has two causes: the GUI thread was busy (its own CPU time between the ticks says how long)
// or it was ready but not scheduled (2 cores shared with the page worker and the scanner process);
// both are reported.
class StallMonitor : public QObject {
    Q_OBJECT
public:
    explicit StallMonitor(QObject *parent = nullptr);
    void startPhase();
    qint64 maxGapMs() const { return m_maxGap; }
    double maxBusyMs() const { return m_maxBusy; }   // the GUI thread's own CPU time in one gap
    int stallsOver(qint64 ms) const;   // ticks late by more than `ms` in this phase

private:
    void tick();
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
    qint64 m_lastCpuNs = 0;
    double m_maxBusy = 0;
    QList<qint64> m_gaps;   // gaps over 20 ms
};

// `motcua --bench-script`: the measured run tools/bench app drives (issue 5's performance
// targets). Signs in as $MOTCUA_DEMO_LOGIN / $MOTCUA_DEMO_PASSWORD, waits for the main window to
// be usable, then (when $MOTCUA_BENCH_SCAN_DEVICE names a SANE device) scans
// $MOTCUA_BENCH_SCAN_PAGES pages (default 20) into a component on the Receive page, watching the
// GUI thread for stalls. Prints one JSON object on stdout: moments as CLOCK_MONOTONIC
// milliseconds (QElapsedTimer::msecsSinceReference, comparable with the parent's clock), stalls,
// and resident memory (VmRSS, VmHWM) at the end.
class BenchScript : public QObject {
    Q_OBJECT
public:
    BenchScript(AppController *controller, AuthService *auth, QObject *parent = nullptr);
    bool prepare(QString *error);
    void start();

signals:
    void finished(int exitCode, const QString &error);

private:
    struct Step {
        QString what;
        std::function<bool()> ready;
        std::function<void()> act;
    };
    void addSteps();
    void poll();
    void fail(const QString &why);
    void finish();
    static qint64 now();
    static QJsonObject memory();

    AppController *m_controller;
    AuthService *m_auth;
    QString m_login;
    QString m_password;
    QString m_scanDevice;
    int m_scanPages = 20;
    QList<Step> m_steps;
    int m_next = 0;
    QTimer m_poll;
    QElapsedTimer m_waiting;
    StallMonitor m_stalls;
    QJsonObject m_result;
    bool m_done = false;
};

} // namespace motcua
