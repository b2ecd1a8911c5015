#pragma once

#include "app/printing/FormData.h"
#include "domain/Result.h"
#include "domain/forms/FormFill.h"
#include "domain/forms/FormPeople.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QFormLayout;

class QLabel;
class QPushButton;

namespace motcua {

class FormOutput;
class PersonPicker;
class PlacePicker;

// "Fill the declaration" (issue 13): the procedure's declaration form as the counter officer fills
// it. Its official fields in the paper form's order (the Tab order), pre-filled by the pure fill
// (domain/forms prefillForm: the ID card, the office, the applicant's earlier declarations, the
// defaults), each pre-filled field saying where its value came from; dates typed ddMMyyyy, choices
// as combo boxes; every value checked as it is typed with the reason beside the field (the
// validator of `motcua-cli form fill`). Enter goes to the next required field still empty, and
// prints when none is left; "Print for signature" draws it with the slips' printing code
// (FormOutput: the print dialog, the preview, a PDF written on a worker thread).
class FormView : public QDialog {
    Q_OBJECT
public:
    FormView(const forms::FormDefinition &definition, const forms::FillInput &input, const QDateTime &issuedAt,
             QWidget *parent = nullptr);

    const forms::FormDefinition &definition() const { return m_definition; }
    QWidget *editor(const QString &field) const;     // QLineEdit or QComboBox, nullptr when unknown
    QString sourceText(const QString &field) const;  // "From the ID card (CCCD)" … or "" when typed / empty
    QString errorText(const QString &field) const;   // the reason shown beside the field, "" when fine
    QString value(const QString &field) const;       // as shown (dates as typed)
    bool isSuggestionPending(const QString &field) const;   // a suggestion shown, not yet accepted nor replaced
    PlacePicker *placePicker(const QString &field) const;   // nullptr for a field that is no place
    // A person group's name or ID-number field: its lookup (docs/forms.md "Person lookup"); else nullptr.
    PersonPicker *personPicker(const QString &field) const;
    // What a person lookup found (IntakeWorker::findPeople for peopleWanted's `serial`): offered on
    // the field that asked, if the text is still the one looked up.
    // What a source ("card-qr", "cache", "dossier:<code>" …) is called beside a field: "From the ID card (CCCD)" ….
    static QString sourceLabel(const QString &source);
    void showPeople(int serial, const QString &text, const QList<motcua::forms::PersonMatch> &people);

    // The form as it stands: fillForm with what the officer changed as typed values.
    Result<forms::FilledForm> filled() const;
    // Print for signature: checked first (the first wrong field is focused, its reason shown); then
    // the print dialog, or, with a PDF target set, that file (written on a worker) → printed().
    void printForSignature();
    void preview();
    // Where "print" writes instead of a printer (an office without one; the GUI test). Empty: a printer.
    void setPdfTarget(const QString &path) { m_pdfTarget = path; }

signals:
    void printed(const QString &pdfPath, bool ok);   // pdfPath empty for a printer
    // A person group's field asks who matches `text` (folded name prefixes, or a 12-digit ID number);
    // the answer comes back to showPeople with the same serial. Never searched on the GUI thread.
    void peopleWanted(int serial, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        const forms::FormField *field = nullptr;
        QWidget *editor = nullptr;
        QLabel *source = nullptr;
        QLabel *error = nullptr;
        QString shown;   // the pre-filled value as shown: a different text is "typed"
        bool suggested = false;   // `shown` is a suggestion (source "suggested")
        bool accepted = false;    // … the officer accepted it with Enter
        PlacePicker *picker = nullptr;
        PersonPicker *person = nullptr;
        std::optional<QPair<QString, QString>> looked;   // (value, source) taken from a person lookup, as `shown`
    };
    void takePerson(const QString &group, const forms::PersonMatch &person);
    void setShown(Row &row, const QString &value, const QString &source);
    bool pending(const Row &row) const;   // a suggestion still shown unchanged and not accepted
    void focusRow(const Row &row);
    void addRow(QFormLayout *layout, const forms::FormField &field, const forms::FilledForm &pre);
    void check(Row &row);
    void next(const QWidget *from);
    std::optional<printing::FormData> printable();
    QString text(const Row &row) const;
    Row *rowOf(const QString &field);
    const Row *rowOf(const QString &field) const;

    forms::FormDefinition m_definition;
    forms::FillInput m_input;
    QDateTime m_issuedAt;
    QList<Row> m_rows;   // in Tab order
    QLabel *m_status;
    QPushButton *m_print;
    QPushButton *m_preview;
    FormOutput *m_output;
    QString m_pdfTarget;
    int m_nextSerial = 1;
    QHash<int, QString> m_peopleAsked;   // serial → the field that asked
};

} // namespace motcua
