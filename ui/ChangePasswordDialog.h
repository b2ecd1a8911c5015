#pragma once

#include "domain/Result.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class ChangePasswordDialog;
}

namespace motcua {

class AuthService;

// Session ▸ Change my password…: the current password and the new one twice. The entries are
// checked at once (AuthService::checkNewPassword); the change itself (Argon2id on the old and the
// new slot) runs in AuthService on a worker thread while the form waits with a busy bar. Closes on
// success; a wrong current password keeps it open with the reason.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    explicit ChangePasswordDialog(AuthService *auth, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;

    bool isBusy() const { return m_busy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void onChanged();
    void onFailed(const motcua::Error &error);
    void setBusy(bool busy);
    void showError(const Error &error);
    void updateEnabled();
    void retranslateButtons();

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    AuthService *m_auth;
    QPushButton *m_okButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    std::optional<Error> m_error;   // kept to re-translate on a language switch
    bool m_busy = false;
};

} // namespace motcua
