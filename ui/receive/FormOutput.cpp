#include "ui/receive/FormOutput.h"

#include "app/printing/FormPainter.h"
#include "app/printing/FormPdf.h"

#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua {

namespace {

void setUp(QPrinter &printer, const printing::FormData &form)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(printing::FormPainter(form).documentTitle());
}

} // namespace

FormOutput::FormOutput(QWidget *parent) : QObject(parent), m_parent(parent) {}

bool FormOutput::print(const printing::FormData &form)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, form);
    QPrintDialog dialog(&printer, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return printing::FormPainter(form).paint(&printer) > 0;
}

void FormOutput::preview(const printing::FormData &form)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, form);
    QPrintPreviewDialog dialog(&printer, m_parent);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [form](QPrinter *p) { printing::FormPainter(form).paint(p); });
    dialog.exec();
}

QString FormOutput::askPdfPath(const printing::FormData &form) const
{
    const QString name = (form.dossierCode.isEmpty() ? QStringLiteral("phieu") : form.dossierCode) + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save the slip as PDF"), m_folder.pathFor(name),
                                                      tr("PDF files (*.pdf)"));
    m_folder.remember(path);
    return path;
}

void FormOutput::savePdf(const printing::FormData &form, const QString &path)
{
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, path] {
        emit pdfSaved(path, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([form, path] { return printing::writeFormPdf(form, path); }));
}

} // namespace motcua
