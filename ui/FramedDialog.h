#pragma once

#include "domain/Result.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace motcua {

// The frame the casework dialogs share (an action on a dossier, recording a supplement): a title,
// one sentence of what confirming records, the dialog's own content (subclasses add it to body()),
// a message line for a refusal (in plain words, errorText), Cancel (Esc) and the confirming button
// (Enter). The dialog grows when rows or messages arrive after it is shown (never shrinks), and the
// message follows a language change.
class FramedDialog : public QDialog {
    Q_OBJECT
public:
    QLabel *messageLabel() const { return m_message; }
    QPushButton *confirmButton() const { return m_confirm; }

protected:
    explicit FramedDialog(QWidget *parent = nullptr);

    QVBoxLayout *body() const { return m_body; }
    QPushButton *cancelButton() const { return m_cancel; }
    void setHeading(const QString &title, const QString &explanation);
    void setButtonTexts(const QString &cancel, const QString &confirm);
    void showError(const Error &error);
    void clearError();
    void growToFit();
    // The subclass's texts again (LanguageChange); the frame's message is redone after it.
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override;

private:
    std::optional<Error> m_error;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QVBoxLayout *m_body = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace motcua
