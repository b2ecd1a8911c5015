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

    const int w = grey.width(), h = grey.height();
    const uchar *bits = grey.constBits();
    const qsizetype stride = grey.bytesPerLine();
    auto at = [&](int x, int y) { return x >= 0 && y >= 0 && x < w && y < h ? bits[y * stride + x] : 255; };
    // Pixel centres map to pixel centres: sample the page at (mapped point - 0.5) between the four
    // nearest pixels' centres.
    const QPointF first = toPage.map(QPointF(0.5, 0.5)) - QPointF(0.5, 0.5);
    const QPointF du = toPage.map(QPointF(1.5, 0.5)) - toPage.map(QPointF(0.5, 0.5));
    const QPointF dv = toPage.map(QPointF(0.5, 1.5)) - toPage.map(QPointF(0.5, 0.5));
    for (int v = 0; v < out.height(); ++v) {
        uchar *line = out.scanLine(v);
        QPointF p = first + v * dv;
        for (int u = 0; u < out.width(); ++u, p += du) {
            const double fx = std::floor(p.x()), fy = std::floor(p.y());
            const int x = int(fx), y = int(fy);
            const double ax = p.x() - fx, ay = p.y() - fy;
            double value;
            if (x >= 0 && y >= 0 && x + 1 < w && y + 1 < h) {
                const uchar *q = bits + y * stride + x;
                value = (q[0] * (1 - ax) + q[1] * ax) * (1 - ay) + (q[stride] * (1 - ax) + q[stride + 1] * ax) * ay;
            } else {
                value = (at(x, y) * (1 - ax) + at(x + 1, y) * ax) * (1 - ay) + (at(x, y + 1) * (1 - ax) + at(x + 1, y + 1) * ax) * ay;
            }
            line[u] = uchar(value + 0.5);
        }
    }
    return out;
}

} // namespace motcua
