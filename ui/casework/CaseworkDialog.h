#pragma once

#include "app/casework/CaseworkWorker.h"

#include "ui/FramedDialog.h"

#include <optional>

class QFormLayout;

namespace motcua {

class FormOutput;

// Every casework action dialog, on the shared FramedDialog: title, one sentence of what the action
// records, the action's own fields (subclasses add them to fields()), a message line for a refusal,
// Cancel (Esc) and the confirming button (Enter). Confirming sends ONE request to the casework worker;
// the dialog closes only when the event is written (then shows the form the action prints, if
// any, in the print preview). A refusal keeps the dialog open with its reason: nothing was written.
// Files the action files (attachments, the result, supplied pages) are imported through the same
// worker first; the confirming button waits for them.
class CaseworkDialog : public FramedDialog {
    Q_OBJECT
public:
    CaseworkDialog(casework::CaseworkWorker *worker, const casework::DossierActions &dossier, casework::Action action,
                   QWidget *parent = nullptr);
    ~CaseworkDialog() override;

    casework::Action action() const { return m_action; }
    QString dossierCode() const { return m_dossier.dossier; }
    bool isBusy() const { return m_busy || m_importTicket != 0; }
    // Imports files as the pages this action files (tests call it instead of the file dialog).
    void importFiles(const QStringList &files);
    // Stores pages from the scanner as the pages this action files, like importFiles.
    void storeScannedPages(const QList<capture::ScannedPage> &pages);
    const QStringList &importedPages() const { return m_pages; }
    // Tests: stop at performed() instead of opening the modal print preview.
    void setPreviewEnabled(bool enabled) { m_previewEnabled = enabled; }

public slots:
    void submit();

signals:
    void performed(const motcua::casework::ActionOutcome &outcome);
    void formReady(const motcua::printing::FormData &form);   // the form the action prints, before the preview
    void pagesImported();
    void refused(const motcua::Error &error);

protected:
    // The request from the fields; the frame fills in the dossier and the role.
    virtual casework::ActionRequest request() const = 0;
    virtual casework::ActionForm printedForm() const { return casework::ActionForm::None; }
    // Called by submit() before anything is sent: false holds the request back (the return dialog
    // first waits for the citizen's rating).
    virtual bool beforeSubmit() { return true; }
    virtual void refreshTexts() {}
    virtual void pagesChanged() {}
    QFormLayout *fields() const { return m_fields; }
    const casework::DossierActions &dossier() const { return m_dossier; }
    QString pagesText() const;   // "no file yet" / "3 page(s)"
    void retranslate() override;

private:
    void onPerformed(int ticket, const casework::ActionOutcome &outcome, const std::optional<printing::FormData> &form);
    void onPagesStored(int ticket, const QStringList &pages);
    void onFailed(int ticket, const Error &error);
    void refreshFrame();
    void updateEnabled();

    casework::CaseworkWorker *m_worker;
    casework::DossierActions m_dossier;
    casework::Action m_action;
    FormOutput *m_output;
    QStringList m_pages;
    int m_ticket = 0;
    int m_importTicket = 0;
    bool m_busy = false;
    bool m_previewEnabled = true;
    QFormLayout *m_fields = nullptr;
};

} // namespace motcua
