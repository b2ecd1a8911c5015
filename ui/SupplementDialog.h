#pragma once

#include "app/auth/Session.h"
#include "app/intake/IntakeDraft.h"
#include "app/printing/FormData.h"
#include "domain/Result.h"
#include "ui/FramedDialog.h"

#include <QHash>

#include <memory>

class QLabel;
class QPushButton;

namespace motcua {

class FormOutput;
namespace intake {
class IntakeWorker;
struct IntakeOutcome;
}

// "Record the supplement" for a dossier whose counter outcome was a Form 02: the citizen is back
// with what was missing. Lists the components the Form 02 asked for (rebuilt from the dossier's
// events on the intake worker), takes their pages from files (imported, processed and stored by
// the same worker as on the Receive page), then records SupplementReceived, the pages and a
// Received (IntakeService::receiveSupplement) and shows Form 01 with its appointment date in the
// print preview (FormOutput, as the Receive page does). On the casework dialogs' frame.
class SupplementDialog : public FramedDialog {
    Q_OBJECT
public:
    SupplementDialog(const Session &session, const QString &dossierCode, QWidget *parent = nullptr);
    ~SupplementDialog() override;

    QString dossierCode() const { return m_code; }
    bool isReady() const { return m_ready; }          // the Form 02 is read, the rows are there
    // Imports files as the pages of component `number` (the Import… button asks for them).
    void importFiles(int number, const QStringList &files);
    int pageCount(int number) const;
    void submit();                                    // the Receive button
    // Tests: stop at formReady instead of opening the modal print preview.
    void setPreviewEnabled(bool enabled) { m_previewEnabled = enabled; }

signals:
    void ready();
    void pagesChanged(int number);
    void formReady(const motcua::printing::FormData &form);   // Form 01, before the preview
    void received(const QString &dossierCode);                 // recorded: the view reloads it

protected:
    void retranslate() override { refreshTexts(); }

private:
    struct Row {
        int number = 0;
        QString name;
        QString reason;
        QLabel *label = nullptr;
        QLabel *pages = nullptr;
        QPushButton *importButton = nullptr;
    };
    void onFormLoaded(int ticket, const printing::FormData &form);
    void onPagesStored(int ticket, const QList<intake::DraftPage> &pages, const QStringList &refusals);
    void onCommitted(int ticket, const intake::IntakeOutcome &outcome);
    void onFailed(int ticket, const Error &error);
    void refreshTexts();
    void refreshRow(const Row &row);
    void updateEnabled();

    QString m_code;
    std::unique_ptr<intake::IntakeWorker> m_worker;
    FormOutput *m_output;
    printing::FormData m_form02;
    QList<Row> m_rows;
    QHash<int, intake::DraftComponent> m_supplied;   // by component number
    QHash<int, int> m_importTickets;                 // ticket → component number
    int m_formTicket = 0;
    int m_commitTicket = 0;
    int m_nextTicket = 1;
    bool m_ready = false;
    bool m_busy = false;
    bool m_previewEnabled = true;
};

} // namespace motcua
