// What an officer sees of sync (issue 11), against a real PostgreSQL (PgCluster), the real portal
// (`motcua-portal serve`, seeded with the demo offices) and real widgets (offscreen):
// - the first-run wizard: a wrong password and an unreachable portal say so and leave no
//   workspace; the right one enrolls this PC and hands over to the login window;
// - the Sync page of that enrolled workspace: received dossiers' items appear as waiting, the
//   status bar counts them, "Sync now" clears them and the last sync shows;
// - an item the portal refuses on its merits (a copied workspace reusing a device sequence) shows
//   its reason as a sentence, and can be retried (it is sent again, attempts grow);
// - locking stops the sync worker;
// - the portal's offline guardrails (policy kept at each sync): too many dossiers not yet sent
//   blocks `receive` (exit 1, the reason) and the main window's banner says why and what to do.
// - a second officer of the office, unknown on this PC, is offered the portal at the login window
//   and signs in through it (a key slot is added).
// Screenshots into $MOTCUA_SCREENSHOT_DIR (docs/screenshots).
#include "AppUnderTest.h"

#include "app/common/ErrorText.h"
#include "app/sync/SyncWorker.h"
#include "support/CliRunner.h"
#include "support/PgCluster.h"
#include "support/PortalProcess.h"
#include "support/SyncClientHelpers.h"
#include "ui/FirstRunWizard.h"
#include "ui/LoginWindow.h"
#include "ui/pages/SyncPage.h"
#include "ui/sync/SyncItemModel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QCheckBox>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

#include <functional>

using namespace motcua;
using namespace motcua::test;

namespace {

struct DemoOfficer {
    QString office, login, password;
};

void screenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);
    w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

// The app as main.cpp wires it, with the real SyncWorker as the status source.
struct SyncApp : AppUnderTest {
    sync::SyncWorker *worker = nullptr;
    void startWithWorker(const QString &workspace)
    {
        dir = workspace;
        auto w = std::make_unique<sync::SyncWorker>();
        worker = w.get();
        start(std::move(w));
        QObject::connect(auth.get(), &AuthService::unlocked, worker, [this] { worker->setSession(auth->session()); });
        QObject::connect(auth.get(), &AuthService::lockedChanged, worker, [this](bool locked) {
            if (locked)
                worker->setSession({});
        });
    }
    QString status(const char *name) const
    {
        auto *label = main()->findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("<no label>");
    }
    SyncPage *syncPage() const { return static_cast<SyncPage *>(main()->page(MainWindow::SyncPageIndex)); }
    template<typename T>
    T *child(QWidget *w, const char *name) const { return w->findChild<T *>(QString::fromLatin1(name)); }
};

} // namespace

class TestPortalSyncUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void wizardRefusesWrongPasswordAndUnreachablePortal();
    void wizardEnrollsThisPc();
    void secondOfficerSignsInThroughThePortal();   // while the portal is at the enrolled address
    void wizardCreatesAStandaloneWorkspace();
    void syncPageShowsItemsAndSyncNowClearsThem();
    void refusedItemShowsItsReasonAndCanBeRetried();
    void guardrailsBlockNewReceiptsAndSayWhy();

private:
    CounterPc pc(const QString &dir, const DemoOfficer &o) const { return CounterPc{m_cli, dir, o.login, o.password}; }

    PgCluster m_pg;
    QTemporaryDir m_tmp;
    std::unique_ptr<PortalProcess> m_portal;
    CliRunner m_cli;
    DemoOfficer m_a, m_b;   // two counter officers of one commune
    QString m_enrolled;     // the workspace the wizard made (officer A)
};

void TestPortalSyncUi::initTestCase()
{
    QVERIFY2(m_pg.ok(), qPrintable(m_pg.error()));
    QVERIFY(m_tmp.isValid());
    qputenv("MOTCUA_KDF", "fast");   // the wizard's enrollment makes key slots in this process
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    QCOMPARE(runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), m_pg.url()}).exitCode, 0);
    const PortalRun seed = runPortal({QStringLiteral("seed-demo"), QStringLiteral("--db"), m_pg.url(),
                                      QStringLiteral("--registry-size"), QStringLiteral("1000")});
    QVERIFY2(seed.exitCode == 0, seed.err.constData());
    QHash<QString, QList<DemoOfficer>> counters;
    for (const QString &line : seed.outLines()) {
        const QStringList f = line.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 4);
        if (f[3].split(QLatin1Char(',')).contains(QStringLiteral("counter")))
            counters[f[0]] << DemoOfficer{f[0], f[1], f[2]};
    }
    for (auto it = counters.cbegin(); it != counters.cend() && m_a.login.isEmpty(); ++it) {
        if (it->size() >= 2) {
            m_a = it->at(0);
            m_b = it->at(1);
        }
    }
    QVERIFY2(!m_a.login.isEmpty(), "seed-demo gives no office two counter officers");
    m_portal = std::make_unique<PortalProcess>(m_pg.url(), m_tmp.filePath(QStringLiteral("files")));
    QString error;
    QVERIFY2(m_portal->start(&error), qPrintable(error));
    m_enrolled = m_tmp.filePath(QStringLiteral("pc-a"));
}

void TestPortalSyncUi::wizardRefusesWrongPasswordAndUnreachablePortal()
{
    SyncApp app;
    app.firstRunWizard = true;
    app.startWithWorker(m_tmp.filePath(QStringLiteral("pc-refused")));
    QTRY_VERIFY_WITH_TIMEOUT(app.controller->firstRunWizard() && app.controller->firstRunWizard()->isVisible(), 10000);
    FirstRunWizard *wizard = app.controller->firstRunWizard();
    QVERIFY(!app.controller->loginWindow()->isVisible());
    auto *error = wizard->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error);
    wizard->resize(640, 480);
    screenshot(wizard, "wizard-choice-vi.png");

    wizard->enrollWith(m_portal->baseUrl(), m_a.login, QStringLiteral("not-the-password"));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy() && error->isVisible(), 30000);
    QVERIFY2(error->text().startsWith(QStringLiteral("Cổng dịch vụ công từ chối tên đăng nhập và mật khẩu này")), qPrintable(error->text()));
    QVERIFY(wizard->findChild<QLineEdit *>(QStringLiteral("enrollPasswordEdit"))->text().isEmpty());
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("enrollLoginEdit"))->text(), m_a.login);
    screenshot(wizard, "wizard-wrong-password-vi.png");

    const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(closedLoopbackPort());
    wizard->enrollWith(closed, m_a.login, m_a.password);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isBusy() && error->isVisible(), 60000);
    QVERIFY2(error->text().startsWith(QStringLiteral("Không kết nối được cổng dịch vụ công tại ") + closed), qPrintable(error->text()));

    // Nothing was made: the folder holds no workspace, the wizard is still there.
    QVERIFY(!QFileInfo::exists(QDir(app.dir).filePath(QStringLiteral("keys.json"))) || !QDir(app.dir).exists());
    QVERIFY(wizard->isVisible());
}

void TestPortalSyncUi::wizardEnrollsThisPc()
{
    SyncApp app;
    app.firstRunWizard = true;
    app.startWithWorker(m_enrolled);
    QTRY_VERIFY_WITH_TIMEOUT(app.controller->firstRunWizard() && app.controller->firstRunWizard()->isVisible(), 10000);
    FirstRunWizard *wizard = app.controller->firstRunWizard();
    wizard->setStep(FirstRunWizard::EnrollStep);
    wizard->findChild<QLineEdit *>(QStringLiteral("portalEdit"))->setText(m_portal->baseUrl());
    wizard->findChild<QLineEdit *>(QStringLiteral("enrollLoginEdit"))->setText(m_a.login);
    wizard->findChild<QLineEdit *>(QStringLiteral("enrollPasswordEdit"))->setText(m_a.password);
    wizard->resize(640, 480);
    screenshot(wizard, "wizard-enroll-vi.png");
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("enrollButton")), Qt::LeftButton);
    // The GUI thread stays free while the portal is asked (the busy bar runs).
    QTRY_VERIFY_WITH_TIMEOUT(app.controller->loginWindow()->isVisible(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(app.auth->publicInfo().loaded && app.auth->publicInfo().exists, 10000);
    QCOMPARE(app.auth->publicInfo().officeCode, m_a.office);
    QCOMPARE(app.controller->loginWindow()->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text(), m_a.login);
    // The workspace is the portal's: the CLI says enrolled, the office and a device number.
    const QJsonObject status = pc(m_enrolled, m_a).status();
    QCOMPARE(status.value(QStringLiteral("enrolled")).toBool(), true);
    QCOMPARE(status.value(QStringLiteral("office")).toString(), m_a.office);
    QVERIFY(status.value(QStringLiteral("device_number")).toInt() >= 1);
    QVERIFY(app.signIn(m_a.login, m_a.password));
    QVERIFY(app.worker->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(app.worker->overview().enrolled, 20000);
    // Locking stops the worker.
    app.controller->lock();
    QVERIFY(!app.worker->isActive());
    QCOMPARE(app.worker->pendingCount(), 0);
}

void TestPortalSyncUi::wizardCreatesAStandaloneWorkspace()
{
    SyncApp app;
    app.firstRunWizard = true;
    app.startWithWorker(m_tmp.filePath(QStringLiteral("pc-standalone")));
    QTRY_VERIFY_WITH_TIMEOUT(app.controller->firstRunWizard() && app.controller->firstRunWizard()->isVisible(), 10000);
    FirstRunWizard *wizard = app.controller->firstRunWizard();
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("chooseStandaloneButton")), Qt::LeftButton);
    QCOMPARE(wizard->step(), int(FirstRunWizard::StandaloneStep));
    auto set = [wizard](const char *name, const QString &text) { wizard->findChild<QLineEdit *>(QString::fromLatin1(name))->setText(text); };
    set("officeCodeEdit", QStringLiteral("H55.999"));
    set("officeNameEdit", QStringLiteral("UBND xã Thử Nghiệm"));
    set("adminLoginEdit", QStringLiteral("quantri"));
    set("fullNameEdit", QStringLiteral("Nguyễn Văn Quản"));
    set("newPasswordEdit", QStringLiteral("mat-khau-dai"));
    set("repeatPasswordEdit", QStringLiteral("mat-khau-khac"));
    auto *create = wizard->findChild<QPushButton *>(QStringLiteral("createButton"));
    QTest::mouseClick(create, Qt::LeftButton);
    auto *error = wizard->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), errorText(Error(QStringLiteral("auth.password-mismatch"))));
    QVERIFY(!QDir(app.dir).exists());
    wizard->resize(640, 520);
    screenshot(wizard, "wizard-standalone-vi.png");
    set("repeatPasswordEdit", QStringLiteral("mat-khau-dai"));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.controller->loginWindow()->isVisible(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(app.auth->publicInfo().loaded && app.auth->publicInfo().exists, 10000);
    QCOMPARE(app.auth->publicInfo().officeCode, QStringLiteral("H55.999"));
    QVERIFY(app.signIn(QStringLiteral("quantri"), QStringLiteral("mat-khau-dai")));
    QTRY_VERIFY_WITH_TIMEOUT(app.worker->overview().loaded, 20000);
    QVERIFY(!app.worker->overview().enrolled);
    QVERIFY(app.main()->setCurrentPage(MainWindow::SyncPageIndex));
    QTRY_VERIFY(app.syncPage()->findChild<QLabel *>(QStringLiteral("standaloneLabel"))->isVisible());
    QCOMPARE(app.status("connectionStatus"), QStringLiteral("Độc lập"));
}

void TestPortalSyncUi::syncPageShowsItemsAndSyncNowClearsThem()
{
    // Two dossiers received at this PC (through the CLI, as another window would) wait in the outbox.
    const CounterPc a = pc(m_enrolled, m_a);
    QByteArray err;
    QVERIFY2(!a.receiveDossier(m_tmp.path(), 1, 2, &err).isEmpty(), err.constData());
    QVERIFY2(!a.receiveDossier(m_tmp.path(), 2, 2, &err).isEmpty(), err.constData());
    const int waiting = a.status().value(QStringLiteral("unsynced_events")).toInt();
    QVERIFY(waiting >= 2);

    SyncApp app;
    app.startWithWorker(m_enrolled);
    QSignalSpy firstRound(app.worker, &SyncStatusSource::roundEnded);
    QVERIFY(app.signIn(m_a.login, m_a.password));
    MainWindow *w = app.main();
    w->resize(1366, 768);
    QVERIFY(w->setCurrentPage(MainWindow::SyncPageIndex));
    SyncPage *page = app.syncPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The first round runs at sign-in: wait for it, whatever it did.
    QTRY_VERIFY_WITH_TIMEOUT(!firstRound.isEmpty(), 60000);
    qInfo() << "the round at sign-in ended with" << firstRound.constFirst().constFirst().toString();
    QTRY_VERIFY_WITH_TIMEOUT(app.worker->overview().loaded && !app.worker->isRunning(), 60000);
    // The round at sign-in sent them already: receive one more, now that the worker waits for its timer.
    const int before = app.worker->pendingCount();
    QVERIFY2(!a.receiveDossier(m_tmp.path(), 3, 2, &err).isEmpty(), err.constData());
    app.worker->refresh();
    // A receipt is a Received event and one event per component with pages: each is an item.
    QTRY_VERIFY_WITH_TIMEOUT(app.worker->pendingCount() > before, 20000);
    const int waitingNow = app.worker->pendingCount();
    QTRY_COMPARE_WITH_TIMEOUT(app.status("pendingStatus"), QStringLiteral("Chờ đồng bộ: %1").arg(waitingNow), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), waitingNow, 20000);
    int receivedRow = -1;
    QStringList kinds;
    for (int r = 0; r < page->model()->rowCount(); ++r) {
        QCOMPARE(page->model()->index(r, SyncItemModel::StateColumn).data().toString(), QStringLiteral("Đang chờ gửi"));
        QCOMPARE(page->model()->index(r, SyncItemModel::DossierColumn).data().toString().left(m_a.office.size()), m_a.office);
        kinds << page->model()->index(r, SyncItemModel::EventColumn).data().toString();
        if (kinds.constLast() == QStringLiteral("Tiếp nhận hồ sơ"))
            receivedRow = r;
    }
    QVERIFY2(receivedRow >= 0, qPrintable(kinds.join(QStringLiteral(", "))));
    screenshot(w, "sync-waiting-vi.png");

    auto *syncNow = page->findChild<QPushButton *>(QStringLiteral("syncNowButton"));
    QVERIFY(syncNow && syncNow->isVisible() && syncNow->isEnabled());
    QSignalSpy ended(app.worker, &SyncStatusSource::roundEnded);
    QTest::mouseClick(syncNow, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000);
    QCOMPARE(ended.constFirst().constFirst().toString(), QString());   // complete
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 0, 20000);
    QCOMPARE(app.worker->pendingCount(), 0);
    QCOMPARE(app.status("pendingStatus"), QStringLiteral("Chờ đồng bộ: 0"));
    QCOMPARE(app.status("connectionStatus"), QStringLiteral("Trực tuyến"));
    QTRY_COMPARE_WITH_TIMEOUT(app.status("lastSyncStatus"), QStringLiteral("Đồng bộ lần cuối: vừa xong"), 5000);
    auto *lastSync = page->findChild<QLabel *>(QStringLiteral("lastSyncLabel"));
    QVERIFY2(lastSync->text().contains(QStringLiteral("vừa xong")), qPrintable(lastSync->text()));
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("standaloneLabel"))->isVisible());
    QCOMPARE(a.status().value(QStringLiteral("unsynced_events")).toInt(), 0);
    // With the accepted items shown, they are all there, accepted.
    page->findChild<QCheckBox *>(QStringLiteral("showSentCheck"))->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() >= waiting + waitingNow, 20000);
    for (int r = 0; r < page->model()->rowCount(); ++r)
        QCOMPARE(page->model()->index(r, SyncItemModel::StateColumn).data().toString(), QStringLiteral("Cổng đã nhận"));
    screenshot(w, "sync-vi.png");
    screenshot(w->statusBar(), "statusbar-vi.png");
}

void TestPortalSyncUi::refusedItemShowsItsReasonAndCanBeRetried()
{
    // A workspace copied to a second PC (a mistake an office may make): both write the device's
    // next sequence; the portal takes the first and refuses the other's on its merits.
    const QString dirB = m_tmp.filePath(QStringLiteral("pc-b"));
    const QString dirB2 = m_tmp.filePath(QStringLiteral("pc-b-copy"));
    const CliRun enrolled = m_cli.as(dirB, m_b.login, m_b.password, {QStringLiteral("enroll"), QStringLiteral("--portal"), m_portal->baseUrl()});
    QVERIFY2(enrolled.exitCode == 0, enrolled.err.constData());
    QDir().mkpath(dirB2);
    QCOMPARE(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), dirB + QStringLiteral("/."), dirB2}), 0);
    QByteArray err;
    QVERIFY2(!pc(dirB, m_b).receiveDossier(m_tmp.path(), 11, 2, &err).isEmpty(), err.constData());
    QVERIFY2(!pc(dirB2, m_b).receiveDossier(m_tmp.path(), 12, 2, &err).isEmpty(), err.constData());
    const CliRun synced = pc(dirB, m_b).run({QStringLiteral("sync")});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());

    SyncApp app;
    app.startWithWorker(dirB2);
    QVERIFY(app.signIn(m_b.login, m_b.password));
    MainWindow *w = app.main();
    w->resize(1366, 768);
    QVERIFY(w->setCurrentPage(MainWindow::SyncPageIndex));
    SyncPage *page = app.syncPage();
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto refusedRow = [page]() {
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            if (page->model()->index(r, 0).data(SyncItemModel::StateRole).toInt() == int(SyncItemView::State::Quarantined))
                return r;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(refusedRow() >= 0, 60000);
    int row = refusedRow();
    const QString code = page->model()->index(row, 0).data(SyncItemModel::ReasonCodeRole).toString();
    QVERIFY(!code.isEmpty());
    const QString reason = page->model()->index(row, SyncItemModel::ReasonColumn).data().toString();
    QCOMPARE(reason, errorText(Error(code)));
    QVERIFY2(!reason.contains(code), qPrintable(reason));   // a sentence, not the raw code
    QCOMPARE(page->model()->index(row, SyncItemModel::StateColumn).data().toString(), QStringLiteral("Cổng từ chối"));
    const int attempts = page->model()->index(row, SyncItemModel::AttemptsColumn).data().toInt();
    QVERIFY(attempts >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(app.worker->overview().quarantined >= 1, 20000);
    auto *status = page->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("bị cổng từ chối")), qPrintable(status->text()));
    screenshot(w, "sync-refused-vi.png");

    // Retry: select the row, press the button; the item goes out again and comes back refused
    // (the reason has not gone away) with one more attempt.
    auto *view = page->findChild<QTableView *>(QStringLiteral("itemsView"));
    auto *retry = page->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QVERIFY(!retry->isEnabled() || view->selectionModel()->hasSelection());
    view->selectRow(row);
    QVERIFY(retry->isEnabled());
    QSignalSpy ended(app.worker, &SyncStatusSource::roundEnded);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(refusedRow() >= 0
                                 && page->model()->index(refusedRow(), SyncItemModel::AttemptsColumn).data().toInt() > attempts,
                             20000);
}

void TestPortalSyncUi::guardrailsBlockNewReceiptsAndSayWhy()
{
    // The portal allows 2 dossiers not yet accepted; this PC learns it at its first sync.
    QVERIFY(!m_pg.psql(QStringLiteral("UPDATE policy SET block_after_unsynced = 2 WHERE id = 1")).isNull());
    const QString dir = m_tmp.filePath(QStringLiteral("pc-guard"));
    const CliRun enrolled = m_cli.as(dir, m_a.login, m_a.password, {QStringLiteral("enroll"), QStringLiteral("--portal"), m_portal->baseUrl()});
    QVERIFY2(enrolled.exitCode == 0, enrolled.err.constData());
    const CounterPc g = pc(dir, m_a);
    const CliRun first = g.run({QStringLiteral("sync")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const int dossiersBefore = g.status().value(QStringLiteral("dossiers")).toInt();   // the office's, pulled
    QVERIFY(!m_pg.psql(QStringLiteral("UPDATE policy SET block_after_unsynced = 500 WHERE id = 1")).isNull());
    // Offline (no sync meanwhile): two dossiers are received, the third is refused with the reason.
    QByteArray err;
    QVERIFY2(!g.receiveDossier(m_tmp.path(), 21, 2, &err).isEmpty(), err.constData());
    QVERIFY2(!g.receiveDossier(m_tmp.path(), 22, 2, &err).isEmpty(), err.constData());
    QVERIFY(g.receiveDossier(m_tmp.path(), 23, 2, &err).isEmpty());
    QVERIFY2(err.contains("[sync.offline-too-many]"), err.constData());
    QCOMPARE(g.status().value(QStringLiteral("dossiers")).toInt(), dossiersBefore + 2);

    SyncApp app;
    app.startWithWorker(dir);
    // The app's round at sign-in would clear the block at once: the portal is away for this part.
    m_portal->stop();
    QVERIFY(app.signIn(m_a.login, m_a.password));
    MainWindow *w = app.main();
    w->resize(1366, 768);
    auto *banner = w->findChild<QLabel *>(QStringLiteral("syncBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY2(banner->text().startsWith(QStringLiteral("Đã chặn tiếp nhận hồ sơ mới: 2 hồ sơ")), qPrintable(banner->text()));
    QCOMPARE(app.worker->overview().offlineBlock, QStringLiteral("sync.offline-too-many"));
    QCOMPARE(w->currentPage(), int(MainWindow::ReceivePageIndex));
    screenshot(w, "guardrail-blocked-vi.png");

    // The portal is back: "Sync now" sends them and the block lifts.
    QString error;
    QVERIFY2(m_portal->start(&error), qPrintable(error));
    QVERIFY(!m_pg.psql(QStringLiteral("SELECT 1")).isNull());
    // (The portal may listen on another port now: sync there for this round, as `sync --portal` does.)
    const CliRun back = g.run({QStringLiteral("sync"), QStringLiteral("--portal"), m_portal->baseUrl()});
    QVERIFY2(back.exitCode == 0, back.err.constData());
    app.worker->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
    QVERIFY2(!g.receiveDossier(m_tmp.path(), 24, 2, &err).isEmpty(), err.constData());
}

void TestPortalSyncUi::secondOfficerSignsInThroughThePortal()
{
    SyncApp app;
    app.startWithWorker(m_enrolled);
    LoginWindow *login = app.controller->loginWindow();
    QTRY_VERIFY_WITH_TIMEOUT(login->isVisible() && app.auth->publicInfo().loaded, 20000);
    QVERIFY(app.auth->publicInfo().enrolled);
    auto *portalCheck = login->findChild<QCheckBox *>(QStringLiteral("portalCheck"));
    QVERIFY(portalCheck);
    QVERIFY(portalCheck->isHidden());
    // Officer B has no key slot here: refused like a wrong password, and the portal is offered.
    QString failure;
    connect(app.auth.get(), &AuthService::unlockFailed, this, [&failure](const Error &e) { failure = e.code; });
    QVERIFY(login->signInWith(m_b.login, m_b.password));
    QTRY_VERIFY_WITH_TIMEOUT(!failure.isEmpty(), 20000);
    QCOMPARE(failure, QStringLiteral("auth.wrong-password"));
    QTRY_VERIFY(!portalCheck->isHidden());
    QVERIFY(!portalCheck->isChecked());
    screenshot(login, "login-through-portal.png");
    // Through the portal: B's login is checked there, a key slot is added, the main window opens.
    portalCheck->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(login->signInWith(m_b.login, m_b.password), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(app.main() && app.main()->isVisible() && app.main()->session().login == m_b.login, 60000);
    // From now on B signs in with the ordinary slot, the portal not involved.
    const CliRun whoami = m_cli.as(m_enrolled, m_b.login, m_b.password, {QStringLiteral("whoami")});
    QVERIFY2(whoami.exitCode == 0, whoami.err.constData());
}

QTEST_MAIN(TestPortalSyncUi)
#include "tst_portalsyncui.moc"
