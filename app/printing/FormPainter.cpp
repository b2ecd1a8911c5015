#include "app/printing/FormPainter.h"

#include "app/barcode/BarcodeWriter.h"
#include "app/printing/FormLayout.h"
#include "app/printing/OfficialText.h"
#include "app/printing/PageFlow.h"
#include "app/printing/PrintingLogging.h"
#include "domain/receipt/ReceiptPayload.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace motcua::printing {
namespace {

// Margins from the paper's edge (Decree 30/2020 asks 30–35 mm left, 15–20 mm right, 20–25 mm
// top and bottom for administrative papers; a counter slip is a little tighter). The footer sits
// in the bottom margin.
constexpr qreal kLeftMm = 27;
constexpr qreal kRightMm = 17;
constexpr qreal kTopMm = 14;
constexpr qreal kBottomMm = 20;
constexpr qreal kFooterFromBottomMm = 13;

} // namespace

FormPainter::FormPainter(const FormData &data) : m_data(data) {}

QString FormPainter::formNumber(FormKind kind)
{
    switch (kind) {
    case FormKind::Receipt01: return QStringLiteral("01");
    case FormKind::Supplement02: return QStringLiteral("02");
    case FormKind::Refusal03: return QStringLiteral("03");
    case FormKind::Extension04: return QStringLiteral("04");
    case FormKind::Stop05: return QStringLiteral("05");
    case FormKind::ControlSlip06: return QStringLiteral("06");
    case FormKind::Register07: return QStringLiteral("07");
    case FormKind::Declaration: return {};
    }
    return {};
}

QString FormPainter::title(FormKind kind)
{
    switch (kind) {
    case FormKind::Receipt01:
        return OfficialText::translate("FormPainter", "RECEIPT OF DOSSIER AND APPOINTMENT FOR RESULTS");
    case FormKind::Supplement02:
        return OfficialText::translate("FormPainter", "REQUEST TO SUPPLEMENT AND COMPLETE THE DOSSIER");
    case FormKind::Refusal03:
        return OfficialText::translate("FormPainter", "REFUSAL TO ACCEPT THE DOSSIER FOR PROCESSING");
    case FormKind::Extension04:
        return OfficialText::translate("FormPainter", "APOLOGY AND EXTENSION OF THE TIME FOR RETURNING RESULTS");
    case FormKind::Stop05:
        return OfficialText::translate("FormPainter", "NOTICE OF STOPPING THE PROCESSING OF THE DOSSIER");
    case FormKind::ControlSlip06:
        return OfficialText::translate("FormPainter", "DOSSIER PROCESSING CONTROL SLIP");
    case FormKind::Register07:
        return OfficialText::translate("FormPainter", "DOSSIER REGISTER");
    case FormKind::Declaration:
        return OfficialText::translate("FormPainter", "DECLARATION");
    }
    return {};
}

QString FormPainter::documentTitle() const
{
    const QString t = m_data.kind == FormKind::Declaration ? m_data.declaration.title : title(m_data.kind);
    return m_data.dossierCode.isEmpty() ? t : t + QStringLiteral(" — ") + m_data.dossierCode;
}

QString FormPainter::moment(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QTime t = when.time();
    return OfficialText::translate("FormPainter", "%1 h %2 min, %3", "hour, minute, date dd/MM/yyyy")
        .arg(t.hour(), 2, 10, QLatin1Char('0'))
        .arg(t.minute(), 2, 10, QLatin1Char('0'))
        .arg(when.date().toString(QStringLiteral("dd/MM/yyyy")));
}

Result<QString> FormPainter::qrText() const
{
    if (m_data.kind == FormKind::Declaration) {
        if (m_data.declaration.qrText.isEmpty())
            return Error(QStringLiteral("printing.no-payload"));
        return m_data.declaration.qrText;
    }
    return ReceiptPayload{m_data.dossierCode, m_data.lookupCode}.toText();
}

QRectF FormPainter::contentRect(const QPagedPaintDevice *device)
{
    const int dpi = device->logicalDpiY();
    const QPageLayout layout = device->pageLayout();
    const QRect paint = layout.paintRectPixels(dpi);
    // The painter's origin is the paint rectangle's corner (a printer keeps its own margins).
    const QRectF paper = QRectF(layout.fullRectPixels(dpi)).translated(-paint.topLeft());
    const qreal mm = dpi / 25.4;
    const QRectF wanted = paper.adjusted(kLeftMm * mm, kTopMm * mm, -kRightMm * mm, -kBottomMm * mm);
    return wanted.intersected(QRectF(QPointF(0, 0), QSizeF(paint.size())));
}

void FormPainter::layOut(PageFlow &flow) const
{
    std::optional<ModuleMatrix> qr;
    if (const Result<QString> text = qrText(); text.ok()) {
        // ECC M: the slip is handled a few times, not for years; a smaller symbol of larger modules.
        // A declaration's payload is long (its every field): ECC L keeps its modules large enough
        // for a 200-dpi scan of the signed page.
        const QrEcc ecc = m_data.kind == FormKind::Declaration ? QrEcc::L : QrEcc::M;
        if (Result<ModuleMatrix> matrix = QrCode::encode(*text, ecc); matrix.ok())
            qr = std::move(matrix.value());
        else
            qCWarning(lcPrinting) << "form QR not encoded:" << matrix.error().code;
    } else if (!m_data.dossierCode.isEmpty()) {
        qCWarning(lcPrinting) << "form without QR:" << text.error().code;
    }
    FormLayout(m_data, flow, std::move(qr)).build();
}

int FormPainter::pageCount(const QPagedPaintDevice *device) const
{
    if (!device)
        return 0;
    PageFlow flow(device, contentRect(device));
    layOut(flow);
    return flow.pageCount();
}

void FormPainter::paintFooter(QPainter &painter, const QPagedPaintDevice *device, int page, int pages) const
{
    const QRectF content = contentRect(device);
    const int dpi = device->logicalDpiY();
    const qreal mm = dpi / 25.4;
    const QPageLayout layout = device->pageLayout();
    const QRect paint = layout.paintRectPixels(dpi);
    const qreal paperBottom = layout.fullRectPixels(dpi).bottom() - paint.top();
    const qreal top = std::min(paperBottom - kFooterFromBottomMm * mm, qreal(paint.height()) - 6 * mm);
    const QRectF box(content.left(), top, content.width(), 6 * mm);

    painter.save();
    painter.setPen(QPen(QColor(140, 140, 140), 0.2 * mm));
    painter.drawLine(box.topLeft(), box.topRight());
    QFont font = FormLayout::serif(8.5);
    painter.setFont(font);
    painter.setPen(QColor(80, 80, 80));
    const QString right = OfficialText::translate("FormPainter", "Page %1/%2").arg(page).arg(pages);
    QString left = m_data.kind == FormKind::Declaration
                       ? m_data.declaration.reference
                       : OfficialText::translate("FormPainter", "Form No. %1").arg(formNumber(m_data.kind));
    if (!m_data.dossierCode.isEmpty())
        left += QStringLiteral(" · ") + OfficialText::translate("FormPainter", "Dossier code: ") + m_data.dossierCode;
    const QFontMetricsF fm(font, painter.device());
    const QRectF text = box.adjusted(0, 1 * mm, 0, 0);
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, right);
    left = fm.elidedText(left, Qt::ElideRight, text.width() - fm.horizontalAdvance(right) - 5 * mm);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, left);
    painter.restore();
}

int FormPainter::paint(QPagedPaintDevice *device) const
{
    if (!device)
        return 0;
    PageFlow flow(device, contentRect(device));
    layOut(flow);

    QPainter painter;
    if (!painter.begin(device)) {
        qCWarning(lcPrinting) << "cannot paint the form on the device";
        return 0;
    }
    painter.setPen(Qt::black);
    const int pages = flow.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage()) {
            qCWarning(lcPrinting) << "the device refused page" << i + 1;
            painter.end();
            return i;
        }
        for (const PageFlow::PaintOp &op : flow.page(i))
            op(painter);
        paintFooter(painter, device, i + 1, pages);
    }
    painter.end();
    return pages;
}

} // namespace motcua::printing
