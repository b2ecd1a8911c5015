#include "app/printing/FormPdf.h"

#include "app/printing/FormPainter.h"
#include "app/printing/PrintingLogging.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace motcua::printing {
namespace {

constexpr int kDpi = 300;   // the painter's units; text and the QR stay vector at any zoom

bool render(const FormData &data, QIODevice *out)
{
    const FormPainter form(data);
    QPdfWriter pdf(out);
    pdf.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    pdf.setResolution(kDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    pdf.setTitle(form.documentTitle());
    pdf.setCreator(QStringLiteral("MotCua"));
    return form.paint(&pdf) > 0;
}

} // namespace

Status writeFormPdf(const FormData &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcPrinting) << "cannot write form PDF:" << file.errorString();
        return Error(QStringLiteral("printing.write-failed"), path + QStringLiteral(": ") + file.errorString());
    }
    if (!render(data, &file)) {
        file.cancelWriting();
        return Error(QStringLiteral("printing.render-failed"), QStringLiteral("cannot paint the form on a PDF"));
    }
    if (!file.commit()) {
        qCWarning(lcPrinting) << "cannot save form PDF:" << file.errorString();
        return Error(QStringLiteral("printing.write-failed"), path + QStringLiteral(": ") + file.errorString());
    }
    return {};
}

QByteArray formPdfBytes(const FormData &data)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!render(data, &buffer))
        return {};
    return buffer.data();
}

} // namespace motcua::printing
