#include "ui/AppController.h"

#include "app/auth/AuthService.h"
#include "ui/UiLogging.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/FirstRunWizard.h"
#include "ui/IdleWatcher.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"

#include <QGuiApplication>

namespace motcua {

namespace {
// Brings a window to the front; the offscreen platform (tests, demo) has no window manager.
void bringToFront(QWidget *w)
{
    w->show();
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;
    w->raise();
    w->activateWindow();
}
} // namespace

AppController::AppController(AuthService *auth, Language *language, SyncStatusSource *sync, QObject *parent)
    : QObject(parent),
      m_auth(auth),
      m_language(language),
      m_sync(sync),
      m_idle(new IdleWatcher(this)),
      m_login(std::make_unique<LoginWindow>(auth, language))
{
    connect(m_auth, &AuthService::unlocked, this, &AppController::onUnlocked);
    connect(m_auth, &AuthService::publicInfoChanged, this, &AppController::maybeOfferWizard);
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        qCInfo(lcUi) << "idle timeout: locking";
        lock();
    });
}

AppController::~AppController() = default;

void AppController::start()
{
    m_auth->refreshPublicInfo();
    m_login->showSignIn();
    if (m_wizardOffered && m_wizardAlways)
        showWizard();
    else
        m_login->show();
}

void AppController::setFirstRunWizard(bool offered, bool always)
{
    m_wizardOffered = offered;
    m_wizardAlways = offered && always;
}

void AppController::maybeOfferWizard()
{
    const WorkspacePublicInfo &info = m_auth->publicInfo();
    if (m_wizardOffered && !m_wizardDone && !m_wizard && info.loaded && !info.exists)
        showWizard();
}

void AppController::showWizard()
{
    m_wizardDone = true;
    m_wizard = std::make_unique<FirstRunWizard>(m_auth->workspaceDirectory());
    connect(m_wizard.get(), &FirstRunWizard::workspaceReady, this, [this](const QString &login) {
        qCInfo(lcUi) << "first run: a workspace was made; signing in next";
        FirstRunWizard *wizard = m_wizard.release();
        wizard->hide();
        wizard->deleteLater();   // called from its own signal
        m_auth->refreshPublicInfo();
        m_login->showSignIn();
        m_login->setLogin(login);
        bringToFront(m_login.get());
    });
    m_login->hide();
    bringToFront(m_wizard.get());
    emit firstRunWizardShown();
}

void AppController::setIdleTimeout(int milliseconds)
{
    m_idle->setTimeout(milliseconds);
}

void AppController::onUnlocked()
{
    const Session &session = m_auth->session();
    if (m_main && m_main->session().login == session.login) {
        m_main->setSession(session);
    } else {
        if (m_main)
            qCInfo(lcUi) << "another officer signed in: the previous main window is closed";
        m_main = std::make_unique<MainWindow>(session, m_sync, m_language, nullptr, m_factories);
        connect(m_main.get(), &MainWindow::lockRequested, this, &AppController::lock);
        connect(m_main.get(), &MainWindow::signOutRequested, this, &AppController::signOut);
        connect(m_main.get(), &MainWindow::changePasswordRequested, this, &AppController::openChangePassword);
    }
    bringToFront(m_main.get());
    m_login->hide();
    m_idle->start();
    emit mainWindowShown();
}

void AppController::lock()
{
    if (!m_auth->isUnlocked())
        return;
    m_idle->stop();
    m_auth->lock();
    if (m_main)
        m_main->hide();
    m_login->showLocked(m_auth->lastSession());
    bringToFront(m_login.get());
    emit lockScreenShown();
}

void AppController::signOut()
{
    if (!m_auth->isUnlocked())
        return;
    qCInfo(lcUi) << "signed out";
    m_idle->stop();
    m_auth->lock();
    if (m_main) {
        // Called from the window's own menu: delete it once that signal has returned.
        MainWindow *main = m_main.release();
        main->hide();
        main->deleteLater();
    }
    m_login->showSignIn();
    bringToFront(m_login.get());
    emit signedOut();
}

void AppController::openChangePassword()
{
    if (!m_main || !m_auth->isUnlocked())
        return;
    auto *dialog = new ChangePasswordDialog(m_auth, m_main.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

} // namespace motcua
