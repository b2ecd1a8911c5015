#include "app/barcode/PngGreyAverage.h"

namespace motcua {
namespace {

// A channel of a pixel with `alpha` put on white paper.
inline unsigned onWhite(unsigned c, unsigned alpha)
{
    return (c * alpha + 255 * (255 - alpha) + 127) / 255;
}

// Luminance × 1024 of one pixel of `p` (`Channels` bytes), transparency composed on white.
template <int Channels>
inline unsigned lum1024(const uchar *p)
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
void averageColour(const uchar *a, const uchar *b, std::uint32_t w, uchar *o)
{
    for (std::uint32_t x = 0; x < w; ++x) {
        const uchar *p = a + 2 * x * Channels, *q = b + 2 * x * Channels;
        const unsigned s = lum1024<Channels>(p) + lum1024<Channels>(p + Channels) + lum1024<Channels>(q)
            + lum1024<Channels>(q + Channels);
        o[x] = uchar((s + 2048) >> 12);
    }
}

} // namespace

void averageRowPair(const uchar *even, const uchar *odd, int channels, std::uint32_t width, uchar *out)
{
    const std::uint32_t w = width / 2;
    switch (channels) {
    case 1:
        for (std::uint32_t x = 0; x < w; ++x)
            out[x] = uchar((unsigned(even[2 * x]) + even[2 * x + 1] + odd[2 * x] + odd[2 * x + 1] + 2) >> 2);
        break;
    case 2: averageColour<2>(even, odd, w, out); break;
    case 3: averageColour<3>(even, odd, w, out); break;
    default: averageColour<4>(even, odd, w, out); break;
    }
}

} // namespace motcua
