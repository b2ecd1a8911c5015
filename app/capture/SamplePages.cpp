#include "app/capture/SamplePages.h"

#include <QFont>
#include <QPainter>
#include <QRandomGenerator>
#include <QStringList>

namespace motcua::capture {

QImage SamplePages::textPage(const SamplePageSpec &spec)
{
    const int w = qRound(210 / 25.4 * spec.dpi), h = qRound(297 / 25.4 * spec.dpi);
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(spec.darkBackground ? QColor(20, 20, 20) : QColor(spec.paper, spec.paper, spec.paper));
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.translate(w / 2.0, h / 2.0);
        p.rotate(spec.rotationDegrees);
        p.translate(-w / 2.0, -h / 2.0);
        if (spec.darkBackground) {
            const double inset = 6 / 25.4 * spec.dpi;
            p.fillRect(QRectF(inset, inset, w - 2 * inset, h - 2 * inset), QColor(spec.paper, spec.paper, spec.paper));
        }
        const QColor ink(spec.ink, spec.ink, spec.ink);
        p.setPen(ink);
        QFont title(QStringLiteral("Noto Sans"));
        title.setPixelSize(qRound(14.0 / 72 * spec.dpi));
        title.setBold(true);
        QFont body(QStringLiteral("Noto Sans"));
        body.setPixelSize(qRound(11.0 / 72 * spec.dpi));
        const double margin = 25 / 25.4 * spec.dpi;
        const double lineStep = 11.0 / 72 * spec.dpi * 1.55;
        const QStringList words = QString::fromUtf8(
            "Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập Tự do Hạnh phúc đơn đề nghị cấp giấy chứng nhận "
            "quyền sử dụng đất họ và tên ngày sinh số định danh cá nhân nơi thường trú kính gửi Ủy ban nhân "
            "dân phường hồ sơ gồm có bản sao giấy tờ tùy thân xác nhận của cơ quan có thẩm quyền theo quy định")
                                      .split(QLatin1Char(' '));
        QRandomGenerator rng(4242);
        for (int i = 0; i < spec.lines; ++i) {
            p.setFont(i == 0 ? title : body);
            QString line;
            const int n = i == 0 ? 6 : 9 + int(rng.bounded(5));
            for (int k = 0; k < n; ++k)
                line += words.at(int(rng.bounded(quint32(words.size())))) + QLatin1Char(' ');
            p.drawText(QPointF(margin + (i == 0 ? 3 * margin : 0), margin + lineStep * (i + 1)), line.trimmed());
        }
    }
    QImage gray = img.convertToFormat(QImage::Format_Grayscale8);
    if (spec.noise > 0) {
        QRandomGenerator rng(77);
        for (int y = 0; y < h; ++y) {
            uchar *s = gray.scanLine(y);
            for (int x = 0; x < w; ++x) {
                const int v = s[x] + int(rng.bounded(2 * spec.noise + 1)) - spec.noise;
                s[x] = uchar(qBound(0, v, 255));
            }
        }
    }
    const int dpm = qRound(spec.dpi / 0.0254);
    gray.setDotsPerMeterX(dpm);
    gray.setDotsPerMeterY(dpm);
    return gray;
}

} // namespace motcua::capture
