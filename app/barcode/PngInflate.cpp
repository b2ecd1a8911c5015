#include "app/barcode/PngInflate.h"

#include "app/barcode/PngGreyAverage.h"

#include <libdeflate.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>
#include <vector>

namespace motcua {
namespace {

// Bytes a pixel for the colour types taken (8 bits a sample); 0 for the others.
int channelsOf(int colourType)
{
    switch (colourType) {
    case 0: return 1;
    case 2: return 3;
    case 4: return 2;
    case 6: return 4;
    default: return 0;
    }
}

// PNG's Paeth predictor: of a (left), b (up) and c (up-left), the one nearest to a + b - c; ties
// to a, then b. Written with selections rather than nested branches: the data decide unpredictably.
inline uchar paeth(int a, int b, int c)
{
    const int pa = std::abs(b - c), pb = std::abs(a - c), pc = std::abs(a + b - 2 * c);
    int pred = a, best = pa;
    if (pb < best) {
        pred = b;
        best = pb;
    }
    if (pc < best)
        pred = c;
    return uchar(pred);
}

// Undoes the row's filter in place: `cur` holds the row's `n` bytes after its filter type, `prior`
// the row above, unfiltered (zeros above the first row). False for a filter type PNG does not define.
template <size_t Bpp>
bool unfilter(uchar filter, uchar *__restrict cur, const uchar *__restrict prior, size_t n)
{
    switch (filter) {
    case 0: // None
        return true;
    case 1: // Sub
        for (size_t i = Bpp; i < n; ++i)
            cur[i] = uchar(cur[i] + cur[i - Bpp]);
        return true;
    case 2: // Up
        for (size_t i = 0; i < n; ++i)
            cur[i] = uchar(cur[i] + prior[i]);
        return true;
    case 3: // Average
        for (size_t i = 0; i < Bpp; ++i)
            cur[i] = uchar(cur[i] + (prior[i] >> 1));
        for (size_t i = Bpp; i < n; ++i)
            cur[i] = uchar(cur[i] + ((unsigned(cur[i - Bpp]) + prior[i]) >> 1));
        return true;
    case 4: // Paeth
        for (size_t i = 0; i < Bpp; ++i)
            cur[i] = uchar(cur[i] + prior[i]);
        for (size_t i = Bpp; i < n; ++i)
            cur[i] = uchar(cur[i] + paeth(cur[i - Bpp], prior[i], prior[i - Bpp]));
        return true;
    default:
        return false;
    }
}

bool unfilterRow(int channels, uchar filter, uchar *cur, const uchar *prior, size_t n)
{
    switch (channels) {
    case 1: return unfilter<1>(filter, cur, prior, n);
    case 2: return unfilter<2>(filter, cur, prior, n);
    case 3: return unfilter<3>(filter, cur, prior, n);
    default: return unfilter<4>(filter, cur, prior, n);
    }
}

struct DecompressorFree {
    void operator()(libdeflate_decompressor *d) const { libdeflate_free_decompressor(d); }
};

} // namespace

bool PngInflate::takes(const PngChunks::Header &header, bool transparency)
{
    return header.bitDepth == 8 && !header.interlaced && !transparency && channelsOf(header.colourType) > 0;
}

bool PngInflate::halfSize(const PngChunks::Stream &stream, QImage *half)
{
    const PngChunks::Header &h = stream.header;
    const int channels = channelsOf(h.colourType);
    const size_t rowBytes = size_t(h.width) * size_t(channels), stride = rowBytes + 1, height = h.height;
    if (channels == 0 || height == 0 || stride > SIZE_MAX / height)
        return false;
    const size_t total = stride * height;
    const std::unique_ptr<libdeflate_decompressor, DecompressorFree> inflater(libdeflate_alloc_decompressor());
    // Not zeroed, as it is all written; no exception when too big (QImageReader's limit may be off).
    const std::unique_ptr<uchar[]> rows(new (std::nothrow) uchar[total]);
    if (!inflater || !rows)
        return false;
    // Exactly the image's rows, each after its filter type byte; libdeflate checks the Adler-32.
    const QByteArrayView zlib = stream.zlib();
    size_t inflated = 0;
    if (libdeflate_zlib_decompress(inflater.get(), zlib.data(), size_t(zlib.size()), rows.get(), total, &inflated)
            != LIBDEFLATE_SUCCESS
        || inflated != total)
        return false;

    const std::vector<uchar> zeros(rowBytes);
    const uchar *prior = zeros.data();
    const size_t halfHeight = size_t(half->height());
    for (size_t y = 0; y < height; ++y) {
        uchar *row = rows.get() + y * stride;
        if (!unfilterRow(channels, row[0], row + 1, prior, rowBytes))
            return false;
        if ((y & 1) && y / 2 < halfHeight)
            averageRowPair(prior, row + 1, channels, h.width, half->scanLine(int(y / 2)));
        prior = row + 1;
    }
    return true;
}

} // namespace motcua
