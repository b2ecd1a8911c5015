#pragma once

#include "app/printing/FormData.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace motcua::printing {

// A form as a PDF: A4 portrait, PDF/A-1b, fonts embedded with Unicode maps (pdftotext reads the
// Vietnamese back), the QR as vector modules, title metadata "<form title> — <dossier code>",
// creator "MotCua". Needs a QGuiApplication (fonts; offscreen is fine); reentrant otherwise.

// Written atomically (a temporary file renamed into place): the PDF is whole or not there.
// Errors: "printing.write-failed" (the path and why), "printing.render-failed".
Status writeFormPdf(const FormData &data, const QString &path);

// The same PDF in memory; empty when it cannot be made.
QByteArray formPdfBytes(const FormData &data);

} // namespace motcua::printing
