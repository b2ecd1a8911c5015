// The cheap half-size first look: BarcodeReader's half-size step of pass 1 (every pixel layout,
// positions mapped back to the full page) and PageCodes reading a JPEG at half size through
// libjpeg's DCT scaling, falling back to the full page when that finds nothing.
#include "app/barcode/BarcodeReader.h"
#include "app/barcode/BarcodeWriter.h"
#include "app/barcode/PageCodes.h"
#include "app/barcode/PageImages.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {

const QString kCard = QString::fromUtf8("079203012345|025123456|Nguyễn Thị Thu Hà|15081992|Nữ|"
                                        "Số 12 Đường Nguyễn Trãi, Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh|20042021");
const QPoint kCentre(1600, 2900);

// An A4 300-dpi page (or `size`) of `paper` colour with the card's QR in `ink` centred at kCentre.
QImage page(int modulePx, QColor ink = Qt::black, QColor paper = Qt::white, QSize size = QSize(2480, 3508))
{
    const auto qr = QrCode::encode(kCard, QrEcc::M);
    if (!qr)
        return {};
    QImage code = qr->toImage(modulePx).convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < code.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(code.scanLine(y));
        for (int x = 0; x < code.width(); ++x)
            line[x] = qGray(line[x]) < 128 ? ink.rgb() : paper.rgb();
    }
    QImage img(size, QImage::Format_RGB32);
    img.fill(paper);
    QPainter p(&img);
    p.drawImage(kCentre - QPoint(code.width() / 2, code.height() / 2), code);
    p.end();
    return img;
}

bool nearCentre(const QList<DecodedBarcode> &found, QPoint centre = kCentre)
{
    return found.size() == 1 && found.first().text == kCard
        && (found.first().position.boundingRect().center() - centre).manhattanLength() < 20;
}

} // namespace

class TestPageCodes : public QObject {
    Q_OBJECT
private slots:
    void halfSizeStepEveryLayout_data();
    void halfSizeStepEveryLayout();
    void smallModulesStillFound();
    void jpegReadAtHalfSize_data();
    void jpegReadAtHalfSize();
    void jpegFallsBackToFullPage();
    void notForOtherFilesOrSmallOnes();
    void errorsAsPageImages();
};

void TestPageCodes::halfSizeStepEveryLayout_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("Grayscale8") << int(QImage::Format_Grayscale8);
    QTest::newRow("RGB32") << int(QImage::Format_RGB32);
    QTest::newRow("ARGB32") << int(QImage::Format_ARGB32);
    QTest::newRow("ARGB32_Premultiplied") << int(QImage::Format_ARGB32_Premultiplied);
    QTest::newRow("RGB888") << int(QImage::Format_RGB888);
    QTest::newRow("RGBX8888") << int(QImage::Format_RGBX8888);
    QTest::newRow("RGBA8888") << int(QImage::Format_RGBA8888);
    QTest::newRow("Indexed8") << int(QImage::Format_Indexed8);
}

void TestPageCodes::halfSizeStepEveryLayout()
{
    QFETCH(int, format);
    // Blue-black ink on orange paper: light enough (luminance ≈146 against ≈14) only when red and
    // blue are read from the right bytes; swapped, the paper is ≈99 and the fixed threshold sees
    // black everywhere, so the half-size step would find nothing.
    const QImage img = page(5, QColor(0, 0, 120), QColor(255, 120, 0)).convertToFormat(QImage::Format(format));
    QCOMPARE(int(img.format()), format);
    BarcodeReader::Stats stats;
    const auto found = BarcodeReader::read(img, &stats);
    QVERIFY(found.ok());
    QVERIFY(nearCentre(*found));
    QVERIFY(stats.halfSize);
    QCOMPARE(stats.passes, 1);
}

void TestPageCodes::smallModulesStillFound()
{
    // 2-px modules are 1 px at half size: whatever the half-size step makes of them, the full page
    // still gives the code, at the same place.
    for (int px : {2, 3}) {
        BarcodeReader::Stats stats;
        const auto found = BarcodeReader::read(page(px).convertToFormat(QImage::Format_Grayscale8), &stats);
        QVERIFY(found.ok());
        QVERIFY2(nearCentre(*found), qPrintable(QString::number(px)));
    }
}

void TestPageCodes::jpegReadAtHalfSize_data()
{
    QTest::addColumn<bool>("colour");
    QTest::addColumn<QSize>("size");
    QTest::newRow("grey A4") << false << QSize(2480, 3508);
    QTest::newRow("colour A4") << true << QSize(2480, 3508);
    QTest::newRow("colour, odd sides") << true << QSize(2481, 3509);
}

void TestPageCodes::jpegReadAtHalfSize()
{
    QFETCH(bool, colour);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    // The file name says PNG: the bytes decide.
    const QString path = dir.filePath(QStringLiteral("scan.png"));
    QImage img = page(5, Qt::black, Qt::white, size);
    if (!colour)
        img = img.convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(img.save(path, "JPEG", 85));

    const PageImages::HalfSizePage half = PageImages::readHalfSize(path, BarcodeReader::kHalfSizeMinSide);
    QCOMPARE(half.image.size(), QSize(size.width() / 2, size.height() / 2));
    QVERIFY(qAbs(half.scaleBack - 2.0) < 0.01);
    const auto direct = BarcodeReader::readHalfSize(half.image, half.scaleBack);
    QVERIFY(direct.ok());
    QVERIFY(nearCentre(*direct));

    int pages = 0;
    const Status st = PageCodes::forEach(path, [&](int index, const PageCodes::Codes &codes) {
        ++pages;
        return index == 0 && codes.ok() && nearCentre(*codes);
    });
    QVERIFY(st.ok());
    QCOMPARE(pages, 1);
}

void TestPageCodes::jpegFallsBackToFullPage()
{
    // 2-px modules are 1 px in the half-size page libjpeg gives, too fine to read there: PageCodes
    // decodes the full page and runs BarcodeReader's passes on it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fine.jpg"));
    QVERIFY(page(2).convertToFormat(QImage::Format_Grayscale8).save(path, "JPEG", 90));
    const PageImages::HalfSizePage half = PageImages::readHalfSize(path, BarcodeReader::kHalfSizeMinSide);
    QVERIFY(!half.image.isNull());
    const auto quick = BarcodeReader::readHalfSize(half.image, half.scaleBack);
    QVERIFY(quick.ok() && quick->isEmpty());
    bool found = false;
    QVERIFY(PageCodes::forEach(path, [&](int, const PageCodes::Codes &codes) { return found = codes.ok() && nearCentre(*codes); }).ok());
    QVERIFY(found);
}

void TestPageCodes::notForOtherFilesOrSmallOnes()
{
    QTemporaryDir dir;
    const QImage img = page(5).convertToFormat(QImage::Format_Grayscale8);
    const QString png = dir.filePath(QStringLiteral("page.png"));
    QVERIFY(img.save(png));
    QVERIFY(PageImages::readHalfSize(png, BarcodeReader::kHalfSizeMinSide).image.isNull());
    const QString small = dir.filePath(QStringLiteral("small.jpg"));
    QVERIFY(img.copy(1200, 2500, 800, 800).save(small, "JPEG", 90));
    QVERIFY(PageImages::readHalfSize(small, BarcodeReader::kHalfSizeMinSide).image.isNull());
    bool found = false;
    QVERIFY(PageCodes::forEach(small, [&](int, const PageCodes::Codes &codes) {
                return found = codes.ok() && nearCentre(*codes, kCentre - QPoint(1200, 2500));
            }).ok());
    QVERIFY(found);
    QVERIFY(PageCodes::forEach(png, [&](int, const PageCodes::Codes &codes) { return found = codes.ok() && nearCentre(*codes); }).ok());
    QVERIFY(found);
}

void TestPageCodes::errorsAsPageImages()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.jpg"));
    const QString truncated = dir.filePath(QStringLiteral("truncated.jpg"));
    QByteArray jpeg;
    {
        QImage img = page(5).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY(img.save(truncated, "JPEG", 90));
        QFile f(truncated);
        QVERIFY(f.open(QIODevice::ReadOnly));
        jpeg = f.readAll();
    }
    QFile f(truncated);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(jpeg.left(600));   // the header and nothing of the picture
    f.close();
    // The half-size look must not change what a broken file gives: the same error, or (libjpeg
    // makes a grey page of a picture cut short) the same pages.
    for (const QString &path : {missing, truncated}) {
        int viaCodesCalls = 0, viaImagesCalls = 0;
        const Status viaCodes = PageCodes::forEach(path, [&](int, const PageCodes::Codes &) { return ++viaCodesCalls > 0; });
        const Status viaImages = PageImages::forEach(path, [&](int, const QImage &) { return ++viaImagesCalls > 0; });
        QCOMPARE(viaCodes.ok(), viaImages.ok());
        QCOMPARE(viaCodesCalls, viaImagesCalls);
        if (!viaCodes.ok()) {
            QCOMPARE(viaCodes.error().code, viaImages.error().code);
            QCOMPARE(viaCodes.error().detail, viaImages.error().detail);
        }
    }
    QVERIFY(!PageCodes::forEach(missing, [](int, const PageCodes::Codes &) { return true; }).ok());
}

QTEST_GUILESS_MAIN(TestPageCodes)
#include "tst_pagecodes.moc"
