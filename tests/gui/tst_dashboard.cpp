// The supervisor dashboard and the bulk approve / send back on real widgets (offscreen), over the
// queue fixture's workspace (a dossier in every queue): the page computes on its worker the same
// figures `motcua-cli report` prints for the same days (the whole JSON, breakdowns included);
// presets; a figure, a bar and a table cell drill down into exactly the dossiers behind them, which
// open in the dossier view; PDF (pdftotext) and CSV exports; only supervisors are offered the page.
// Bulk: the dialog lists exactly the selected dossiers; a wrong password writes nothing; a dossier
// decided by someone else meanwhile is reported, the others get one event each; sending back needs
// a reason and returns the dossier to the officer who submitted it.
// MOTCUA_SCREENSHOT_DIR=DIR keeps pictures.
#include "unit/tst_queues_fixture.h"

#include "app/casework/BulkDecision.h"
#include "app/casework/CaseworkService.h"
#include "app/reporting/ReportService.h"
#include "support/CliRunner.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/BreakdownModel.h"
#include "ui/dashboard/BulkDecisionDialog.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DrillDownDialog.h"
#include "ui/dashboard/DrillDownModel.h"
#include "ui/Language.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/DossiersPage.h"
#include "ui/pages/QueueTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace motcua;
using motcua::test::CliRun;
using motcua::test::CliRunner;
using motcua::test::QueuesFixture;

namespace {

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

DrillDownDialog *waitDrill(QWidget *parent)
{
    DrillDownDialog *d = nullptr;
    const bool found = QTest::qWaitFor([&] {
        const auto all = parent->findChildren<DrillDownDialog *>();
        for (DrillDownDialog *c : all)
            if (c->isVisible() && c->statusLabel()->text() != DrillDownDialog::tr("Loading…"))
                d = c;
        return d != nullptr;
    }, 20000);
    return found ? d : nullptr;
}

QStringList drillCodes(DrillDownDialog *d)
{
    QStringList out;
    for (int r = 0; r < d->model()->rowCount(); ++r)
        out << d->model()->dossierCode(r);
    return out;
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void onlySupervisorsSeeIt();
    void sameFiguresAsTheCli();
    void presets();
    void drillDownFromFigureBarAndTable();
    void exportPdfAndCsv();
    void bulkDecision();   // last two: change dossiers
    void bulkSendBack();

private:
    std::unique_ptr<DashboardPage> page();
    QJsonObject cliReport(const QString &from, const QString &to);
    QString awaitingApproval(const QString &name);

    std::unique_ptr<QueuesFixture> m_f;
    CliRunner m_cli;
    QTemporaryDir m_out;
};

void TestDashboard::initTestCase()
{
    m_f = std::make_unique<QueuesFixture>();
    QVERIFY2(m_f->error.isEmpty(), qPrintable(m_f->error));
    m_cli.setEnv(QStringLiteral("MOTCUA_NOW"), isoUtcMs(QueuesFixture::now()));
}

void TestDashboard::cleanupTestCase()
{
    m_f.reset();
}

std::unique_ptr<DashboardPage> TestDashboard::page()
{
    auto p = std::make_unique<DashboardPage>(m_f->session(QStringLiteral("chi")), QueuesFixture::clock());
    new QAbstractItemModelTester(p->officerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, p.get());
    new QAbstractItemModelTester(p->procedureModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, p.get());
    p->resize(1280, 900);
    p->show();
    return p;
}

QJsonObject TestDashboard::cliReport(const QString &from, const QString &to)
{
    const CliRun r = m_cli.as(m_f->tmp.filePath(QStringLiteral("ws")), QStringLiteral("chi"), QueuesFixture::kPassword,
                              {QStringLiteral("report"), QStringLiteral("--from"), from, QStringLiteral("--to"), to});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out).object();
}

void TestDashboard::onlySupervisorsSeeIt()
{
    QVERIFY(MainWindow::pageAllowed(MainWindow::DashboardPageIndex, Roles(Role::Supervisor)));
    for (Role r : {Role::Counter, Role::Processing, Role::Admin})
        QVERIFY(!MainWindow::pageAllowed(MainWindow::DashboardPageIndex, Roles(r)));
}

void TestDashboard::sameFiguresAsTheCli()
{
    auto p = page();
    QVERIFY(QTest::qWaitFor([&] { return !p->isComputing(); }, 30000));
    // "This month" at the fixture's now (Monday 2 March 2026).
    QCOMPARE(p->fromDate()->date(), QDate(2026, 3, 1));
    QCOMPARE(p->toDate()->date(), QDate(2026, 3, 31));
    const QJsonObject gui = p->figures().toJson();
    const QJsonObject cli = cliReport(QStringLiteral("2026-03-01"), QStringLiteral("2026-03-31"));
    QVERIFY(!cli.isEmpty());
    for (auto it = cli.constBegin(); it != cli.constEnd(); ++it)
        QVERIFY2(gui.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(gui, cli);
    // Hand-counted from the fixture: received on 2 March (not the Form 02 one, not the two of
    // 23 February): recv5 recv1 procBinh procAn supplement approval ready returned conflict.
    QCOMPARE(gui.value(QStringLiteral("received")).toInt(), 9);
    QCOMPARE(gui.value(QStringLiteral("returned_on_time")).toInt(), 1);
    QCOMPARE(gui.value(QStringLiteral("returned_late")).toInt(), 0);
    // Overdue now (11:00 on 2 March): recvLate (1 day from 23 Feb) and procBinhLate (2 days).
    QCOMPARE(gui.value(QStringLiteral("overdue")).toInt(), 2);
    QVERIFY(p->figureButton(QStringLiteral("received"))->text().endsWith(QStringLiteral("\n9")));
    // Per officer: every receipt is an's; the returned dossier's result is binh's.
    const auto *an = p->officerModel()->lineAt(0);
    QVERIFY(an);
    QCOMPARE(an->key, QStringLiteral("an"));
    QCOMPARE(an->counts.received, 9);
    bool binhFinished = false;
    for (int r = 0; r < p->officerModel()->rowCount(); ++r)
        if (p->officerModel()->lineAt(r)->key == QLatin1String("binh"))
            binhFinished = p->officerModel()->lineAt(r)->counts.returnedOnTime == 1;
    QVERIFY(binhFinished);
    screenshot(p.get(), QStringLiteral("dashboard-en.png"));
    {
        // Vietnamese first: the page retranslates on the language change (the figures stay).
        Language language;
        QVERIFY(language.setLanguage(QStringLiteral("vi")));
        QCoreApplication::processEvents();
        const QString received = p->figureButton(QStringLiteral("received"))->text();
        QVERIFY2(!received.startsWith(QStringLiteral("Received")), qPrintable(received));
        QVERIFY(received.endsWith(QStringLiteral("\n9")));
        // The status line too (it was left in English: it is set when the figures arrive).
        const auto *status = p->findChild<QLabel *>(QStringLiteral("dashboardStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().startsWith(QStringLiteral("Số liệu từ 01/03/2026")), qPrintable(status->text()));
        screenshot(p.get(), QStringLiteral("dashboard-vi.png"));
    }
    QCoreApplication::processEvents();
    QVERIFY(p->figureButton(QStringLiteral("received"))->text().startsWith(QStringLiteral("Received")));
}

void TestDashboard::presets()
{
    auto p = page();
    QVERIFY(QTest::qWaitFor([&] { return !p->isComputing(); }, 30000));
    p->setPreset(DashboardPage::Preset::LastMonth);
    QCOMPARE(p->fromDate()->date(), QDate(2026, 2, 1));
    QCOMPARE(p->toDate()->date(), QDate(2026, 2, 28));
    QVERIFY(QTest::qWaitFor([&] { return !p->isComputing(); }, 30000));
    QCOMPARE(p->figures().received(), 2);   // recvLate, procBinhLate on 23 February
    QCOMPARE(p->figures().toJson(), cliReport(QStringLiteral("2026-02-01"), QStringLiteral("2026-02-28")));
    p->setPreset(DashboardPage::Preset::ThisYear);
    QCOMPARE(p->fromDate()->date(), QDate(2026, 1, 1));
    QCOMPARE(p->toDate()->date(), QDate(2026, 12, 31));
    QVERIFY(QTest::qWaitFor([&] { return !p->isComputing(); }, 30000));
    QCOMPARE(p->figures().received(), 11);
    // A procedure chosen: only its dossiers (recvLate is the one 1.000894 dossier).
    const int at = p->procedureBox()->findData(QStringLiteral("1.000894"));
    QVERIFY(at > 0);
    p->procedureBox()->setCurrentIndex(at);
    QVERIFY(QTest::qWaitFor([&] { return !p->isComputing() && p->figures().received() == 1; }, 30000));
    QCOMPARE(p->figures().overdue(), 1);
    // Editing a day makes the period "chosen days".
    p->fromDate()->setDate(QDate(2026, 2, 2));
    QCOMPARE(p->presetBox()->currentIndex(), int(DashboardPage::Preset::Custom));
}

void TestDashboard::drillDownFromFigureBarAndTable()
{
    auto p = page();
    QVERIFY(QTest::qWaitFor([&] { return !p->isComputing(); }, 30000));
    QSignalSpy open(p.get(), &DashboardPage::openDossierRequested);

    // A figure: exactly the dossiers it counts.
    QTest::mouseClick(p->figureButton(QStringLiteral("overdue")), Qt::LeftButton);
    DrillDownDialog *d = waitDrill(p.get());
    QVERIFY(d);
    new QAbstractItemModelTester(d->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, d);
    QStringList codes = drillCodes(d);
    QStringList expected{m_f->recvLate, m_f->procBinhLate};
    expected.sort();
    QCOMPARE(codes, expected);
    // Enter on a row opens that dossier.
    d->table()->setFocus();
    d->table()->setCurrentIndex(d->model()->index(1, 0));
    QTest::keyClick(d->table(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), expected.at(1));
    screenshot(d, QStringLiteral("dashboard-drilldown-en.png"));
    const QString englishTitle = d->windowTitle();
    {
        // Vietnamese with the dialog open: the title, the count and the button follow (issue 12 polish).
        const auto headers = [](DrillDownDialog *dialog) {
            QStringList titles;
            for (int c = 0; c < dialog->model()->columnCount(); ++c)
                titles << dialog->table()->model()->headerData(c, Qt::Horizontal).toString();
            return titles;
        };
        const QStringList englishHeaders = headers(d);
        Language language;
        QVERIFY(language.setLanguage(QStringLiteral("vi")));
        QCoreApplication::processEvents();
        QCOMPARE(d->statusLabel()->text(), QStringLiteral("2 hồ sơ"));
        QCOMPARE(d->openButton()->text(), QStringLiteral("Mở hồ sơ"));
        QVERIFY2(d->windowTitle() != englishTitle, qPrintable(d->windowTitle()));
        QVERIFY2(d->windowTitle().contains(QStringLiteral(" (từ ")), qPrintable(d->windowTitle()));
        QCOMPARE(d->headingLabel()->text(), d->windowTitle());
        QVERIFY(headers(d) != englishHeaders);
        QCOMPARE(headers(d).first(), QueueTableModel::columnTitle(0));   // the table asks the model again
        screenshot(d, QStringLiteral("dashboard-drilldown-vi.png"));
    }
    QCoreApplication::processEvents();
    QCOMPARE(d->statusLabel()->text(), QStringLiteral("2 dossier(s)"));
    QCOMPARE(d->windowTitle(), englishTitle);
    QCOMPARE(d->table()->model()->headerData(0, Qt::Horizontal).toString(), QueueTableModel::columnTitle(0));
    d->close();
    QTest::qWait(50);

    // A bar: the "returned on time" set at the procedure of the returned dossier.
    auto *series = qobject_cast<QBarSeries *>(p->charts()->barView()->chart()->series().value(0));
    QVERIFY(series);
    const int column = int(p->charts()->barProcedures().indexOf(QStringLiteral("1.001193")));
    QVERIFY(column >= 0);
    emit series->barSets().at(1)->clicked(column);
    d = waitDrill(p.get());
    QVERIFY(d);
    QCOMPARE(drillCodes(d), QStringList{m_f->returned});
    d->close();
    QTest::qWait(50);

    // A table cell: an's receipts.
    QTableView *table = p->officerTable();
    const QModelIndex cell = table->model()->index(0, BreakdownModel::Received);
    QCOMPARE(table->model()->index(0, BreakdownModel::Key).data().toString(), QStringLiteral("an"));
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_Return);
    d = waitDrill(p.get());
    QVERIFY(d);
    QCOMPARE(d->model()->rowCount(), 9);
    QVERIFY(drillCodes(d).contains(m_f->recv5));
    QVERIFY(!drillCodes(d).contains(m_f->recvLate));   // February
    d->close();
}

void TestDashboard::exportPdfAndCsv()
{
    auto p = page();
    QVERIFY(QTest::qWaitFor([&] { return !p->isComputing(); }, 30000));
    QSignalSpy done(p.get(), &DashboardPage::exportFinished);
    const QString pdf = m_out.filePath(QStringLiteral("dashboard.pdf"));
    p->exportTo(pdf);
    QVERIFY(done.wait(30000));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    QString body = QString::fromUtf8(text.readAllStandardOutput());
    // The serif face sets ligatures: "Oﬃce".
    body.replace(QChar(0xFB03), QStringLiteral("ffi")).replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl"));
    QVERIFY2(body.contains(QStringLiteral("SUPERVISOR DASHBOARD")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("01/03/2026")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("Returned on time")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("By officer")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("Per procedure")), qPrintable(body));   // the bar chart's title, drawn in
    QVERIFY2(body.contains(QStringLiteral("Returns on time")), qPrintable(body));   // the pie's title
    QVERIFY2(body.contains(QStringLiteral("1.001193")), qPrintable(body));

    const QString csv = m_out.filePath(QStringLiteral("dashboard.csv"));
    p->exportTo(csv);
    QVERIFY(done.wait(30000));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines.contains(QByteArray("received,Received,9")));
    QVERIFY(lines.contains(QByteArray("overdue,Overdue now,2")));
    bool anLine = false;
    for (const QByteArray &l : lines)
        anLine = anLine || l.startsWith("an,");
    QVERIFY(anLine);
}

QString TestDashboard::awaitingApproval(const QString &name)
{
    // Another dossier submitted to chi for approval, as the fixture makes them.
    auto services = m_f->services(QStringLiteral("an"));
    Event e;
    e.type = EventType::Received;
    e.officer = QStringLiteral("an");
    e.role = Role::Counter;
    e.office = m_f->officeCode();
    e.payload = {{QStringLiteral("procedure"), QStringLiteral("1.001193")},
                 {QStringLiteral("limit"), TimeLimit::days(5).toJson()},
                 {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("idNumber"), QStringLiteral("001090123499")},
                                                          {QStringLiteral("name"), name}}}};
    const SessionInfo info = m_f->infoOf(QStringLiteral("an"));
    auto r = services->events().receive(e, DossierCodeMinter(info.office.code, info.deviceId, info.deviceNumber),
                                        QDate(2026, 3, 2));
    if (!r)
        return {};
    for (const auto &[who, role, payload] :
         {std::tuple{QStringLiteral("an"), Role::Counter, testing::transferPayload(QStringLiteral("binh"))},
          std::tuple{QStringLiteral("binh"), Role::Processing, testing::transferPayload(QStringLiteral("chi"), true)}}) {
        Event t;
        t.type = EventType::Transferred;
        t.dossier = r->dossier;
        t.officer = who;
        t.role = role;
        t.office = m_f->officeCode();
        t.payload = payload;
        if (!services->events().append(t))
            return {};
    }
    return r->dossier;
}

void TestDashboard::bulkDecision()
{
    const QString second = awaitingApproval(QStringLiteral("Lý Thị Hàng Loạt"));
    QVERIFY(!second.isEmpty());
    DossiersPage page(m_f->session(QStringLiteral("chi")), QueuesFixture::clock());
    page.resize(1280, 700);
    page.show();
    page.setCurrentQueue(casework::QueueId::AwaitingApproval);
    QVERIFY(QTest::qWaitFor([&] { return !page.model()->isLoading() && page.model()->total() >= 0; }, 20000));
    QCOMPARE(page.model()->rowCount(), 2);
    QVERIFY(page.approveSelectedButton()->isVisible());
    QVERIFY(!page.approveSelectedButton()->isEnabled());   // nothing selected yet
    page.table()->selectAll();
    QVERIFY(page.approveSelectedButton()->isEnabled());

    // The dialog lists exactly the selected dossiers, with procedure and applicant.
    QTest::mouseClick(page.approveSelectedButton(), Qt::LeftButton);
    auto *dialog = page.findChild<BulkDecisionDialog *>();
    QVERIFY(dialog);
    QStringList listed;
    for (int r = 0; r < dialog->list()->rowCount(); ++r)
        listed << dialog->list()->item(r, 0)->text();
    listed.sort();
    QStringList expected{m_f->approval, second};
    expected.sort();
    QCOMPARE(listed, expected);
    bool named = false;
    for (int r = 0; r < dialog->list()->rowCount(); ++r)
        named = named || dialog->list()->item(r, 2)->text() == QStringLiteral("Lý Thị Hàng Loạt");
    QVERIFY(named);
    screenshot(dialog, QStringLiteral("bulk-confirmation-en.png"));

    // A wrong password: nothing written, the dialog stays, says why.
    auto services = m_f->services(QStringLiteral("chi"));
    const qint64 eventsBefore = services->events().eventCount();
    dialog->passwordEdit()->setText(QStringLiteral("sai-mật-khẩu"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 30000));
    QVERIFY(!dialog->isDone());
    QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("Nothing was changed")), qPrintable(dialog->resultLabel()->text()));
    QCOMPARE(services->events().eventCount(), eventsBefore);

    // Meanwhile another session of chi approves one of them: it is reported, not skipped silently.
    casework::CaseworkService casework(*services);
    casework::ActionRequest approve;
    approve.action = casework::Action::Approve;
    approve.dossier = second;
    QVERIFY(casework.perform(approve).ok());

    QSignalSpy decided(dialog, &BulkDecisionDialog::decided);
    dialog->passwordEdit()->setText(QueuesFixture::kPassword);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(decided.wait(30000));
    const auto outcome = decided.first().first().value<casework::BulkOutcome>();
    QCOMPARE(outcome.changed, QStringList{m_f->approval});
    QCOMPARE(outcome.refused.size(), 1);
    QCOMPARE(outcome.refused.first().first, second);
    QCOMPARE(outcome.refused.first().second.code, QStringLiteral("dossier.wrong-state"));
    QVERIFY(dialog->resultLabel()->text().contains(second));
    {
        // Vietnamese with the dialog open: the title, the labels and the outcome follow (issue 12 polish).
        Language language;
        QVERIFY(language.setLanguage(QStringLiteral("vi")));
        QCoreApplication::processEvents();
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Phê duyệt hồ sơ"));
        const auto *heading = dialog->findChild<QLabel *>(QStringLiteral("bulkHeading"));
        QVERIFY(heading);
        QVERIFY2(heading->text().startsWith(QStringLiteral("Phê duyệt 2 hồ sơ này?")), qPrintable(heading->text()));
        const QString result = dialog->resultLabel()->text();
        QVERIFY2(result.contains(QStringLiteral("hồ sơ")) && !result.contains(QStringLiteral("dossier(s)"))
                     && result.contains(second),
                 qPrintable(result));
        QVERIFY(!dialog->confirmButton()->isVisibleTo(dialog));   // nothing left to confirm, in any language
        screenshot(dialog, QStringLiteral("bulk-decision-vi.png"));
    }
    QCoreApplication::processEvents();
    QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("dossier(s) approved.")), qPrintable(dialog->resultLabel()->text()));
    QCOMPARE(services->events().eventCount(), eventsBefore + 2);   // chi's own approval and the bulk one
    auto state = casework.state(m_f->approval);
    QVERIFY(state.ok());
    QVERIFY(!state->awaitingApproval);
    QCOMPARE(state->decision, Decision::Approved);
    // The queue follows.
    QVERIFY(QTest::qWaitFor([&] { return !page.model()->isLoading() && page.model()->rowCount() == 0; }, 20000));

    dialog->close();
}

void TestDashboard::bulkSendBack()
{
    const QString code = awaitingApproval(QStringLiteral("Hồ Văn Trả Lại"));
    QVERIFY(!code.isEmpty());
    DossiersPage page(m_f->session(QStringLiteral("chi")), QueuesFixture::clock());
    page.resize(1280, 700);
    page.show();
    page.setCurrentQueue(casework::QueueId::AwaitingApproval);
    QVERIFY(QTest::qWaitFor([&] { return !page.model()->isLoading() && page.model()->rowCount() == 1; }, 20000));
    page.table()->selectAll();
    QTest::mouseClick(page.sendBackSelectedButton(), Qt::LeftButton);
    auto *dialog = page.findChild<BulkDecisionDialog *>();
    QVERIFY(dialog && dialog->reasonEdit());
    QCOMPARE(dialog->dossiers(), QStringList{code});
    auto services = m_f->services(QStringLiteral("chi"));
    const qint64 before = services->events().eventCount();
    // No reason: asked for, nothing sent to the worker.
    dialog->passwordEdit()->setText(QueuesFixture::kPassword);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(!dialog->isBusy());
    QCOMPARE(dialog->resultLabel()->text(), BulkDecisionDialog::tr("Write the reason for sending back."));
    QSignalSpy decided(dialog, &BulkDecisionDialog::decided);
    dialog->reasonEdit()->setPlainText(QStringLiteral("Thiếu ý kiến thẩm định"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(decided.wait(30000));
    QCOMPARE(decided.first().first().value<casework::BulkOutcome>().changed, QStringList{code});
    QCOMPARE(services->events().eventCount(), before + 1);
    casework::CaseworkService casework(*services);
    const auto state = casework.state(code);
    QVERIFY(state.ok());
    QCOMPARE(state->decision, Decision::Rejected);
    QCOMPARE(state->holder.login, QStringLiteral("binh"));   // back to the officer who submitted it
    const QList<Event> events = casework.events(code);
    QCOMPARE(events.last().type, EventType::Rejected);
    dialog->close();
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
