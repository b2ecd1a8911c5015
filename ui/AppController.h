#pragma once

#include "app/workspace/ServiceFactories.h"

#include <QObject>

#include <memory>

namespace motcua {

class AuthService;
class FirstRunWizard;
class IdleWatcher;
class Language;
class LoginWindow;
class MainWindow;
class SyncStatusSource;

// Moves between the login window and the main window: unlock → main window; Ctrl+L, idle
// timeout → lock screen; Session ▸ Sign out → a fresh sign-in form (the main window is closed).
//
// On lock the main window is hidden, not destroyed, so work in progress survives the lock. If the
// SAME officer unlocks again, that window comes back as it was. If ANOTHER officer signs in at
// the shared counter, the previous officer's window is destroyed and a fresh one is made: one
// officer never sees another's unfinished work (receipts in progress are kept as encrypted
// drafts by the receiving workflow, and offered again to their officer).
class AppController : public QObject {
    Q_OBJECT
public:
    AppController(AuthService *auth, Language *language, SyncStatusSource *sync, QObject *parent = nullptr);
    ~AppController() override;

    // Reads the workspace's public info and shows the login window; when there is no workspace and
    // the first-run wizard is offered (motcua offers it; tests choose), the wizard instead.
    void start();
    // The first-run wizard when the folder holds no workspace; `always`: at start even when it does
    // (motcua --enroll; enrolling into an existing workspace is then refused with the reason).
    void setFirstRunWizard(bool offered, bool always = false);
    FirstRunWizard *firstRunWizard() const { return m_wizard.get(); }   // null unless shown
    void lock();
    // Ends the session: the key material is dropped (as for a lock), the officer's window is
    // closed (receipts in progress stay as encrypted drafts) and the login window asks anyone.
    void signOut();
    // Session ▸ Change my password…: the dialog over the main window (non-modal for the event
    // loop; window-modal for the officer).
    void openChangePassword();

    // How the GUI reaches its devices: the one place that decides the scanner of every window
    // (Receive page, the dossier's result dialog, the scanner chooser). Defaults: SANE through its
    // worker process. Takes effect for the main windows made after the call.
    void setServiceFactories(const ServiceFactories &factories) { m_factories = factories; }
    const ServiceFactories &serviceFactories() const { return m_factories; }

    void setIdleTimeout(int milliseconds);
    IdleWatcher *idleWatcher() const { return m_idle; }
    LoginWindow *loginWindow() const { return m_login.get(); }
    MainWindow *mainWindow() const { return m_main.get(); }   // null before the first unlock

signals:
    void mainWindowShown();
    void firstRunWizardShown();
    void lockScreenShown();
    void signedOut();

private:
    void onUnlocked();
    void maybeOfferWizard();
    void showWizard();

    AuthService *m_auth;
    Language *m_language;
    SyncStatusSource *m_sync;
    IdleWatcher *m_idle;
    std::unique_ptr<LoginWindow> m_login;
    std::unique_ptr<MainWindow> m_main;
    ServiceFactories m_factories;
    std::unique_ptr<FirstRunWizard> m_wizard;
    bool m_wizardOffered = false;
    bool m_wizardAlways = false;
    bool m_wizardDone = false;   // shown once per run
};

} // namespace motcua
