#include "support/TestPages.h"

#include <QPainter>

#include <cmath>

namespace motcua::test {

QString cardHcmPayload()
{
    return QString::fromUtf8("079203012345|025123456|Nguyễn Thị Thu Hà|15082003|Nam|"
                             "Số 12 Đường Nguyễn Trãi, Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh|20042021");
}

QString receiptPayload()
{
    return QStringLiteral("MOTCUA1|38.98.H29-210519-010013|7KQ9M2XA");
}

void drawCentred(QPainter &p, const QImage &code, double angle, QPointF at)
{
    p.save();
    p.translate(at);
    p.rotate(angle);
    p.setRenderHint(QPainter::SmoothPixmapTransform, std::fmod(angle, 90.0) != 0.0);
    p.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
    p.restore();
}

} // namespace motcua::test
