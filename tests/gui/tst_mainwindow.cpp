// The main window shell on real widgets (offscreen): navigation by keyboard and mouse, status bar,
// the officers list, locking by Ctrl+L and by idle timeout; and the scripted demo run of motcua.
#include "app/auth/AuthService.h"
#include "app/auth/SyncStatusSource.h"
#include "app/capture/SaneScanner.h"
#include "app/workspace/ServiceFactories.h"
#include "app/sync/SyncWorker.h"
#include "ui/pages/SyncPage.h"
#include "ui/sync/SyncItemModel.h"
#include "db/EventStore.h"
#include "db/Workspace.h"
#include "gui/AppUnderTest.h"
#include "support/TestWorkspace.h"
#include "ui/AppController.h"
#include "ui/IdleWatcher.h"
#include "ui/Language.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/Reprinter.h"
#include "ui/ScannerChooser.h"
#include "ui/pages/AdminPage.h"
#include "ui/pages/LookupPage.h"
#include "ui/pages/OfficerTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProcessEnvironment>
#include <QMenu>
#include <QProcess>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <memory>

using namespace motcua;
using motcua::test::TestWorkspaceSpec;
using motcua::test::createTestWorkspace;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu-đúng");

QString createWorkspace(const QString &dir)
{
    TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = createTestWorkspace(dir, spec);
    if (!ws.ok())
        return ws.error().toString();
    Status s = (*ws)->addOfficer(QStringLiteral("binh"), QStringLiteral("Trần Thị Bình"), Role::Counter | Role::Processing,
                                 kPassword, KdfCost::fastForTests());
    if (s.ok())
        s = (*ws)->addOfficer(QStringLiteral("cuong"), QStringLiteral("Lê Văn Cường"), Roles(Role::Counter), kPassword,
                              KdfCost::fastForTests());
    if (s.ok())
        s = (*ws)->revokeOfficer(QStringLiteral("cuong"));
    // One officer for each role alone (the demo workspace has the same: tools/demo).
    if (s.ok())
        s = (*ws)->addOfficer(QStringLiteral("xuly"), QStringLiteral("Lê Văn Xử"), Roles(Role::Processing), kPassword,
                              KdfCost::fastForTests());
    if (s.ok())
        s = (*ws)->addOfficer(QStringLiteral("lanhdao"), QStringLiteral("Phạm Thị Lãnh"), Roles(Role::Supervisor), kPassword,
                              KdfCost::fastForTests());
    if (s.ok())
        s = (*ws)->addOfficer(QStringLiteral("quantri"), QStringLiteral("Đỗ Văn Quản"), Roles(Role::Admin), kPassword,
                              KdfCost::fastForTests());
    if (!s.ok())
        return s.error().toString();
    // One received dossier, for the reprint.
    auto db = (*ws)->openDatabase();
    if (!db)
        return db.error().toString();
    EventStore store((*db)->sql(), (*ws)->session().deviceId);
    Event e;
    e.type = EventType::Received;
    e.payload = {{QStringLiteral("procedure"), QStringLiteral("1.001193")},
                 {QStringLiteral("limit"), TimeLimit::days(1).toJson()},
                 {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("idNumber"), QStringLiteral("001190012345")},
                                                           {QStringLiteral("name"), QStringLiteral("Phạm Thị Hồng Nhung")}}}};
    e.officer = QStringLiteral("an");
    e.office = (*ws)->session().office.code;
    auto r = store.receive(e, DossierCodeMinter(e.office, (*ws)->session().deviceId, 1), QDate(2026, 11, 23));
    return r.ok() ? QString() : r.error().toString();
}

struct Client : motcua::test::AppUnderTest {

    // outbox: the real outbox count (as motcua wires it in main.cpp) instead of "nothing queued".
    explicit Client(bool outbox = false)
    {
        const QString error = createWorkspace(dir);
        if (!error.isEmpty())
            qFatal("cannot create the test workspace: %s", qPrintable(error));
        if (!outbox) {
            start();
            return;
        }
        auto status = std::make_unique<sync::SyncWorker>();
        sync::SyncWorker *raw = status.get();
        start(std::move(status));
        // Nobody is signed in yet: the session reaches the outbox count at the first unlock.
        QObject::connect(auth.get(), &AuthService::unlocked, raw, [this, raw] { raw->setSession(auth->session()); });
    }

    bool signIn(const QString &login) { return AppUnderTest::signIn(login, kPassword); }
    QString status(const char *name) const
    {
        auto *label = main()->findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
    }
};

// Into $MOTCUA_SCREENSHOT_DIR when set (docs/screenshots/ are made this way).
void screenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);   // let the layouts settle
    w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void pagesByShortcutAndClick();
    void statusBarShowsOfficerAndOffice();
    void administrationListsOfficers();
    void nonAdministratorSeesNoList();
    void navigationFollowsRoles();
    void syncPageAgreesWithStatusBar();
    void englishAfterSwitch();
    void ctrlLLocks();
    void idleTimeoutLocks();
    void demoScriptSavesScreenshots();
    void lookupReprintRebuildsTheForm();
    void scannerChosenForThisPc();
};

void TestMainWindow::pagesByShortcutAndClick()
{
    Client c;
    QVERIFY(c.signIn(QStringLiteral("an")));
    MainWindow *w = c.main();
    QVERIFY(QTest::qWaitForWindowActive(w));
    QCOMPARE(w->currentPage(), int(MainWindow::ReceivePageIndex));
    auto *stack = w->findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    auto *nav = w->findChild<QListWidget *>(QStringLiteral("navList"));
    QVERIFY(stack && nav);
    QCOMPARE(nav->count(), int(MainWindow::PageCount));
    const QStringList titles = {QStringLiteral("Tiếp nhận"), QStringLiteral("Hồ sơ"), QStringLiteral("Tra cứu"),
                                QStringLiteral("Đồng bộ"), QStringLiteral("Quản trị"), QStringLiteral("Bảng điều hành")};
    for (int i = MainWindow::PageCount - 1; i >= 0; --i) {
        QTest::keyClick(w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(w->currentPage(), i);
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(w->page(i)));
        QCOMPARE(nav->currentRow(), i);
        QCOMPARE(nav->item(i)->text(), titles.at(i));
    }
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        const QRect r = nav->visualItemRect(nav->item(i));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(w->currentPage(), i);
        QCOMPARE(stack->currentIndex(), i);
    }
}

void TestMainWindow::statusBarShowsOfficerAndOffice()
{
    Client c;
    QVERIFY(c.signIn(QStringLiteral("an")));
    QVERIFY(c.status("officerStatus").startsWith(QStringLiteral("Nguyễn Văn An — ")));
    QVERIFY(c.status("officerStatus").contains(QStringLiteral("Quản trị viên")));
    QVERIFY(c.status("officerStatus").contains(QStringLiteral("Tiếp nhận")));
    QCOMPARE(c.status("officeStatus"), QStringLiteral("UBND xã Tân Lập (000.00.12.H30)"));
    QCOMPARE(c.status("connectionStatus"), QStringLiteral("Ngoại tuyến"));
    QCOMPARE(c.status("pendingStatus"), QStringLiteral("Chờ đồng bộ: 0"));
    QVERIFY(!c.status("clockStatus").isEmpty());
    QVERIFY(!c.main()->findChild<QLabel *>(QStringLiteral("noticeLabel"))->isVisible()); // no failed attempts
    QCOMPARE(c.main()->windowTitle(), QStringLiteral("MotCua — UBND xã Tân Lập"));
}

void TestMainWindow::administrationListsOfficers()
{
    Client c;
    QVERIFY(c.signIn(QStringLiteral("an")));
    AdminPage *admin = c.main()->adminPage();
    QTRY_VERIFY_WITH_TIMEOUT(admin->isLoaded(), 20000);
    OfficerTableModel *model = admin->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->columnCount(), int(OfficerTableModel::ColumnCount));
    QCOMPARE(model->headerData(OfficerTableModel::Login, Qt::Horizontal).toString(), QStringLiteral("Tên đăng nhập"));
    QHash<QString, int> rowOf;
    for (int row = 0; row < model->rowCount(); ++row)
        rowOf.insert(model->index(row, OfficerTableModel::Login).data().toString(), row);
    QCOMPARE(rowOf.size(), 6);
    auto cell = [&](const char *login, OfficerTableModel::Column col) {
        return model->index(rowOf.value(QString::fromLatin1(login)), col).data().toString();
    };
    QCOMPARE(cell("an", OfficerTableModel::FullName), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(cell("binh", OfficerTableModel::FullName), QStringLiteral("Trần Thị Bình"));
    QCOMPARE(cell("binh", OfficerTableModel::Roles), QStringLiteral("Tiếp nhận, Xử lý"));
    QCOMPARE(cell("binh", OfficerTableModel::Active), QStringLiteral("Đang hoạt động"));
    QCOMPARE(cell("cuong", OfficerTableModel::Active), QStringLiteral("Đã thu hồi"));
    QCOMPARE(cell("cuong", OfficerTableModel::FullName), QStringLiteral("Lê Văn Cường"));

    // Refresh goes through the worker again; the tester watches the reset.
    admin->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 6 && admin->isLoaded(), 20000);
    c.language.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(model->headerData(OfficerTableModel::Login, Qt::Horizontal).toString(), QStringLiteral("Login"));
    QCOMPARE(cell("cuong", OfficerTableModel::Active), QStringLiteral("Revoked"));
}

void TestMainWindow::nonAdministratorSeesNoList()
{
    Client c;
    QVERIFY(c.signIn(QStringLiteral("binh")));
    MainWindow *w = c.main();
    QVERIFY(QTest::qWaitForWindowActive(w));
    // Not offered: no navigation row, no Go menu entry, its shortcut does nothing.
    auto *nav = w->findChild<QListWidget *>(QStringLiteral("navList"));
    QVERIFY(nav->isRowHidden(MainWindow::AdminPageIndex));
    QTest::keyClick(w, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(w->currentPage(), int(MainWindow::ReceivePageIndex));
    AdminPage *admin = w->adminPage();
    QVERIFY(!admin->isVisible());
    QCOMPARE(admin->model()->rowCount(), 0);

    // Shown anyway (e.g. by a script), it reads as a plain notice at the top, not as a broken form.
    AdminPage page(c.auth->session());
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *notice = page.findChild<QLabel *>(QStringLiteral("noticeLabel"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("quản trị viên")), qPrintable(notice->text()));
    QVERIFY(!page.findChild<QWidget *>(QStringLiteral("officerTable"))->isVisible());
    QVERIFY(!page.findChild<QWidget *>(QStringLiteral("refreshButton"))->isVisible());
    // The notice sits under the title, as tall as its text, not spread over the page.
    auto *title = page.findChild<QLabel *>(QStringLiteral("titleLabel"));
    QVERIFY2(notice->geometry().top() - title->geometry().bottom() < 40,
             qPrintable(QStringLiteral("gap %1").arg(notice->geometry().top() - title->geometry().bottom())));
    QVERIFY2(notice->height() < notice->heightForWidth(notice->width()) + 40, qPrintable(QString::number(notice->height())));
    for (QLabel *label : page.findChildren<QLabel *>())
        QVERIFY2(!label->isVisible() || label->geometry().bottom() < 300, qPrintable(label->objectName()));
    QTest::qWait(200);
    QCOMPARE(page.model()->rowCount(), 0);   // nothing was read
    screenshot(&page, "admin-not-admin-vi.png");
    c.language.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(notice->text().startsWith(QStringLiteral("This page is for administrators")));
    screenshot(&page, "admin-not-admin-en.png");
}

void TestMainWindow::navigationFollowsRoles()
{
    // Which pages each officer is offered, and where they land (R Receive, D Dossiers, L Lookup,
    // S Sync, A Administration). A page not offered is never reached: no row, no shortcut.
    struct Case {
        const char *login;
        const char *pages;
        int landing;
        bool scanner;
    };
    const Case cases[] = {
        {"an", "RDLSAB", MainWindow::ReceivePageIndex, true},
        {"binh", "RDLS", MainWindow::ReceivePageIndex, true},
        {"xuly", "DLS", MainWindow::LookupPageIndex, false},
        {"lanhdao", "DLSB", MainWindow::LookupPageIndex, false},
        {"quantri", "SA", MainWindow::AdminPageIndex, false},
    };
    const QString letters = QStringLiteral("RDLSAB");   // B: the supervisors' dashboard (Bảng điều hành)
    Client c;
    for (const Case &k : cases) {
        const QString login = QString::fromLatin1(k.login);
        QVERIFY2(c.signIn(login), k.login);
        MainWindow *w = c.main();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QVERIFY2(w->currentPage() == k.landing, qPrintable(login + QStringLiteral(" lands on ") + QString::number(w->currentPage())));
        QVERIFY(w->page(k.landing)->isVisible());
        auto *nav = w->findChild<QListWidget *>(QStringLiteral("navList"));
        QList<QAction *> goActions;
        for (QAction *a : w->findChild<QMenu *>(QStringLiteral("menuGo"))->actions())
            goActions << a;
        QCOMPARE(goActions.size(), int(MainWindow::PageCount));
        for (int i = 0; i < MainWindow::PageCount; ++i) {
            const bool offered = QString::fromLatin1(k.pages).contains(letters.at(i));
            const QString what = login + QStringLiteral(" page ") + letters.at(i);
            QVERIFY2(nav->isRowHidden(i) == !offered, qPrintable(what));
            QVERIFY2(goActions.at(i)->isVisible() == offered, qPrintable(what));
            QTest::keyClick(w, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            if (offered) {
                QVERIFY2(w->currentPage() == i, qPrintable(what));
                QVERIFY2(w->page(i)->isVisible(), qPrintable(what));
            } else {
                QVERIFY2(w->currentPage() != i, qPrintable(what));
                QVERIFY2(!w->page(i)->isVisible(), qPrintable(what));
            }
        }
        auto *scanner = w->findChild<QAction *>(QStringLiteral("actionChooseScanner"));
        QVERIFY2(scanner->isVisible() == k.scanner, k.login);
        if (login == QLatin1String("xuly")) {
            w->resize(1366, 768);
            w->setCurrentPage(k.landing);
            screenshot(w, "main-processing-vi.png");
        }
    }
}

void TestMainWindow::syncPageAgreesWithStatusBar()
{
    // The Sync page and the status bar read the same source: the outbox count (the test workspace
    // holds one received dossier, one event waiting).
    Client c(true);
    QVERIFY(c.signIn(QStringLiteral("an")));
    MainWindow *w = c.main();
    QTRY_COMPARE_WITH_TIMEOUT(c.sync->pendingCount(), 1, 20000);
    QTRY_COMPARE(c.status("pendingStatus"), QStringLiteral("Chờ đồng bộ: 1"));
    w->setCurrentPage(MainWindow::SyncPageIndex);
    QCOMPARE(w->currentPage(), int(MainWindow::SyncPageIndex));
    Page *sync = w->page(MainWindow::SyncPageIndex);
    // A workspace made by init is stand-alone: the page says so plainly, offers no "Sync now".
    auto *standalone = sync->findChild<QLabel *>(QStringLiteral("standaloneLabel"));
    QVERIFY(standalone);
    QTRY_VERIFY(standalone->isVisible());
    QVERIFY2(standalone->text().contains(QStringLiteral("độc lập")), qPrintable(standalone->text()));
    QVERIFY(!sync->findChild<QWidget *>(QStringLiteral("syncNowButton"))->isVisible());
    QCOMPARE(c.status("connectionStatus"), QStringLiteral("Độc lập"));
    QVERIFY(!w->findChild<QLabel *>(QStringLiteral("lastSyncStatus"))->isVisible());
    auto *figures = sync->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(figures);
    QVERIFY(figures->isVisible());
    QVERIFY2(figures->text().contains(QStringLiteral("1 mục chưa được cổng dịch vụ công nhận")), qPrintable(figures->text()));
    auto *page = static_cast<SyncPage *>(sync);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 20000);
    QCOMPARE(page->model()->index(0, SyncItemModel::StateColumn).data().toString(), QStringLiteral("Đang chờ gửi"));
    w->resize(1366, 768);
    screenshot(w, "sync-vi.png");

    // Another event recorded elsewhere (the command line, another window): both follow at once.
    {
        auto ws = Workspace::unlock(c.dir, QStringLiteral("an"), kPassword);
        QVERIFY(ws.ok());
        auto db = (*ws)->openDatabase();
        QVERIFY(db.ok());
        EventStore store((*db)->sql(), (*ws)->session().deviceId);
        Event note;
        note.dossier = (*ws)->session().office.code + QStringLiteral("-261123-010001");
        note.type = EventType::NoteAdded;
        note.payload = {{QStringLiteral("text"), QStringLiteral("gọi lại sau")}};
        note.officer = QStringLiteral("an");
        note.office = (*ws)->session().office.code;
        QVERIFY(store.append(note).ok());
    }
    c.sync->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(c.status("pendingStatus"), QStringLiteral("Chờ đồng bộ: 2"), 20000);
    QVERIFY2(figures->text().contains(QStringLiteral("2 mục chưa được cổng dịch vụ công nhận")), qPrintable(figures->text()));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 2, 20000);
    c.language.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(c.status("pendingStatus"), QStringLiteral("Waiting to sync: 2"));
    QVERIFY2(figures->text().contains(QStringLiteral("2 items not yet accepted by the portal")), qPrintable(figures->text()));
    QCOMPARE(page->model()->index(0, SyncItemModel::StateColumn).data().toString(), QStringLiteral("Waiting to be sent"));
    screenshot(w, "sync-en.png");
}

void TestMainWindow::englishAfterSwitch()
{
    Client c;
    QVERIFY(c.signIn(QStringLiteral("an")));
    c.language.setLanguage(QStringLiteral("en"));
    auto *nav = c.main()->findChild<QListWidget *>(QStringLiteral("navList"));
    QTRY_COMPARE(nav->item(MainWindow::ReceivePageIndex)->text(), QStringLiteral("Receive"));
    QCOMPARE(nav->item(MainWindow::AdminPageIndex)->text(), QStringLiteral("Administration"));
    QCOMPARE(c.status("connectionStatus"), QStringLiteral("Offline"));
    QVERIFY(c.status("officerStatus").contains(QStringLiteral("Administrator")));
}

void TestMainWindow::ctrlLLocks()
{
    Client c;
    QVERIFY(c.signIn(QStringLiteral("an")));
    MainWindow *w = c.main();
    QVERIFY(QTest::qWaitForWindowActive(w));
    const Session session = c.auth->session();
    QVERIFY(session.isValid());
    QTest::keyClick(w, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!w->isVisible());
    QCOMPARE(c.main(), w); // hidden, not destroyed
    QVERIFY(c.controller->loginWindow()->isVisible());
    QVERIFY(!c.auth->isUnlocked());
    // The key handle expires with the lock (once a worker still reading the officer list is done).
    QTRY_VERIFY(!session.isValid());
}

void TestMainWindow::idleTimeoutLocks()
{
    Client c;
    QVERIFY(c.signIn(QStringLiteral("an")));
    MainWindow *w = c.main();
    c.controller->setIdleTimeout(400);
    // Input keeps it open: a key press every 100 ms for a second.
    for (int i = 0; i < 10; ++i) {
        QTest::keyClick(w, Qt::Key_Shift);
        QTest::qWait(100);
        QVERIFY(w->isVisible());
    }
    // Without input it locks.
    QTRY_VERIFY_WITH_TIMEOUT(!w->isVisible(), 5000);
    QVERIFY(c.controller->loginWindow()->isVisible());
    QVERIFY(!c.auth->isUnlocked());
    QVERIFY(!c.controller->idleWatcher()->isActive());
}

void TestMainWindow::demoScriptSavesScreenshots()
{
    QTemporaryDir tmp;
    const QString ws = tmp.filePath(QStringLiteral("ws"));
    QCOMPARE(createWorkspace(ws), QString());
    const QString out = tmp.filePath(QStringLiteral("shots"));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("MOTCUA_DEMO_LOGIN"), QStringLiteral("an"));
    env.insert(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
    env.insert(QStringLiteral("MOTCUA_DEMO_STEP_MS"), QStringLiteral("50"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(MOTCUA_APP_PATH), {QStringLiteral("--workspace"), ws, QStringLiteral("--demo-script"), out});
    QVERIFY(app.waitForFinished(120000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
    const QStringList paths = QString::fromUtf8(app.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(paths.size(), 13);   // with the demo receipt's four (02a phone, 02b, 02c, 04b its pages in Lookup)
    QVERIFY(paths.contains(QDir(out).absoluteFilePath(QStringLiteral("02a-receive-phone.png"))));
    QVERIFY(paths.contains(QDir(out).absoluteFilePath(QStringLiteral("04b-lookup-pages.png"))));
    QVERIFY(paths.first().endsWith(QStringLiteral("/01-login.png")));
    QVERIFY(paths.contains(QDir(out).absoluteFilePath(QStringLiteral("06-main-admin.png"))));
    QVERIFY(paths.contains(QDir(out).absoluteFilePath(QStringLiteral("07-login-en.png"))));
    for (const QString &p : paths) {
        const QImage image(p);
        QVERIFY2(!image.isNull() && image.width() > 300 && image.height() > 200, qPrintable(p));
    }

    // A wrong password: exit 1 with one line on stderr.
    env.insert(QStringLiteral("MOTCUA_DEMO_PASSWORD"), QStringLiteral("sai"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(MOTCUA_APP_PATH), {QStringLiteral("--workspace"), ws, QStringLiteral("--demo-script"), out});
    QVERIFY(app.waitForFinished(120000));
    QCOMPARE(app.exitCode(), 1);
    const QString err = QString::fromUtf8(app.readAllStandardError()).trimmed();
    QVERIFY2(err.contains(QStringLiteral("auth.wrong-password")), qPrintable(err));
}

void TestMainWindow::lookupReprintRebuildsTheForm()
{
    Client c;
    QVERIFY(c.signIn(QStringLiteral("an")));
    Reprinter *reprinter = c.main()->reprinter();
    reprinter->setPreviewEnabled(false);   // the modal preview would wait for a person
    QList<printing::FormData> forms;
    connect(reprinter, &Reprinter::formReady, this, [&forms](const printing::FormData &f) { forms << f; });
    auto *lookup = static_cast<LookupPage *>(c.main()->page(MainWindow::LookupPageIndex));
    const QString code = c.auth->session().officeCode + QStringLiteral("-261123-010001");
    emit lookup->reprintRequested(code);
    QTRY_COMPARE_WITH_TIMEOUT(forms.size(), 1, 20000);
    QCOMPARE(forms[0].kind, printing::FormKind::Receipt01);
    QCOMPARE(forms[0].dossierCode, code);
    QCOMPARE(forms[0].applicantName, QStringLiteral("Phạm Thị Hồng Nhung"));
    QVERIFY(!forms[0].lookupCode.isEmpty());
}

void TestMainWindow::scannerChosenForThisPc()
{
    // SANE's test backend offers test:0 and test:1; the choice is remembered (QSettings, in the
    // test-mode location) and used by the Receive page. The scanner comes from the application's
    // factories (AppController::setServiceFactories), the one place that decides it for the whole
    // GUI: here it is the only way the SANE test configuration reaches the scan worker (the
    // process's own environment has none), and it records which widgets asked for a scanner.
    QStandardPaths::setTestModeEnabled(true);   // QSettings under ~/.qttest, not the user's own
    qunsetenv("SANE_CONFIG_DIR");
    qunsetenv("MOTCUA_SCAN_WORKER");
    ScannerChooser::saveDevice(QString());
    Client c;
    QStringList askedBy;
    ServiceFactories factories;
    factories.scanner = [&askedBy](QObject *parent) -> capture::Scanner * {
        askedBy << QString::fromLatin1(parent->metaObject()->className());
        capture::SaneScanner::Options options;
        options.workerProgram = QStringLiteral(MOTCUA_CLI_PATH);
        QProcessEnvironment env;
        env.insert(QStringLiteral("SANE_CONFIG_DIR"), QStringLiteral(MOTCUA_SOURCE_DIR "/tests/data/sane"));
        options.extraEnvironment = env;
        return new capture::SaneScanner(options, parent);
    };
    c.controller->setServiceFactories(factories);
    QVERIFY(c.signIn(QStringLiteral("an")));
    QVERIFY2(askedBy.contains(QStringLiteral("motcua::ReceiptEditor")), qPrintable(askedBy.join(u',')));
    auto *action = c.main()->findChild<QAction *>(QStringLiteral("actionChooseScanner"));
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Chọn &máy quét…"));
    action->trigger();
    auto *chooser = c.main()->findChild<ScannerChooser *>(QStringLiteral("scannerChooser"));
    QVERIFY(chooser);
    QVERIFY2(askedBy.contains(QStringLiteral("motcua::ScannerChooser")), qPrintable(askedBy.join(u',')));
    auto *list = chooser->findChild<QListWidget *>(QStringLiteral("scannerList"));
    QTRY_VERIFY_WITH_TIMEOUT(list->count() >= 2, 30000);
    list->setCurrentRow(1);
    const QString chosen = chooser->chosenDevice();
    QCOMPARE(chosen, QStringLiteral("test:1"));
    QTest::keyClick(list, Qt::Key_Return);   // OK
    QTRY_VERIFY(!chooser->isVisible() || chooser->result() == QDialog::Accepted);
    QCOMPARE(ScannerChooser::savedDevice(), chosen);
    ScannerChooser::saveDevice(QString());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
