#pragma once

#include "app/printing/FormData.h"
#include "domain/Result.h"
#include "ui/receive/LastFolder.h"

#include <QObject>

class QWidget;

namespace motcua {

// Puts a counter form on paper or into a file: the print dialog, the print preview (both with
// FormPainter on a QPrinter), and "save as PDF" (writeFormPdf on a worker thread, so the GUI
// thread never waits on the disk). Each ends with done(ok, error).
class FormOutput : public QObject {
    Q_OBJECT
public:
    explicit FormOutput(QWidget *parent);

    bool print(const printing::FormData &form);     // true when printed (dialog accepted)
    void preview(const printing::FormData &form);
    void savePdf(const printing::FormData &form, const QString &path);   // → pdfSaved
    QString askPdfPath(const printing::FormData &form) const;            // "" when cancelled
    // Where "save as PDF" opens and what it remembers (the officer's last folder in this workspace).
    void setLastFolder(const LastFolder &folder) { m_folder = folder; }

signals:
    void pdfSaved(const QString &path, const motcua::Status &status);

private:
    QWidget *m_parent;
    LastFolder m_folder;
};

} // namespace motcua
