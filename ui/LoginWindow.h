#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class LoginWindow;
}

namespace motcua {

class AuthService;
class Language;
struct Session;

// The first window: office, officer login, password. Unlocking runs in AuthService on a worker
// thread; meanwhile the form is disabled and a busy bar runs. After a lock it doubles as the lock
// screen (who was working, their login kept) with a "switch officer" path for a shared counter.
class LoginWindow : public QWidget {
    Q_OBJECT
public:
    LoginWindow(AuthService *auth, Language *language, QWidget *parent = nullptr);
    ~LoginWindow() override;

    // A fresh sign-in form (empty login).
    void showSignIn();
    // Puts `login` in the login field of a fresh sign-in form (after the first-run wizard).
    void setLogin(const QString &login);
    // The lock screen of `last` (who was working): login kept, password asked.
    void showLocked(const Session &last);

    bool isCountingDown() const { return m_countdown.isActive(); }
    // For scripted runs (--demo-script, --bench-script): fills the fields (the login only when it
    // may be changed) and submits as the button would. False when the window cannot take it now
    // (busy, counting down).
    bool signInWith(const QString &login, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void switchOfficer();
    void onBusyChanged(bool busy);
    void onUnlockFailed(const motcua::Error &error, const QDateTime &retryAllowedAt);
    void startCountdown(const QDateTime &until);
    void updateCountdown();
    void showMessage(const QString &text);
    void retranslate();
    void refreshWorkspaceTexts();
    void refreshLockedText();
    void updateEnabled();
    void growToFit();
    void fillLanguages();

    std::unique_ptr<Ui::LoginWindow> m_ui;
    AuthService *m_auth;
    Language *m_language;
    QTimer m_countdown;
    QDateTime m_retryAt;
    std::optional<Error> m_lastError;   // kept to re-translate the message on a language switch
    QString m_lockedName;               // the officer of the lock screen (empty: fresh sign-in)
    QString m_lockedLogin;
    bool m_busy = false;
};

} // namespace motcua
