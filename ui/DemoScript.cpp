#include "ui/DemoScript.h"

#include "app/auth/AuthService.h"
#include "app/common/ErrorText.h"
#include "ui/AppController.h"
#include "ui/Language.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/pages/AdminPage.h"

#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTextStream>

#include <cstdio>

namespace motcua {

namespace {
constexpr int kStepTimeoutMs = 30000;
}

DemoScript::DemoScript(AppController *controller, AuthService *auth, Language *language, QString outDir, QObject *parent)
    : QObject(parent), m_controller(controller), m_auth(auth), m_language(language), m_outDir(std::move(outDir))
{
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &DemoScript::poll);
    connect(m_auth, &AuthService::unlockFailed, this, [this](const Error &error, const QDateTime &) {
        fail(QStringLiteral("sign-in failed: ") + error.toString());
    });
}

bool DemoScript::prepare(QString *error)
{
    m_login = qEnvironmentVariable("MOTCUA_DEMO_LOGIN");
    m_password = qEnvironmentVariable("MOTCUA_DEMO_PASSWORD");
    if (m_login.isEmpty() || m_password.isEmpty()) {
        *error = QStringLiteral("--demo-script needs MOTCUA_DEMO_LOGIN and MOTCUA_DEMO_PASSWORD");
        return false;
    }
    if (!QDir().mkpath(m_outDir)) {
        *error = QStringLiteral("cannot create ") + m_outDir;
        return false;
    }
    // A longer pause per step lets an outside observer (xvfb-run + import) catch each screen.
    bool ok = false;
    const int settle = qEnvironmentVariableIntValue("MOTCUA_DEMO_STEP_MS", &ok);
    if (ok && settle >= 0)
        m_settleMs = settle;
    addSteps();
    return true;
}

bool DemoScript::mainWindowReady() const
{
    MainWindow *main = m_controller->mainWindow();
    return main && main->isVisible() && main->adminPage()->isLoaded();
}

void DemoScript::addSteps()
{
    auto loginShown = [this] { return m_auth->publicInfo().loaded && m_controller->loginWindow()->isVisible(); };
    auto always = [] { return true; };
    auto page = [this, always](int index, const QString &file) {
        m_steps << Step{QStringLiteral("page ") + file, [this] { return mainWindowReady(); }, [this, index] {
                            m_controller->mainWindow()->setCurrentPage(index);
                            return true;
                        }};
        m_steps << Step{file, always, [this, file] { return save(m_controller->mainWindow(), file); }};
    };

    m_steps << Step{QStringLiteral("login window"), loginShown,
                    [this] { return save(m_controller->loginWindow(), QStringLiteral("01-login.png")); }};
    m_steps << Step{QStringLiteral("sign in"), always, [this] { return signIn(); }};
    page(MainWindow::ReceivePageIndex, QStringLiteral("02-main-receive.png"));
    page(MainWindow::DossiersPageIndex, QStringLiteral("03-main-dossiers.png"));
    page(MainWindow::LookupPageIndex, QStringLiteral("04-main-lookup.png"));
    page(MainWindow::SyncPageIndex, QStringLiteral("05-main-sync.png"));
    page(MainWindow::AdminPageIndex, QStringLiteral("06-main-admin.png"));
    m_steps << Step{QStringLiteral("lock and switch to English"), always, [this] {
                        m_controller->mainWindow()->setCurrentPage(MainWindow::ReceivePageIndex);
                        m_controller->lock();
                        return m_language->setLanguage(QStringLiteral("en"));
                    }};
    m_steps << Step{QStringLiteral("07-login-en.png"), loginShown,
                    [this] { return save(m_controller->loginWindow(), QStringLiteral("07-login-en.png")); }};
    m_steps << Step{QStringLiteral("sign in again"), always, [this] { return signIn(); }};
    page(MainWindow::ReceivePageIndex, QStringLiteral("08-main-receive-en.png"));
    page(MainWindow::AdminPageIndex, QStringLiteral("09-main-admin-en.png"));
}

void DemoScript::start()
{
    m_next = 0;
    runNext();
}

void DemoScript::runNext()
{
    if (m_done)
        return;
    if (m_next >= m_steps.size()) {
        m_done = true;
        emit finished(0, {});
        return;
    }
    m_waiting.start();
    m_poll.start();
}

void DemoScript::poll()
{
    if (m_done)
        return;
    const Step &step = m_steps.at(m_next);
    if (!step.ready()) {
        if (m_waiting.elapsed() > kStepTimeoutMs)
            fail(QStringLiteral("timed out waiting for: ") + step.what);
        return;
    }
    m_poll.stop();
    if (!step.act()) {
        fail(QStringLiteral("step failed: ") + step.what);
        return;
    }
    ++m_next;
    // Let layouts, the busy bar and the pages' async loads settle before the next screenshot.
    QTimer::singleShot(m_settleMs, this, &DemoScript::runNext);
}

void DemoScript::fail(const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    emit finished(1, why);
}

bool DemoScript::signIn()
{
    if (!m_auth->publicInfo().exists) {
        fail(QStringLiteral("no workspace in ") + m_auth->workspaceDirectory());
        return true;
    }
    return m_controller->loginWindow()->signInWith(m_login, m_password);
}

bool DemoScript::save(QWidget *window, const QString &name)
{
    if (!window)
        return false;
    const QString path = QDir(m_outDir).absoluteFilePath(name);
    if (!window->grab().save(path, "PNG"))
        return false;
    QTextStream(stdout) << path << Qt::endl;
    return true;
}

} // namespace motcua
