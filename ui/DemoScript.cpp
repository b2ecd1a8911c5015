#include "ui/DemoScript.h"

#include "app/auth/AuthService.h"
#include "app/common/ErrorText.h"
#include "ui/AppController.h"
#include "ui/Language.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/DossierView.h"
#include "ui/pages/AdminPage.h"
#include "ui/pages/LookupPage.h"
#include "ui/pages/ReceivePage.h"
#include "ui/receive/ReceiptEditor.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QTabWidget>
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
    // An administrator's officer list is read before the screenshots; other officers have none.
    return main && main->isVisible()
        && (!main->session().roles.testFlag(Role::Admin) || main->adminPage()->isLoaded());
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
    addReceiptSteps();
    page(MainWindow::DossiersPageIndex, QStringLiteral("03-main-dossiers.png"));
    page(MainWindow::LookupPageIndex, QStringLiteral("04-main-lookup.png"));
    addLookupSteps();
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

// A receipt at the counter: a citizen's ID card read, the birth registration chosen, its two
// required components imported from generated pages, received; screenshots of the components and
// of the outcome.
void DemoScript::addReceiptSteps()
{
    auto receive = [this] { return static_cast<ReceivePage *>(m_controller->mainWindow()->page(MainWindow::ReceivePageIndex)); };
    auto always = [] { return true; };
    m_steps << Step{QStringLiteral("demo receipt"), always, [this, receive] {
                        m_skipReceipt = !m_controller->mainWindow()->session().roles.testFlag(Role::Counter);
                        if (m_skipReceipt)
                            return true;
                        QStringList files;
                        for (const QString &title : {QStringLiteral("TỜ KHAI ĐĂNG KÝ KHAI SINH"), QStringLiteral("GIẤY CHỨNG SINH")}) {
                            QImage page(1240, 1754, QImage::Format_Grayscale8);   // A4 at 150 dpi
                            page.fill(Qt::white);
                            page.setDotsPerMeterX(5906);
                            page.setDotsPerMeterY(5906);
                            QPainter p(&page);
                            QFont f(QStringLiteral("Noto Serif"));
                            f.setPixelSize(40);
                            p.setFont(f);
                            p.drawText(QRect(0, 150, page.width(), 80), Qt::AlignCenter, title);
                            f.setPixelSize(28);
                            p.setFont(f);
                            for (int line = 0; line < 28; ++line)
                                p.drawText(140, 320 + line * 46, QStringLiteral("Nội dung dòng %1 ………………………………………………").arg(line + 1));
                            p.end();
                            files << m_inputs.filePath(QStringLiteral("trang-%1.png").arg(files.size() + 1));
                            if (!page.save(files.constLast()))
                                return false;
                        }
                        ReceivePage *r = receive();
                        r->newReceipt();
                        r->readCardText(QStringLiteral("001190123456|012345678|Nguyễn Thị Ánh Tuyết|01011990|Nữ|"
                                                       "Số 12 ngõ 34 phố Hàng Bạc, Hoàn Kiếm, Hà Nội|15042021"));
                        m_files = files;
                        return true;
                    }};
    // A citizen new to this counter: the page asks for a phone number, the officer types it.
    m_steps << Step{QStringLiteral("02a-receive-phone.png"),
                    [this, receive] {
                        // (A second run of the demo knows the citizen and their phone: nothing is asked.)
                        return m_skipReceipt || !receive()->editor()->draft().applicant.phone.isEmpty()
                               || (receive()->step() == ReceivePage::ApplicantStepIndex
                                   && receive()->findChild<QLabel *>(QStringLiteral("phoneHint"))->isVisible());
                    },
                    [this] { return m_skipReceipt || save(m_controller->mainWindow(), QStringLiteral("02a-receive-phone.png")); }};
    m_steps << Step{QStringLiteral("phone and components"), always, [this, receive] {
                        if (m_skipReceipt)
                            return true;
                        ReceivePage *r = receive();
                        if (r->editor()->draft().applicant.phone.isEmpty()) {
                            auto *phone = r->findChild<QLineEdit *>(QStringLiteral("phone"));
                            phone->setFocus();
                            phone->insert(QStringLiteral("0912 345 678"));   // as typed: the form validates it
                        }
                        r->chooseProcedure(QStringLiteral("1.001193"));
                        r->editor()->importFiles(1, {m_files.value(0)});
                        r->editor()->importFiles(2, {m_files.value(1)});
                        return true;
                    }};
    m_steps << Step{QStringLiteral("02b-receive-components.png"),
                    [this, receive] {
                        return m_skipReceipt || (receive()->editor()->missing().isEmpty() && !receive()->editor()->hasPendingWork());
                    },
                    [this] { return m_skipReceipt || save(m_controller->mainWindow(), QStringLiteral("02b-receive-components.png")); }};
    m_steps << Step{QStringLiteral("receive"), always, [this, receive] {
                        if (m_skipReceipt)
                            return true;
                        receive()->setStep(ReceivePage::DecisionStepIndex);
                        receive()->editor()->receive();
                        return true;
                    }};
    m_steps << Step{QStringLiteral("02c-receive-outcome.png"),
                    [this, receive] { return m_skipReceipt || receive()->editor()->outcome().has_value(); },
                    [this] { return m_skipReceipt || save(m_controller->mainWindow(), QStringLiteral("02c-receive-outcome.png")); }};
}

// The demo receipt opened in Lookup: its pages, each captioned with its component's name.
void DemoScript::addLookupSteps()
{
    auto lookup = [this] { return static_cast<LookupPage *>(m_controller->mainWindow()->page(MainWindow::LookupPageIndex)); };
    auto receive = [this] { return static_cast<ReceivePage *>(m_controller->mainWindow()->page(MainWindow::ReceivePageIndex)); };
    m_steps << Step{QStringLiteral("open the demo dossier"), [] { return true; }, [this, lookup, receive] {
                        if (m_skipReceipt || !receive()->editor()->outcome())
                            return true;
                        lookup()->openDossier(receive()->editor()->outcome()->dossierCode);
                        return true;
                    }};
    m_steps << Step{QStringLiteral("04b-lookup-pages.png"),
                    [this, lookup] {
                        DossierView *view = lookup()->dossierView();
                        if (m_skipReceipt || !view->isLoaded())
                            return m_skipReceipt;
                        view->tabs()->setCurrentIndex(2);
                        return !view->pageImage()->pixmap().isNull();
                    },
                    [this, lookup] {
                        const bool saved = m_skipReceipt || save(m_controller->mainWindow(), QStringLiteral("04b-lookup-pages.png"));
                        lookup()->dossierView()->tabs()->setCurrentIndex(0);
                        lookup()->showResults();
                        return saved;
                    }};
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
