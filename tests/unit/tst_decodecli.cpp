// `motcua-cli decode` and `motcua-cli separator` as a user runs them: files made at test time
// (PNG, JPEG, multi-page TIFF, a PDF drawn with QPdfWriter), exact JSON lines, exit codes 0/1/2,
// an unreadable file named on stderr while the others still print; separator PDFs checked with
// pdfinfo, pdftotext and pdftoppm + zbarimg.
#include "app/barcode/BarcodeWriter.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {

QString u8(const char *s) { return QString::fromUtf8(s); }

const QString kCard = u8("079303004567||Trần Thị Bích Ngọc|23112003|Nữ|Ấp 3, Xã Tân Thạnh Đông, Huyện Củ Chi, Thành phố Hồ Chí Minh|10082021");
const QString kCardWarn = u8("099190123456|012345678|Lê Văn \"Tí\" Nhỏ|01011990|Nam|Số 5\\7 Hẻm 3, Cần Thơ|15042021|BHYT: 123");
const QString kInvalid = u8("001200123456||Phạm Minh Khôi|31022000|Nam|Hà Nội|15042021");
const QString kReceipt = QStringLiteral("MOTCUA1|38.98.H29-210519-010013|7KQ9M2XA");
const QString kSeparator = u8("MOTCUA-SEP1|component|Tờ khai đăng ký khai sinh");

QImage page(const QString &payload, int modulePx = 4)
{
    QImage img(2480, 3508, QImage::Format_Grayscale8);
    img.fill(255);
    if (!payload.isEmpty()) {
        QPainter p(&img);
        p.drawImage(QPoint(1500, 2700), QrCode::encode(payload).value().toImage(modulePx));
    }
    return img;
}

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QLatin1String(name));
}

QByteArray runTool(const QString &exe, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(exe, args);
    p.waitForFinished(120000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

} // namespace

class TestDecodeCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pngCardExactLine();
    void kindsAndFormats();
    void multiPageTiff();
    void pdfPages();
    void exitCodes();
    void unreadableFileNamedOthersStillPrinted();
    void separatorPdf_data();
    void separatorPdf();
    void separatorUsage_data();
    void separatorUsage();

private:
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
};

void TestDecodeCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(page(kCard).save(path("card.png")));
    QVERIFY(page(kCardWarn, 3).save(path("warn.png")));
    QVERIFY(page(kInvalid).save(path("invalid.png")));
    QVERIFY(page(kReceipt, 5).save(path("receipt.jpg"), "JPEG", 80));
    QVERIFY(page(QString()).save(path("blank.png")));
    QFile junk(path("corrupt.png"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(5000, '\x42'));
    junk.close();
}

void TestDecodeCli::pngCardExactLine()
{
    const CliRun r = m_cli.run({QStringLiteral("decode"), path("card.png")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outLines(), QStringList{
        QStringLiteral("{\"file\":\"") + path("card.png") + u8("\",\"format\":\"QRCode\",\"text\":\"") + kCard
        + u8("\",\"kind\":\"cccd\",\"cccd\":{\"id\":\"079303004567\",\"old_id\":\"\",\"name\":\"Trần Thị Bích Ngọc\","
             "\"dob\":\"2003-11-23\",\"gender\":\"Nữ\",\"address\":\"Ấp 3, Xã Tân Thạnh Đông, Huyện Củ Chi, Thành phố Hồ Chí Minh\","
             "\"issued\":\"2021-08-10\",\"extra\":[],\"warnings\":[]},\"page\":1}")});
    // UTF-8 as is (no \u escapes), one line, nothing else on stdout.
    QVERIFY(r.out.contains("Trần Thị Bích Ngọc"));
    QVERIFY(!r.out.contains("\\u"));
    QVERIFY(r.out.endsWith('\n'));
    QCOMPARE(r.out.count('\n'), 1);
}

void TestDecodeCli::kindsAndFormats()
{
    const CliRun r = m_cli.run({QStringLiteral("decode"), path("warn.png"), path("invalid.png"), path("receipt.jpg")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outLines();
    QCOMPARE(lines.size(), 3);
    // Quotes and backslashes of the card escaped; warnings as short English strings with codes;
    // the eighth field kept as extra without a warning.
    QCOMPARE(lines[0], QStringLiteral("{\"file\":\"") + path("warn.png") + u8("\",\"format\":\"QRCode\",\"text\":"
        "\"099190123456|012345678|Lê Văn \\\"Tí\\\" Nhỏ|01011990|Nam|Số 5\\\\7 Hẻm 3, Cần Thơ|15042021|BHYT: 123\","
        "\"kind\":\"cccd\",\"cccd\":{\"id\":\"099190123456\",\"old_id\":\"012345678\",\"name\":\"Lê Văn \\\"Tí\\\" Nhỏ\","
        "\"dob\":\"1990-01-01\",\"gender\":\"Nam\",\"address\":\"Số 5\\\\7 Hẻm 3, Cần Thơ\",\"issued\":\"2021-04-15\","
        "\"extra\":[\"BHYT: 123\"],\"warnings\":[\"unknown-province: 099\",\"gender-mismatch: digit 1 vs Nam\"]},\"page\":1}"));
    QCOMPARE(lines[1], QStringLiteral("{\"file\":\"") + path("invalid.png") + u8("\",\"format\":\"QRCode\",\"text\":\"") + kInvalid
        + u8("\",\"kind\":\"cccd-invalid\",\"error\":\"cccd.bad-dob: date of birth is not a real ddMMyyyy date\",\"page\":1}"));
    QCOMPARE(lines[2], QStringLiteral("{\"file\":\"") + path("receipt.jpg") + QStringLiteral("\",\"format\":\"QRCode\",\"text\":\"")
        + kReceipt + QStringLiteral("\",\"kind\":\"receipt\",\"receipt\":{\"dossier_code\":\"38.98.H29-210519-010013\",\"lookup_code\":\"7KQ9M2XA\"},\"page\":1}"));
}

void TestDecodeCli::multiPageTiff()
{
    // QImageWriter writes one page per TIFF; libtiff's tiffcp joins them into one multi-page file.
    if (!QImageWriter::supportedImageFormats().contains("tiff"))
        QFAIL("no TIFF image plugin — tools/install-deps installs it");
    const QString tiffcp = tool("tiffcp");
    if (tiffcp.isEmpty())
        QFAIL("tiffcp (libtiff-tools) not installed: cannot make a multi-page TIFF — tools/install-deps installs it");
    QVERIFY(page(kReceipt).save(path("p1.tiff")));
    QVERIFY(page(QString()).save(path("p2.tiff")));
    QVERIFY(page(kSeparator).save(path("p3.tiff")));
    int code = -1;
    runTool(tiffcp, {path("p1.tiff"), path("p2.tiff"), path("p3.tiff"), path("stack.tiff")}, &code);
    QCOMPARE(code, 0);
    const CliRun r = m_cli.run({QStringLiteral("decode"), path("stack.tiff")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(QStringLiteral("\"kind\":\"receipt\"")) && lines[0].endsWith(QStringLiteral(",\"page\":1}")), qPrintable(lines[0]));
    QCOMPARE(lines[1], QStringLiteral("{\"file\":\"") + path("stack.tiff") + QStringLiteral("\",\"format\":\"QRCode\",\"text\":\"")
        + kSeparator + u8("\",\"kind\":\"separator\",\"separator\":{\"kind\":\"component\",\"label\":\"Tờ khai đăng ký khai sinh\"},\"page\":3}"));
}

void TestDecodeCli::pdfPages()
{
    // Two pages drawn with QPdfWriter: text only, then a vector QR (separator) and a receipt QR.
    const QString pdfPath = path("pages.pdf");
    {
        QPdfWriter pdf(pdfPath);
        pdf.setResolution(300);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        QPainter p(&pdf);
        p.setFont(QFont(QStringLiteral("Noto Sans"), 14));
        p.drawText(QPointF(200, 400), u8("Trang 1: không có mã"));
        pdf.newPage();
        QrCode::encode(QStringLiteral("MOTCUA-SEP1|dossier")).value().paint(p, QRectF(200, 200, 800, 800));
        QrCode::encode(kReceipt).value().paint(p, QRectF(1300, 2200, 500, 500));
    }
    const CliRun r = m_cli.run({QStringLiteral("decode"), pdfPath});
    QCOMPARE(r.exitCode, 0);
    QStringList lines = r.outLines();
    lines.sort();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QStringLiteral("{\"file\":\"") + pdfPath + QStringLiteral("\",\"format\":\"QRCode\",\"text\":\"MOTCUA-SEP1|dossier\","
                                                                               "\"kind\":\"separator\",\"separator\":{\"kind\":\"dossier\",\"label\":\"\"},\"page\":2}"));
    QVERIFY(lines[1].contains(QStringLiteral("\"kind\":\"receipt\"")) && lines[1].endsWith(QStringLiteral("\"page\":2}")));
}

void TestDecodeCli::exitCodes()
{
    QCOMPARE(m_cli.run({QStringLiteral("decode"), path("blank.png")}).exitCode, 1);
    const CliRun none = m_cli.run({QStringLiteral("decode"), path("blank.png"), path("blank.png")});
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.out.isEmpty());
    const CliRun usage = m_cli.run({QStringLiteral("decode")});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(usage.out.isEmpty());
    QCOMPARE(m_cli.run({QStringLiteral("decode"), path("blank.png"), path("card.png")}).exitCode, 0);
}

void TestDecodeCli::unreadableFileNamedOthersStillPrinted()
{
    const QString missing = path("no-such-file.png");
    const CliRun r = m_cli.run({QStringLiteral("decode"), path("corrupt.png"), path("card.png"), missing, path("receipt.jpg")});
    // A file that cannot be read is a failed operation (1), not a usage error (2 is for usage only).
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.outLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].contains(QStringLiteral("\"kind\":\"cccd\"")));
    QVERIFY(lines[1].contains(QStringLiteral("\"kind\":\"receipt\"")));
    // Told by their place on the command line, never by name (file names carry citizens' names).
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(QStringLiteral("file 1: ")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("file 3: ")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("file 2: ")) && !err.contains(QStringLiteral("file 4: ")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("corrupt.png")) && !err.contains(QStringLiteral("no-such-file")), qPrintable(err));
    QVERIFY(!err.contains(path("card.png")));
    // Only unreadable files, or a file that is not an image at all: 1.
    QCOMPARE(m_cli.run({QStringLiteral("decode"), missing}).exitCode, 1);
    QCOMPARE(m_cli.run({QStringLiteral("decode"), m_dir.path()}).exitCode, 1);
    // Usage errors stay 2.
    QCOMPARE(m_cli.run({QStringLiteral("decode")}).exitCode, 2);
}

void TestDecodeCli::separatorPdf_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("title");
    QTest::newRow("dossier") << QStringList{QStringLiteral("--kind"), QStringLiteral("dossier")}
                             << QStringLiteral("MOTCUA-SEP1|dossier") << u8("TỜ PHÂN CÁCH HỒ SƠ");
    QTest::newRow("component") << QStringList{QStringLiteral("--kind"), QStringLiteral("component"), QStringLiteral("--label"), u8("Giấy chứng sinh")}
                               << u8("MOTCUA-SEP1|component|Giấy chứng sinh") << u8("TỜ PHÂN CÁCH THÀNH PHẦN: Giấy chứng sinh");
    QTest::newRow("component label with bar") << QStringList{QStringLiteral("--kind"), QStringLiteral("component"), QStringLiteral("--label"), u8("CMND | CCCD")}
                                              << u8("MOTCUA-SEP1|component|CMND | CCCD") << u8("TỜ PHÂN CÁCH THÀNH PHẦN: CMND | CCCD");
}

void TestDecodeCli::separatorPdf()
{
    QFETCH(QStringList, args);
    QFETCH(QString, payload);
    QFETCH(QString, title);
    const QString out = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + QStringLiteral(".pdf"));
    const CliRun r = m_cli.run(QStringList{QStringLiteral("separator")} + args + QStringList{QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(QFile::exists(out));

    // Our own decoder reads it back.
    const CliRun d = m_cli.run({QStringLiteral("decode"), out});
    QCOMPARE(d.exitCode, 0);
    QCOMPARE(d.outLines().size(), 1);
    QVERIFY(d.outLines().first().contains(QStringLiteral("\"kind\":\"separator\"")));

    const QString pdfinfo = tool("pdfinfo"), pdftotext = tool("pdftotext"), pdftoppm = tool("pdftoppm"), zbarimg = tool("zbarimg");
    if (pdfinfo.isEmpty() || pdftotext.isEmpty() || pdftoppm.isEmpty() || zbarimg.isEmpty())
        QFAIL("poppler-utils / zbar-tools not installed — tools/install-deps installs it");
    const QString info = QString::fromUtf8(runTool(pdfinfo, {out}));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    // PDF/A-1b: XMP metadata naming part 1, conformance B.
    const QString meta = QString::fromUtf8(runTool(pdfinfo, {QStringLiteral("-meta"), out}));
    QVERIFY2(meta.contains(QStringLiteral("pdfaid:part")) && meta.contains(QStringLiteral("1")), qPrintable(meta));
    // The Vietnamese title is real text (embedded font with a Unicode map), not pictures of letters.
    const QString text = QString::fromUtf8(runTool(pdftotext, {out, QStringLiteral("-")})).simplified();
    QVERIFY2(text.contains(title), qPrintable(text));
    // Rasterised at 300 dpi in grey, zbar (another decoder than ours) reads the payload.
    int code = -1;
    runTool(pdftoppm, {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"), out, out + QStringLiteral("-img")}, &code);
    QCOMPARE(code, 0);
    const QString pgm = out + QStringLiteral("-img-1.pgm");
    QVERIFY(QFile::exists(pgm));
    const QString z = QString::fromUtf8(runTool(zbarimg, {QStringLiteral("-q"), QStringLiteral("--raw"), pgm}, &code));
    QCOMPARE(code, 0);
    QCOMPARE(z.trimmed(), payload);
}

void TestDecodeCli::separatorUsage_data()
{
    QTest::addColumn<QStringList>("args");
    const QString out = QStringLiteral("--out");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("no kind") << QStringList{out, QStringLiteral("x.pdf")};
    QTest::newRow("no out") << QStringList{QStringLiteral("--kind"), QStringLiteral("dossier")};
    QTest::newRow("bad kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("page"), out, QStringLiteral("x.pdf")};
    QTest::newRow("component without label") << QStringList{QStringLiteral("--kind"), QStringLiteral("component"), out, QStringLiteral("x.pdf")};
    QTest::newRow("dossier with label") << QStringList{QStringLiteral("--kind"), QStringLiteral("dossier"), QStringLiteral("--label"), QStringLiteral("x"), out, QStringLiteral("x.pdf")};
    QTest::newRow("blank label") << QStringList{QStringLiteral("--kind"), QStringLiteral("component"), QStringLiteral("--label"), QStringLiteral("  "), out, QStringLiteral("x.pdf")};
    QTest::newRow("label with newline") << QStringList{QStringLiteral("--kind"), QStringLiteral("component"), QStringLiteral("--label"), QStringLiteral("a\nb"), out, QStringLiteral("x.pdf")};
    QTest::newRow("label too long") << QStringList{QStringLiteral("--kind"), QStringLiteral("component"), QStringLiteral("--label"), QString(201, u'a'), out, QStringLiteral("x.pdf")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--kind"), QStringLiteral("dossier"), QStringLiteral("--colour"), out, QStringLiteral("x.pdf")};
    QTest::newRow("positional") << QStringList{QStringLiteral("--kind"), QStringLiteral("dossier"), out, QStringLiteral("x.pdf"), QStringLiteral("extra")};
}

void TestDecodeCli::separatorUsage()
{
    QFETCH(QStringList, args);
    QStringList full{QStringLiteral("separator")};
    for (const QString &a : args)
        full << (a == QLatin1String("x.pdf") ? path("usage.pdf") : a);
    const CliRun r = m_cli.run(full);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    QVERIFY(!QFile::exists(path("usage.pdf")));

    // Not a usage error: the folder to write into does not exist → 1, nothing left behind.
    const CliRun w = m_cli.run({QStringLiteral("separator"), QStringLiteral("--kind"), QStringLiteral("dossier"),
                                QStringLiteral("--out"), path("missing-dir/sep.pdf")});
    QCOMPARE(w.exitCode, 1);
    QVERIFY(w.err.contains("cannot write"));
}

QTEST_MAIN(TestDecodeCli)
#include "tst_decodecli.moc"
