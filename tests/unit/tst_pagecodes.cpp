// The cheap half-size first look: BarcodeReader's half-size step of pass 1 (every pixel layout,
// positions mapped back to the full page) and PageCodes reading a JPEG at half size through
// libjpeg's DCT scaling or a PNG through PngHalfSize (every PNG layout against Qt's full decode;
// interlaced, truncated and corrupt files), falling back to the full page when that finds nothing.
#include "app/barcode/BarcodeReader.h"
#include "app/barcode/BarcodeWriter.h"
#include "app/barcode/PageCodes.h"
#include "app/barcode/PageImages.h"
#include "app/barcode/PngHalfSize.h"

#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <array>
#include <span>

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


// Qt's full decode of `path`, transparency on white, averaged 2×2 with BarcodeReader's luminance
// weights: what PngHalfSize must give.
QImage qtHalfOnWhite(const QString &path)
{
    const QImage img = QImage(path).convertToFormat(QImage::Format_ARGB32);
    if (img.isNull())
        return {};
    QImage out(img.width() / 2, img.height() / 2, QImage::Format_Grayscale8);
    auto lum = [](QRgb c) {
        const int a = qAlpha(c);
        auto white = [a](int v) { return (v * a + 255 * (255 - a) + 127) / 255; };
        return 306 * white(qRed(c)) + 601 * white(qGreen(c)) + 117 * white(qBlue(c));
    };
    for (int y = 0; y < out.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(img.constScanLine(2 * y));
        const auto *b = reinterpret_cast<const QRgb *>(img.constScanLine(2 * y + 1));
        uchar *o = out.scanLine(y);
        for (int x = 0; x < out.width(); ++x)
            o[x] = uchar((lum(a[2 * x]) + lum(a[2 * x + 1]) + lum(b[2 * x]) + lum(b[2 * x + 1]) + 2048) >> 12);
    }
    return out;
}

// The largest difference between two grey images of one size, in grey levels (-1: sizes differ).
int maxDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size() || a.format() != QImage::Format_Grayscale8 || b.format() != QImage::Format_Grayscale8)
        return -1;
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            worst = std::max(worst, std::abs(int(a.constScanLine(y)[x]) - int(b.constScanLine(y)[x])));
    return worst;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (char ch : bytes)
        c = table[(c ^ quint8(ch)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    QByteArray body = QByteArray(type, 4) + data;
    QByteArray out(4, '\0');
    qToBigEndian(quint32(data.size()), out.data());
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(body), crc.data());
    return out + body + crc;
}

// A PNG of kinds Qt does not write: Adam7-interlaced, or grey + alpha. A Grayscale8 image gives an
// 8-bit grey file, any other the grey + alpha of its pixels (red as the grey).
QByteArray handmadePng(const QImage &img, bool adam7)
{
    const bool alpha = img.format() != QImage::Format_Grayscale8;
    QByteArray ihdr(13, '\0');
    qToBigEndian(quint32(img.width()), ihdr.data());
    qToBigEndian(quint32(img.height()), ihdr.data() + 4);
    ihdr[8] = 8;                 // bit depth
    ihdr[9] = alpha ? 4 : 0;     // grey + alpha, grey
    ihdr[12] = adam7 ? 1 : 0;    // interlace
    const int adam7Passes[7][4] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
    const int onePass[1][4] = {{0, 0, 1, 1}};
    QByteArray raw;
    for (const auto &p : adam7 ? std::span<const int[4]>(adam7Passes) : std::span<const int[4]>(onePass)) {
        if (p[0] >= img.width() || p[1] >= img.height())
            continue;
        for (int y = p[1]; y < img.height(); y += p[3]) {
            raw.append('\0');   // filter: none
            for (int x = p[0]; x < img.width(); x += p[2]) {
                if (alpha)
                    raw.append(char(qRed(img.pixel(x, y)))).append(char(qAlpha(img.pixel(x, y))));
                else
                    raw.append(char(img.constScanLine(y)[x]));
            }
        }
    }
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", qCompress(raw).mid(4))
        + chunk("IEND", QByteArray());
}

// Where the first IDAT chunk's data starts and how long it is.
std::pair<qsizetype, qsizetype> firstIdat(const QByteArray &png)
{
    qsizetype at = 8;
    while (at + 8 <= png.size()) {
        const qsizetype length = qFromBigEndian<quint32>(png.constData() + at);
        if (png.mid(at + 4, 4) == "IDAT")
            return {at + 8, length};
        at += 12 + length;
    }
    return {-1, 0};
}

// Random pixels in `format`, every value of the layout used (16-bit values, alpha, palette).
QImage randomImage(QImage::Format format, QSize size)
{
    QRandomGenerator rng(42);
    QImage img(size, format);
    if (format == QImage::Format_Indexed8 || format == QImage::Format_Mono) {
        QList<QRgb> colours;
        for (int i = 0; i < (format == QImage::Format_Mono ? 2 : 256); ++i)
            colours << (format == QImage::Format_Mono ? (i ? 0xffffffffu : 0xff000000u) : rng.generate());
        img.setColorTable(colours);
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                img.setPixel(x, y, rng.bounded(int(colours.size())));
        return img;
    }
    const int bytes = int(img.bytesPerLine());
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < bytes; ++x)
            img.scanLine(y)[x] = uchar(rng.bounded(256));
    return img;
}

// Whether PageCodes finds the card's QR, at `centre`, on the file's page.
bool pageCodesFind(const QString &path, QPoint centre = kCentre)
{
    bool found = false;
    const Status st = PageCodes::forEach(path, [&](int, const PageCodes::Codes &codes) { return found = codes.ok() && nearCentre(*codes, centre); });
    return st.ok() && found;
}

} // namespace

class TestPageCodes : public QObject {
    Q_OBJECT
private slots:
    void halfSizeStepEveryLayout_data();
    void halfSizeStepEveryLayout();
    void smallModulesStillFound();
    void readAtHalfSize_data();
    void readAtHalfSize();
    void fallsBackToFullPage_data();
    void fallsBackToFullPage();
    void notForOtherFilesOrSmallOnes();
    void errorsAsPageImages();
    void pngHalfSizeAsQt_data();
    void pngHalfSizeAsQt();
    void interlacedPngFallsBack();
    void greyAlphaPng();
    void brokenPngErrorsAsBefore_data();
    void brokenPngErrorsAsBefore();
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

void TestPageCodes::readAtHalfSize_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<bool>("colour");
    QTest::addColumn<QSize>("size");
    for (const char *format : {"JPEG", "PNG"}) {
        QTest::addRow("%s grey A4", format) << QByteArray(format) << false << QSize(2480, 3508);
        QTest::addRow("%s colour A4", format) << QByteArray(format) << true << QSize(2480, 3508);
        QTest::addRow("%s colour, odd sides", format) << QByteArray(format) << true << QSize(2481, 3509);
    }
}

void TestPageCodes::readAtHalfSize()
{
    QFETCH(QByteArray, format);
    QFETCH(bool, colour);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    // The file name says the other format: the bytes decide.
    const QString path = dir.filePath(format == "PNG" ? QStringLiteral("scan.jpg") : QStringLiteral("scan.png"));
    QImage img = page(5, Qt::black, Qt::white, size);
    if (!colour)
        img = img.convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(img.save(path, format.constData(), 85));

    const PageImages::HalfSizePage half = PageImages::readHalfSize(path, BarcodeReader::kHalfSizeMinSide);
    QCOMPARE(half.image.size(), QSize(size.width() / 2, size.height() / 2));
    QVERIFY(qAbs(half.scaleBack - 2.0) < 0.01);
    if (format == "PNG")   // PngHalfSize's grey page
        QCOMPARE(half.image.format(), QImage::Format_Grayscale8);
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

void TestPageCodes::fallsBackToFullPage_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("JPEG") << QByteArray("JPEG");
    QTest::newRow("PNG") << QByteArray("PNG");
}

void TestPageCodes::fallsBackToFullPage()
{
    QFETCH(QByteArray, format);
    // 2-px modules are 1 px in the half-size page libjpeg or PngHalfSize gives, too fine to read
    // there: PageCodes decodes the full page with Qt and runs BarcodeReader's passes on it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fine"));
    QVERIFY(page(2).convertToFormat(QImage::Format_Grayscale8).save(path, format.constData(), 90));
    const PageImages::HalfSizePage half = PageImages::readHalfSize(path, BarcodeReader::kHalfSizeMinSide);
    QVERIFY(!half.image.isNull());
    const auto quick = BarcodeReader::readHalfSize(half.image, half.scaleBack);
    QVERIFY(quick.ok() && quick->isEmpty());
    QVERIFY(pageCodesFind(path));
}

void TestPageCodes::notForOtherFilesOrSmallOnes()
{
    QTemporaryDir dir;
    const QImage img = page(5).convertToFormat(QImage::Format_Grayscale8);
    const QString png = dir.filePath(QStringLiteral("page.bmp"));   // read whole by Qt
    QVERIFY(img.save(png));
    QVERIFY(PageImages::readHalfSize(png, BarcodeReader::kHalfSizeMinSide).image.isNull());
    const QString small = dir.filePath(QStringLiteral("small.jpg"));
    QVERIFY(img.copy(1200, 2500, 800, 800).save(small, "JPEG", 90));
    QVERIFY(PageImages::readHalfSize(small, BarcodeReader::kHalfSizeMinSide).image.isNull());
    const QString smallPng = dir.filePath(QStringLiteral("small.png"));
    QVERIFY(img.copy(1200, 2500, 800, 800).save(smallPng));
    QVERIFY(PageImages::readHalfSize(smallPng, BarcodeReader::kHalfSizeMinSide).image.isNull());
    QVERIFY(pageCodesFind(small, kCentre - QPoint(1200, 2500)));
    QVERIFY(pageCodesFind(smallPng, kCentre - QPoint(1200, 2500)));
    QVERIFY(pageCodesFind(png));
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

void TestPageCodes::pngHalfSizeAsQt_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("colourType");   // what the file must hold (PNG IHDR)
    QTest::addColumn<int>("bitDepth");
    QTest::newRow("grey 8") << int(QImage::Format_Grayscale8) << QSize(300, 200) << 0 << 8;
    QTest::newRow("grey 8, odd sides") << int(QImage::Format_Grayscale8) << QSize(301, 203) << 0 << 8;
    QTest::newRow("grey 16") << int(QImage::Format_Grayscale16) << QSize(301, 202) << 0 << 16;
    QTest::newRow("RGB 8") << int(QImage::Format_RGB32) << QSize(300, 203) << 2 << 8;
    QTest::newRow("RGBA 8, on white") << int(QImage::Format_ARGB32) << QSize(301, 203) << 6 << 8;
    QTest::newRow("RGBA 16, on white") << int(QImage::Format_RGBA64) << QSize(201, 203) << 6 << 16;
    QTest::newRow("palette with alpha") << int(QImage::Format_Indexed8) << QSize(301, 203) << 3 << 8;
    QTest::newRow("1 bit") << int(QImage::Format_Mono) << QSize(301, 203) << -1 << 1;
}

void TestPageCodes::pngHalfSizeAsQt()
{
    QFETCH(int, format);
    QFETCH(QSize, size);
    QFETCH(int, colourType);
    QFETCH(int, bitDepth);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("layout.png"));
    QVERIFY(randomImage(QImage::Format(format), size).save(path, "PNG"));
    const QByteArray bytes = readAll(path);
    QCOMPARE(int(quint8(bytes.at(24))), bitDepth);
    if (colourType >= 0)
        QCOMPARE(int(quint8(bytes.at(25))), colourType);
    else   // 1 bit: grey or a two-colour palette, whichever Qt writes
        QVERIFY(bytes.at(25) == 0 || bytes.at(25) == 3);

    const PngHalfSize::Page page = PngHalfSize::read(path, 2);
    QCOMPARE(page.full, size);
    QCOMPARE(page.half.size(), QSize(size.width() / 2, size.height() / 2));
    const int worst = maxDifference(page.half, qtHalfOnWhite(path));
    QVERIFY2(worst >= 0 && worst <= 1, qPrintable(QStringLiteral("off by %1 grey levels").arg(worst)));
    // Through PageImages: the same image, scale back to the full page.
    const PageImages::HalfSizePage viaImages = PageImages::readHalfSize(path, 2);
    QCOMPARE(viaImages.image, page.half);
    QVERIFY(qAbs(viaImages.scaleBack - double(size.width()) / (size.width() / 2)) < 1e-9);
}

void TestPageCodes::interlacedPngFallsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("interlaced.png"));
    const QImage grey = page(5).convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(writeAll(path, handmadePng(grey, true)));
    QCOMPARE(QImage(path), grey);   // a valid file: Qt reads it whole
    QVERIFY(PngHalfSize::read(path, BarcodeReader::kHalfSizeMinSide).half.isNull());
    QVERIFY(PageImages::readHalfSize(path, BarcodeReader::kHalfSizeMinSide).image.isNull());
    QVERIFY(pageCodesFind(path));
}

void TestPageCodes::greyAlphaPng()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grey-alpha.png"));
    const QImage img = randomImage(QImage::Format_ARGB32, QSize(301, 203));
    QVERIFY(writeAll(path, handmadePng(img, false)));
    QCOMPARE(QImage(path).size(), img.size());
    const PngHalfSize::Page page = PngHalfSize::read(path, 2);
    const int worst = maxDifference(page.half, qtHalfOnWhite(path));
    QVERIFY2(worst >= 0 && worst <= 1, qPrintable(QStringLiteral("off by %1 grey levels").arg(worst)));
}

void TestPageCodes::brokenPngErrorsAsBefore_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("cut in the image data") << QStringLiteral("cut-idat");
    QTest::newRow("cut before IEND") << QStringLiteral("cut-end");
    QTest::newRow("a byte flipped, CRC wrong") << QStringLiteral("flip");
    QTest::newRow("a byte flipped, CRC made right") << QStringLiteral("flip-crc");
}

void TestPageCodes::brokenPngErrorsAsBefore()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.png"));
    // Noise over the page so the image data is long and every byte of it matters.
    QImage img = page(5).convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator rng(3);
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            img.scanLine(y)[x] = uchar(std::clamp(int(img.scanLine(y)[x]) + int(rng.bounded(7)) - 3, 0, 255));
    QVERIFY(img.save(path));
    QByteArray bytes = readAll(path);
    const auto [idat, idatLength] = firstIdat(bytes);
    QVERIFY(idat > 0 && idatLength > 1000);
    if (damage == QLatin1String("cut-idat")) {
        bytes.truncate(idat + idatLength / 2);
    } else if (damage == QLatin1String("cut-end")) {
        bytes.truncate(bytes.size() - 12);   // IEND gone
    } else {
        bytes[idat + idatLength / 2] = char(bytes.at(idat + idatLength / 2) ^ 0x10);
        if (damage == QLatin1String("flip-crc")) {   // only zlib's own checks can tell
            QByteArray crc(4, '\0');
            qToBigEndian(crc32(bytes.mid(idat - 4, idatLength + 4)), crc.data());
            bytes.replace(idat + idatLength, 4, crc);
        }
    }
    QVERIFY(writeAll(path, bytes));

    // The half-size path never accepts a broken file, and PageCodes says what PageImages says.
    QVERIFY(PngHalfSize::read(path, BarcodeReader::kHalfSizeMinSide).half.isNull());
    int viaCodesCalls = 0, viaImagesCalls = 0;
    const Status viaCodes = PageCodes::forEach(path, [&](int, const PageCodes::Codes &) { return ++viaCodesCalls > 0; });
    const Status viaImages = PageImages::forEach(path, [&](int, const QImage &) { return ++viaImagesCalls > 0; });
    QCOMPARE(viaCodes.ok(), viaImages.ok());
    QCOMPARE(viaCodesCalls, viaImagesCalls);
    if (!viaCodes.ok()) {
        QCOMPARE(viaCodes.error().code, QStringLiteral("barcode.unreadable-file"));
        QCOMPARE(viaCodes.error().code, viaImages.error().code);
        QCOMPARE(viaCodes.error().detail, viaImages.error().detail);
    }
    if (damage != QLatin1String("cut-end"))   // image data broken: unreadable, as before
        QVERIFY(!viaCodes.ok());
}

QTEST_GUILESS_MAIN(TestPageCodes)
#include "tst_pagecodes.moc"
