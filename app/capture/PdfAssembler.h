#pragma once

#include "domain/Result.h"

#include <QFuture>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::capture {

struct PdfPage {
    QImage image;   // Mono, Grayscale8, RGB: embedded as is (1-bit stays 1-bit)
    int dpi = 200;  // sets the physical page size: a 1654 px page at 200 dpi is 210 mm wide
};

struct PdfComponent {
    QString label;  // the component's name as in the dossier ("Đơn đề nghị", "CCCD")
    QList<PdfPage> pages;
};

// Assembles pages into PDFs with QPdfWriter, PDF/A-1b, each page at its physical size, and
// metadata: title "<dossier code> — <component>", creator "MotCua", and in the XMP the dossier
// code, the component and the page count (dc:description, pdf:Keywords). Needs a
// QGuiApplication (QPdfWriter), reentrant otherwise: run it on a worker thread.
//
// Errors: pdf.no-pages, pdf.write-failed, pdf.folder.
class PdfAssembler {
public:
    // One PDF of the given components in order; `component` empty = the whole dossier.
    static Status write(const QString &path, const QString &dossierCode, const QList<PdfComponent> &components,
                        const QString &component = {});
    // Into `folder`: one PDF per component ("<code>_<NN>_<label>.pdf") and the whole dossier
    // ("<code>.pdf"). Returns the files written.
    static Result<QStringList> exportDossier(const QString &folder, const QString &dossierCode,
                                             const QList<PdfComponent> &components);
    static QFuture<Result<QStringList>> exportDossierAsync(const QString &folder, const QString &dossierCode,
                                                           const QList<PdfComponent> &components);
    // A file-name-safe form of a label (diacritics kept, separators and control characters out).
    static QString safeFileName(const QString &label);
};

} // namespace motcua::capture
