#include "app/barcode/PngHalfSize.h"

#include "app/barcode/PngChunks.h"
#include "app/barcode/PngGreyAverage.h"
#include "app/barcode/PngInflate.h"

#include <QFile>
#include <QImageReader>

#include <png.h>

#include <algorithm>
#include <climits>
#include <csetjmp>
#include <cstdio>
#include <memory>
#include <vector>

namespace motcua {
namespace {

// libpng reports errors by calling this, which must not return: back to the setjmp of the
// function that called into libpng (readHeader or readRows), which then returns false.
[[noreturn]] void onError(png_structp png, png_const_charp)
{
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

// The rows as they arrive, and where their 2×2 averages go. Plain pointers only: it is used
// between setjmp and longjmp.
struct Rows {
    png_bytep row[2] = {nullptr, nullptr};   // an even and an odd row, width × channels bytes
    uchar *out = nullptr;
    qsizetype outStride = 0;
    png_uint_32 width = 0, height = 0;
    int channels = 0;   // after the transforms: 1 grey, 2 grey + alpha, 3 RGB, 4 RGBA; 8 bits each
};

// Output row `y` from the two rows just read.
void averageRows(const Rows &r, png_uint_32 y)
{
    averageRowPair(r.row[0], r.row[1], r.channels, r.width, r.out + qsizetype(y) * r.outStride);
}

// The header, and the transforms to 8-bit grey, grey + alpha, RGB or RGBA. False on any error,
// an interlaced file, or a layout the transforms did not bring to 8 bits.
bool readHeader(png_structp png, png_infop info, FILE *file, Rows *rows)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    png_init_io(png, file);
    png_set_sig_bytes(png, 8);
    png_read_info(png, info);
    if (png_get_interlace_type(png, info) != PNG_INTERLACE_NONE)
        return false;
    png_set_expand(png);     // palette → RGB, grey below 8 bits → 8, tRNS → alpha channel
    png_set_scale_16(png);   // 16 bits → 8, rounded (as Qt's 16-bit → 8-bit conversion)
    png_read_update_info(png, info);
    rows->width = png_get_image_width(png, info);
    rows->height = png_get_image_height(png, info);
    rows->channels = png_get_channels(png, info);
    return png_get_bit_depth(png, info) == 8 && rows->channels >= 1 && rows->channels <= 4;
}

// Every row, then the rest of the file (the zlib stream's end with its Adler-32, the chunks' CRCs,
// IEND): false on any error on the way.
bool readRows(png_structp png, const Rows *rows)
{
    if (setjmp(png_jmpbuf(png)))
        return false;
    for (png_uint_32 y = 0; y < rows->height; ++y) {
        png_read_row(png, rows->row[y & 1], nullptr);
        if ((y & 1) && y / 2 < rows->height / 2)
            averageRows(*rows, y / 2);
    }
    png_read_end(png, nullptr);
    return true;
}

struct FileCloser {
    void operator()(FILE *f) const { std::fclose(f); }
};

// Whether a page of `full` size is read at half size: sides of at least `minSide` (and 2), and
// within QImageReader's allocation limit as Qt would have decoded it (4 bytes a pixel).
bool halfSizeFits(QSize full, int minSide)
{
    const qint64 limitBytes = qint64(QImageReader::allocationLimit()) * 1024 * 1024;
    const bool tooBig = limitBytes > 0 && qint64(full.width()) * full.height() * 4 > limitBytes;
    return std::min(full.width(), full.height()) >= std::max(2, minSide) && !tooBig;
}

} // namespace

bool PngHalfSize::isPng(const QByteArray &head)
{
    return head.size() >= 8 && png_sig_cmp(reinterpret_cast<png_const_bytep>(head.constData()), 0, 8) == 0;
}

PngHalfSize::Page PngHalfSize::read(const QString &path, int minSide)
{
    QFile file(path);
    const qint64 size = file.open(QIODevice::ReadOnly) ? file.size() : 0;
    const uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    if (!mapped)   // not a plain file (or empty, or unreadable): libpng reads it, or says no
        return readWithLibpng(path, minSide);
    const auto stream = PngChunks::split(QByteArrayView(mapped, size));
    if (!stream)   // broken (a wrong CRC even of an ancillary chunk, where libpng only warns): Qt decides
        return {};
    const PngChunks::Header &h = stream->header;
    if (!PngInflate::takes(h, stream->transparency))
        return readWithLibpng(path, minSide);
    const QSize full(int(h.width), int(h.height));   // PngChunks caps both at 1,000,000
    if (!halfSizeFits(full, minSide))
        return {};
    QImage half(full.width() / 2, full.height() / 2, QImage::Format_Grayscale8);
    if (half.isNull() || !PngInflate::halfSize(*stream, &half))
        return {};
    return {half, full};
}

PngHalfSize::Page PngHalfSize::readWithLibpng(const QString &path, int minSide)
{
    const std::unique_ptr<FILE, FileCloser> file(std::fopen(QFile::encodeName(path).constData(), "rb"));
    if (!file)
        return {};
    QByteArray head(8, '\0');
    if (std::fread(head.data(), 1, 8, file.get()) != 8 || !isPng(head))
        return {};
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, onError, onWarning);
    if (!png)
        return {};
    png_infop info = png_create_info_struct(png);
    Page page;
    Rows rows;
    // No C++ object is live across the setjmp calls: they are in readHeader and readRows, and
    // libpng's longjmp lands there, not here.
    if (info && readHeader(png, info, file.get(), &rows)) {
        const QSize full(int(std::min<png_uint_32>(rows.width, INT_MAX)), int(std::min<png_uint_32>(rows.height, INT_MAX)));
        if (halfSizeFits(full, minSide)) {
            QImage half(full.width() / 2, full.height() / 2, QImage::Format_Grayscale8);
            std::vector<png_byte> even(size_t(rows.width) * size_t(rows.channels)), odd(even.size());
            rows.row[0] = even.data();
            rows.row[1] = odd.data();
            rows.out = half.bits();
            rows.outStride = half.bytesPerLine();
            if (!half.isNull() && readRows(png, &rows)) {
                page.half = half;
                page.full = full;
            }
        }
    }
    png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
    return page;
}

} // namespace motcua
