#include "app/capture/SaneScanner.h"

#include "app/capture/CaptureLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <cstring>

namespace motcua::capture {
namespace {

QImage imageFromFrame(const QJsonObject &h, const QByteArray &pixels)
{
    const int w = h.value(QLatin1String("width")).toInt();
    const int lines = h.value(QLatin1String("height")).toInt();
    const int bpl = h.value(QLatin1String("bpl")).toInt();
    const QString format = h.value(QLatin1String("format")).toString();
    QImage::Format f = QImage::Format_Grayscale8;
    int minBpl = w;
    if (format == QLatin1String("rgb888")) {
        f = QImage::Format_RGB888;
        minBpl = w * 3;
    } else if (format == QLatin1String("mono")) {
        f = QImage::Format_Mono;
        minBpl = (w + 7) / 8;
    } else if (format != QLatin1String("gray8")) {
        return {};
    }
    if (w <= 0 || lines <= 0 || bpl < minBpl || pixels.size() < qint64(bpl) * lines)
        return {};
    QImage img(w, lines, f);
    if (img.isNull())
        return {};
    if (f == QImage::Format_Mono)   // SANE lineart: bit 1 = black
        img.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    for (int y = 0; y < lines; ++y)
        std::memcpy(img.scanLine(y), pixels.constData() + qsizetype(y) * bpl, size_t(minBpl));
    const int dpi = h.value(QLatin1String("dpi")).toInt();
    if (dpi > 0) {
        img.setDotsPerMeterX(qRound(dpi / 0.0254));
        img.setDotsPerMeterY(qRound(dpi / 0.0254));
    }
    return img;
}

// Where a silent worker's threads are blocked, from /proc (Linux): "pipe_read/syscall 0" for each
// thread, the kernel function it waits in and its system call. Tells a driver stuck in its own I/O
// from a worker waiting for a command that never came. Names no file and no person.
QString whereaboutsOf(qint64 pid)
{
    QStringList threads;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        auto first = [&](const char *name) {
            QFile f(tasks.filePath(tid + QLatin1Char('/') + QLatin1String(name)));
            if (!f.open(QIODevice::ReadOnly))
                return QStringLiteral("?");
            return QString::fromLatin1(f.read(256)).trimmed().section(QLatin1Char(' '), 0, 0);   // its first word
        };
        threads << first("wchan") + QStringLiteral("/syscall ") + first("syscall");
        if (threads.size() == 8)
            break;
    }
    return threads.isEmpty() ? QStringLiteral("gone") : threads.join(QStringLiteral(", "));
}

} // namespace

QString SaneScanner::defaultWorkerProgram()
{
    const QString env = qEnvironmentVariable("MOTCUA_SCAN_WORKER");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("motcua-cli"));
}

SaneScanner::SaneScanner(QObject *parent) : SaneScanner(Options{}, parent) {}

SaneScanner::SaneScanner(Options options, QObject *parent) : Scanner(parent), m_options(std::move(options))
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &SaneScanner::onWatchdog);
}

SaneScanner::~SaneScanner()
{
    if (m_worker) {
        m_worker->disconnect(this);
        if (m_worker->state() == QProcess::Running) {
            m_worker->write(protocol::encodeHeader({{QStringLiteral("cmd"), QStringLiteral("quit")}}));
            m_worker->closeWriteChannel();
            if (m_op != Op::None || !m_worker->waitForFinished(2000))
                m_worker->kill();   // a scan in progress or a stuck driver: do not wait on it
            m_worker->waitForFinished(1000);
        }
    }
}

bool SaneScanner::ensureWorker()
{
    if (m_worker && m_worker->state() != QProcess::NotRunning)
        return true;
    dropWorker();
    m_reader = {};
    m_worker = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(m_options.extraEnvironment);
    m_worker->setProcessEnvironment(env);
    // The driver's own chatter goes to our stderr; stdout carries protocol frames only.
    m_worker->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_worker, &QProcess::readyReadStandardOutput, this, &SaneScanner::onReadyRead);
    connect(m_worker, &QProcess::finished, this, &SaneScanner::onFinished);
    const QString program = m_options.workerProgram.isEmpty() ? defaultWorkerProgram() : m_options.workerProgram;
    m_worker->start(program, {QStringLiteral("scan-worker")});
    if (!m_worker->waitForStarted(10000)) {
        const QString why = m_worker->errorString();
        dropWorker();
        fail(Error(QStringLiteral("scanner.worker-missing"), program + QStringLiteral(": ") + why), false);
        return false;
    }
    qCDebug(lcCapture) << "scan worker started, pid" << m_worker->processId();
    return true;
}

void SaneScanner::dropWorker()
{
    if (!m_worker)
        return;
    m_worker->disconnect(this);
    if (m_worker->state() != QProcess::NotRunning) {
        m_worker->kill();
        m_worker->waitForFinished(2000);
    }
    m_worker->deleteLater();
    m_worker = nullptr;
}

void SaneScanner::sendCommand(const QJsonObject &cmd)
{
    m_worker->write(protocol::encodeHeader(cmd));
}

void SaneScanner::listDevices()
{
    if (isBusy()) {
        emit devicesFailed(Error(QStringLiteral("scanner.busy"), QStringLiteral("an operation is running")));
        return;
    }
    m_op = Op::List;
    if (!ensureWorker())
        return;
    sendCommand({{QStringLiteral("cmd"), QStringLiteral("list")}});
    m_watchdog.start(m_options.watchdogMs);
}

void SaneScanner::describeDevice(const QString &device)
{
    if (isBusy()) {
        emit devicesFailed(Error(QStringLiteral("scanner.busy"), QStringLiteral("an operation is running")));
        return;
    }
    m_op = Op::Describe;
    if (!ensureWorker())
        return;
    sendCommand({{QStringLiteral("cmd"), QStringLiteral("describe")}, {QStringLiteral("device"), device}});
    m_watchdog.start(m_options.watchdogMs);
}

void SaneScanner::startBatch(const QString &device, const ScanProfile &profile)
{
    if (isBusy()) {
        emit batchFailed(Error(QStringLiteral("scanner.busy"), QStringLiteral("an operation is running")),
                         int(m_pages.size()));
        return;
    }
    m_pages.clear();
    m_cancelSent = false;
    m_op = Op::Scan;
    if (!ensureWorker())
        return;
    QJsonObject extra;
    for (auto it = profile.extraOptions.begin(); it != profile.extraOptions.end(); ++it)
        extra.insert(it.key(), it.value());
    sendCommand({{QStringLiteral("cmd"), QStringLiteral("scan")},
                 {QStringLiteral("device"), device},
                 {QStringLiteral("mode"), modeWord(profile.mode)},
                 {QStringLiteral("dpi"), profile.dpi},
                 {QStringLiteral("source"), sourceWord(profile.source)},
                 {QStringLiteral("width_mm"), profile.pageSizeMm.width()},
                 {QStringLiteral("height_mm"), profile.pageSizeMm.height()},
                 {QStringLiteral("pages"), profile.pages},
                 {QStringLiteral("options"), extra}});
    m_watchdog.start(m_options.watchdogMs);
}

void SaneScanner::cancel()
{
    if (m_op != Op::Scan || m_cancelSent || !m_worker)
        return;
    m_cancelSent = true;
    sendCommand({{QStringLiteral("cmd"), QStringLiteral("cancel")}});
    // A driver that ignores cancel is handled by the watchdog like any other hang.
}

void SaneScanner::onReadyRead()
{
    if (!m_worker)
        return;
    m_reader.feed(m_worker->readAllStandardOutput());
    if (m_op != Op::None)
        m_watchdog.start(m_options.watchdogMs);   // any byte is a sign of life
    for (;;) {
        bool bad = false;
        auto frame = m_reader.next(&bad);
        if (bad) {
            fail(Error(QStringLiteral("scanner.protocol"), QStringLiteral("malformed frame from the worker")), true);
            return;
        }
        if (!frame)
            return;
        onFrame(*frame);
        if (!m_worker)
            return;
    }
}

void SaneScanner::onFrame(const protocol::FrameReader::Frame &frame)
{
    const QString type = frame.header.value(QLatin1String("type")).toString();
    if (type == QLatin1String("hello")) {
        if (frame.header.value(QLatin1String("protocol")).toInt() != protocol::kVersion)
            fail(Error(QStringLiteral("scanner.protocol"), QStringLiteral("worker speaks another protocol version")), true);
    } else if (type == QLatin1String("devices") && m_op == Op::List) {
        QList<ScannerDevice> devices;
        const QJsonArray arr = frame.header.value(QLatin1String("devices")).toArray();
        for (const QJsonValue &v : arr) {
            const QJsonObject o = v.toObject();
            devices.append({o.value(QLatin1String("name")).toString(), o.value(QLatin1String("vendor")).toString(),
                            o.value(QLatin1String("model")).toString(), o.value(QLatin1String("type")).toString()});
        }
        finishOp();
        emit devicesListed(devices);
    } else if (type == QLatin1String("capabilities") && m_op == Op::Describe) {
        const QJsonObject &h = frame.header;
        DeviceCapabilities caps;
        caps.device = h.value(QLatin1String("device")).toString();
        for (const QJsonValue &v : h.value(QLatin1String("modes")).toArray()) {
            ColorMode m{};
            if (parseColorMode(v.toString(), &m))
                caps.modes << m;
        }
        for (const QJsonValue &v : h.value(QLatin1String("sources")).toArray()) {
            ScanSource src{};
            if (parseScanSource(v.toString(), &src))
                caps.sources << src;
        }
        caps.minDpi = h.value(QLatin1String("min_dpi")).toInt();
        caps.maxDpi = h.value(QLatin1String("max_dpi")).toInt();
        for (const QJsonValue &v : h.value(QLatin1String("dpi_list")).toArray())
            caps.dpiList << v.toInt();
        caps.maxAreaMm = QSizeF(h.value(QLatin1String("max_width_mm")).toDouble(), h.value(QLatin1String("max_height_mm")).toDouble());
        for (const QJsonValue &v : h.value(QLatin1String("device_modes")).toArray())
            caps.deviceModes << v.toString();
        for (const QJsonValue &v : h.value(QLatin1String("device_sources")).toArray())
            caps.deviceSources << v.toString();
        finishOp();
        emit deviceDescribed(caps);
    } else if (type == QLatin1String("progress") && m_op == Op::Scan) {
        emit progress(frame.header.value(QLatin1String("page")).toInt(), frame.header.value(QLatin1String("percent")).toInt());
    } else if (type == QLatin1String("page") && m_op == Op::Scan) {
        ScannedPage page;
        page.index = int(m_pages.size());
        page.dpi = frame.header.value(QLatin1String("dpi")).toInt();
        page.image = imageFromFrame(frame.header, frame.payload);
        if (page.image.isNull()) {
            fail(Error(QStringLiteral("scanner.protocol"), QStringLiteral("page frame with bad geometry")), true);
            return;
        }
        m_pages.append(page);
        emit progress(page.index, 100);
        emit pageScanned(page);
    } else if (type == QLatin1String("done") && m_op == Op::Scan) {
        const bool cancelled = frame.header.value(QLatin1String("cancelled")).toBool();
        finishOp();
        emit batchFinished(int(m_pages.size()), cancelled);
    } else if (type == QLatin1String("error")) {
        fail(Error(frame.header.value(QLatin1String("code")).toString(),
                   frame.header.value(QLatin1String("detail")).toString()),
             false);
    }
}

void SaneScanner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const Op op = m_op;
    // Frames written just before the end are still in the pipe: take them first.
    if (m_worker)
        onReadyRead();
    if (op == Op::None || m_op == Op::None) {
        dropWorker();
        return;
    }
    const QString how = status == QProcess::CrashExit ? QStringLiteral("worker died (signal)")
                                                      : QStringLiteral("worker exited with %1").arg(exitCode);
    fail(Error(QStringLiteral("scanner.crashed"), how), true);
}

void SaneScanner::onWatchdog()
{
    if (m_op == Op::None)
        return;
    qCWarning(lcCapture).noquote() << "scan worker silent for" << m_options.watchdogMs << "ms: killing it; its threads:"
                                   << (m_worker ? whereaboutsOf(m_worker->processId()) : QStringLiteral("none"))
                                   << "| command bytes not yet written:" << (m_worker ? m_worker->bytesToWrite() : 0)
                                   << "| frame bytes received and waiting:" << m_reader.buffered();
    fail(Error(QStringLiteral("scanner.hung"),
               QStringLiteral("no progress for %1 ms").arg(m_options.watchdogMs)),
         true);
}

void SaneScanner::finishOp()
{
    m_watchdog.stop();
    m_op = Op::None;
}

void SaneScanner::fail(const Error &error, bool killWorker)
{
    const Op op = m_op;
    finishOp();
    if (killWorker)
        dropWorker();
    qCWarning(lcCapture) << "scanner:" << error.code << error.detail;
    if (op == Op::List || op == Op::Describe)
        emit devicesFailed(error);
    else if (op == Op::Scan)
        emit batchFailed(error, int(m_pages.size()));
}

} // namespace motcua::capture
