// The login window on real widgets (offscreen): messages, throttle countdown, unlock off the GUI
// thread, lock screen and switching officer, language.
#include "app/auth/AuthService.h"
#include "app/auth/SyncStatusSource.h"
#include "db/Workspace.h"
#include "support/TestWorkspace.h"
#include "ui/AppController.h"
#include "ui/IdleWatcher.h"
#include "ui/Language.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QMenu>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

#include <limits>
#include <memory>

using namespace motcua;
using motcua::test::TestWorkspaceSpec;
using motcua::test::createTestWorkspace;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu-đúng");

// One workspace and the whole client on it.
struct Client {
    QTemporaryDir tmp;
    QString dir;
    Language language;
    SyncStatusSource sync;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<AppController> controller;

    explicit Client(const KdfCost &cost = KdfCost::fastForTests(), bool create = true)
    {
        dir = tmp.filePath(QStringLiteral("ws"));
        if (create) {
            TestWorkspaceSpec spec;
            spec.password = kPassword;
            spec.cost = cost;
            auto ws = createTestWorkspace(dir, spec);
            if (!ws.ok())
                qFatal("cannot create the test workspace: %s", qPrintable(ws.error().toString()));
            const Status added = (*ws)->addOfficer(QStringLiteral("binh"), QStringLiteral("Trần Thị Bình"), Roles(Role::Counter),
                                                   kPassword, KdfCost::fastForTests());
            if (!added.ok())
                qFatal("cannot add an officer: %s", qPrintable(added.error().toString()));
        }
        language.setLanguage(QStringLiteral("vi"));
        auth = std::make_unique<AuthService>(dir);
        controller = std::make_unique<AppController>(auth.get(), &language, &sync);
        controller->start();
    }
    ~Client()
    {
        controller.reset();
        // A pending unlock must not outlive the test's folder.
        QTRY_VERIFY_WITH_TIMEOUT(!auth->isBusy(), 30000);
        // Workers (officer list, public info) must not touch the folder while it is removed.
        QThreadPool::globalInstance()->waitForDone(30000);
    }

    LoginWindow *login() const { return controller->loginWindow(); }
    template <typename T> T *child(const char *name) const
    {
        return login()->findChild<T *>(QString::fromLatin1(name));
    }
    QLineEdit *loginEdit() const { return child<QLineEdit>("loginEdit"); }
    QLineEdit *passwordEdit() const { return child<QLineEdit>("passwordEdit"); }
    QPushButton *button() const { return child<QPushButton>("loginButton"); }
    QLabel *message() const { return child<QLabel>("messageLabel"); }
    QLabel *countdown() const { return child<QLabel>("countdownLabel"); }

    bool ready() const { return auth->publicInfo().loaded && login()->isVisible(); }

    // Types and submits with Enter in the password field (as an officer would).
    void signIn(const QString &who, const QString &password) const
    {
        if (!loginEdit()->isReadOnly())
            loginEdit()->setText(who);
        passwordEdit()->setText(password);
        QTest::keyClick(passwordEdit(), Qt::Key_Return);
    }
};

} // namespace

class TestLogin : public QObject {
    Q_OBJECT
private slots:
    void vietnameseByDefaultEnglishAfterSwitch();
    void wrongPasswordShowsMessageAndStays();
    void throttledAttemptsShowCountdown();
    void rightPasswordOpensMainWindow();
    void guiStaysResponsiveDuringUnlock();
    void lockScreenAndSwitchOfficer();
    void signOutFromSessionMenu();
    void changePasswordFromSessionMenu();
    void missingWorkspaceSaysHowToCreateOne();
    void vietnameseTranslationIsComplete();
};

void TestLogin::vietnameseByDefaultEnglishAfterSwitch()
{
    Client c;
    QTRY_VERIFY(c.ready());
    QVERIFY(c.button()->text().contains(QStringLiteral("Đăng nhập")));
    QVERIFY(c.login()->windowTitle().contains(QStringLiteral("Đăng nhập")));
    QVERIFY(c.child<QLabel>("officeLabel")->text().contains(QStringLiteral("UBND xã Tân Lập")));
    QCOMPARE(c.child<QLabel>("passwordLabel")->text(), QStringLiteral("&Mật khẩu:"));

    auto *combo = c.child<QComboBox>("languageCombo");
    const int en = combo->findData(QStringLiteral("en"));
    QVERIFY(en >= 0);
    combo->setCurrentIndex(en);
    emit combo->activated(en);
    QCOMPARE(c.language.current(), QStringLiteral("en"));
    // LanguageChange is posted to each window: the texts follow on the next event-loop turn.
    QTRY_COMPARE(c.button()->text(), QStringLiteral("Sign in"));
    QCOMPARE(c.child<QLabel>("passwordLabel")->text(), QStringLiteral("&Password:"));
    QVERIFY(c.login()->windowTitle().contains(QStringLiteral("Sign in")));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));

    const int vi = combo->findData(QStringLiteral("vi"));
    combo->setCurrentIndex(vi);
    emit combo->activated(vi);
    QTRY_COMPARE(c.button()->text(), QStringLiteral("Đăng nhập"));
}

void TestLogin::wrongPasswordShowsMessageAndStays()
{
    Client c;
    QTRY_VERIFY(c.ready());
    c.signIn(QStringLiteral("an"), QStringLiteral("sai"));
    QTRY_VERIFY_WITH_TIMEOUT(c.message()->isVisible(), 20000);
    QCOMPARE(c.message()->text(), QStringLiteral("Sai tên đăng nhập hoặc mật khẩu."));
    QVERIFY(c.passwordEdit()->text().isEmpty());
    QCOMPARE(c.login()->focusWidget(), static_cast<QWidget *>(c.passwordEdit()));
    QVERIFY(c.login()->isVisible());
    QVERIFY(!c.controller->mainWindow());
    QVERIFY(!c.auth->isUnlocked());
    QVERIFY(c.button()->isEnabled()); // the first failures answer at once: no countdown yet
    QVERIFY(!c.countdown()->isVisible());

    // The message follows a language switch.
    c.language.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(c.message()->text(), QStringLiteral("Wrong login or password."));
}

void TestLogin::throttledAttemptsShowCountdown()
{
    Client c;
    QTRY_VERIFY(c.ready());
    for (int attempt = 1; attempt <= 4; ++attempt) {
        // After the third failure the throttle wants 1 s; wait for the button to come back.
        QTRY_VERIFY_WITH_TIMEOUT(c.button()->isEnabled(), 20000);
        QSignalSpy failed(c.auth.get(), &AuthService::unlockFailed);
        c.signIn(QStringLiteral("an"), QStringLiteral("sai-%1").arg(attempt));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("auth.wrong-password"));
        if (attempt < 3)
            QVERIFY(!c.countdown()->isVisible());
    }
    // After the 4th failure the next attempt must wait 2 s: a visible countdown, button disabled.
    QVERIFY(c.countdown()->isVisible());
    QVERIFY(c.countdown()->text().startsWith(QStringLiteral("Thử lại sau ")));
    QVERIFY(c.countdown()->text().endsWith(QStringLiteral(" giây")));
    QVERIFY(!c.button()->isEnabled());
    QVERIFY(c.login()->isCountingDown());
    // For looking at it: MOTCUA_TEST_SCREENSHOTS=DIR keeps a picture of the countdown.
    if (const QString shots = qEnvironmentVariable("MOTCUA_TEST_SCREENSHOTS"); !shots.isEmpty())
        c.login()->grab().save(QDir(shots).filePath(QStringLiteral("login-countdown-vi.png")));

    // Enter while counting down does nothing; a direct call is answered at once as throttled.
    QSignalSpy failed(c.auth.get(), &AuthService::unlockFailed);
    c.signIn(QStringLiteral("an"), kPassword);
    QVERIFY(!c.auth->isBusy());
    c.auth->unlock(QStringLiteral("an"), kPassword);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QCOMPARE(failed.at(0).at(0).value<Error>().code, QStringLiteral("auth.throttled"));
    const QDateTime retryAt = failed.at(0).at(1).toDateTime();
    QVERIFY(retryAt.isValid());
    QVERIFY(retryAt > QDateTime::currentDateTimeUtc());
    QVERIFY(retryAt < QDateTime::currentDateTimeUtc().addSecs(10));
    QCOMPARE(c.message()->text(), QStringLiteral("Đăng nhập sai quá nhiều lần: vui lòng chờ rồi thử lại."));

    // The countdown reaches 0, the button comes back, and the right password still opens.
    QTRY_VERIFY_WITH_TIMEOUT(c.button()->isEnabled(), 20000);
    QVERIFY(!c.countdown()->isVisible());
    c.signIn(QStringLiteral("an"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(c.controller->mainWindow() && c.controller->mainWindow()->isVisible(), 20000);
    QCOMPARE(c.auth->session().failedAttemptsBefore, 4);
    auto *notice = c.controller->mainWindow()->findChild<QLabel *>(QStringLiteral("noticeLabel"));
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("Có 4 lần đăng nhập sai vào tài khoản của bạn kể từ lần đăng nhập trước."));
}

void TestLogin::rightPasswordOpensMainWindow()
{
    Client c;
    QTRY_VERIFY(c.ready());
    QSignalSpy busy(c.auth.get(), &AuthService::busyChanged);
    c.signIn(QStringLiteral("an"), kPassword);
    // The unlock started (busy) — with the tests' cheap key slots it may already be over when the
    // key click returns (it processes events): then the form's busy state is no longer there to see.
    QVERIFY(!busy.isEmpty());
    QVERIFY(busy.first().first().toBool());
    if (c.auth->isBusy()) {
        // While the slot opens the form is disabled.
        QVERIFY(!c.button()->isEnabled());
        QVERIFY(!c.passwordEdit()->isEnabled());
        QVERIFY(c.child<QWidget>("busyBar")->isVisible());
    }
    QTRY_VERIFY_WITH_TIMEOUT(c.controller->mainWindow() && c.controller->mainWindow()->isVisible(), 20000);
    QVERIFY(!c.login()->isVisible());
    QVERIFY(c.passwordEdit()->text().isEmpty());
    const Session &s = c.auth->session();
    QVERIFY(s.isValid());
    QCOMPARE(s.login, QStringLiteral("an"));
    QCOMPARE(s.fullName, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(s.officeName, QStringLiteral("UBND xã Tân Lập"));
    QCOMPARE(s.roles, allRoles());
    QCOMPARE(c.controller->mainWindow()->windowTitle(), QStringLiteral("MotCua — UBND xã Tân Lập"));
    QCOMPARE(busy.count(), 2);
}

void TestLogin::guiStaysResponsiveDuringUnlock()
{
    Client c(KdfCost::production());   // Argon2id at the real cost (≈0.4 s, 192 MiB)
    QTRY_VERIFY(c.ready());
    // A GUI thread blocked by the unlock shows one gap as long as the unlock itself, every time.
    // Measured on the shared 2-core VM: the FIRST unlock of a process sometimes shows one pause
    // of 130-290 ms right after submitting, during which the GUI thread uses ~3 ms of CPU: it is
    // held up in the kernel while the worker faults in Argon2id's 192 MiB of fresh memory; later
    // unlocks stay under 30 ms. So the best of three unlocks is judged.
    {
        // For the log: the same ticker with nothing running, to see what the machine itself does.
        QElapsedTimer sinceTick;
        qint64 idleGap = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] { idleGap = std::max(idleGap, sinceTick.restart()); });
        sinceTick.start();
        ticker.start(10);
        QTest::qWait(1000);
        qInfo("control: longest gap of a 10 ms timer over 1 s with no unlock running: %lld ms", idleGap);
    }
    qint64 bestGap = std::numeric_limits<qint64>::max();
    int bestTicks = 0;
    for (int attempt = 1; attempt <= 3 && bestGap >= 200; ++attempt) {
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(10);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
            longestGap = std::max(longestGap, sinceTick.restart());
            ++ticks;
        });
        bool unlocked = false;
        // Stop measuring when the unlock is done (before the main window is built).
        QObject::connect(c.auth.get(), &AuthService::busyChanged, &ticker, [&](bool busy) {
            if (!busy) {
                unlocked = true;
                ticker.stop();
            }
        });
        QElapsedTimer total;
        total.start();
        sinceTick.start();
        ticker.start();
        c.signIn(QStringLiteral("an"), kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(unlocked, 30000);
        const qint64 unlockMs = total.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(c.controller->mainWindow() && c.controller->mainWindow()->isVisible(), 20000);
        qInfo("attempt %d: unlock at production cost %lld ms, %d timer ticks, longest GUI-thread gap %lld ms; "
              "main window after %lld ms",
              attempt, unlockMs, ticks, longestGap, total.elapsed());
        if (longestGap < bestGap) {
            bestGap = longestGap;
            bestTicks = ticks;
        }
        c.controller->lock();
    }
    QVERIFY2(bestTicks >= 5, "the timer hardly ticked: was the unlock on the GUI thread?");
    QVERIFY2(bestGap < 200, qPrintable(QStringLiteral("longest gap %1 ms").arg(bestGap)));
}

void TestLogin::lockScreenAndSwitchOfficer()
{
    Client c;
    QTRY_VERIFY(c.ready());
    c.signIn(QStringLiteral("an"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(c.controller->mainWindow() && c.controller->mainWindow()->isVisible(), 20000);
    QPointer<MainWindow> first = c.controller->mainWindow();
    const Session before = c.auth->session();
    QVERIFY(before.isValid());

    // Lock: the main window is hidden (not destroyed), the session handle is gone.
    c.controller->lock();
    QVERIFY(first);
    QVERIFY(!first->isVisible());
    QVERIFY(c.login()->isVisible());
    QTRY_VERIFY(!before.isValid());
    auto *locked = c.child<QLabel>("lockedLabel");
    QVERIFY(locked->isVisible());
    QVERIFY(locked->text().contains(QStringLiteral("Nguyễn Văn An")));
    QCOMPARE(c.loginEdit()->text(), QStringLiteral("an"));
    QVERIFY(c.loginEdit()->isReadOnly());

    // The same officer comes back to the same window.
    c.signIn(QString(), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(first && first->isVisible(), 20000);
    QCOMPARE(c.controller->mainWindow(), first.data());
    QVERIFY(first->session().isValid());

    // Another officer at the shared counter gets a fresh window; the previous one is gone.
    c.controller->lock();
    auto *switchButton = c.child<QPushButton>("switchOfficerButton");
    QVERIFY(switchButton->isVisible());
    QTest::mouseClick(switchButton, Qt::LeftButton);
    QVERIFY(c.loginEdit()->text().isEmpty());
    QVERIFY(!c.loginEdit()->isReadOnly());
    QVERIFY(!locked->isVisible());
    c.signIn(QStringLiteral("binh"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(c.controller->mainWindow() && c.controller->mainWindow()->isVisible(), 20000);
    QVERIFY(!first);
    QCOMPARE(c.controller->mainWindow()->session().login, QStringLiteral("binh"));
    QCOMPARE(c.controller->mainWindow()->session().fullName, QStringLiteral("Trần Thị Bình"));
}

void TestLogin::signOutFromSessionMenu()
{
    Client c;
    QTRY_VERIFY(c.ready());
    c.signIn(QStringLiteral("an"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(c.controller->mainWindow() && c.controller->mainWindow()->isVisible(), 20000);
    QPointer<MainWindow> main = c.controller->mainWindow();
    const Session before = c.auth->session();
    auto *signOut = main->findChild<QAction *>(QStringLiteral("actionSignOut"));
    QVERIFY(signOut);
    QCOMPARE(signOut->text(), QStringLiteral("Đăng &xuất"));
    QVERIFY(main->findChild<QMenu *>(QStringLiteral("menuSession"))->actions().contains(signOut));
    signOut->trigger();

    // A fresh sign-in form, not the lock screen: nobody's name, the login free; the window is gone.
    QVERIFY(c.login()->isVisible());
    QVERIFY(!c.auth->isUnlocked());
    QVERIFY(c.loginEdit()->text().isEmpty());
    QVERIFY(!c.loginEdit()->isReadOnly());
    QVERIFY(!c.child<QLabel>("lockedLabel")->isVisible());
    QVERIFY(!c.child<QPushButton>("switchOfficerButton")->isVisible());
    QVERIFY(!c.controller->mainWindow());
    QTRY_VERIFY(!main);                       // destroyed, its pages and workers with it
    QTRY_VERIFY(!before.isValid());           // the key handle expired
    QVERIFY(!c.controller->idleWatcher()->isActive());

    // Anyone may sign in next.
    c.signIn(QStringLiteral("binh"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(c.controller->mainWindow() && c.controller->mainWindow()->isVisible(), 20000);
    QCOMPARE(c.controller->mainWindow()->session().login, QStringLiteral("binh"));
}

void TestLogin::changePasswordFromSessionMenu()
{
    Client c;
    QTRY_VERIFY(c.ready());
    c.signIn(QStringLiteral("binh"), kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(c.controller->mainWindow() && c.controller->mainWindow()->isVisible(), 20000);
    MainWindow *main = c.controller->mainWindow();
    auto *action = main->findChild<QAction *>(QStringLiteral("actionChangePassword"));
    QVERIFY(action);
    QVERIFY(main->findChild<QMenu *>(QStringLiteral("menuSession"))->actions().contains(action));
    action->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = main->findChild<QDialog *>(QStringLiteral("changePasswordDialog"))) && dialog->isVisible());
    QPointer<QDialog> alive = dialog;
    auto *oldEdit = dialog->findChild<QLineEdit *>(QStringLiteral("oldPassword"));
    auto *newEdit = dialog->findChild<QLineEdit *>(QStringLiteral("newPassword"));
    auto *repeatEdit = dialog->findChild<QLineEdit *>(QStringLiteral("repeatPassword"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(oldEdit && newEdit && repeatEdit && message);
    QCOMPARE(oldEdit->echoMode(), QLineEdit::Password);
    auto fill = [&](const QString &old, const QString &n, const QString &r) {
        oldEdit->setText(old);
        newEdit->setText(n);
        repeatEdit->setText(r);
        QTest::keyClick(repeatEdit, Qt::Key_Return);
    };
    const QString newPassword = QStringLiteral("mật-khẩu-mới-2026");

    // Checked at once, before any Argon2 work: nothing changes on disk.
    QSignalSpy changed(c.auth.get(), &AuthService::passwordChanged);
    QSignalSpy failedSpy(c.auth.get(), &AuthService::passwordChangeFailed);
    fill(kPassword, newPassword, newPassword + QLatin1Char('x'));
    QCOMPARE(message->text(), QStringLiteral("Hai lần nhập mật khẩu mới không khớp nhau."));
    QVERIFY(message->isVisible());
    if (const QString shots = qEnvironmentVariable("MOTCUA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
        oldEdit->setText(kPassword);
        newEdit->setText(newPassword);
        QTest::qWait(200);
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("change-password-vi.png")));
        c.language.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(message->text(), QStringLiteral("The two entries of the new password differ."));
        QTest::qWait(200);
        dialog->grab().save(QDir(shots).filePath(QStringLiteral("change-password-en.png")));
        c.language.setLanguage(QStringLiteral("vi"));
        QTRY_COMPARE(message->text(), QStringLiteral("Hai lần nhập mật khẩu mới không khớp nhau."));
    }
    fill(kPassword, QStringLiteral("ngắn"), QStringLiteral("ngắn"));
    QCOMPARE(message->text(), QStringLiteral("Mật khẩu mới phải có ít nhất 8 ký tự."));
    fill(kPassword, kPassword, kPassword);
    QCOMPARE(message->text(), QStringLiteral("Mật khẩu mới phải khác mật khẩu hiện tại."));
    QVERIFY(!c.auth->isChangingPassword());
    QCOMPARE(changed.count() + failedSpy.count(), 0);

    // A wrong current password: checked through the key slot, off the GUI thread; the dialog stays.
    fill(QStringLiteral("không-phải-nó"), newPassword, newPassword);
    QVERIFY(c.auth->isChangingPassword());
    QVERIFY(!oldEdit->isEnabled());                       // the form waits, the GUI thread does not
    QTRY_COMPARE_WITH_TIMEOUT(failedSpy.count(), 1, 30000);
    QCOMPARE(failedSpy.at(0).at(0).value<Error>().code, QStringLiteral("auth.wrong-password"));
    QVERIFY(alive && dialog->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Sai tên đăng nhập hoặc mật khẩu."));
    QVERIFY(oldEdit->isEnabled() && oldEdit->text().isEmpty() && newEdit->text().isEmpty());

    // The right one: Enter returns at once (Argon2 runs on a worker), then the dialog closes.
    QElapsedTimer click;
    click.start();
    fill(kPassword, newPassword, newPassword);
    QVERIFY2(click.elapsed() < 200, qPrintable(QString::number(click.elapsed())));
    QVERIFY(c.auth->isChangingPassword());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30000);
    QTRY_VERIFY(!alive || !alive->isVisible());
    QVERIFY(c.auth->isUnlocked());                         // the session carries on

    // On disk: the new password opens binh's slot, the old one no longer does.
    c.controller->signOut();
    QTRY_VERIFY(!c.controller->mainWindow());
    QThreadPool::globalInstance()->waitForDone(30000);
    auto opened = Workspace::unlock(c.dir, QStringLiteral("binh"), newPassword);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    QCOMPARE((*opened)->session().officer.login, QStringLiteral("binh"));
    opened = Workspace::unlock(c.dir, QStringLiteral("binh"), kPassword);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("auth.wrong-password"));
    // And through the login window too.
    c.signIn(QStringLiteral("binh"), newPassword);
    QTRY_VERIFY_WITH_TIMEOUT(c.controller->mainWindow() && c.controller->mainWindow()->isVisible(), 20000);
}

void TestLogin::missingWorkspaceSaysHowToCreateOne()
{
    Client c(KdfCost::fastForTests(), false);
    QTRY_VERIFY(c.ready());
    QCOMPARE(c.child<QLabel>("officeLabel")->text(), QStringLiteral("Chưa có kho dữ liệu"));
    auto *help = c.child<QLabel>("workspaceMessageLabel");
    QVERIFY(help->isVisible());
    QVERIFY(help->text().startsWith(QStringLiteral("Chưa có kho dữ liệu tại ")));
    QVERIFY(help->text().contains(QStringLiteral("motcua-cli --workspace")));
    QVERIFY(help->text().contains(c.dir));
    QVERIFY(!c.button()->isEnabled());
    QVERIFY(!c.loginEdit()->isEnabled());
}

void TestLogin::vietnameseTranslationIsComplete()
{
    // The embedded translations exist.
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/motcua_vi.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/motcua_en.qm")));

    // Every string the sources translate today is in motcua_vi.ts and finished: lupdate the
    // sources into a copy of the committed file and look for unfinished entries.
    const QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
    if (!QFile::exists(lupdate))
        QFAIL("lupdate is not installed — tools/install-deps installs it");
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(QStringLiteral("motcua_vi.ts"));
    QVERIFY(QFile::copy(QStringLiteral(MOTCUA_SOURCE_DIR "/translations/motcua_vi.ts"), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QProcess run;
    run.setWorkingDirectory(QStringLiteral(MOTCUA_SOURCE_DIR));
    run.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"),
                        QStringLiteral("-I"), QStringLiteral(MOTCUA_SOURCE_DIR), QStringLiteral("domain"), QStringLiteral("db"),
                        QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-ts"), copy});
    QVERIFY(run.waitForFinished(120000));
    QCOMPARE(run.exitCode(), 0);
    QFile ts(copy);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(ts.readAll());
    QStringList unfinished;
    qsizetype at = 0;
    while ((at = xml.indexOf(QStringLiteral("type=\"unfinished\""), at)) >= 0) {
        const qsizetype src = xml.lastIndexOf(QStringLiteral("<source>"), at);
        unfinished << xml.mid(src + 8, xml.indexOf(QStringLiteral("</source>"), src) - src - 8);
        ++at;
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("untranslated (run tools/update-translations and translate): ")
                                              + unfinished.join(QStringLiteral(" | "))));
    QVERIFY(xml.contains(QStringLiteral("<translation>Đăng nhập</translation>")));
}

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
