#pragma once

#include "app/auth/Session.h"
#include "app/printing/FormData.h"
#include "domain/Result.h"

#include <QObject>

#include <memory>

class QWidget;

namespace motcua {

class FormOutput;
namespace intake {
class IntakeWorker;
}

// Reprints the counter form of a stored dossier (Lookup's "Reprint"): the form is rebuilt from the
// dossier's events on the intake worker (IntakeWorker::loadForm), then shown in the print preview,
// from which the officer prints it. Errors are shown in a message box.
class Reprinter : public QObject {
    Q_OBJECT
public:
    Reprinter(const Session &session, QWidget *parent);
    ~Reprinter() override;

    void setSession(const Session &session);
    void reprint(const QString &dossierCode);
    // Tests: stop at formReady instead of opening the modal preview.
    void setPreviewEnabled(bool enabled) { m_previewEnabled = enabled; }

signals:
    void formReady(const motcua::printing::FormData &form);   // before the preview opens (tests)

private:
    void makeWorker(const Session &session);
    void show(const printing::FormData &form);
    void showError(const Error &error);

    QWidget *m_parent;
    std::unique_ptr<intake::IntakeWorker> m_worker;
    FormOutput *m_output;
    int m_ticket = 0;
    bool m_previewEnabled = true;
};

} // namespace motcua
