#include "app/barcode/ModuleMatrix.h"

#include <QPainter>
#include <QPainterPath>

namespace motcua {

void ModuleMatrix::paint(QPainter &painter, const QRectF &target) const
{
    if (isEmpty() || target.isEmpty())
        return;
    const qreal mw = target.width() / m_width;
    const qreal mh = target.height() / m_height;
    // One path of all runs, filled once: one fill operation in the PDF content stream instead of
    // one per module. Runs touch their neighbours exactly, so no hairline gaps appear when printed.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_height; ++y) {
        int x = 0;
        while (x < m_width) {
            if (!dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_width && dark(x, y))
                ++x;
            path.addRect(QRectF(target.left() + start * mw, target.top() + y * mh, (x - start) * mw, mh));
        }
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(path);
    painter.restore();
}

int ModuleMatrix::runCount() const
{
    int runs = 0;
    for (int y = 0; y < m_height; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (dark(x, y) && (x == 0 || !dark(x - 1, y)))
                ++runs;
        }
    }
    return runs;
}

QImage ModuleMatrix::toImage(int modulePx, int barHeightPx) const
{
    if (isEmpty() || modulePx < 1)
        return {};
    const int rowPx = (m_height == 1 && barHeightPx > 0) ? barHeightPx : modulePx;
    QImage img(m_width * modulePx, m_height * rowPx, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < m_height; ++y) {
        for (int x = 0; x < m_width; ++x) {
            if (!dark(x, y))
                continue;
            for (int py = y * rowPx; py < (y + 1) * rowPx; ++py)
                std::fill_n(img.scanLine(py) + x * modulePx, modulePx, uchar(0));
        }
    }
    return img;
}

} // namespace motcua
