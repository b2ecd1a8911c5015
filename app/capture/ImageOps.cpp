#include "app/capture/ImageOps.h"

#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace motcua::capture::imageops {

QImage toGray(const QImage &image)
{
    if (image.format() == QImage::Format_Grayscale8)
        return image;
    return image.convertToFormat(QImage::Format_Grayscale8);
}

QImage onWhitePaper(const QImage &rendered)
{
    QImage src = rendered;
    bool premultiplied = src.format() == QImage::Format_ARGB32_Premultiplied;
    if (!premultiplied && src.format() != QImage::Format_ARGB32) {
        src = src.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        premultiplied = true;
    }
    const int w = src.width(), h = src.height();
    QImage out(w, h, QImage::Format_RGB32);
    // qPremultiply's rounding, one channel at a time (what the SIMD conversions compute too).
    const auto times = [](uint c, uint a) { const uint t = c * a; return (t + (t >> 8) + 0x80) >> 8; };
    for (int y = 0; y < h; ++y) {
        const QRgb *s = reinterpret_cast<const QRgb *>(src.constScanLine(y));
        QRgb *d = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const QRgb p = s[x];
            const uint a = qAlpha(p);
            if (premultiplied) {
                d[x] = qRgb(qRed(p) + 255 - int(a), qGreen(p) + 255 - int(a), qBlue(p) + 255 - int(a));
            } else if (a == 0) {
                d[x] = 0xffffffffu;   // nothing drawn: paper
            } else if (a == 255) {
                d[x] = p;             // opaque: as drawn
            } else {
                const uint paper = 255 - a;
                d[x] = qRgb(int(times(uint(qRed(p)), a) + paper), int(times(uint(qGreen(p)), a) + paper),
                            int(times(uint(qBlue(p)), a) + paper));
            }
        }
    }
    return out;
}

namespace {
// Box sums of `factor`² pixels, `factor` known to the compiler for the usual 2 (skew), 4 (paper
// box, ink cells at 200 dpi) and 6 (300 dpi): three passes over every page.
template <int Factor>
void downscaleRows(const QImage &gray, QImage &out, int factorArg)
{
    const int factor = Factor > 0 ? Factor : factorArg;
    // `out` is at least 1 × 1: a page narrower than `factor` leaves it as it was (as before).
    const int outW = gray.width() / factor, outH = gray.height() / factor;
    std::vector<int> acc(static_cast<size_t>(out.width()));
    const int area = factor * factor;
    for (int y = 0; y < outH; ++y) {
        std::fill(acc.begin(), acc.end(), 0);
        for (int dy = 0; dy < factor; ++dy) {
            const uchar *src = gray.constScanLine(y * factor + dy);
            for (int x = 0; x < outW; ++x) {
                const uchar *p = src + x * factor;
                int s = 0;
                for (int dx = 0; dx < factor; ++dx)
                    s += p[dx];
                acc[size_t(x)] += s;
            }
        }
        uchar *dst = out.scanLine(y);
        for (int x = 0; x < outW; ++x)
            dst[x] = uchar(acc[size_t(x)] / area);
    }
}
} // namespace

QImage downscale(const QImage &gray, int factor)
{
    if (factor <= 1)
        return gray;
    const int w = gray.width() / factor, h = gray.height() / factor;
    QImage out(std::max(1, w), std::max(1, h), QImage::Format_Grayscale8);
    switch (factor) {
    case 2: downscaleRows<2>(gray, out, factor); break;
    case 4: downscaleRows<4>(gray, out, factor); break;
    case 6: downscaleRows<6>(gray, out, factor); break;
    default: downscaleRows<0>(gray, out, factor); break;
    }
    out.setDotsPerMeterX(gray.dotsPerMeterX() / factor);
    out.setDotsPerMeterY(gray.dotsPerMeterY() / factor);
    return out;
}

namespace {
std::array<qint64, 256> histogram(const QImage &gray, int step = 1)
{
    std::array<qint64, 256> h{};
    const int width = gray.width(), height = gray.height();   // not a library call per pixel
    for (int y = 0; y < height; y += step) {
        const uchar *p = gray.constScanLine(y);
        for (int x = 0; x < width; x += step)
            ++h[p[x]];
    }
    return h;
}

int percentile(const std::array<qint64, 256> &h, double q)
{
    qint64 total = 0;
    for (qint64 v : h)
        total += v;
    const qint64 target = qint64(q * double(total));
    qint64 run = 0;
    for (int i = 0; i < 256; ++i) {
        run += h[size_t(i)];
        if (run > target)
            return i;
    }
    return 255;
}

int otsu(const std::array<qint64, 256> &h)
{
    qint64 total = 0;
    double sum = 0;
    for (int i = 0; i < 256; ++i) {
        total += h[size_t(i)];
        sum += double(i) * double(h[size_t(i)]);
    }
    double sumB = 0, best = -1;
    qint64 wB = 0;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        wB += h[size_t(t)];
        if (wB == 0)
            continue;
        const qint64 wF = total - wB;
        if (wF == 0)
            break;
        sumB += double(t) * double(h[size_t(t)]);
        const double mB = sumB / double(wB), mF = (sum - sumB) / double(wF);
        const double between = double(wB) * double(wF) * (mB - mF) * (mB - mF);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    return threshold;
}
} // namespace

Luminance luminance(const QImage &gray)
{
    const int step = std::max(1, std::min(gray.width(), gray.height()) / 400);
    const auto h = histogram(gray, step);
    Luminance l;
    qint64 total = 0;
    double sum = 0;
    for (int i = 0; i < 256; ++i) {
        total += h[size_t(i)];
        sum += double(i) * double(h[size_t(i)]);
    }
    l.mean = total ? sum / double(total) : 0;
    l.paper = percentile(h, 0.90);
    l.ink = percentile(h, 0.01);
    return l;
}

double estimateSkew(const QImage &grayIn, int dpi, bool *atLimit)
{
    if (atLimit)
        *atLimit = false;
    const QImage small = downscale(grayIn, std::max(1, dpi / 100));
    const auto h = histogram(small);
    const Luminance l = luminance(small);
    if (l.paper - l.ink < 60)
        return 0;   // no contrast: nothing that looks like text
    const int threshold = std::min(otsu(h), (l.paper + l.ink) / 2);
    // Ink points relative to the centre; a margin is left out (scanner edges, punched holes).
    std::vector<float> xs, ys;
    const int mx = small.width() / 20, my = small.height() / 20;
    const float cx = small.width() / 2.0f, cy = small.height() / 2.0f;
    const int xEnd = small.width() - mx, yEnd = small.height() - my;
    for (int y = my; y < yEnd; ++y) {
        const uchar *p = small.constScanLine(y);
        for (int x = mx; x < xEnd; ++x)
            if (p[x] < threshold) {
                xs.push_back(float(x) - cx);
                ys.push_back(float(y) - cy);
            }
    }
    if (xs.size() < 200)
        return 0;
    // Photos and dark pages: a sample is enough for the profile.
    const size_t stride = std::max<size_t>(1, xs.size() / 40000);
    const int bins = int(std::hypot(small.width(), small.height())) + 4;
    std::vector<int> profile(static_cast<size_t>(bins));
    auto score = [&](double deg) {
        const float s = float(std::sin(qDegreesToRadians(deg))), c = float(std::cos(qDegreesToRadians(deg)));
        std::fill(profile.begin(), profile.end(), 0);
        const float off = bins / 2.0f;
        for (size_t i = 0; i < xs.size(); i += stride) {
            const int b = int(ys[i] * c - xs[i] * s + off);
            if (b >= 0 && b < bins)
                ++profile[size_t(b)];
        }
        double acc = 0;
        for (int v : profile)
            acc += double(v) * double(v);
        return acc;
    };
    // Coarse 0.5° steps over ±10° (a page skewed beyond the ±5° that are corrected is
    // recognised), then 0.1° and 0.05° around the best: 41 + 10 + 2 profiles instead of 100+.
    double best = 0, bestScore = -1;
    auto refine = [&](double centre, double step, int half) {
        for (int k = -half; k <= half; ++k) {
            const double a = centre + k * step;
            const double sc = score(a);
            if (sc > bestScore) {
                bestScore = sc;
                best = a;
            }
        }
    };
    refine(0, 0.5, 20);
    const double coarse = best;
    refine(coarse, 0.1, 5);
    refine(best, 0.05, 1);
    if (atLimit)
        *atLimit = std::abs(coarse) > 5.0;
    return best;
}

QImage rotate(const QImage &grayIn, double degrees)
{
    const QImage gray = toGray(grayIn);
    const int w = gray.width(), h = gray.height();
    QImage out(w, h, QImage::Format_Grayscale8);
    out.setDotsPerMeterX(gray.dotsPerMeterX());
    out.setDotsPerMeterY(gray.dotsPerMeterY());
    // Inverse mapping in 16.16 fixed point: for each output pixel, where it comes from.
    const double rad = qDegreesToRadians(degrees);
    const double c = std::cos(rad), s = std::sin(rad);
    const double cx = w / 2.0, cy = h / 2.0;
    const qint64 one = 1 << 16;
    const qint64 dxdx = qint64(c * one), dydx = qint64(-s * one);
    for (int y = 0; y < h; ++y) {
        uchar *dst = out.scanLine(y);
        const double ry = y - cy;
        // source = R(-θ)·(p − c) + c, stepped along the row in 16.16 fixed point
        const double sx0 = c * (0 - cx) + s * ry + cx;
        const double sy0 = -s * (0 - cx) + c * ry + cy;
        // The x range whose source lies inside [0, w-1) × [0, h-1): solve both bounds once per
        // row instead of testing every pixel.
        double lo = 0, hi = w - 1;
        auto clip = [&](double start, double step, double limit) {
            if (std::abs(step) < 1e-12) {
                if (start < 0 || start >= limit)
                    lo = 1, hi = 0;
                return;
            }
            double a = (0 - start) / step, b = (limit - 1e-6 - start) / step;
            if (a > b)
                std::swap(a, b);
            lo = std::max(lo, std::ceil(a));
            hi = std::min(hi, std::floor(b));
        };
        clip(sx0, c, w - 1);
        clip(sy0, -s, h - 1);
        const int x0 = int(lo), x1 = int(hi);
        if (x0 > x1) {
            std::memset(dst, 255, size_t(w));
            continue;
        }
        if (x0 > 0)
            std::memset(dst, 255, size_t(x0));
        if (x1 < w - 1)
            std::memset(dst + x1 + 1, 255, size_t(w - 1 - x1));
        qint64 sx = qint64((sx0 + c * x0) * one);
        qint64 sy = qint64((sy0 - s * x0) * one);
        const qsizetype bpl = gray.bytesPerLine();
        const uchar *base = gray.constBits();
        for (int x = x0; x <= x1; ++x, sx += dxdx, sy += dydx) {
            const qint64 ix = sx >> 16, iy = sy >> 16;
            const int fx = int(sx & 0xffff) >> 8, fy = int(sy & 0xffff) >> 8;   // 8-bit fractions
            const uchar *r0 = base + iy * bpl + ix;
            const uchar *r1 = r0 + bpl;
            const int top = r0[0] * (256 - fx) + r0[1] * fx;
            const int bottom = r1[0] * (256 - fx) + r1[1] * fx;
            dst[x] = uchar((top * (256 - fy) + bottom * fy) >> 16);
        }
    }
    return out;
}

QRect paperRect(const QImage &gray, int dpi)
{
    const int factor = std::max(1, dpi / 50);
    const QImage small = downscale(gray, factor);
    const int w = small.width(), h = small.height();
    const QRect whole(0, 0, gray.width(), gray.height());
    if (w < 20 || h < 20)
        return whole;
    // Mean of a thin border strip: a white lid gives a light border, a black background a dark one.
    const int bw = std::max(1, std::min(w, h) / 50);
    double borderSum = 0;
    qint64 n = 0;
    for (int y = 0; y < h; ++y) {
        const uchar *p = small.constScanLine(y);
        for (int x = 0; x < w; ++x)
            if (x < bw || y < bw || x >= w - bw || y >= h - bw) {
                borderSum += p[x];
                ++n;
            }
    }
    const double border = borderSum / double(std::max<qint64>(1, n));
    const Luminance l = luminance(small);
    if (border > 110 || l.paper - border < 60)
        return whole;
    const int threshold = int((border + l.paper) / 2);
    std::vector<int> rowBright(static_cast<size_t>(h)), colBright(static_cast<size_t>(w));
    for (int y = 0; y < h; ++y) {
        const uchar *p = small.constScanLine(y);
        for (int x = 0; x < w; ++x)
            if (p[x] > threshold) {
                ++rowBright[size_t(y)];
                ++colBright[size_t(x)];
            }
    }
    auto first = [](const std::vector<int> &v, int need) {
        for (size_t i = 0; i < v.size(); ++i)
            if (v[i] >= need)
                return int(i);
        return -1;
    };
    auto last = [](const std::vector<int> &v, int need) {
        for (size_t i = v.size(); i-- > 0;)
            if (v[i] >= need)
                return int(i);
        return -1;
    };
    const int top = first(rowBright, w / 4), bottom = last(rowBright, w / 4);
    const int left = first(colBright, h / 4), right = last(colBright, h / 4);
    if (top < 0 || left < 0 || bottom <= top || right <= left)
        return whole;
    // One cell inside the edge: the paper's shaded rim is not kept.
    const QRect r(QPoint((left + 1) * factor, (top + 1) * factor), QPoint(right * factor - 1, bottom * factor - 1));
    return r.intersected(whole);
}

Ink ink(const QImage &gray, int dpi)
{
    Ink out;
    const int cell = std::max(1, dpi / 50);   // 0.5 mm
    const int mx = gray.width() / 20, my = gray.height() / 20;   // 5 % margins
    const QImage inner = gray.copy(mx, my, gray.width() - 2 * mx, gray.height() - 2 * my);
    const QImage cells = downscale(inner, cell);
    const Luminance l = luminance(cells);
    // A cell is ink when 24 levels darker than the paper (faint text too: a light scan must
    // never pass for blank), and it counts only inside a cluster of ≥ 3 ink cells in its 3×3
    // neighbourhood: a speck of dust up to 2×2 pixels touches at most two cells above threshold,
    // scanner noise averages out over the 16 pixels of a cell, a text stroke makes long clusters.
    if (l.paper < 100) {   // no paper-coloured area at all (lid open, black sheet): not blank
        out.totalCells = out.inkCells = cells.width() * cells.height();
        return out;
    }
    const int threshold = l.paper - 24;
    const int cw = cells.width(), ch = cells.height();
    std::vector<uchar> dark(static_cast<size_t>(cw) * static_cast<size_t>(ch), 0);
    for (int y = 0; y < ch; ++y) {
        const uchar *p = cells.constScanLine(y);
        for (int x = 0; x < cw; ++x)
            dark[size_t(y) * size_t(cw) + size_t(x)] = p[x] < threshold ? 1 : 0;
    }
    out.totalCells = cw * ch;
    for (int y = 1; y < ch - 1; ++y)
        for (int x = 1; x < cw - 1; ++x) {
            if (!dark[size_t(y) * size_t(cw) + size_t(x)])
                continue;
            int n = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    n += dark[size_t(y + dy) * size_t(cw) + size_t(x + dx)];
            if (n >= 3)
                ++out.inkCells;
        }
    return out;
}

bool looksBlank(const Ink &i)
{
    // 30 cells ≈ 7.5 mm² of ink: less than one short word; more than dust.
    return i.inkCells < 30 && i.coverage() < 0.001;
}

QImage binarize(const QImage &grayIn, int dpi)
{
    const QImage gray = toGray(grayIn);
    const int w = gray.width(), h = gray.height();
    // Integral image (32-bit is enough up to ~16 Mpx of 255s)
    std::vector<quint32> integral(size_t(w + 1) * size_t(h + 1), 0);
    for (int y = 0; y < h; ++y) {
        const uchar *p = gray.constScanLine(y);
        quint32 row = 0;
        quint32 *cur = integral.data() + size_t(y + 1) * size_t(w + 1);
        const quint32 *prev = cur - (w + 1);
        for (int x = 0; x < w; ++x) {
            row += p[x];
            cur[x + 1] = prev[x + 1] + row;
        }
    }
    const Luminance l = luminance(gray);
    const int half = std::max(4, dpi / 16);   // window ≈ 3 mm: wider than a stroke
    const int absolute = std::min(235, l.paper - 25);   // never ink lighter than this
    QImage out(w, h, QImage::Format_Mono);
    out.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    out.setDotsPerMeterX(gray.dotsPerMeterX());
    out.setDotsPerMeterY(gray.dotsPerMeterY());
    for (int y = 0; y < h; ++y) {
        const int y0 = std::max(0, y - half), y1 = std::min(h, y + half + 1);
        const quint32 *top = integral.data() + size_t(y0) * size_t(w + 1);
        const quint32 *bot = integral.data() + size_t(y1) * size_t(w + 1);
        const uchar *p = gray.constScanLine(y);
        uchar *dst = out.scanLine(y);
        std::memset(dst, 0, size_t(out.bytesPerLine()));
        for (int x = 0; x < w; ++x) {
            if (p[x] >= absolute)
                continue;
            const int x0 = std::max(0, x - half), x1 = std::min(w, x + half + 1);
            const quint32 sum = bot[x1] - bot[x0] - top[x1] + top[x0];
            const quint32 area = quint32((x1 - x0) * (y1 - y0));
            // Black when 15 % darker than the local mean
            if (quint64(p[x]) * area * 100 < quint64(sum) * 85)
                dst[x >> 3] |= uchar(0x80 >> (x & 7));
        }
    }
    return out;
}

double sharpness(const QImage &grayIn)
{
    const QImage gray = toGray(grayIn);
    const QRect c(gray.width() / 4, gray.height() / 4, gray.width() / 2, gray.height() / 2);
    double sum = 0, sumSq = 0, lapSq = 0;
    qint64 n = 0;
    for (int y = c.top() + 1; y < c.bottom(); ++y) {
        const uchar *p = gray.constScanLine(y);
        const uchar *up = gray.constScanLine(y - 1);
        const uchar *dn = gray.constScanLine(y + 1);
        for (int x = c.left() + 1; x < c.right(); ++x) {
            const int lap = up[x] + dn[x] + p[x - 1] + p[x + 1] - 4 * p[x];
            lapSq += double(lap) * lap;
            sum += p[x];
            sumSq += double(p[x]) * p[x];
            ++n;
        }
    }
    if (n == 0)
        return 0;
    const double mean = sum / double(n);
    const double variance = sumSq / double(n) - mean * mean;
    if (variance < 1)
        return 0;
    return (lapSq / double(n)) / variance;
}

} // namespace motcua::capture::imageops
