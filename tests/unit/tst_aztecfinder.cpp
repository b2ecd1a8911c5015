// AztecBullseyeFinder and AztecCrop on their own: the candidate of a real Aztec symbol lies within
// a module of its centre, with its module size and rotation; pages of text, tables and other
// codes give (almost) none; look-alikes with unequal rings give none; the upright copy maps back.
#include "app/barcode/AztecBullseyeFinder.h"
#include "app/barcode/AztecCrop.h"
#include "app/barcode/BarcodeWriter.h"
#include "support/TestPages.h"

#include <QFont>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace motcua;

namespace {

QString u8(const char *s) { return QString::fromUtf8(s); }

const QString kCard = test::cardHcmPayload();
const QString kReceipt = test::receiptPayload();
using test::kA4H;
using test::kA4W;

QImage whitePage()
{
    QImage page(kA4W, kA4H, QImage::Format_Grayscale8);
    page.fill(255);
    return page;
}

void drawCode(QImage &page, const QImage &code, double angle, QPointF at)
{
    QPainter p(&page);
    test::drawCentred(p, code, angle, at);
}

// A typed A4 page: Vietnamese text at `pixelSize` (≈ 8–12 pt at 300 dpi), a ruled table, and the
// other square codes MotCua reads (a QR's finder patterns and Data Matrix are bull's-eye-like).
QImage textPage(int pixelSize, bool bold)
{
    QImage page = whitePage();
    QPainter p(&page);
    QFont font(QStringLiteral("Noto Sans"));
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    p.setFont(font);
    const QString line = u8("Căn cứ Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 "
                            "của Chính phủ — ỦY BAN NHÂN DÂN XÃ ĐẠI MỖ ≡ ||| ### mmm www ");
    int i = 0;
    for (int y = 150; y < 2300; y += pixelSize * 3 / 2, ++i)
        p.drawText(120, y, line.mid(i % 37) + line);
    // A table: rows every 40 px, columns every 300 px, 3-px rules.
    for (int y = 2400; y <= 2800; y += 40)
        p.fillRect(120, y, 2200, 3, Qt::black);
    for (int x = 120; x <= 2320; x += 300)
        p.fillRect(x, 2400, 3, 403, Qt::black);
    p.end();
    drawCode(page, QrCode::encode(kCard)->toImage(4), 0, QPointF(600, 3150));
    drawCode(page, BarcodeWriter::encode(Symbology::DataMatrix, QStringLiteral("HS 38.98.H29-210519-010013"))->toImage(5), 0,
             QPointF(1300, 3150));
    drawCode(page, BarcodeWriter::encode(Symbology::PDF417, u8("Nguyễn Văn An"))->toImage(3), 0, QPointF(2000, 3150));
    return page;
}

// Concentric squares around a dark centre whose ring widths (in px, centre outwards) are `rings`.
QImage target(const std::vector<int> &rings)
{
    int half = 0;
    for (int w : rings)
        half += w;
    QImage img(2 * half + 40, 2 * half + 40, QImage::Format_Grayscale8);
    img.fill(255);
    QPainter p(&img);
    int r = half;
    for (size_t i = rings.size(); i-- > 0;) {
        p.fillRect(QRect(20 + half - r, 20 + half - r, 2 * r, 2 * r), i % 2 == 0 ? Qt::black : Qt::white);
        r -= rings[i];
    }
    return img;
}

double angleGap(double a, double b)   // degrees, modulo a quarter turn
{
    return std::abs(std::remainder(a - b, 90.0));
}

} // namespace

class TestAztecFinder : public QObject {
    Q_OBJECT
private slots:
    void symbolCentre_data();
    void symbolCentre();
    void textPagesGiveFewCandidates_data();
    void textPagesGiveFewCandidates();
    void lookAlikesAreRejected();
    void twoSymbolsTwoCandidates();
    void badInput();
    void uprightCopyMapsBack();
};

void TestAztecFinder::symbolCentre_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<int>("modulePx");
    QTest::addColumn<double>("angle");
    QTest::addColumn<QPointF>("at");
    for (int px : {3, 4, 5, 6, 8}) {
        for (double angle : {0.0, 90.0, 7.0, -4.0, 30.0}) {
            QTest::addRow("full, %dpx, %g deg", px, angle) << kCard << px << angle << QPointF(431.5, 2650);
            QTest::addRow("compact, %dpx, %g deg", px, angle) << kReceipt << px << angle << QPointF(2100, 333.5);
        }
    }
}

void TestAztecFinder::symbolCentre()
{
    QFETCH(QString, payload);
    QFETCH(int, modulePx);
    QFETCH(double, angle);
    QFETCH(QPointF, at);
    QImage page = textPage(42, false);
    const auto m = BarcodeWriter::encode(Symbology::Aztec, payload);
    QVERIFY(m.ok());
    drawCode(page, m->toImage(modulePx), angle, at);
    const auto found = AztecBullseyeFinder::find(page);
    QVERIFY(!found.empty());
    QVERIFY2(found.size() <= 2, qPrintable(QString::number(found.size())));
    // The best candidate is the symbol: its centre within a module, its module size along the rows
    // (module / cos of the angle to the nearer axis) within a quarter, its rotation within a degree.
    const BullseyeCandidate &c = found.front();
    const QPointF off = c.centre - at;
    QVERIFY2(std::hypot(off.x(), off.y()) <= modulePx, qPrintable(QStringLiteral("off by %1,%2").arg(off.x()).arg(off.y())));
    const double along = modulePx / std::cos(angleGap(angle, 0) * M_PI / 180);
    QVERIFY2(std::abs(c.moduleSize - along) < along / 4, qPrintable(QString::number(c.moduleSize)));
    QVERIFY2(angleGap(c.angle, angle) < 1.0, qPrintable(QString::number(c.angle)));
    QVERIFY(c.angle >= -45 && c.angle < 45);
}

void TestAztecFinder::textPagesGiveFewCandidates_data()
{
    QTest::addColumn<int>("pixelSize");
    QTest::addColumn<bool>("bold");
    QTest::newRow("8 pt") << 33 << false;
    QTest::newRow("8 pt bold") << 33 << true;
    QTest::newRow("10 pt") << 42 << false;
    QTest::newRow("12 pt bold") << 50 << true;
    QTest::newRow("6 pt") << 25 << false;
}

void TestAztecFinder::textPagesGiveFewCandidates()
{
    QFETCH(int, pixelSize);
    QFETCH(bool, bold);
    const QImage page = textPage(pixelSize, bold);
    // The page is what we meant: dark text over much of it.
    int darkRows = 0;
    for (int y = 0; y < page.height(); y += 10)
        darkRows += std::any_of(page.constScanLine(y), page.constScanLine(y) + page.width(), [](uchar v) { return v < 100; });
    QVERIFY(darkRows > 150);
    const auto found = AztecBullseyeFinder::find(page);
    QVERIFY2(found.size() <= 1, qPrintable(QString::number(found.size())));
}

void TestAztecFinder::lookAlikesAreRejected()
{
    // A true bull's eye (a 4-px centre, eight 4-px rings) is found; rings of 1:3 widths, one ring
    // three times too wide, or a checkerboard (equal runs along rows and columns, but not along
    // the diagonals) are not.
    QImage page = whitePage();
    QPainter p(&page);
    p.drawImage(QPoint(400, 400), target({2, 4, 4, 4, 4, 4, 4, 4, 4}));
    p.drawImage(QPoint(1200, 400), target({2, 12, 4, 12, 4, 12, 4, 12, 4}));
    p.drawImage(QPoint(400, 1200), target({2, 4, 12, 4, 4, 4, 4, 4, 4}));
    for (int y = 0; y < 16; ++y) {
        for (int x = 0; x < 16; ++x)
            p.fillRect(1200 + 4 * x, 1200 + 4 * y, 4, 4, (x + y) % 2 ? Qt::white : Qt::black);
    }
    p.end();
    const auto found = AztecBullseyeFinder::find(page);
    QCOMPARE(int(found.size()), 1);
    QVERIFY((found.front().centre - QPointF(400 + 20 + 34, 400 + 20 + 34)).manhattanLength() <= 3);
    QVERIFY(std::abs(found.front().moduleSize - 4) < 0.5);
}

void TestAztecFinder::twoSymbolsTwoCandidates()
{
    QImage page = textPage(42, false);
    drawCode(page, BarcodeWriter::encode(Symbology::Aztec, kCard)->toImage(5), 0, QPointF(600, 1000));
    drawCode(page, BarcodeWriter::encode(Symbology::Aztec, kReceipt)->toImage(4), 90, QPointF(1800, 2000));
    const auto found = AztecBullseyeFinder::find(page);
    QCOMPARE(int(found.size()), 2);
    QList<QPoint> centres;
    for (const auto &c : found)
        centres << c.centre.toPoint();
    std::sort(centres.begin(), centres.end(), [](QPoint a, QPoint b) { return a.x() < b.x(); });
    QVERIFY((centres[0] - QPoint(600, 1000)).manhattanLength() <= 6);
    QVERIFY((centres[1] - QPoint(1800, 2000)).manhattanLength() <= 6);
}

void TestAztecFinder::badInput()
{
    QVERIFY(AztecBullseyeFinder::find(QImage()).empty());
    QImage colour(400, 400, QImage::Format_RGB32);
    colour.fill(Qt::white);
    QVERIFY(AztecBullseyeFinder::find(colour).empty());   // grey only
    QImage tiny(3, 3, QImage::Format_Grayscale8);
    tiny.fill(0);
    QVERIFY(AztecBullseyeFinder::find(tiny).empty());
    QVERIFY(AztecBullseyeFinder::find(whitePage()).empty());
    // A bull's eye cut by the page's edge is no candidate (its rings do not close).
    QImage edge = whitePage();
    QPainter p(&edge);
    p.drawImage(QPoint(-40, 1000), target({2, 4, 4, 4, 4, 4, 4, 4, 4}));
    p.end();
    QVERIFY(AztecBullseyeFinder::find(edge).empty());
}

void TestAztecFinder::uprightCopyMapsBack()
{
    // A symbol turned 20° near a corner: the copy is centred on the bull's eye, upright, enlarged to
    // kUprightModule px, white beyond the page, and `toPage` maps its centre back onto the candidate.
    QImage page = whitePage();
    drawCode(page, BarcodeWriter::encode(Symbology::Aztec, kReceipt)->toImage(4), 20, QPointF(120, 130));
    const auto found = AztecBullseyeFinder::find(page);
    QCOMPARE(int(found.size()), 1);
    const BullseyeCandidate &c = found.front();
    QVERIFY(angleGap(c.angle, 20) < 1.0);
    QTransform toPage;
    const QImage up = AztecCrop::upright(page, c, toPage);
    QCOMPARE(up.format(), QImage::Format_Grayscale8);
    QCOMPARE(up.width(), up.height());
    // 80 modules each way at 10 px.
    QVERIFY(std::abs(up.width() - 2 * AztecCrop::kHalfModules * AztecCrop::kUprightModule) < 20);
    const QPointF middle(up.width() / 2.0, up.height() / 2.0);
    QVERIFY((toPage.map(middle) - c.centre).manhattanLength() < 0.01);
    QVERIFY(up.pixelColor(up.width() / 2, up.height() / 2).value() < 60);   // the dark centre module
    QCOMPARE(up.pixelColor(2, 2).value(), 255);                              // off the page: white
    // Upright: along the middle row the runs out from the centre are one module (10 px) each.
    const uchar *row = up.constScanLine(up.height() / 2);
    int x = up.width() / 2;
    while (row[x] < 128)
        ++x;
    const int centreEnd = x;
    while (row[x] >= 128)
        ++x;
    QVERIFY2(std::abs(x - centreEnd - 10) <= 2, qPrintable(QString::number(x - centreEnd)));
    // The view rectangle keeps the bull's eye at its centre, shrunk alike on both sides at the edge.
    const QRect r = AztecCrop::centredRect(page.size(), c);
    QCOMPARE(r.left() + r.width() / 2, int(c.centre.x()));
    QCOMPARE(r.top() + r.height() / 2, int(c.centre.y()));
    QCOMPARE(r.left(), 0);
}

QTEST_MAIN(TestAztecFinder)
#include "tst_aztecfinder.moc"
