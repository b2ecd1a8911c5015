#include "tst_receivepage_support.h"

#include "db/Workspace.h"
#include "support/TestWorkspace.h"
#include "ui/receive/ReceiptEditor.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>

#include <QApplication>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QPainter>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThreadPool>
#include <QtTest>

#include <ctime>

using namespace motcua;

namespace rptest {

const QString kPassword = QStringLiteral("mật-khẩu-đúng");
const QString kCardName = QStringLiteral("Nguyễn Thị Ánh Tuyết");
const QString kCardText = QStringLiteral("001190123456|012345678|") + kCardName
                          + QStringLiteral("|01011990|Nữ|Số 12 ngõ 34 phố Hàng Bạc, Hoàn Kiếm, Hà Nội|15042021");

void prepareEnvironment()
{
    // At 18:30 UTC it is 13:30 on the 6th in New York and 01:30 on the 7th in Hà Nội.
    qputenv("TZ", "America/New_York");
    tzset();
    qputenv("SANE_CONFIG_DIR", MOTCUA_SOURCE_DIR "/tests/data/sane");
    qputenv("MOTCUA_SCAN_WORKER", MOTCUA_CLI_PATH);
}

void useTestFont()
{
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans"))) {
        QFont font(QStringLiteral("Noto Sans"));
        font.setPointSize(10);
        QApplication::setFont(font);
    }
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return QStringLiteral("<%1 did not finish>").arg(program);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Screenshots for docs/ when MOTCUA_SCREENSHOT_DIR is set.
void screenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

QLineEdit *procedureQuery(ReceivePage *page)
{
    return page->findChild<QLineEdit *>(QStringLiteral("procedureQuery"));
}

QPushButton *button(ReceivePage *page, const char *name)
{
    return page->findChild<QPushButton *>(QString::fromLatin1(name));
}

// Picks `code` among the results of what was typed, by keyboard: Enter, or Down… then Enter.
// Returns the number of keys pressed.
int pickProcedure(ReceivePage *page, const QString &code)
{
    auto *results = page->findChild<QListWidget *>(QStringLiteral("procedureResults"));
    QStringList codes;
    for (int i = 0; i < results->count(); ++i)
        codes << results->item(i)->data(Qt::UserRole).toString();
    const int row = int(codes.indexOf(code));
    if (row < 0)
        return -1;
    int keys = 0;
    for (int i = 0; i < row; ++i, ++keys)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    return keys + 1;
}

bool componentProvided(ReceivePage *page, int number)
{
    const intake::DraftComponent *c = page->editor()->draft().component(number);
    return c && c->isProvided() && !page->editor()->hasPendingWork();
}

// Scans the component whose Scan button has the focus (Space), waits for its pages. Returns what
// went wrong ("" when the pages are there).
QString scanFocusedError(ReceivePage *page, int number)
{
    auto *focused = qobject_cast<QPushButton *>(QApplication::focusWidget());
    if (!focused || focused->objectName() != QLatin1String("scanButton"))
        return QStringLiteral("the focus is on %1, not on a Scan button")
            .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("nothing"));
    QSignalSpy failures(page->editor(), &ReceiptEditor::failed);
    QTest::keyClick(focused, Qt::Key_Space);
    const bool ok = QTest::qWaitFor([&] {
        return (componentProvided(page, number) && page->editor()->scanningNumber() == 0) || !failures.isEmpty();
    }, kWaitMs);
    if (!failures.isEmpty())
        return failures.at(0).at(1).value<Error>().toString();
    return ok ? QString() : QStringLiteral("component %1: no pages in time").arg(number);
}

bool answerPhone(ReceivePage *page, const QString &phone)
{
    auto *field = page->findChild<QLineEdit *>(QStringLiteral("phone"));
    auto *hint = page->findChild<QLabel *>(QStringLiteral("phoneHint"));
    const bool asked = QTest::qWaitFor(
        [&] {
            return page->step() == ReceivePage::ApplicantStepIndex && QApplication::focusWidget() == field
                   && hint->isVisible();
        },
        kWaitMs);
    if (!asked)
        return false;
    if (!phone.isEmpty())
        QTest::keyClicks(field, phone);
    QTest::keyClick(field, Qt::Key_Return);
    return page->step() != ReceivePage::ApplicantStepIndex;
}

bool scanFocused(ReceivePage *page, int number)
{
    const QString error = scanFocusedError(page, number);
    if (!error.isEmpty())
        qWarning("scan of component %d: %s", number, qPrintable(error));
    return error.isEmpty();
}

QString createWorkspace(const QString &dir)
{
    test::TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = test::createTestWorkspace(dir, spec);
    return ws ? QString() : ws.error().toString();
}

capture::ScanProfile gridProfile(int pages, int dpi)
{
    capture::ScanProfile p = capture::ScanProfile::forKind(capture::PageKind::Text);
    p.dpi = dpi;
    p.pages = pages;
    p.extraOptions.insert(QStringLiteral("test-picture"), QStringLiteral("Grid"));
    return p;
}

void sendBurst(const QString &text, int stallAfter, int stallMs)
{
    int sent = 0;
    for (const QChar ch : text) {
        if (sent++ == stallAfter) {
            QElapsedTimer busy;
            busy.start();
            while (busy.elapsed() < stallMs) {
            }
        }
        QWidget *target = QApplication::focusWidget();
        Qt::Key key = Qt::Key_unknown;
        if (ch.isDigit())
            key = Qt::Key(Qt::Key_0 + ch.digitValue());
        else if (ch == QLatin1Char('|'))
            key = Qt::Key_Bar;
        else if (ch == QLatin1Char(' '))
            key = Qt::Key_Space;
        else if (ch.unicode() < 128 && ch.isLetter())
            key = Qt::Key(Qt::Key_A + (ch.toUpper().unicode() - 'A'));
        // A wedge types capitals and '|' with Shift held, as a keyboard would.
        const bool shifted = ch.isUpper() || ch == QLatin1Char('|');
        if (shifted)
            QTest::sendKeyEvent(QTest::Press, target, Qt::Key_Shift, QString(), Qt::ShiftModifier);
        const Qt::KeyboardModifiers mods = shifted ? Qt::ShiftModifier : Qt::NoModifier;
        QTest::sendKeyEvent(QTest::Press, target, key, QString(ch), mods);
        QTest::sendKeyEvent(QTest::Release, target, key, QString(ch), mods);
        if (shifted)
            QTest::sendKeyEvent(QTest::Release, target, Qt::Key_Shift, QString(), Qt::NoModifier);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

QVariantMap dossierRow(const QString &dir, const QString &code)
{
    QVariantMap out;
    auto ws = Workspace::unlock(dir, QStringLiteral("an"), kPassword);
    if (!ws)
        return {{QStringLiteral("error"), ws.error().toString()}};
    auto db = (*ws)->openDatabase();
    if (!db)
        return {{QStringLiteral("error"), db.error().toString()}};
    QSqlQuery q((*db)->sql());
    q.prepare(QStringLiteral("SELECT status_code, applicant_name, applicant_id_number, component_count, lookup_code, "
                             "procedure_code, due_at FROM dossiers WHERE code = ?"));
    q.addBindValue(code);
    if (q.exec() && q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            out.insert(q.record().fieldName(i), q.value(i));
    }
    QSqlQuery e((*db)->sql());
    e.prepare(QStringLiteral("SELECT type, count(*) FROM events WHERE dossier_code = ? GROUP BY type"));
    e.addBindValue(code);
    if (e.exec()) {
        while (e.next())
            out.insert(QStringLiteral("events.") + e.value(0).toString(), e.value(1));
    }
    QSqlQuery t((*db)->sql());
    t.prepare(QStringLiteral("SELECT actions, printed_at, started_at, decided_at FROM counter_times WHERE dossier_code = ?"));
    t.addBindValue(code);
    if (t.exec() && t.next()) {
        for (int i = 0; i < t.record().count(); ++i)
            out.insert(QStringLiteral("counter.") + t.record().fieldName(i), t.value(i));
    }
    return out;
}

QString writeDocumentImage(const QString &dir, const QString &name, const QString &text)
{
    QImage image(1240, 1754, QImage::Format_Grayscale8);   // A4 at 150 dpi
    image.fill(Qt::white);
    image.setDotsPerMeterX(5906);
    image.setDotsPerMeterY(5906);
    QPainter p(&image);
    QFont f(QStringLiteral("Noto Sans"));
    f.setPixelSize(36);
    p.setFont(f);
    for (int line = 0; line < 30; ++line)
        p.drawText(120, 200 + line * 48, text + QStringLiteral(" — dòng %1").arg(line + 1));
    p.end();
    const QString path = dir + QLatin1Char('/') + name;
    image.save(path);
    return path;
}

Counter::Counter(const QString &existingDir)
{
    dir = existingDir.isEmpty() ? tmp.filePath(QStringLiteral("ws")) : existingDir;
    if (existingDir.isEmpty()) {
        const QString error = createWorkspace(dir);
        if (!error.isEmpty())
            qFatal("cannot create the test workspace: %s", qPrintable(error));
    }
    language.setLanguage(QStringLiteral("vi"));
    auth = std::make_unique<AuthService>(dir);
}

Counter::~Counter()
{
    page.reset();
    if (auth)
        (void)QTest::qWaitFor([this] { return !auth->isBusy(); }, 30000);
    QThreadPool::globalInstance()->waitForDone(30000);
}

bool Counter::signIn()
{
    auth->refreshPublicInfo();
    if (!QTest::qWaitFor([&] { return auth->publicInfo().loaded; }, 10000))
        return false;
    auth->unlock(QStringLiteral("an"), kPassword);
    return QTest::qWaitFor([&] { return auth->isUnlocked(); }, 30000);
}

void Counter::openPage()
{
    page = std::make_unique<ReceivePage>(auth->session());
    page->editor()->setScanProfile(gridProfile());
    page->resize(1366, 768);
    page->show();
    page->activateWindow();
}

bool Counter::openSignedIn()
{
    if (!signIn())
        return false;
    openPage();
    return QTest::qWaitForWindowActive(page.get());
}

} // namespace rptest
