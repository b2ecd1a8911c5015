// Reading and writing codes: QR payloads made at test time (real CCCD shapes, Vietnamese text)
// placed on A4 300-dpi pages at several module sizes, rotations, noise and JPEG qualities; the
// other formats; pages without codes; corrupt images and files; vector painting; separator sheets.
#include "app/barcode/BarcodeReader.h"
#include "app/barcode/BarcodeWriter.h"
#include "app/barcode/DecodeJson.h"
#include "app/barcode/PageImages.h"
#include "app/barcode/PayloadKind.h"
#include "app/barcode/SeparatorSheet.h"
#include "support/TestPages.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {

QString u8(const char *s) { return QString::fromUtf8(s); }

const QString kCardHcm = test::cardHcmPayload();
const QString kCardHanoi = u8("001090123456||Trần Văn Đức|01011990|Nam|Thôn Đông, Xã Đại Mỗ, Huyện Từ Liêm, Hà Nội|15042021|x|y");
const QString kReceipt = test::receiptPayload();
using test::kA4H;
using test::kA4W;

// A white A4 300-dpi page with `code` drawn at `at` (its centre), rotated by `angle` degrees, plus a
// few lines of "typed text" blocks so the page is not empty around the code.
QImage pageWith(const QImage &code, double angle, QPointF at = QPointF(1600, 2900))
{
    QImage page(kA4W, kA4H, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    QRandomGenerator rng(11);
    for (int y = 300; y < 2000; y += 70) {
        for (int x = 200; x < 2200;) {
            const int w = 40 + int(rng.bounded(160));
            p.fillRect(x, y, w, 32, QColor(30, 30, 30));
            x += w + 25;
        }
    }
    test::drawCentred(p, code, angle, at);
    p.end();
    return page.convertToFormat(QImage::Format_Grayscale8);
}

// Uniform noise of ±amplitude grey levels and `speckle` per mille of black/white specks.
QImage noisy(QImage img, int amplitude, int speckle)
{
    QRandomGenerator rng(99);
    for (int y = 0; y < img.height(); ++y) {
        uchar *line = img.scanLine(y);
        for (int x = 0; x < img.width(); ++x) {
            int v = line[x] + int(rng.bounded(2 * amplitude + 1)) - amplitude;
            if (speckle && int(rng.bounded(1000)) < speckle)
                v = rng.bounded(2) ? 0 : 255;
            line[x] = uchar(std::clamp(v, 0, 255));
        }
    }
    return img;
}

QImage jpegRoundTrip(const QImage &img, int quality)
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    if (!img.save(&buf, "JPEG", quality))
        return {};
    return QImage::fromData(bytes, "JPEG");
}

QStringList texts(const QList<DecodedBarcode> &codes)
{
    QStringList out;
    for (const auto &c : codes)
        out << c.text;
    return out;
}

} // namespace

class TestBarcode : public QObject {
    Q_OBJECT
private slots:
    void qrOnA4_data();
    void qrOnA4();
    void imageFormats_data();
    void imageFormats();
    void otherFormats_data();
    void otherFormats();
    void twoCodesOnOnePage();
    void dataMatrixAnywhereOnThePage_data();
    void dataMatrixAnywhereOnThePage();
    void aztecAnywhereOnThePage_data();
    void aztecAnywhereOnThePage();
    void pageWithoutCode();
    void corruptImages();
    void pageImagesErrors();
    void qrWriter();
    void vectorPaintingIsSmall();
    void classify();
    void jsonLine();
    void separatorSheetReadsBack();
};

void TestBarcode::qrOnA4_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<int>("modulePx");
    QTest::addColumn<double>("angle");
    QTest::addColumn<int>("noise");      // ± grey levels; speckles follow
    QTest::addColumn<int>("jpeg");       // 0 = no JPEG round trip

    for (int px : {2, 3, 4, 5, 6, 8}) {
        for (double angle : {0.0, 90.0, 180.0, 270.0, 7.0, -4.0})
            QTest::addRow("card, %dpx, %g deg", px, angle) << kCardHcm << px << angle << 0 << 0;
    }
    for (int px : {2, 3, 4, 6, 8}) {
        for (int q : {90, 50, 25})
            QTest::addRow("card, %dpx, JPEG %d", px, q) << kCardHcm << px << 0.0 << 0 << q;
    }
    for (int px : {3, 4, 6})
        QTest::addRow("card, %dpx, noise + 7 deg + JPEG 50", px) << kCardHanoi << px << 7.0 << 40 << 50;
    QTest::newRow("card, 3px, heavy noise") << kCardHanoi << 3 << 0.0 << 70 << 0;
    QTest::newRow("card, 2px, 90 deg, JPEG 90") << kCardHanoi << 2 << 90.0 << 0 << 90;
    QTest::newRow("receipt, 4px, 270 deg, JPEG 25") << kReceipt << 4 << 270.0 << 20 << 25;
    QTest::newRow("separator, 8px, 7 deg, noise") << u8("MOTCUA-SEP1|component|Giấy chứng sinh (bản sao)") << 8 << 7.0 << 40 << 0;
}

void TestBarcode::qrOnA4()
{
    QFETCH(QString, payload);
    QFETCH(int, modulePx);
    QFETCH(double, angle);
    QFETCH(int, noise);
    QFETCH(int, jpeg);
    const auto qr = QrCode::encode(payload, QrEcc::M);
    QVERIFY(qr.ok());
    QImage page = pageWith(qr->toImage(modulePx), angle);
    if (noise)
        page = noisy(page, noise, 5);
    if (jpeg) {
        page = jpegRoundTrip(page, jpeg);
        QVERIFY(!page.isNull());
    }
    QCOMPARE(page.size(), QSize(kA4W, kA4H));
    BarcodeReader::Stats stats;
    const auto found = BarcodeReader::read(page, &stats);
    QVERIFY(found.ok());
    QCOMPARE(texts(*found), QStringList{payload});
    QCOMPARE(found->first().format, QStringLiteral("QRCode"));
    QCOMPARE(found->first().position.size(), 4);
    // The symbol is where we put it (centre at 1600, 2900), whatever the pass that found it.
    const QPoint centre = found->first().position.boundingRect().center();
    QVERIFY2((centre - QPoint(1600, 2900)).manhattanLength() < 40, qPrintable(QStringLiteral("centre %1,%2").arg(centre.x()).arg(centre.y())));
    qDebug("passes: %d", stats.passes);
}

void TestBarcode::imageFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("Grayscale8") << int(QImage::Format_Grayscale8);
    QTest::newRow("RGB32") << int(QImage::Format_RGB32);
    QTest::newRow("ARGB32") << int(QImage::Format_ARGB32);
    QTest::newRow("ARGB32_Premultiplied") << int(QImage::Format_ARGB32_Premultiplied);
    QTest::newRow("RGB888") << int(QImage::Format_RGB888);
    QTest::newRow("RGBA8888") << int(QImage::Format_RGBA8888);
    QTest::newRow("Mono") << int(QImage::Format_Mono);
    QTest::newRow("MonoLSB") << int(QImage::Format_MonoLSB);
    QTest::newRow("Indexed8") << int(QImage::Format_Indexed8);
    QTest::newRow("Grayscale16") << int(QImage::Format_Grayscale16);
    QTest::newRow("RGB16") << int(QImage::Format_RGB16);
}

void TestBarcode::imageFormats()
{
    QFETCH(int, format);
    const auto qr = QrCode::encode(kCardHcm);
    QVERIFY(qr.ok());
    // An odd width makes bytesPerLine differ from width × bytes per pixel for the 3-byte format.
    QImage page = pageWith(qr->toImage(3), 0).copy(0, 0, 2479, 3508);
    page = page.convertToFormat(QImage::Format(format));
    QCOMPARE(int(page.format()), format);
    const auto found = BarcodeReader::read(page);
    QVERIFY(found.ok());
    QCOMPARE(texts(*found), QStringList{kCardHcm});
}

void TestBarcode::otherFormats_data()
{
    QTest::addColumn<int>("symbology");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("modulePx");
    // ZXing 1.4's Data Matrix writer cannot encode text beyond Latin-1 ("Unexpected charcode").
    QTest::newRow("DataMatrix (page centre)") << int(Symbology::DataMatrix) << "DataMatrix" << u8("HS 38.98.H29-210519-010013|7KQ9M2XA") << 6;
    QTest::newRow("PDF417") << int(Symbology::PDF417) << "PDF417" << u8("Nguyễn Văn An, Hà Nội") << 3;
    QTest::newRow("Aztec (page centre)") << int(Symbology::Aztec) << "Aztec" << kCardHanoi << 4;
    QTest::newRow("Code128") << int(Symbology::Code128) << "Code128" << QStringLiteral("38.98.H29-210519-010013") << 4;
    QTest::newRow("QRCode via BarcodeWriter") << int(Symbology::QRCode) << "QRCode" << kReceipt << 4;
}

void TestBarcode::otherFormats()
{
    QFETCH(int, symbology);
    QFETCH(QString, name);
    QFETCH(QString, text);
    QFETCH(int, modulePx);
    QCOMPARE(symbologyName(Symbology(symbology)), name);
    const auto m = BarcodeWriter::encode(Symbology(symbology), text);
    QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().toString()));
    // ZXing 1.4 (as Debian builds it, without C++20 coroutines) looks for Aztec and Data Matrix
    // symbols only on lines through the image centre: there passes 1–4 find them (elsewhere pass 5
    // does: dataMatrixAnywhereOnThePage, aztecAnywhereOnThePage).
    const bool centred = Symbology(symbology) == Symbology::Aztec || Symbology(symbology) == Symbology::DataMatrix;
    const QPointF at = centred ? QPointF(kA4W / 2.0, kA4H / 2.0) : QPointF(1600, 2900);
    const QImage page = pageWith(m->toImage(modulePx, 200), 0, at);
    BarcodeReader::Stats stats;
    const auto found = BarcodeReader::read(page, &stats);
    QVERIFY(found.ok());
    QCOMPARE(texts(*found), QStringList{text});
    QCOMPARE(found->first().format, name);
    QVERIFY(stats.passes < 5);
}

void TestBarcode::dataMatrixAnywhereOnThePage_data()
{
    QTest::addColumn<int>("symbology");
    QTest::addColumn<QPointF>("at");
    QTest::addColumn<int>("modulePx");
    // Off both centre lines of the page: found by the banded pass (pass 5). (Aztec's detector starts
    // from the image's centre point, which a band does not move sideways: aztecAnywhereOnThePage.)
    QTest::newRow("DataMatrix bottom left") << int(Symbology::DataMatrix) << QPointF(500, 3000) << 6;
    QTest::newRow("DataMatrix top right, small") << int(Symbology::DataMatrix) << QPointF(2000, 400) << 5;
    QTest::newRow("DataMatrix middle right") << int(Symbology::DataMatrix) << QPointF(2100, 1500) << 8;
}

void TestBarcode::dataMatrixAnywhereOnThePage()
{
    QFETCH(int, symbology);
    QFETCH(QPointF, at);
    QFETCH(int, modulePx);
    const QString text = QStringLiteral("HS 38.98.H29-210519-010013|7KQ9M2XA");
    const auto m = BarcodeWriter::encode(Symbology(symbology), text);
    QVERIFY(m.ok());
    const QImage page = pageWith(m->toImage(modulePx, 200), 0, at);
    BarcodeReader::Stats stats;
    const auto found = BarcodeReader::read(page, &stats);
    QVERIFY(found.ok());
    QCOMPARE(texts(*found), QStringList{text});
    QCOMPARE(found->first().format, symbologyName(Symbology(symbology)));
    // Where it was found: within the symbol's box on the page.
    const QRect box = found->first().position.boundingRect();
    QVERIFY2(std::abs(box.center().x() - at.x()) < 150 && std::abs(box.center().y() - at.y()) < 150,
             qPrintable(QStringLiteral("%1,%2").arg(box.center().x()).arg(box.center().y())));
    // The fast effort (stacks of our own sheets) does not pay for it.
    const auto fast = BarcodeReader::read(page, nullptr, BarcodeReader::Effort::Fast);
    QVERIFY(fast.ok());
}

namespace {

// A compact Aztec symbol has orientation marks in the ring just outside its 9×9 bull's eye (5 modules
// from the centre); in a full-range symbol that ring belongs to the 13×13 bull's eye and is light.
bool isCompactAztec(const ModuleMatrix &m)
{
    return m.dark(m.width() / 2 - 5, m.height() / 2 - 5);
}

// Where a symbol `size` pixels wide goes on the page for a place name: its quiet zone (4 modules)
// touches the page's edges at the corners and edges; "text" is inside the blocks of pageWith().
QPointF placeOnPage(const QString &where, int size)
{
    // Rotated by a few degrees a symbol's box grows by ≈ 6 %: keep that much more from the edge.
    const double near = size * 0.56, farX = kA4W - near, farY = kA4H - near;
    if (where == QLatin1String("top left"))
        return {near, near};
    if (where == QLatin1String("top right"))
        return {farX, near};
    if (where == QLatin1String("bottom left"))
        return {near, farY};
    if (where == QLatin1String("bottom right"))
        return {farX, farY};
    if (where == QLatin1String("left edge"))
        return {near, 2600};
    if (where == QLatin1String("right edge"))
        return {farX, 1100};
    if (where == QLatin1String("top edge"))
        return {900, near};
    if (where == QLatin1String("bottom edge"))
        return {1500, farY};
    if (where == QLatin1String("text"))
        return {700, 1200};
    if (where == QLatin1String("text right"))
        return {1900, 700};
    return {1800, 2800};   // "lower right", below the text
}

} // namespace

void TestBarcode::aztecAnywhereOnThePage_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("compact");
    QTest::addColumn<int>("modulePx");
    QTest::addColumn<double>("angle");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("second");   // another compact Aztec at "lower right", or none
    QTest::addColumn<int>("jpeg");         // 0: none; else ±20 grey levels of noise, then JPEG at this quality

    // CCCD payloads need a full-range symbol (≈ 50 modules); our receipt line fits a compact one.
    const struct { const char *where; int px; double angle; } places[] = {
        {"top left", 3, 0}, {"top right", 8, 90}, {"bottom left", 4, 180}, {"bottom right", 5, 270},
        {"left edge", 6, 7}, {"right edge", 4, -4}, {"top edge", 5, 0}, {"bottom edge", 8, 90},
        {"text", 3, 0}, {"text right", 5, 7}, {"lower right", 6, 180},
    };
    for (const auto &p : places) {
        QTest::addRow("full, %s, %dpx, %g deg", p.where, p.px, p.angle) << kCardHcm << false << p.px << p.angle << u8(p.where) << QString() << 0;
        QTest::addRow("compact, %s, %dpx, %g deg", p.where, p.px, -p.angle) << kReceipt << true << p.px << -p.angle << u8(p.where) << QString() << 0;
    }
    for (int px : {3, 4, 5, 6, 8})
        QTest::addRow("compact, bottom left, %dpx, 90 deg", px) << kReceipt << true << px << 90.0 << u8("bottom left") << QString() << 0;
    for (int px : {4, 5, 6, 8})
        QTest::addRow("full, text, %dpx, -4 deg", px) << kCardHanoi << false << px << -4.0 << u8("text") << QString() << 0;
    // Turned further: read from a copy turned upright (AztecCrop).
    QTest::newRow("full, text, 3px, 270 deg") << kCardHanoi << false << 3 << 270.0 << u8("text") << QString() << 0;
    QTest::newRow("full, lower right, 6px, 30 deg") << kCardHcm << false << 6 << 30.0 << u8("lower right") << QString() << 0;
    QTest::newRow("compact, text right, 4px, 45 deg") << kReceipt << true << 4 << 45.0 << u8("text right") << QString() << 0;
    QTest::newRow("compact, top left, 3px, -7 deg") << kReceipt << true << 3 << -7.0 << u8("top left") << QString() << 0;
    QTest::newRow("two: full among text and compact below") << kCardHanoi << false << 4 << 0.0 << u8("text")
                                                           << u8("Hồ sơ 38.98.H29-210519-010013") << 0;
    QTest::newRow("two: compact in a corner and compact below") << kReceipt << true << 5 << 7.0 << u8("top right")
                                                                << u8("Nguyễn Thị Thu Hà, 15/08/2003") << 0;
    QTest::newRow("full, lower right, 4px, 7 deg, noise + JPEG 50") << kCardHcm << false << 4 << 7.0 << u8("lower right") << QString() << 50;
    QTest::newRow("compact, text, 5px, 0 deg, noise + JPEG 50") << kReceipt << true << 5 << 0.0 << u8("text") << QString() << 50;
}

void TestBarcode::aztecAnywhereOnThePage()
{
    QFETCH(QString, payload);
    QFETCH(bool, compact);
    QFETCH(int, modulePx);
    QFETCH(double, angle);
    QFETCH(QString, where);
    QFETCH(QString, second);
    QFETCH(int, jpeg);
    const auto m = BarcodeWriter::encode(Symbology::Aztec, payload);
    QVERIFY(m.ok());
    QCOMPARE(isCompactAztec(*m), compact);
    const QImage code = m->toImage(modulePx);
    const QPointF at = placeOnPage(where, code.width());
    QImage page = pageWith(code, angle, at);
    QStringList expected{payload};
    const QPointF secondAt = placeOnPage(QString(), 0);
    if (!second.isEmpty()) {
        const auto m2 = BarcodeWriter::encode(Symbology::Aztec, second);
        QVERIFY(m2.ok() && isCompactAztec(*m2));
        QPainter p(&page);
        test::drawCentred(p, m2->toImage(4), 0, secondAt);
        p.end();
        expected << second;
    }
    if (jpeg) {
        page = jpegRoundTrip(noisy(page, 20, 0), jpeg).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(!page.isNull());
    }

    BarcodeReader::Stats stats;
    const auto found = BarcodeReader::read(page, &stats);
    QVERIFY(found.ok());
    QStringList got = texts(*found);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    // Away from the page's centre point only pass 5 sees an Aztec symbol, from few candidates.
    QCOMPARE(stats.passes, 5);
    QVERIFY2(stats.bullseyes <= 2 * int(expected.size()), qPrintable(QString::number(stats.bullseyes)));
    for (const DecodedBarcode &d : *found) {
        QCOMPARE(d.format, QStringLiteral("Aztec"));
        QCOMPARE(d.position.size(), 4);
        const bool first = d.text == payload;
        const QPointF off = QRectF(d.position.boundingRect()).center() - (first ? at : secondAt);
        QVERIFY2(std::hypot(off.x(), off.y()) < 2.5 * (first ? modulePx : 4) + 2, qPrintable(QStringLiteral("%1 off by %2,%3").arg(d.text).arg(off.x()).arg(off.y())));
    }
    // The fast effort (stacks of our own sheets) does not pay for it.
    const auto fast = BarcodeReader::read(page, &stats, BarcodeReader::Effort::Fast);
    QVERIFY(fast.ok() && fast->isEmpty());
}

void TestBarcode::twoCodesOnOnePage()
{
    const auto qr = QrCode::encode(kReceipt);
    const auto bars = BarcodeWriter::encode(Symbology::Code128, QStringLiteral("38.98.H29-210519-010013"));
    QVERIFY(qr.ok() && bars.ok());
    QImage page = pageWith(qr->toImage(5), 0, QPointF(600, 2900));
    QPainter p(&page);
    p.drawImage(QPoint(1300, 2800), bars->toImage(4, 200));
    p.end();
    const auto found = BarcodeReader::read(page);
    QVERIFY(found.ok());
    QStringList got = texts(*found);
    got.sort();
    QCOMPARE(got, (QStringList{QStringLiteral("38.98.H29-210519-010013"), kReceipt}));
}

void TestBarcode::pageWithoutCode()
{
    QImage blank(kA4W, kA4H, QImage::Format_Grayscale8);
    blank.fill(255);
    BarcodeReader::Stats stats;
    auto found = BarcodeReader::read(blank, &stats);
    QVERIFY(found.ok());
    QVERIFY(found->isEmpty());
    QCOMPARE(stats.passes, 5);   // every fallback ran before giving up (pass 5: Data Matrix in bands)
    found = BarcodeReader::read(blank, &stats, BarcodeReader::Effort::Fast);
    QVERIFY(found.ok() && found->isEmpty());
    QCOMPARE(stats.passes, 2);

    found = BarcodeReader::read(noisy(pageWith(QImage(), 0), 30, 3));
    QVERIFY(found.ok());
    QVERIFY(found->isEmpty());

    QImage tiny(1, 1, QImage::Format_RGB32);
    tiny.fill(Qt::black);
    QVERIFY(BarcodeReader::read(tiny).ok());
}

void TestBarcode::corruptImages()
{
    QCOMPARE(BarcodeReader::read(QImage()).error().code, QStringLiteral("barcode.null-image"));
    // A PNG cut in half and random bytes do not load: an error, never a crash.
    const auto qr = QrCode::encode(kCardHcm);
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    QVERIFY(pageWith(qr->toImage(4), 0).save(&buf, "PNG"));
    const QImage half = QImage::fromData(png.left(png.size() / 2), "PNG");
    // Qt may return the rows it could read or nothing; either way reading it must not crash.
    const auto r = BarcodeReader::read(half);
    QVERIFY(r.ok() || r.error().code == QStringLiteral("barcode.null-image"));
    QByteArray junk(4096, '\0');
    QRandomGenerator rng(5);
    for (auto &b : junk)
        b = char(rng.bounded(256));
    QCOMPARE(BarcodeReader::read(QImage::fromData(junk)).error().code, QStringLiteral("barcode.null-image"));
}

void TestBarcode::pageImagesErrors()
{
    QTemporaryDir dir;
    auto write = [&](const char *name, const QByteArray &bytes) {
        QFile f(dir.filePath(QLatin1String(name)));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return f.fileName();
    };
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    QVERIFY(pageWith(QrCode::encode(kReceipt)->toImage(4), 0).save(&buf, "PNG"));
    const QStringList bad{
        dir.filePath(QStringLiteral("missing.png")),
        write("empty.png", {}),
        write("text.png", "hello, not an image\n"),
        write("truncated.png", png.left(200)),
        write("fake.pdf", "%PDF-1.4\n1 0 obj garbage\n"),
        write("dir-named.jpg", QByteArray(64, '\xff')),
    };
    for (const QString &path : bad) {
        int pages = 0;
        const Status s = PageImages::forEach(path, [&](int, const QImage &) { ++pages; return true; });
        QVERIFY2(!s.ok(), qPrintable(path));
        QCOMPARE(s.error().code, QStringLiteral("barcode.unreadable-file"));
        QVERIFY(!s.error().detail.isEmpty());
    }
    // A good PNG: one page, and the callback can stop early.
    const QString good = write("good.png", png);
    int pages = 0;
    QVERIFY(PageImages::forEach(good, [&](int i, const QImage &img) { ++pages; return i == 0 && !img.isNull(); }).ok());
    QCOMPARE(pages, 1);
}

void TestBarcode::qrWriter()
{
    // More error correction, a bigger symbol for the same text.
    int last = 0;
    for (QrEcc e : {QrEcc::L, QrEcc::M, QrEcc::Q, QrEcc::H}) {
        const auto m = QrCode::encode(kCardHcm, e);
        QVERIFY(m.ok());
        QCOMPARE(m->width(), m->height());
        QVERIFY(m->width() > last);
        last = m->width();
        // The quiet zone: 4 light modules all around.
        for (int i = 0; i < m->width(); ++i) {
            for (int k = 0; k < 4; ++k) {
                QVERIFY(!m->dark(i, k) && !m->dark(k, i) && !m->dark(i, m->height() - 1 - k) && !m->dark(m->width() - 1 - k, i));
            }
        }
    }
    // Too much for a QR: an error value, not an exception.
    const auto big = QrCode::encode(QString(5000, u'ữ'), QrEcc::H);
    QVERIFY(!big.ok());
    QCOMPARE(big.error().code, QStringLiteral("barcode.encode-failed"));
    // Code 128 cannot carry Vietnamese letters: an error or a best effort, never a crash.
    (void)BarcodeWriter::encode(Symbology::Code128, u8("Nữ"));
    QVERIFY(ModuleMatrix().toImage(3).isNull());
}

void TestBarcode::vectorPaintingIsSmall()
{
    const auto qr = QrCode::encode(kCardHcm, QrEcc::M);
    QVERIFY(qr.ok());
    int darkModules = 0;
    for (int y = 0; y < qr->height(); ++y)
        for (int x = 0; x < qr->width(); ++x)
            darkModules += qr->dark(x, y);
    QVERIFY(qr->runCount() < darkModules * 2 / 3);   // runs merge neighbours

    // Painted onto a raster it reads back; into a PDF it stays small.
    QImage canvas(1200, 1200, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    QPainter p(&canvas);
    qr->paint(p, QRectF(100, 100, 1000, 1000));
    p.end();
    const auto found = BarcodeReader::read(canvas);
    QVERIFY(found.ok());
    QCOMPARE(texts(*found), QStringList{kCardHcm});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qr.pdf"));
    {
        QPdfWriter pdf(path);
        QPainter pp(&pdf);
        qr->paint(pp, QRectF(0, 0, pdf.width() / 2.0, pdf.width() / 2.0));
    }
    const qint64 size = QFileInfo(path).size();
    QVERIFY2(size > 0 && size < 20000, qPrintable(QString::number(size)));
}

void TestBarcode::classify()
{
    QCOMPARE(PayloadKind::classify(kCardHcm).kind, QStringLiteral("cccd"));
    QCOMPARE(PayloadKind::classify(u8("001090123456|x|y")).kind, QStringLiteral("cccd-invalid"));
    const auto r = PayloadKind::classify(kReceipt + QStringLiteral("\r\n"));
    QCOMPARE(r.kind, QStringLiteral("receipt"));
    QCOMPARE(r.receipt->lookupCode, QStringLiteral("7KQ9M2XA"));
    const auto s = PayloadKind::classify(u8("MOTCUA-SEP1|component|Bản chính | bản sao"));
    QCOMPARE(s.kind, QStringLiteral("separator"));
    QCOMPARE(s.separator->label, u8("Bản chính | bản sao"));
    for (const QString &other : {QString(), QStringLiteral("https://example.vn"), QStringLiteral("MOTCUA9|x|y"),
                                 QStringLiteral("MOTCUA-SEP1|nothing"), u8("Nguyễn Văn An")})
        QCOMPARE(PayloadKind::classify(other).kind, QStringLiteral("other"));
}

void TestBarcode::jsonLine()
{
    QCOMPARE(jsonQuoted(u8("a\"b\\c\nd\te\x01 Nữ")), u8("\"a\\\"b\\\\c\\nd\\te\\u0001 Nữ\""));
    DecodedBarcode code{QStringLiteral("QRCode"), kCardHanoi, {}};
    QCOMPARE(decodeJsonLine(QStringLiteral("a.png"), 1, code, PayloadKind::classify(code.text)),
             u8("{\"file\":\"a.png\",\"format\":\"QRCode\",\"text\":\"001090123456||Trần Văn Đức|01011990|Nam|Thôn Đông, Xã Đại Mỗ, Huyện Từ Liêm, Hà Nội|15042021|x|y\","
                "\"kind\":\"cccd\",\"cccd\":{\"id\":\"001090123456\",\"old_id\":\"\",\"name\":\"Trần Văn Đức\",\"dob\":\"1990-01-01\","
                "\"gender\":\"Nam\",\"address\":\"Thôn Đông, Xã Đại Mỗ, Huyện Từ Liêm, Hà Nội\",\"issued\":\"2021-04-15\","
                "\"extra\":[\"x\",\"y\"],\"warnings\":[]},\"page\":1}"));
}

void TestBarcode::separatorSheetReadsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sep.pdf"));
    const SeparatorPayload payload{SeparatorPayload::Kind::Component, u8("Tờ khai đăng ký khai sinh")};
    QVERIFY(SeparatorSheet::writePdf(payload.kind, payload.label, path).ok());
    QStringList found;
    QVERIFY(PageImages::forEach(path, [&](int, const QImage &img) {
        found += texts(BarcodeReader::read(img).value());
        return true;
    }).ok());
    QCOMPARE(found, QStringList{*payload.toText()});
    QCOMPARE(SeparatorSheet::title(payload), u8("TỜ PHÂN CÁCH THÀNH PHẦN: Tờ khai đăng ký khai sinh"));
    // A bad label never reaches the disk.
    const QString bad = dir.filePath(QStringLiteral("bad.pdf"));
    QCOMPARE(SeparatorSheet::writePdf(SeparatorPayload::Kind::Component, QStringLiteral("a\tb"), bad).error().code,
             QStringLiteral("separator.bad-label"));
    QVERIFY(!QFile::exists(bad));
}

QTEST_MAIN(TestBarcode)
#include "tst_barcode.moc"
