#pragma once

#include "app/capture/Scanner.h"
#include "app/capture/WorkerProtocol.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

namespace motcua::capture {

// Scanner over SANE, with the driver in a worker process (`motcua-cli scan-worker`, see
// WorkerProtocol.h) and a watchdog here:
//  - no frame from the worker for watchdogMs while an operation runs → the worker is killed and
//    the operation fails with "scanner.hung";
//  - the worker dies (signal or exit ≠ 0) during an operation → "scanner.crashed";
// in both cases every page received before stays in pages(), and the next call starts a fresh
// worker (retry). An idle worker is kept for the next batch and closed by the destructor.
//
// Lives in the thread that created it (the GUI thread is fine: nothing here blocks).
class SaneScanner : public Scanner {
    Q_OBJECT
public:
    struct Options {
        // The worker executable: $MOTCUA_SCAN_WORKER, else motcua-cli next to this executable.
        QString workerProgram;
        int watchdogMs = 30000;
        // Set for the worker on top of this process's environment (SANE_CONFIG_DIR, test faults).
        QProcessEnvironment extraEnvironment;
    };
    static QString defaultWorkerProgram();

    explicit SaneScanner(QObject *parent = nullptr);
    SaneScanner(Options options, QObject *parent = nullptr);
    ~SaneScanner() override;

    void setOptions(const Options &options) { m_options = options; }   // used from the next worker on
    const Options &options() const { return m_options; }

    void listDevices() override;
    void describeDevice(const QString &device) override;
    void startBatch(const QString &device, const ScanProfile &profile) override;
    void cancel() override;
    bool isBusy() const override { return m_op != Op::None; }

private:
    enum class Op { None, List, Describe, Scan };
    bool ensureWorker();
    void sendCommand(const QJsonObject &cmd);
    void onReadyRead();
    void onFrame(const protocol::FrameReader::Frame &frame);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onWatchdog();
    void fail(const Error &error, bool killWorker);
    void finishOp();
    void dropWorker();

    Options m_options;
    QProcess *m_worker = nullptr;
    protocol::FrameReader m_reader;
    QTimer m_watchdog;
    Op m_op = Op::None;
    bool m_cancelSent = false;
};

} // namespace motcua::capture
