#include "app/barcode/SeparatorSheet.h"

#include "app/barcode/BarcodeWriter.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace motcua {
namespace {

constexpr int kDpi = 300;

QFont sheetFont(qreal pointSize, bool bold)
{
    // Noto Sans (fonts-noto-core) carries every Vietnamese glyph; the families after it are
    // fallbacks for machines without it.
    QFont f(QStringList{QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Arial")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

} // namespace

QString SeparatorSheet::title(const SeparatorPayload &payload)
{
    if (payload.kind == SeparatorPayload::Kind::Dossier)
        return QString::fromUtf16(u"TỜ PHÂN CÁCH HỒ SƠ");
    return QString::fromUtf16(u"TỜ PHÂN CÁCH THÀNH PHẦN: ") + payload.label;
}

QString SeparatorSheet::instruction(const SeparatorPayload &payload)
{
    if (payload.kind == SeparatorPayload::Kind::Dossier)
        return QString::fromUtf16(u"Đặt tờ này lên trên mỗi hồ sơ trong xấp giấy cần quét. "
                                  u"Không viết, đóng dấu hay gấp lên mã QR.");
    return QString::fromUtf16(u"Đặt tờ này ngay trước thành phần hồ sơ có tên ở trên. "
                              u"Không viết, đóng dấu hay gấp lên mã QR.");
}

Status SeparatorSheet::paint(QPainter &painter, const QRectF &page, const SeparatorPayload &payload)
{
    const Result<QString> text = payload.toText();
    if (!text)
        return text.error();
    // ECC Q: sheets are handled again and again; a quarter of the symbol may be lost to a crease
    // or a stamp and it still reads.
    const Result<ModuleMatrix> qr = QrCode::encode(*text, QrEcc::Q);
    if (!qr)
        return qr.error();

    const qreal mm = page.width() / 210.0;   // A4 width: device units per millimetre
    const qreal margin = 20 * mm;
    const QRectF content = page.adjusted(margin, margin, -margin, -margin);
    painter.save();
    painter.setPen(Qt::black);

    painter.setFont(sheetFont(26, true));
    QRectF titleBox(content.left(), content.top() + 10 * mm, content.width(), 60 * mm);
    QRectF used;
    painter.drawText(titleBox, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, title(payload), &used);

    // A big QR in the middle: 110 mm, so a 100-dpi feeder scan still gives ≥ 4 px per module.
    const qreal side = 110 * mm;
    const qreal top = std::max(used.bottom() + 15 * mm, content.top() + 70 * mm);
    const QRectF qrBox(page.center().x() - side / 2, top, side, side);
    qr->paint(painter, qrBox);

    painter.setFont(sheetFont(13, false));
    const QRectF hintBox(content.left(), qrBox.bottom() + 12 * mm, content.width(), 40 * mm);
    painter.drawText(hintBox, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, instruction(payload));

    painter.setPen(QColor(90, 90, 90));
    painter.setFont(sheetFont(9, false));
    const QRectF footer(content.left(), content.bottom() - 10 * mm, content.width(), 10 * mm);
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, QStringLiteral("MotCua · ") + *text);
    painter.restore();
    return {};
}

Status SeparatorSheet::writePdf(const SeparatorPayload &payload, const QString &path)
{
    if (const Result<QString> t = payload.toText(); !t)
        return t.error();
    // QSaveFile: a failed run never leaves half a PDF under the final name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("separator.write-failed"), file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        pdf.setResolution(kDpi);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        pdf.setTitle(title(payload));
        pdf.setCreator(QStringLiteral("MotCua"));
        QPainter painter;
        if (!painter.begin(&pdf))
            return Error(QStringLiteral("separator.write-failed"), QStringLiteral("cannot start the PDF"));
        const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        const Status s = paint(painter, page, payload);
        painter.end();
        if (!s.ok())
            return s;
    }
    if (!file.commit())
        return Error(QStringLiteral("separator.write-failed"), file.errorString());
    return {};
}

} // namespace motcua
