// Scanning end to end through the worker process and SANE's real `test` backend
// (SANE_CONFIG_DIR=tests/data/sane), including a worker that hangs and one that crashes.
#include "app/capture/SaneScanner.h"
#include "support/CliRunner.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::capture;

namespace {

QString saneConfigDir()
{
    return QStringLiteral(MOTCUA_SOURCE_DIR "/tests/data/sane");
}

SaneScanner::Options options(int watchdogMs = 20000, const QString &fault = {})
{
    SaneScanner::Options o;
    o.workerProgram = QStringLiteral(MOTCUA_CLI_PATH);
    o.watchdogMs = watchdogMs;
    o.extraEnvironment.insert(QStringLiteral("SANE_CONFIG_DIR"), saneConfigDir());
    if (!fault.isEmpty())
        o.extraEnvironment.insert(QStringLiteral("MOTCUA_SCAN_WORKER_FAULT"), fault);
    return o;
}

ScanProfile grayProfile(int pages, int dpi = 200)
{
    ScanProfile p = ScanProfile::forKind(PageKind::Text);
    p.pages = pages;
    p.dpi = dpi;
    return p;
}

// Waits for the end of a batch; true when it finished (not failed).
bool waitBatch(QSignalSpy &finished, QSignalSpy &failed, int ms = 30000)
{
    QElapsedTimer t;
    t.start();
    while (finished.isEmpty() && failed.isEmpty() && t.elapsed() < ms)
        QTest::qWait(20);
    return !finished.isEmpty();
}

} // namespace

class TestScanner : public QObject {
    Q_OBJECT
private slots:
    void profilesPerKind()
    {
        const ScanProfile text = ScanProfile::forKind(PageKind::Text);
        QCOMPARE(text.mode, ColorMode::Gray);
        QCOMPARE(text.dpi, 200);
        const ScanProfile photo = ScanProfile::forKind(PageKind::Photo);
        QCOMPARE(photo.mode, ColorMode::Color);
        QCOMPARE(photo.dpi, 300);
        QCOMPARE(ScanProfile::forKind(PageKind::IdCard).dpi, 300);
    }

    void listsTestDevices()
    {
        SaneScanner scanner(options());
        QSignalSpy listed(&scanner, &Scanner::devicesListed);
        scanner.listDevices();
        QVERIFY(listed.wait(20000));
        const auto devices = listed.at(0).at(0).value<QList<ScannerDevice>>();
        QStringList names;
        for (const auto &d : devices)
            names << d.name;
        QVERIFY2(names.contains(QStringLiteral("test:0")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.contains(QStringLiteral("test:1")));
    }

    void describesTheTestDevice()
    {
        SaneScanner scanner(options());
        QSignalSpy described(&scanner, &Scanner::deviceDescribed);
        scanner.describeDevice(QStringLiteral("test:0"));
        QVERIFY(described.wait(20000));
        const auto caps = described.at(0).at(0).value<DeviceCapabilities>();
        QCOMPARE(caps.device, QStringLiteral("test:0"));
        QVERIFY(caps.modes.contains(ColorMode::Color));
        QVERIFY(caps.modes.contains(ColorMode::Gray));
        QCOMPARE(caps.sources, (QList<ScanSource>{ScanSource::Flatbed, ScanSource::Feeder}));
        QCOMPARE(caps.minDpi, 1);      // test.conf: resolution 1..1200 (SANE_TYPE_FIXED)
        QCOMPARE(caps.maxDpi, 1200);
        QCOMPARE(caps.maxAreaMm, QSizeF(200, 200));
        QVERIFY(caps.deviceSources.contains(QStringLiteral("Automatic Document Feeder")));
        QSignalSpy failed(&scanner, &Scanner::devicesFailed);
        scanner.describeDevice(QStringLiteral("nosuch:1"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("scanner.unknown-device"));
    }

    void scansThreeGrayPages()
    {
        SaneScanner scanner(options());
        QSignalSpy pages(&scanner, &Scanner::pageScanned);
        QSignalSpy progress(&scanner, &Scanner::progress);
        QSignalSpy finished(&scanner, &Scanner::batchFinished);
        QSignalSpy failed(&scanner, &Scanner::batchFailed);
        scanner.startBatch(QStringLiteral("test:0"), grayProfile(3));
        QVERIFY(waitBatch(finished, failed));
        QCOMPARE(finished.at(0).at(0).toInt(), 3);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QCOMPARE(pages.size(), 3);
        QCOMPARE(scanner.pages().size(), 3);
        QVERIFY(progress.size() >= 3);
        for (const ScannedPage &p : scanner.pages()) {
            QCOMPARE(p.dpi, 200);
            QCOMPARE(p.image.format(), QImage::Format_Grayscale8);
            // A4 asked, the test backend caps the area at 200 × 200 mm: 200 mm at 200 dpi ≈ 1575 px
            QVERIFY(qAbs(p.image.width() - 1575) <= 2);
            QVERIFY(qAbs(p.image.height() - 1575) <= 2);
            QCOMPARE(qRound(p.image.dotsPerMeterX() * 0.0254), 200);
        }
        QCOMPARE(scanner.pages().at(2).index, 2);
    }

    void scansColour300()
    {
        SaneScanner scanner(options());
        QSignalSpy finished(&scanner, &Scanner::batchFinished);
        QSignalSpy failed(&scanner, &Scanner::batchFailed);
        ScanProfile p = ScanProfile::forKind(PageKind::Photo);
        p.pageSizeMm = QSizeF(100, 50);
        p.extraOptions.insert(QStringLiteral("test-picture"), QStringLiteral("Color pattern"));
        scanner.startBatch(QStringLiteral("test:1"), p);
        QVERIFY(waitBatch(finished, failed));
        QCOMPARE(scanner.pages().size(), 1);
        const QImage img = scanner.pages().at(0).image;
        QCOMPARE(img.format(), QImage::Format_RGB888);
        QCOMPARE(scanner.pages().at(0).dpi, 300);
        QVERIFY(qAbs(img.width() - 1181) <= 2);   // 100 mm at 300 dpi
        QVERIFY(qAbs(img.height() - 591) <= 2);
        // The colour pattern has colour in it (not a grey image in RGB clothing)
        bool coloured = false;
        for (int i = 0; i < img.width() * img.height() && !coloured; i += 997) {
            const QRgb c = img.pixel(i % img.width(), i / img.width());
            coloured = qAbs(qRed(c) - qBlue(c)) > 50 || qAbs(qRed(c) - qGreen(c)) > 50;
        }
        QVERIFY(coloured);
    }

    void feederRunsEmpty()
    {
        // The test backend's feeder is "empty" after 10 sheets: pages = 0 means until empty.
        SaneScanner scanner(options());
        QSignalSpy finished(&scanner, &Scanner::batchFinished);
        QSignalSpy failed(&scanner, &Scanner::batchFailed);
        ScanProfile p = grayProfile(0, 50);
        p.source = ScanSource::Feeder;
        scanner.startBatch(QStringLiteral("test:0"), p);
        QVERIFY(waitBatch(finished, failed));
        QCOMPARE(scanner.pages().size(), 10);
        // Duplex is not offered by the test backend: a clear error naming the sources
        p.source = ScanSource::Duplex;
        finished.clear();
        scanner.startBatch(QStringLiteral("test:0"), p);
        QVERIFY(!waitBatch(finished, failed));
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("scanner.source-unavailable"));
    }

    void cancelStopsTheBatch()
    {
        SaneScanner scanner(options());
        QSignalSpy finished(&scanner, &Scanner::batchFinished);
        QSignalSpy failed(&scanner, &Scanner::batchFailed);
        connect(&scanner, &Scanner::pageScanned, &scanner, [&scanner] { scanner.cancel(); });
        ScanProfile p = grayProfile(40, 300);
        // Slow the transfer so that the cancel lands while a page is being read
        p.extraOptions.insert(QStringLiteral("read-limit"), QStringLiteral("yes"));
        p.extraOptions.insert(QStringLiteral("read-limit-size"), QStringLiteral("4096"));
        scanner.startBatch(QStringLiteral("test:0"), p);
        QVERIFY(waitBatch(finished, failed, 60000));
        QVERIFY(finished.at(0).at(1).toBool());   // cancelled
        QVERIFY(scanner.pages().size() >= 1);
        QVERIFY(scanner.pages().size() < 40);
        // The same worker scans again afterwards
        scanner.startBatch(QStringLiteral("test:0"), grayProfile(1, 50));
        finished.clear();
        disconnect(&scanner, &Scanner::pageScanned, &scanner, nullptr);
        QVERIFY(waitBatch(finished, failed));
        QCOMPARE(scanner.pages().size(), 1);
    }

    void hungWorkerIsKilledPagesKeptRetryWorks()
    {
        const int watchdogMs = 2000;
        SaneScanner scanner(options(watchdogMs, QStringLiteral("hang-after:2")));
        QSignalSpy pages(&scanner, &Scanner::pageScanned);
        QSignalSpy finished(&scanner, &Scanner::batchFinished);
        QSignalSpy failed(&scanner, &Scanner::batchFailed);
        // The log says where the silent worker was blocked (here: the fault's pause()), and that
        // the app had delivered its command.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
            "^scan worker silent for 2000 ms: killing it; its threads: \\S*pause\\S*/syscall \\d+ \\| "
            "command bytes not yet written: 0 \\| frame bytes received and waiting: 0$")));
        QElapsedTimer t;
        t.start();
        scanner.startBatch(QStringLiteral("test:0"), grayProfile(4, 100));
        QVERIFY(!waitBatch(finished, failed));
        const qint64 took = t.elapsed();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("scanner.hung"));
        QCOMPARE(failed.at(0).at(1).toInt(), 2);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(scanner.pages().size(), 2);
        QVERIFY2(took < watchdogMs + 4000, qPrintable(QString::number(took)));
        QVERIFY(!scanner.isBusy());

        // Retry: a fresh worker (here without the fault) scans the whole batch
        scanner.setOptions(options(watchdogMs));
        failed.clear();
        scanner.startBatch(QStringLiteral("test:0"), grayProfile(4, 100));
        QVERIFY(waitBatch(finished, failed));
        QCOMPARE(scanner.pages().size(), 4);
    }

    void crashedWorkerReportedPagesKept()
    {
        SaneScanner scanner(options(20000, QStringLiteral("crash-after:2")));
        QSignalSpy finished(&scanner, &Scanner::batchFinished);
        QSignalSpy failed(&scanner, &Scanner::batchFailed);
        scanner.startBatch(QStringLiteral("test:0"), grayProfile(4, 100));
        QVERIFY(!waitBatch(finished, failed));
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("scanner.crashed"));
        QCOMPARE(scanner.pages().size(), 2);
        // The next batch starts a fresh worker (which crashes again at the same place: same fault)
        failed.clear();
        scanner.startBatch(QStringLiteral("test:0"), grayProfile(2, 100));
        QVERIFY(waitBatch(finished, failed));
        QCOMPARE(scanner.pages().size(), 2);
    }

    void unknownDeviceAndMissingWorker()
    {
        SaneScanner scanner(options());
        QSignalSpy finished(&scanner, &Scanner::batchFinished);
        QSignalSpy failed(&scanner, &Scanner::batchFailed);
        scanner.startBatch(QStringLiteral("nosuch:0"), grayProfile(1));
        QVERIFY(!waitBatch(finished, failed));
        const Error e = failed.at(0).at(0).value<Error>();
        QCOMPARE(e.code, QStringLiteral("scanner.unknown-device"));
        QVERIFY(e.detail.contains(QStringLiteral("test:0")));

        SaneScanner::Options o = options();
        o.workerProgram = QStringLiteral("/nonexistent/motcua-cli");
        SaneScanner missing(o);
        QSignalSpy failed2(&missing, &Scanner::batchFailed);
        missing.startBatch(QStringLiteral("test:0"), grayProfile(1));
        QCOMPARE(failed2.size(), 1);
        QCOMPARE(failed2.at(0).at(0).value<Error>().code, QStringLiteral("scanner.worker-missing"));
    }

    void scanCommandWritesPdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QFAIL("poppler-utils (pdfinfo) is needed — tools/install-deps installs it");
        QTemporaryDir dir;
        test::CliRunner cli;
        cli.setEnv(QStringLiteral("SANE_CONFIG_DIR"), saneConfigDir());
        const QString out = dir.filePath(QStringLiteral("scan.pdf"));
        const test::CliRun r = cli.run({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test:0"),
                                        QStringLiteral("--pages"), QStringLiteral("3"), QStringLiteral("--dpi"),
                                        QStringLiteral("100"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.outText().contains(QLatin1String("\"written\":3")));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {out});
        QVERIFY(info.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\n"))));

        // Blank pages are written unless --drop-blank
        const QStringList white{QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test:0"),
                                QStringLiteral("--source"), QStringLiteral("feeder"), QStringLiteral("--pages"), QStringLiteral("2"),
                                QStringLiteral("--dpi"), QStringLiteral("75"), QStringLiteral("--sane-option"),
                                QStringLiteral("test-picture=Solid white"), QStringLiteral("--out"), dir.filePath(QStringLiteral("w.pdf"))};
        const test::CliRun kept = cli.run(white);
        QCOMPARE(kept.exitCode, 0);
        QVERIFY(kept.outText().contains(QLatin1String("\"blank\":2")));
        QVERIFY(kept.outText().contains(QLatin1String("\"written\":2")));
        const test::CliRun dropped = cli.run(white + QStringList{QStringLiteral("--drop-blank")});
        QVERIFY(dropped.outText().contains(QLatin1String("\"dropped\":2")));
        QCOMPARE(dropped.exitCode, 1);   // nothing left to write
        // A grid is not blank
        const test::CliRun grid = cli.run({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test:1"),
                                           QStringLiteral("--mode"), QStringLiteral("lineart"), QStringLiteral("--drop-blank"),
                                           QStringLiteral("--sane-option"), QStringLiteral("test-picture=Grid"),
                                           QStringLiteral("--out"), dir.filePath(QStringLiteral("g.pdf"))});
        QCOMPARE(grid.exitCode, 0);
        QVERIFY(grid.outText().contains(QLatin1String("\"written\":1")));
    }

    void scanCommandErrors()
    {
        QTemporaryDir dir;
        test::CliRunner cli;
        cli.setEnv(QStringLiteral("SANE_CONFIG_DIR"), saneConfigDir());
        const test::CliRun r = cli.run({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("nosuch:3"),
                                        QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QLatin1String("unknown device 'nosuch:3'")), qPrintable(err));
        QVERIFY(err.contains(QLatin1String("test:0")));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
        QCOMPARE(cli.run({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test:0")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test:0"), QStringLiteral("--mode"),
                          QStringLiteral("sepia"), QStringLiteral("--out"), dir.filePath(QStringLiteral("y.pdf"))})
                     .exitCode,
                 2);
        // A driver that hangs: the pages before it are written, exit 1, a clear message
        cli.setEnv(QStringLiteral("MOTCUA_SCAN_WORKER_FAULT"), QStringLiteral("hang-after:1"));
        const test::CliRun hung = cli.run({QStringLiteral("scan"), QStringLiteral("--device"), QStringLiteral("test:0"),
                                           QStringLiteral("--pages"), QStringLiteral("3"), QStringLiteral("--dpi"),
                                           QStringLiteral("75"), QStringLiteral("--timeout"), QStringLiteral("2"),
                                           QStringLiteral("--out"), dir.filePath(QStringLiteral("h.pdf"))});
        QCOMPARE(hung.exitCode, 1);
        QVERIFY2(QString::fromUtf8(hung.err).contains(QLatin1String("scanner.hung")), hung.err.constData());
        QVERIFY(hung.outText().contains(QLatin1String("\"written\":1")));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("h.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
