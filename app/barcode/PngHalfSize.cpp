#include "app/barcode/PngHalfSize.h"

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

// A channel of a pixel with `alpha` put on white paper.
inline unsigned onWhite(unsigned c, unsigned alpha)
{
    return (c * alpha + 255 * (255 - alpha) + 127) / 255;
}

// Luminance × 1024 of one pixel of `p` (`Channels` bytes), transparency composed on white.
template <int Channels>
inline unsigned lum1024(const png_byte *p)
{
    if constexpr (Channels == 2) {
        return 1024 * (p[1] == 255 ? p[0] : onWhite(p[0], p[1]));
    } else {
        unsigned r = p[0], g = p[1], b = p[2];
        if constexpr (Channels == 4) {
            if (p[3] != 255) {
                r = onWhite(r, p[3]);
                g = onWhite(g, p[3]);
                b = onWhite(b, p[3]);
            }
        }
        return 306 * r + 601 * g + 117 * b;
    }
}

template <int Channels>
void averageColour(const Rows &r, uchar *o, png_uint_32 w)
{
    const png_byte *a = r.row[0], *b = r.row[1];
    for (png_uint_32 x = 0; x < w; ++x) {
        const png_byte *p = a + 2 * x * Channels, *q = b + 2 * x * Channels;
        const unsigned s = lum1024<Channels>(p) + lum1024<Channels>(p + Channels) + lum1024<Channels>(q)
            + lum1024<Channels>(q + Channels);
        o[x] = uchar((s + 2048) >> 12);
    }
}

// Output row `y` from the two rows just read (grey: exactly BarcodeReader's rounding).
void averageRows(const Rows &r, png_uint_32 y)
{
    uchar *o = r.out + qsizetype(y) * r.outStride;
    const png_uint_32 w = r.width / 2;
    switch (r.channels) {
    case 1: {
        const png_byte *a = r.row[0], *b = r.row[1];
        for (png_uint_32 x = 0; x < w; ++x)
            o[x] = uchar((unsigned(a[2 * x]) + a[2 * x + 1] + b[2 * x] + b[2 * x + 1] + 2) >> 2);
        break;
    }
    case 2: averageColour<2>(r, o, w); break;
    case 3: averageColour<3>(r, o, w); break;
    default: averageColour<4>(r, o, w); break;
    }
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

} // namespace

bool PngHalfSize::isPng(const QByteArray &head)
{
    return head.size() >= 8 && png_sig_cmp(reinterpret_cast<png_const_bytep>(head.constData()), 0, 8) == 0;
}

PngHalfSize::Page PngHalfSize::read(const QString &path, int minSide)
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
        const qint64 limitBytes = qint64(QImageReader::allocationLimit()) * 1024 * 1024;
        const bool tooBig = limitBytes > 0 && qint64(full.width()) * full.height() * 4 > limitBytes;
        if (std::min(full.width(), full.height()) >= std::max(2, minSide) && !tooBig) {
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
