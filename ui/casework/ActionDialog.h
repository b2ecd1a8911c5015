#pragma once

#include "app/workspace/ServiceFactories.h"
#include "ui/casework/CaseworkDialog.h"

class QLineEdit;
class QSpinBox;

namespace motcua {

class ScanSession;

// The dialog of every action that needs at most a text, a number and files: accept and
// return-for-supplement (an online submission), appraise (note + optional attachments), request a
// supplement (reason; Form 02), supplement received (component number + its pages), extend (days
// + reason; Form 04), stop (reason; Form 05), approve (optional note), reject (reason) and result
// (the document's files + its number). Only the action's own fields are shown. The pages an action
// files (the result, attachments, supplied pages) come from files or from the scanner (a
// ScanSession on a scanner the composition root's factory makes; out of process, the GUI thread
// never waits); confirming waits for a batch still scanning.
class ActionDialog : public CaseworkDialog {
    Q_OBJECT
public:
    ActionDialog(casework::CaseworkWorker *worker, const casework::DossierActions &dossier, casework::Action action,
                 QWidget *parent = nullptr, const ServiceFactories &factories = {});

    QLineEdit *textField() const { return m_text; }
    QLineEdit *numberField() const { return m_number; }
    QSpinBox *daysField() const { return m_days; }
    QSpinBox *componentField() const { return m_component; }
    // The scanner's session (null when the action files no pages): tests set its device and profile.
    ScanSession *scanSession() const { return m_scan; }
    QPushButton *scanButton() const { return m_scanButton; }
    // Scans the pages this action files (the Scan button): stored once the batch ends.
    void scan();

protected:
    casework::ActionRequest request() const override;
    casework::ActionForm printedForm() const override;
    void refreshTexts() override;
    void pagesChanged() override;
    bool beforeSubmit() override;

private:
    bool needsText() const;
    bool takesFiles() const;

    QLabel *m_textLabel = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_daysLabel = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_componentLabel = nullptr;
    QSpinBox *m_component = nullptr;
    QLabel *m_numberLabel = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_filesLabel = nullptr;
    QLabel *m_files = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_scanButton = nullptr;
    ScanSession *m_scan = nullptr;
    QList<capture::ScannedPage> m_scanned;   // the running batch's pages, stored when it ends
};

} // namespace motcua
