#pragma once

#include "ui/casework/CaseworkDialog.h"

class QLineEdit;
class QSpinBox;

namespace motcua {

// The dialog of every action that needs at most a text, a number and files: accept and
// return-for-supplement (an online submission), appraise (note + optional attachments), request a
// supplement (reason; Form 02), supplement received (component number + its pages), extend (days
// + reason; Form 04), stop (reason; Form 05), approve (optional note), reject (reason) and result
// (the document's files + its number). Only the action's own fields are shown.
class ActionDialog : public CaseworkDialog {
    Q_OBJECT
public:
    ActionDialog(casework::CaseworkWorker *worker, const casework::DossierActions &dossier, casework::Action action,
                 QWidget *parent = nullptr);

    QLineEdit *textField() const { return m_text; }
    QLineEdit *numberField() const { return m_number; }
    QSpinBox *daysField() const { return m_days; }
    QSpinBox *componentField() const { return m_component; }

protected:
    casework::ActionRequest request() const override;
    casework::ActionForm printedForm() const override;
    void refreshTexts() override;
    void pagesChanged() override;

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
};

} // namespace motcua
