// The fast PNG half-size path (PngChunks + PngInflate, libdeflate) against libpng's row API on the
// same files, to the bit: PNG bytes written here with each filter type chosen per row (None, Sub,
// Up, Average, Paeth, all of them in turn), in grey, RGB, grey + alpha and RGBA, in one IDAT chunk
// or many; and files Qt writes (libpng choosing filters adaptively). Then what it must refuse:
// an unknown filter type, too much or too little image data, a bad CRC anywhere, IDAT chunks
// apart, an unknown critical chunk, a changed header with its CRC made right, no IEND. Layouts it
// does not take (tRNS, 16 bits) still read as libpng reads them.
#include "app/barcode/PngChunks.h"
#include "app/barcode/PngHalfSize.h"
#include "app/barcode/PngInflate.h"

#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <libdeflate.h>

#include <cstdlib>
#include <memory>

using namespace motcua;

namespace {

constexpr int kCycleFilters = -1;   // row y gets filter type y % 5

int channelsOf(int colourType)
{
    return colourType == 0 ? 1 : colourType == 2 ? 3 : colourType == 4 ? 2 : 4;
}

// Pixels that make every filter's predictions differ: smooth ramps, noise, flat runs, and (with
// alpha) every opacity from clear to opaque.
QByteArray pixels(int width, int height, int channels, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray raw;
    raw.reserve(qsizetype(width) * height * channels);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            for (int c = 0; c < channels; ++c) {
                const int region = (x / 37 + y / 23) % 3;
                const int v = region == 0 ? (x * 3 + y * 5 + c * 40) : region == 1 ? int(rng.bounded(256)) : 200 + c;
                raw.append(char(v & 0xff));
            }
    return raw;
}

uchar paethPredictor(int a, int b, int c)
{
    const int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
    return uchar(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
}

// The rows of `raw` each after its filter type byte, filtered as PNG's encoder would.
QByteArray filtered(const QByteArray &raw, int width, int height, int bpp, int filterMode)
{
    const qsizetype rowBytes = qsizetype(width) * bpp;
    const QByteArray zeros(rowBytes, '\0');
    QByteArray out;
    for (int y = 0; y < height; ++y) {
        const int filter = filterMode == kCycleFilters ? y % 5 : filterMode;
        const auto *cur = reinterpret_cast<const uchar *>(raw.constData() + y * rowBytes);
        const auto *up = reinterpret_cast<const uchar *>(y ? raw.constData() + (y - 1) * rowBytes : zeros.constData());
        out.append(char(filter));
        for (qsizetype i = 0; i < rowBytes; ++i) {
            const int a = i >= bpp ? cur[i - bpp] : 0, b = up[i], c = i >= bpp ? up[i - bpp] : 0;
            const int pred = filter == 1 ? a
                : filter == 2            ? b
                : filter == 3            ? (a + b) / 2
                : filter == 4            ? paethPredictor(a, b, c)
                                         : 0;
            out.append(char((cur[i] - pred) & 0xff));
        }
    }
    return out;
}

QByteArray zlibCompress(const QByteArray &data)
{
    const std::unique_ptr<libdeflate_compressor, decltype(&libdeflate_free_compressor)> c(libdeflate_alloc_compressor(6),
                                                                                         &libdeflate_free_compressor);
    QByteArray out(qsizetype(libdeflate_zlib_compress_bound(c.get(), size_t(data.size()))), '\0');
    const size_t written = libdeflate_zlib_compress(c.get(), data.constData(), size_t(data.size()), out.data(), size_t(out.size()));
    out.truncate(qsizetype(written));
    return out;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    QByteArray out(4, '\0');
    qToBigEndian(quint32(data.size()), out.data());
    out += QByteArray(type, 4) + data;
    QByteArray crc(4, '\0');
    qToBigEndian(libdeflate_crc32(0, out.constData() + 4, size_t(out.size() - 4)), crc.data());
    return out + crc;
}

QByteArray header(int width, int height, int colourType, int bitDepth = 8)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian(quint32(width), ihdr.data());
    qToBigEndian(quint32(height), ihdr.data() + 4);
    ihdr[8] = char(bitDepth);
    ihdr[9] = char(colourType);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr);
}

// A whole file: the header, `extra` chunks, the image data in IDAT chunks of `idatSize`, IEND.
QByteArray pngFile(int width, int height, int colourType, const QByteArray &rows, qsizetype idatSize = 1 << 30,
                   const QByteArray &extra = {})
{
    QByteArray file = header(width, height, colourType) + extra;
    const QByteArray zlib = zlibCompress(rows);
    for (qsizetype at = 0; at < zlib.size(); at += idatSize)
        file += chunk("IDAT", zlib.mid(at, idatSize));
    return file + chunk("IEND", {});
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The fast path's half page straight from PngInflate (null when it refuses the file).
QImage inflateHalf(const QByteArray &file)
{
    const auto stream = PngChunks::split(file);
    if (!stream || !PngInflate::takes(stream->header, stream->transparency))
        return {};
    QImage half(int(stream->header.width / 2), int(stream->header.height / 2), QImage::Format_Grayscale8);
    return PngInflate::halfSize(*stream, &half) ? half : QImage();
}

} // namespace

class TestPngReader : public QObject {
    Q_OBJECT
private slots:
    void sameAsLibpng_data();
    void sameAsLibpng();
    void qtWrittenSameAsLibpng_data();
    void qtWrittenSameAsLibpng();
    void refused_data();
    void refused();
    void otherLayoutsThroughLibpng_data();
    void otherLayoutsThroughLibpng();
};

void TestPngReader::sameAsLibpng_data()
{
    QTest::addColumn<int>("colourType");
    QTest::addColumn<int>("filter");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("idatSize");
    const char *names[] = {"none", "sub", "up", "average", "paeth"};
    for (int type : {0, 2, 4, 6}) {
        for (int filter = 0; filter < 5; ++filter)
            QTest::addRow("type %d, %s", type, names[filter]) << type << filter << QSize(211, 157) << (1 << 30);
        QTest::addRow("type %d, each filter, odd sides, IDAT in 1000s", type) << type << kCycleFilters << QSize(301, 203) << 1000;
        QTest::addRow("type %d, each filter, even sides", type) << type << kCycleFilters << QSize(300, 202) << 8192;
    }
}

void TestPngReader::sameAsLibpng()
{
    QFETCH(int, colourType);
    QFETCH(int, filter);
    QFETCH(QSize, size);
    QFETCH(int, idatSize);
    const int bpp = channelsOf(colourType);
    const QByteArray raw = pixels(size.width(), size.height(), bpp, quint32(colourType * 10 + filter + 100));
    const QByteArray file = pngFile(size.width(), size.height(), colourType,
                                    filtered(raw, size.width(), size.height(), bpp, filter), idatSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("made.png"));
    QVERIFY(writeAll(path, file));

    const PngHalfSize::Page libpng = PngHalfSize::readWithLibpng(path, 2);
    QCOMPARE(libpng.half.size(), QSize(size.width() / 2, size.height() / 2));
    QCOMPARE(inflateHalf(file), libpng.half);
    const PngHalfSize::Page page = PngHalfSize::read(path, 2);
    QCOMPARE(page.full, size);
    QCOMPARE(page.half, libpng.half);
    // The picture itself came through: the first pixel from the raw bytes (grey, opaque cases).
    if (colourType == 0)
        QCOMPARE(int(page.half.constScanLine(0)[0]),
                 (quint8(raw[0]) + quint8(raw[1]) + quint8(raw[size.width()]) + quint8(raw[size.width() + 1]) + 2) / 4);
}

void TestPngReader::qtWrittenSameAsLibpng_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("colourType");
    QTest::newRow("grey") << int(QImage::Format_Grayscale8) << 0;
    QTest::newRow("RGB") << int(QImage::Format_RGB32) << 2;
    QTest::newRow("RGBA with transparency") << int(QImage::Format_ARGB32) << 6;
}

void TestPngReader::qtWrittenSameAsLibpng()
{
    QFETCH(int, format);
    QFETCH(int, colourType);
    // A page-like picture: paper, a ramp, blocks of "text", noise, and see-through patches in the ARGB case.
    QImage img(999, 1301, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.fillRect(QRect(0, 0, 999, 300), QLinearGradient(0, 0, 999, 300));
    for (int line = 0; line < 30; ++line)   // "words" of lines of text
        for (int word = 0; word < 12; ++word)
            p.fillRect(QRect(40 + 75 * word, 340 + 30 * line, 20 + (line * 7 + word * 13) % 50, 14), Qt::black);
    p.setCompositionMode(QPainter::CompositionMode_Source);
    p.fillRect(QRect(600, 900, 300, 300), QColor(30, 120, 200, 90));
    p.fillRect(QRect(100, 1250, 200, 40), Qt::transparent);
    p.end();
    QRandomGenerator rng(7);
    for (int y = 1000; y < 1200; ++y)
        for (int x = 0; x < 500; ++x)
            img.setPixel(x, y, qRgba(int(rng.bounded(256)), int(rng.bounded(256)), int(rng.bounded(256)), 255));
    img = img.convertToFormat(QImage::Format(format));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("qt.png"));
    QVERIFY(img.save(path, "PNG"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray file = f.readAll();
    QCOMPARE(int(quint8(file.at(25))), colourType);

    const PngHalfSize::Page libpng = PngHalfSize::readWithLibpng(path, 2);
    QCOMPARE(libpng.half.size(), QSize(img.width() / 2, img.height() / 2));
    QCOMPARE(inflateHalf(file), libpng.half);
    QCOMPARE(PngHalfSize::read(path, 2).half, libpng.half);
}

void TestPngReader::refused_data()
{
    QTest::addColumn<QByteArray>("file");
    const int w = 64, h = 48;
    const QByteArray raw = pixels(w, h, 1, 5);
    const QByteArray rows = filtered(raw, w, h, 1, kCycleFilters);
    QVERIFY(zlibCompress(rows).size() > 400);   // several IDAT chunks of 200 below
    QTest::newRow("valid (the control)") << pngFile(w, h, 0, rows);
    QByteArray badFilter = rows;
    badFilter[(w + 1) * 7] = 5;
    QTest::newRow("filter type 5") << pngFile(w, h, 0, badFilter);
    QTest::newRow("a row too many") << pngFile(w, h, 0, rows + rows.left(w + 1));
    QTest::newRow("a byte short") << pngFile(w, h, 0, rows.chopped(1));
    const QByteArray good = pngFile(w, h, 0, rows, 200);
    QByteArray badCrc = good;
    badCrc[good.size() - 12 - 1] = char(badCrc.at(good.size() - 13) ^ 1);   // the last IDAT's CRC
    QTest::newRow("an IDAT's CRC wrong") << badCrc;
    QTest::newRow("an ancillary chunk's CRC wrong")
        << pngFile(w, h, 0, rows, 200, chunk("tEXt", QByteArray("Comment\0x", 9)).replace(12, 1, "y"));
    const qsizetype firstIdat = header(w, h, 0).size();
    QTest::newRow("IDAT chunks apart")
        << QByteArray(good).insert(firstIdat + 12 + 200, chunk("tEXt", QByteArray("Comment\0x", 9)));
    QTest::newRow("an unknown critical chunk") << pngFile(w, h, 0, rows, 200, chunk("ABCD", "x"));
    QTest::newRow("IHDR twice") << pngFile(w, h, 0, rows, 200, header(w, h, 0).mid(8));
    QTest::newRow("no IEND") << good.chopped(12);
    QTest::newRow("cut in IDAT") << good.left(firstIdat + 100);
    QTest::newRow("taller, CRC made right") << pngFile(w, h + 2, 0, rows);
    QTest::newRow("an image byte flipped, CRC made right") << [&]() -> QByteArray {
        const QByteArray zlib = zlibCompress(rows);
        QByteArray flipped = zlib;
        flipped[zlib.size() / 2] = char(flipped.at(zlib.size() / 2) ^ 0x04);
        return header(w, h, 0) + chunk("IDAT", flipped) + chunk("IEND", {});
    }();
}

void TestPngReader::refused()
{
    QFETCH(QByteArray, file);
    const bool control = QByteArray(QTest::currentDataTag()).startsWith("valid");
    QCOMPARE(inflateHalf(file).isNull(), !control);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.png"));
    QVERIFY(writeAll(path, file));
    QCOMPARE(PngHalfSize::read(path, 2).half.isNull(), !control);
}

void TestPngReader::otherLayoutsThroughLibpng_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("fast");   // whether PngInflate takes it
    const int w = 64, h = 48;
    const QByteArray grey = filtered(pixels(w, h, 1, 9), w, h, 1, kCycleFilters);
    QTest::newRow("grey, with ancillary chunks") << pngFile(w, h, 0, grey, 100, chunk("tEXt", QByteArray("Comment\0x", 9)))
                                                 << true;
    QTest::newRow("grey, bytes after IEND") << pngFile(w, h, 0, grey) + "trailing" << true;
    QTest::newRow("grey, tRNS") << pngFile(w, h, 0, grey, 100, chunk("tRNS", QByteArray("\0\xc8", 2))) << false;
    QByteArray wide = header(w, h, 0, 16) + chunk("IDAT", zlibCompress(filtered(pixels(2 * w, h, 1, 4), w, h, 2, kCycleFilters)))
        + chunk("IEND", {});
    QTest::newRow("grey, 16 bits") << wide << false;
}

void TestPngReader::otherLayoutsThroughLibpng()
{
    QFETCH(QByteArray, file);
    QFETCH(bool, fast);
    QCOMPARE(!inflateHalf(file).isNull(), fast);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.png"));
    QVERIFY(writeAll(path, file));
    const PngHalfSize::Page libpng = PngHalfSize::readWithLibpng(path, 2);
    QVERIFY(!libpng.half.isNull());
    QCOMPARE(PngHalfSize::read(path, 2).half, libpng.half);
    QCOMPARE(QImage(path).size(), QSize(64, 48));   // and Qt agrees the file is good
}

QTEST_GUILESS_MAIN(TestPngReader)
#include "tst_pngreader.moc"
