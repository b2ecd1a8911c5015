// Importing through the real `motcua-cli receive` process (issue 10): a long PDF streams through
// processing and storing with the process's peak memory bounded (read from the kernel, wait4's
// ru_maxrss) and every page stored; a JPEG cut short and a PNG with a bad CRC are refused with
// import.damaged-image (receive and digitize), exit 1, the sentence on stderr, nothing stored and
// no file name in the workspace log.
#include "app/intake/PageIntake.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "db/Workspace.h"
#include "support/CliRunner.h"
#include "support/LongDocument.h"
#include "support/TestWorkspace.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu-quầy");
const QString kCard = QStringLiteral("001190012345|012345678|Nguyễn Thị Ánh Tuyết|15031990|Nữ|Số 12, thôn Đông, xã Tân Lập|01072021");

// The long document: the old importer held every rendered page (15 MB each at 200 dpi) before
// storing the first, ≈1.5 GB here; streamed, the process stays near its fixed cost (Qt, QtPdf's
// pdfium, fonts, SQLCipher: ≈170 MB in a Debug build) plus a few pages in flight.
constexpr int kLongPages = 120;
constexpr qint64 kPeakBoundMb = 300;

QByteArray jpegOf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "jpeg", 85);
    return bytes;
}

QImage documentPage()
{
    QImage page(1654, 2339, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.setFont(QFont(QStringLiteral("Noto Sans"), 14));
    for (int i = 0; i < 30; ++i)
        p.drawText(QPoint(150, 250 + i * 60), QStringLiteral("Dòng %1: giấy tờ kèm theo hồ sơ đăng ký khai sinh").arg(i + 1));
    p.end();
    page.setDotsPerMeterX(qRound(200 / 0.0254));
    page.setDotsPerMeterY(qRound(200 / 0.0254));
    return page;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestImportCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void longPdfStreamsWithBoundedMemory();
    void damagedImagesRefusedNothingStored();

private:
    QStringList receiveArgs(const QStringList &components) const;
    std::unique_ptr<Database> open();
    qint64 count(const QString &table);

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_other;   // a good page for component 2 (required)
    CliRunner m_cli;
};

void TestImportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("ws"));
    TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = createTestWorkspace(m_ws, spec);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    m_other = m_dir.filePath(QStringLiteral("giay-chung-sinh.png"));
    QVERIFY(documentPage().save(m_other));
}

QStringList TestImportCli::receiveArgs(const QStringList &components) const
{
    QStringList args{QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("1.001193"),
                     QStringLiteral("--applicant-text"), kCard};
    for (const QString &c : components)
        args << QStringLiteral("--component") << c;
    return args;
}

std::unique_ptr<Database> TestImportCli::open()
{
    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    if (!ws)
        return nullptr;
    auto db = (*ws)->openDatabase();
    return db ? std::move(db).value() : nullptr;
}

qint64 TestImportCli::count(const QString &table)
{
    std::unique_ptr<Database> db = open();
    if (!db)
        return -1;
    QSqlQuery q(db->sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestImportCli::longPdfStreamsWithBoundedMemory()
{
    const QString pdf = m_dir.filePath(QStringLiteral("ho-so-dai.pdf"));
    QVERIFY(writeLongPdf(pdf, kLongPages));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_PASSWORD"), kPassword);
    env.insert(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    const QStringList global{QStringLiteral("--workspace"), m_ws, QStringLiteral("--officer"), QStringLiteral("an")};
    const MeasuredRun run = runMeasured(QStringLiteral(MOTCUA_CLI_PATH),
                                        global + receiveArgs({QStringLiteral("1=") + pdf, QStringLiteral("2=") + m_other}), env, 300000);
    qInfo("%d pages: %.1f s wall, %.1f s CPU, peak %.1f MB", kLongPages, run.seconds, run.cpuSeconds, double(run.peakKb) / 1024);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out.trimmed().count('\n'), 0);
    const QString code = QString::fromUtf8(run.out.trimmed());
    QVERIFY2(run.peakKb < kPeakBoundMb * 1024,
             qPrintable(QStringLiteral("peak %1 MB, bound %2 MB").arg(run.peakKb / 1024).arg(kPeakBoundMb)));

    // Every page stored, in order, each its own (the pages differ), readable and referenced.
    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    QVERIFY(db.ok());
    EventStore events((*db)->sql(), (*ws)->session().deviceId);
    auto replay = events.replayDossier(code);
    QVERIFY(replay.ok());
    QCOMPARE(replay->state.components.size(), 2);
    const QStringList hashes = replay->state.components.at(0).pageHashes;
    QCOMPARE(hashes.size(), kLongPages);
    QCOMPARE(QSet<QString>(hashes.begin(), hashes.end()).size(), kLongPages);
    PageStore pages((*db)->sql());
    for (const QString &sha : hashes) {
        Result<StoredPage> page = pages.get(sha);
        QVERIFY2(page.ok(), qPrintable(sha));
        QVERIFY(page->refcount >= 1);
        QCOMPARE(page->meta.mime, QStringLiteral("image/png"));   // processed: 1-bit text page
    }
    // The same pages, byte for byte, as the page-at-a-time path (PageIntake::store on each
    // rendered page) gives: spot-check the first and the last.
    QHash<int, QString> again;
    capture::ImportSink sink;
    sink.page = [&](const capture::ImportedPage &p) {
        if (p.pageInFile == 0 || p.pageInFile == kLongPages - 1) {
            Result<intake::DraftPage> stored = intake::PageIntake::store(pages, p.image, p.dpi);
            again.insert(p.pageInFile, stored ? stored->sha256 : stored.error().toString());
        }
        return true;
    };
    capture::Importer::forEachPage({pdf}, {}, sink);
    QCOMPARE(again.value(0), hashes.constFirst());
    QCOMPARE(again.value(kLongPages - 1), hashes.constLast());
}

void TestImportCli::damagedImagesRefusedNothingStored()
{
    const QByteArray jpeg = jpegOf(documentPage());
    const QString cutJpeg = m_dir.filePath(QStringLiteral("Nguyen-Thi-Anh-Tuyet-cccd.jpg"));
    QVERIFY(writeFile(cutJpeg, jpeg.left(jpeg.size() / 2)));
    QByteArray png;
    {
        QBuffer b(&png);
        b.open(QIODevice::WriteOnly);
        QVERIFY(documentPage().save(&b, "png"));
    }
    png[png.size() / 2] = char(png[png.size() / 2] ^ 0x01);
    const QString badPng = m_dir.filePath(QStringLiteral("Tran-Van-Binh-to-khai.png"));
    QVERIFY(writeFile(badPng, png));

    const qint64 pagesBefore = count(QStringLiteral("pages"));
    const qint64 dossiersBefore = count(QStringLiteral("dossiers"));
    QVERIFY(pagesBefore >= 0 && dossiersBefore >= 0);
    for (const QString &bad : {cutJpeg, badPng}) {
        // The damaged file second: the good one before it must not be stored either.
        const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                                  receiveArgs({QStringLiteral("1=") + m_other, QStringLiteral("2=") + m_other + QLatin1Char(',') + bad}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("[import.damaged-image]")), r.err.constData());
        QVERIFY2(err.contains(QStringLiteral("The image file is incomplete or damaged")), r.err.constData());
        // The officer is told which file by its place (its name may be a citizen's name).
        QVERIFY2(err.contains(QStringLiteral("component 2, file 2")), r.err.constData());
        QVERIFY2(!err.contains(QFileInfo(bad).fileName()), r.err.constData());
        QCOMPARE(count(QStringLiteral("pages")), pagesBefore);
        QCOMPARE(count(QStringLiteral("dossiers")), dossiersBefore);
    }
    // digitize, a scanned backlog as page images: the same refusal before any page is stored.
    QTemporaryDir stack;
    QVERIFY(QFile::copy(m_other, stack.filePath(QStringLiteral("01.png"))));
    QVERIFY(QFile::copy(cutJpeg, stack.filePath(QStringLiteral("02.jpg"))));
    const CliRun d = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                              {QStringLiteral("digitize"), QStringLiteral("--procedure"), QStringLiteral("1.001193"), stack.path()});
    QCOMPARE(d.exitCode, 1);
    QVERIFY(d.out.isEmpty());
    QVERIFY2(QString::fromUtf8(d.err).contains(QStringLiteral("[import.damaged-image]")), d.err.constData());
    QCOMPARE(count(QStringLiteral("pages")), pagesBefore);
    QCOMPARE(count(QStringLiteral("dossiers")), dossiersBefore);

    // The workspace log has the refusals, never a file name (a citizen's name, here).
    QFile log(m_ws + QStringLiteral("/logs/motcua.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY2(logged.contains("import.damaged-image"), logged.right(2000).constData());
    QVERIFY(!logged.contains("Nguyen-Thi-Anh-Tuyet"));
    QVERIFY(!logged.contains("Tran-Van-Binh"));
}

QTEST_MAIN(TestImportCli)
#include "tst_importcli.moc"
