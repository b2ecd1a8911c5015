#pragma once

#include "app/printing/FormData.h"
#include "domain/Result.h"

#include <QRectF>

class QPagedPaintDevice;
class QPainter;

namespace motcua::printing {

class PageFlow;

// Paints Form 01 / 02 / 03 onto any QPagedPaintDevice: a QPdfWriter in app/ and motcua-cli, a
// QPrinter (print or preview) in ui/. A4 portrait like the official templates: office and national
// motto, form number and title, the dossier code as text and as a QR (the receipt payload, vector
// modules) at the top right, lookup code, applicant, procedure, the numbered component table, fees,
// received and due moments, reasons, signature blocks; several pages when the table is long (its
// header repeated), every page footed with the form, the dossier code and "page i/n".
//
// Wording goes through QCoreApplication::translate (context "FormPainter"; English sources,
// Vietnamese in translations/motcua_vi.ts): install the translator first. Needs a QGuiApplication
// for fonts (the offscreen platform is fine). Noto Serif (fonts-noto-core) carries Vietnamese.
class FormPainter {
public:
    explicit FormPainter(const FormData &data);

    // Begins and ends its own QPainter on `device` and paints every page (calling newPage()
    // between them). Returns the pages painted; 0 when the device cannot be painted on.
    int paint(QPagedPaintDevice *device) const;
    // Pages the form takes on `device` (layout only, nothing painted).
    int pageCount(const QPagedPaintDevice *device) const;

    // The QR's text: the receipt payload "MOTCUA1|<dossier code>|<lookup code>". An error when
    // either code is malformed or missing (Form 03 often has none): then no QR is printed, the
    // codes as text still are.
    Result<QString> qrText() const;

    // "01", "02", "03"
    static QString formNumber(FormKind kind);
    // Upper-case official title, translated: "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" …
    static QString title(FormKind kind);
    // "<title> — <dossier code>" (PDF metadata, window titles)
    QString documentTitle() const;
    // "09 giờ 30 phút, ngày 22/11/2026"; empty for an invalid moment.
    static QString moment(const QDateTime &when);

private:
    // The content area of each page in painter coordinates, from the device's page layout
    // (margins of the form measured from the paper's edge, whatever margins the device keeps).
    static QRectF contentRect(const QPagedPaintDevice *device);
    void layOut(PageFlow &flow) const;
    void paintFooter(QPainter &painter, const QPagedPaintDevice *device, int page, int pages) const;

    FormData m_data;
};

} // namespace motcua::printing
