#pragma once

#include "app/casework/BulkDecision.h"
#include "app/casework/QueueTypes.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace motcua {

// A supervisor's bulk approve / send back (issue 12): lists exactly the dossiers it will change
// (code, procedure, applicant), asks for the reason (send back) and the password again, then has
// the worker check the password and write one event per dossier. A wrong password writes nothing
// and the dialog stays open; at the end it reports what changed and, dossier by dossier, what could
// not be changed and why. Deleted on close. Every text follows a language change (refreshTexts).
class BulkDecisionDialog : public QDialog {
    Q_OBJECT
public:
    BulkDecisionDialog(casework::BulkDecisionWorker *worker, casework::BulkVerdict verdict,
                       const QList<casework::QueueRow> &rows, QWidget *parent = nullptr);

    QTableWidget *list() const { return m_list; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *resultLabel() const { return m_result; }
    bool isBusy() const { return m_ticket != 0; }
    bool isDone() const { return m_done; }
    QStringList dossiers() const { return m_codes; }

signals:
    void decided(const motcua::casework::BulkOutcome &outcome);

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the result line says; kept so that it can be said again in another language.
    enum class Prompt { None, NeedReason, NeedPassword, Checking, Failed, Done };

    void refreshTexts();
    void showPrompt(Prompt prompt);
    void confirm();
    void onDecided(int ticket, const casework::BulkOutcome &outcome);
    void onFailed(int ticket, const motcua::Error &error);
    void setBusy(bool busy);

    casework::BulkDecisionWorker *m_worker;
    casework::BulkVerdict m_verdict;
    QList<casework::QueueRow> m_rows;
    QStringList m_codes;
    Prompt m_prompt = Prompt::None;
    std::optional<Error> m_error;
    casework::BulkOutcome m_outcome;
    int m_ticket = 0;
    bool m_done = false;
    QTableWidget *m_list;
    QLabel *m_heading;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_passwordLabel;
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_password;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_confirm;
};

} // namespace motcua
