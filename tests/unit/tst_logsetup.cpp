// The log handler (app/logging/LogSetup): what reaches the workspace's log file, and the mask on
// ID numbers that a message from Qt or a library could carry (issue 10).
#include "app/logging/LogSetup.h"
#include "db/DbLogging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;

class TestLogSetup : public QObject {
    Q_OBJECT
private slots:
    void idNumbersNeverReachTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LogSetup::install(false);
        LogSetup::attachWorkspace(dir.path());
        qCInfo(lcDb) << "cannot open to-khai-001199012345.pdf; dossier 000.00.12.H30-261206-000001; 1234567890123 bytes";
        qCWarning(lcDb) << "ID 001199012345 twice 079303004567";
        const QString path = LogSetup::logFilePath();
        LogSetup::detachWorkspace();
        qInstallMessageHandler(nullptr);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(f.readAll());
        QVERIFY2(!log.contains(QStringLiteral("001199012345")) && !log.contains(QStringLiteral("079303004567")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("to-khai-<id>.pdf")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("ID <id> twice <id>")), qPrintable(log));
        // Not an ID number: dossier codes and longer numbers stay as they are.
        QVERIFY2(log.contains(QStringLiteral("000.00.12.H30-261206-000001")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("1234567890123 bytes")), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestLogSetup)
#include "tst_logsetup.moc"
