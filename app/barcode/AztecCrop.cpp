#include "app/barcode/AztecCrop.h"

#include <algorithm>
#include <cmath>

namespace motcua {

QRect AztecCrop::centredRect(QSize pageSize, const BullseyeCandidate &c)
{
    // ZXing starts at pixel (width / 2, height / 2): the one holding the bull's eye's centre.
    const int cx = int(c.centre.x()), cy = int(c.centre.y());
    const int want = int(std::ceil(kHalfModules * c.moduleSize));
    const int hx = std::max(0, std::min({want, cx, pageSize.width() - cx}));
    const int hy = std::max(0, std::min({want, cy, pageSize.height() - cy}));
    return QRect(cx - hx, cy - hy, 2 * hx, 2 * hy);
}

QImage AztecCrop::upright(const QImage &grey, const BullseyeCandidate &c, QTransform &toPage)
{
    constexpr double kPi = 3.14159265358979323846;
    // Along the image's rows a turned ring is crossed over module / cos(angle).
    const double module = c.moduleSize * std::cos(c.angle * kPi / 180);
    const double scale = std::max(1.0, kUprightModule / module);
    const int half = int(std::ceil(kHalfModules * module * scale));
    // A pixel of the copy, (u, v), lies at centre + R(angle) · ((u, v) - half) / scale on the page.
    toPage = QTransform().translate(c.centre.x(), c.centre.y()).rotate(c.angle).scale(1 / scale, 1 / scale).translate(-half, -half);
    QImage out(2 * half, 2 * half, QImage::Format_Grayscale8);
    if (out.isNull() || grey.format() != QImage::Format_Grayscale8)
        return {};

    // Bilinear, in 16.16 fixed point stepped along each row (≈ 5× faster than doubles here).
    // Pixel centres map to pixel centres: the page is sampled at (mapped point - 0.5) between the
    // four nearest pixels' centres.
    const int w = grey.width(), h = grey.height();
    const uchar *bits = grey.constBits();
    const qsizetype stride = grey.bytesPerLine();
    auto at = [&](qint64 x, qint64 y) { return x >= 0 && y >= 0 && x < w && y < h ? int(bits[y * stride + x]) : 255; };
    auto fixed = [](double v) { return qint64(std::llround(v * 65536)); };
    const QPointF origin = toPage.map(QPointF(0.5, 0.5));
    const QPointF du = toPage.map(QPointF(1.5, 0.5)) - origin, dv = toPage.map(QPointF(0.5, 1.5)) - origin;
    const qint64 dux = fixed(du.x()), duy = fixed(du.y());
    for (int v = 0; v < out.height(); ++v) {
        uchar *line = out.scanLine(v);
        qint64 px = fixed(origin.x() - 0.5 + v * dv.x()), py = fixed(origin.y() - 0.5 + v * dv.y());
        for (int u = 0; u < out.width(); ++u, px += dux, py += duy) {
            const qint64 x = px >> 16, y = py >> 16;   // floor, also below zero
            const int ax = int((px >> 8) & 0xff), ay = int((py >> 8) & 0xff);
            int q00, q01, q10, q11;
            if (x >= 0 && y >= 0 && x + 1 < w && y + 1 < h) {
                const uchar *q = bits + y * stride + x;
                q00 = q[0], q01 = q[1], q10 = q[stride], q11 = q[stride + 1];
            } else {
                q00 = at(x, y), q01 = at(x + 1, y), q10 = at(x, y + 1), q11 = at(x + 1, y + 1);
            }
            const int top = q00 * (256 - ax) + q01 * ax, bottom = q10 * (256 - ax) + q11 * ax;
            line[u] = uchar((top * (256 - ay) + bottom * ay + 32768) >> 16);
        }
    }
    return out;
}

} // namespace motcua
