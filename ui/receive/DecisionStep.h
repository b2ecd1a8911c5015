#pragma once

#include "app/intake/IntakeService.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace motcua {

// Step 4: the decision. Receive (Form 01) is offered only when every required component is
// there; otherwise the officer requests a supplement (Form 02, listing what is missing) or refuses
// (Form 03, with reasons). After the outcome is written: its codes and due moment, and print,
// preview, save as PDF, new receipt.
class DecisionStep : public QWidget {
    Q_OBJECT
public:
    explicit DecisionStep(QWidget *parent = nullptr);

    // `missing`: what stops Form 01 besides the components ("the time limit"); `components`: the
    // required components not provided, by number ("2. Giấy chứng sinh"), each with a "why" field
    // for Form 02.
    void setState(const QString &summary, const QStringList &missing, const QList<QPair<int, QString>> &components, bool busy);
    // The receipt being decided: its summary (procedure, applicant, the components given), the
    // required components missing and the time limit when the procedure publishes none → setState.
    void showDraft(const intake::IntakeDraft &draft, const Procedure *procedure, bool busy);
    // Procedures that publish no time limit: the officer sets one (working days) before Form 01.
    void setLimitNeeded(bool needed, int days);
    void showOutcome(const intake::IntakeOutcome &outcome);
    void showError(const QString &message);
    void reset();
    void focusDecision();
    bool hasOutcome() const;
    QStringList reasons() const;   // one per non-empty line

signals:
    void receiveRequested();
    void supplementRequested(const QList<motcua::intake::SupplementItem> &items, const QStringList &notes);
    void refuseRequested(const QStringList &reasons);
    void limitChosen(int workingDays);   // 0: none
    void printRequested();
    void previewRequested();
    void savePdfRequested();
    void newReceiptRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QList<intake::SupplementItem> supplementItems() const;

    QLabel *m_heading;
    QStackedWidget *m_stack;
    QLabel *m_summary;
    QLabel *m_missing;
    QWidget *m_whyBox;
    QFormLayout *m_whyForm;
    QList<int> m_whyNumbers;
    QLabel *m_reasonsLabel;
    QWidget *m_limitRow;
    QLabel *m_limitLabel;
    QSpinBox *m_limitDays;
    QPlainTextEdit *m_reasons;
    QPushButton *m_receive;
    QPushButton *m_supplement;
    QPushButton *m_refuse;
    QLabel *m_error;
    QLabel *m_outcome;
    QPushButton *m_print;
    QPushButton *m_preview;
    QPushButton *m_savePdf;
    QPushButton *m_new;
    std::optional<intake::IntakeOutcome> m_last;
};

} // namespace motcua
