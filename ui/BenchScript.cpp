#include "ui/BenchScript.h"

#include "app/auth/AuthService.h"
#include "ui/AppController.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/pages/AdminPage.h"
#include "ui/pages/ReceivePage.h"
#include "ui/receive/ReceiptEditor.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <ctime>

namespace motcua {
namespace {
constexpr int kStepTimeoutMs = 120000;

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}
} // namespace

StallMonitor::StallMonitor(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(5);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
    m_clock.start();
}

void StallMonitor::startPhase()
{
    m_gaps.clear();
    m_maxGap = 0;
    m_maxBusy = 0;
    m_last = m_clock.elapsed();
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void StallMonitor::tick()
{
    const qint64 t = m_clock.elapsed();
    const qint64 gap = t - m_last;
    m_last = t;
    const qint64 cpu = threadCpuNs();
    m_maxBusy = std::max(m_maxBusy, double(cpu - m_lastCpuNs) / 1e6);
    m_lastCpuNs = cpu;
    m_maxGap = std::max(m_maxGap, gap);
    if (gap > 20)
        m_gaps << gap;
}

int StallMonitor::stallsOver(qint64 ms) const
{
    return int(std::count_if(m_gaps.cbegin(), m_gaps.cend(), [ms](qint64 g) { return g > ms; }));
}

BenchScript::BenchScript(AppController *controller, AuthService *auth, QObject *parent)
    : QObject(parent), m_controller(controller), m_auth(auth)
{
    m_poll.setInterval(2);
    connect(&m_poll, &QTimer::timeout, this, &BenchScript::poll);
    connect(m_auth, &AuthService::unlockFailed, this,
            [this](const Error &error, const QDateTime &) { fail(QStringLiteral("sign-in failed: ") + error.toString()); });
}

qint64 BenchScript::now()
{
    QElapsedTimer t;
    t.start();
    return t.msecsSinceReference();
}

QJsonObject BenchScript::memory()
{
    QJsonObject o;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return o;
    static const QRegularExpression line(QStringLiteral("^(VmRSS|VmHWM):\\s+(\\d+) kB"));
    for (const QByteArray &l : status.readAll().split('\n')) {
        const QRegularExpressionMatch m = line.match(QString::fromLatin1(l));
        if (m.hasMatch())
            o.insert(m.captured(1) == QLatin1String("VmRSS") ? QStringLiteral("rss_mb") : QStringLiteral("hwm_mb"),
                     double(m.captured(2).toLongLong()) / 1024.0);
    }
    return o;
}

bool BenchScript::prepare(QString *error)
{
    m_login = qEnvironmentVariable("MOTCUA_DEMO_LOGIN");
    m_password = qEnvironmentVariable("MOTCUA_DEMO_PASSWORD");
    if (m_login.isEmpty() || m_password.isEmpty()) {
        *error = QStringLiteral("--bench-script needs MOTCUA_DEMO_LOGIN and MOTCUA_DEMO_PASSWORD");
        return false;
    }
    m_scanDevice = qEnvironmentVariable("MOTCUA_BENCH_SCAN_DEVICE");
    bool ok = false;
    const int pages = qEnvironmentVariableIntValue("MOTCUA_BENCH_SCAN_PAGES", &ok);
    if (ok && pages > 0)
        m_scanPages = pages;
    addSteps();
    return true;
}

void BenchScript::addSteps()
{
    auto mainReady = [this] {
        MainWindow *main = m_controller->mainWindow();
        return main && main->isVisible() && main->adminPage()->isLoaded();
    };
    m_steps << Step{QStringLiteral("login window"),
                    [this] { return m_auth->publicInfo().loaded && m_controller->loginWindow()->isVisible(); },
                    [this] { m_result.insert(QStringLiteral("login_shown_ms"), now()); }};
    m_steps << Step{QStringLiteral("sign in"), [] { return true; }, [this] {
                        m_result.insert(QStringLiteral("submit_ms"), now());
                        m_stalls.startPhase();
                        if (!m_controller->loginWindow()->signInWith(m_login, m_password))
                            fail(QStringLiteral("the login window refused the sign-in"));
                    }};
    m_steps << Step{QStringLiteral("main window"), mainReady, [this] {
                        m_result.insert(QStringLiteral("main_shown_ms"), now());
                        // Usable: the event loop has handled what showing the window queued.
                        QTimer::singleShot(0, this, [this] {
                            m_result.insert(QStringLiteral("main_usable_ms"), now());
                            m_result.insert(QStringLiteral("unlock_max_stall_ms"), m_stalls.maxGapMs());
                            m_result.insert(QStringLiteral("unlock_max_busy_ms"), m_stalls.maxBusyMs());
                        });
                    }};
    m_steps << Step{QStringLiteral("settle"), [this] { return m_result.contains(QStringLiteral("main_usable_ms")); },
                    [this] { m_result.insert(QStringLiteral("memory_main"), memory()); }};
    if (m_scanDevice.isEmpty())
        return;
    // A receipt on the Receive page: the procedure, then a batch of pages scanned into component 1
    // with the thumbnails arriving on screen, while the stall monitor watches the GUI thread.
    auto editor = [this] {
        auto *page = static_cast<ReceivePage *>(m_controller->mainWindow()->page(MainWindow::ReceivePageIndex));
        return page->editor();
    };
    m_steps << Step{QStringLiteral("start a scan"), [] { return true; }, [this, editor] {
                        m_controller->mainWindow()->setCurrentPage(MainWindow::ReceivePageIndex);
                        ReceiptEditor *e = editor();
                        capture::ScanProfile profile = capture::ScanProfile::forKind(capture::PageKind::Text);
                        profile.pages = m_scanPages;
                        e->setScanDevice(m_scanDevice);
                        e->setScanProfile(profile);
                        e->setProcedure(QStringLiteral("1.001193"));
                        connect(e, &ReceiptEditor::failed, this, [this](ReceiptEditor::Failure, const Error &error) {
                            fail(QStringLiteral("receipt failed: ") + error.toString());
                        });
                        m_stalls.startPhase();
                        m_result.insert(QStringLiteral("scan_started_ms"), now());
                        e->scan(1);
                    }};
    m_steps << Step{QStringLiteral("pages scanned and stored"), [editor, this] {
                        ReceiptEditor *e = editor();
                        const intake::DraftComponent *c = e->draft().component(1);
                        return e->scanningNumber() == 0 && !e->isStoringPages() && c && c->pages.size() >= m_scanPages;
                    },
                    [this, editor] {
                        m_result.insert(QStringLiteral("scan_done_ms"), now());
                        m_result.insert(QStringLiteral("scan_pages"), int(editor()->draft().component(1)->pages.size()));
                        m_result.insert(QStringLiteral("scan_max_stall_ms"), m_stalls.maxGapMs());
                        m_result.insert(QStringLiteral("scan_stalls_over_50ms"), m_stalls.stallsOver(50));
                        m_result.insert(QStringLiteral("scan_max_busy_ms"), m_stalls.maxBusyMs());
                        m_result.insert(QStringLiteral("memory_scan"), memory());
                    }};
}

void BenchScript::start()
{
    m_next = 0;
    m_waiting.start();
    m_poll.start();
}

void BenchScript::poll()
{
    if (m_done)
        return;
    if (m_next >= m_steps.size()) {
        finish();
        return;
    }
    const Step &step = m_steps.at(m_next);
    if (!step.ready()) {
        if (m_waiting.elapsed() > kStepTimeoutMs)
            fail(QStringLiteral("timed out waiting for: ") + step.what);
        return;
    }
    ++m_next;
    m_waiting.restart();
    step.act();
}

void BenchScript::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    m_result.insert(QStringLiteral("memory_end"), memory());
    QTextStream(stdout) << QJsonDocument(m_result).toJson(QJsonDocument::Compact) << Qt::endl;
    emit finished(0, {});
}

void BenchScript::fail(const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    m_poll.stop();
    emit finished(1, why);
}

} // namespace motcua
