// The Dossiers page on real widgets (offscreen): each role signed in sees its queues with their
// counts; a queue's table is sorted by a click on a column header and filtered from the filter bar
// (folded names, procedure, holder, days); due moments say their urgency in words and colours;
// Enter opens the dossier; rows come a page at a time (fetchMore); the navigation shows the overdue
// count. The models run under QAbstractItemModelTester. MOTCUA_SCREENSHOT_DIR=DIR keeps pictures.
#include "unit/tst_queues_fixture.h"

#include "app/auth/SyncStatusSource.h"
#include "app/casework/DossierQueues.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/pages/DossiersPage.h"
#include "ui/pages/QueueTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QSet>
#include <QtTest>

using namespace motcua;
using casework::QueueId;
using motcua::test::QueuesFixture;

namespace {

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);   // let the layouts settle
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

QStringList codes(const QueueTableModel *m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        out << m->dossierCode(r);
    return out;
}

struct PageUnderTest {
    std::unique_ptr<DossiersPage> page;
    explicit PageUnderTest(const Session &session, QObject *testerParent)
        : page(std::make_unique<DossiersPage>(session, QueuesFixture::clock()))
    {
        new QAbstractItemModelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, testerParent);
        page->resize(1280, 700);
        page->show();
    }
    // The queue chosen and its first page in.
    bool choose(QueueId id)
    {
        page->setCurrentQueue(id);
        return waitRows();
    }
    bool waitRows()
    {
        return QTest::qWaitFor([this] { return !page->model()->isLoading() && page->model()->total() >= 0; }, 20000);
    }
    bool waitCounts()
    {
        return QTest::qWaitFor([this] { return page->counts().of(page->queues().first()) >= 0; }, 20000);
    }
};

} // namespace

class TestDossiersPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void queuesAndCountsByRole_data();
    void queuesAndCountsByRole();
    void urgencyInWordsAndColours();
    void sortByHeaderClick();
    void filterBar();
    void enterOpensTheDossier();
    void countOnlyAndNotes();
    void navigationShowsOverdue();
    void rowsComeInPages();   // last: adds dossiers

private:
    std::unique_ptr<QueuesFixture> m_f;
    Language m_language;
};

void TestDossiersPage::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
    m_f = std::make_unique<QueuesFixture>();
    QVERIFY2(m_f->error.isEmpty(), qPrintable(m_f->error));
}

void TestDossiersPage::cleanupTestCase()
{
    m_f.reset();
}

void TestDossiersPage::queuesAndCountsByRole_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QList<int>>("expected");   // by QueueId; -1: not shown; -2: the outbox count
    QTest::newRow("an") << QStringLiteral("an") << QList<int>{1, 3, 1, 4, 1, 1, 1, 2, 1, 1, 0};
    QTest::newRow("binh") << QStringLiteral("binh") << QList<int>{-1, -1, 3, 4, 1, 1, 0, 1, -1, -1, -1};
    QTest::newRow("chi") << QStringLiteral("chi") << QList<int>{1, 3, 0, 4, 1, 1, 1, 2, 1, 1, 0};
    QTest::newRow("dung") << QStringLiteral("dung") << QList<int>{1, 3, -1, -1, 1, -1, 1, 2, 1, -1, 0};
}

void TestDossiersPage::queuesAndCountsByRole()
{
    QFETCH(QString, login);
    QFETCH(QList<int>, expected);
    PageUnderTest t(m_f->session(login), this);
    QVERIFY(t.waitCounts());
    QListWidget *list = t.page->queueList();
    int shown = 0;
    for (int i = 0; i < casework::kQueueCount; ++i) {
        const int want = expected.at(i);
        QCOMPARE(t.page->counts().of(QueueId(i)), want);
        if (want < 0) {
            QVERIFY(!t.page->queues().contains(QueueId(i)));
            continue;
        }
        // The list says the queue's name and its count.
        QListWidgetItem *item = list->item(shown++);
        QCOMPARE(item->text(), QStringLiteral("%1 (%2)").arg(DossiersPage::queueName(QueueId(i))).arg(want));
        // Choosing a listable queue shows exactly that many rows.
        if (casework::DossierQueues::isListable(QueueId(i))) {
            QVERIFY(t.choose(QueueId(i)));
            QCOMPARE(t.page->model()->rowCount(), want);
            QCOMPARE(t.page->model()->total(), want);
            // docs/: each queue once, as the first role that sees it with rows in it shows it.
            static QSet<int> shot;
            if (want > 0 && !shot.contains(i)) {
                shot.insert(i);
                static const char *const slugs[] = {"submissions", "received", "processing-mine", "processing-unit",
                                                    "awaiting-supplement", "awaiting-approval", "due-soon", "overdue",
                                                    "results-ready", "conflicts", "stuck-sync"};
                screenshot(t.page.get(), QStringLiteral("queue-%1-%2-vi.png").arg(QLatin1String(slugs[i]), login));
            }
        }
    }
    QCOMPARE(list->count(), shown);
    screenshot(t.page.get(), QStringLiteral("dossiers-%1-vi.png").arg(login));
}

void TestDossiersPage::urgencyInWordsAndColours()
{
    PageUnderTest t(m_f->session(QStringLiteral("an")), this);
    QVERIFY(t.choose(QueueId::Received));
    const QueueTableModel *m = t.page->model();
    QCOMPARE(codes(m), (QStringList{m_f->recvLate, m_f->recv1, m_f->recv5}));   // due first
    auto due = [m](int row, int role) { return m->data(m->index(row, QueueTableModel::Due), role); };
    QVERIFY(due(0, Qt::DisplayRole).toString().endsWith(QStringLiteral("(quá hạn)")));
    QVERIFY(due(1, Qt::DisplayRole).toString().endsWith(QStringLiteral("(đến hạn trong một ngày làm việc)")));
    QVERIFY(!due(2, Qt::DisplayRole).toString().contains(QLatin1Char('(')));
    QCOMPARE(due(0, Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb7, 0x1c, 0x1c));
    QCOMPARE(due(1, Qt::ForegroundRole).value<QBrush>().color(), QColor(0x9a, 0x5b, 0x00));
    QVERIFY(!due(2, Qt::ForegroundRole).isValid());
    QVERIFY(t.choose(QueueId::AwaitingSupplement));
    QVERIFY(due(0, Qt::DisplayRole).toString().contains(QStringLiteral("tạm dừng")));
    QCOMPARE(due(0, Qt::ForegroundRole).value<QBrush>().color(), QColor(0x75, 0x75, 0x75));
    QVERIFY(t.page->findChild<QLabel *>(QStringLiteral("legend"))->text().contains(QStringLiteral("quá hạn")));
    QVERIFY(t.choose(QueueId::Overdue));
    screenshot(t.page.get(), QStringLiteral("dossiers-overdue-vi.png"));
}

void TestDossiersPage::sortByHeaderClick()
{
    PageUnderTest t(m_f->session(QStringLiteral("an")), this);
    QVERIFY(t.choose(QueueId::Received));
    QHeaderView *header = t.page->table()->horizontalHeader();
    auto click = [&](int section) {
        const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    click(QueueTableModel::Applicant);
    QVERIFY(t.waitRows());
    QCOMPARE(t.page->model()->request().sort, casework::QueueSort::Applicant);
    const QStringList ascending{m_f->recvLate, m_f->recv5, m_f->recv1};   // Lê, Nguyễn, Trần
    QCOMPARE(codes(t.page->model()), ascending);
    click(QueueTableModel::Applicant);
    QVERIFY(t.waitRows());
    QCOMPARE(codes(t.page->model()), (QStringList{m_f->recv1, m_f->recv5, m_f->recvLate}));
    click(QueueTableModel::Received);
    QVERIFY(t.waitRows());
    QCOMPARE(codes(t.page->model()).first(), m_f->recvLate);   // received a week before
}

void TestDossiersPage::filterBar()
{
    PageUnderTest t(m_f->session(QStringLiteral("an")), this);
    QVERIFY(t.choose(QueueId::Received));
    QTest::keyClicks(t.page->applicantFilter(), QStringLiteral("tran van"));
    QTRY_COMPARE_WITH_TIMEOUT(codes(t.page->model()), QStringList{m_f->recv1}, 20000);
    QVERIFY(t.waitRows());
    QCOMPARE(t.page->statusLabel()->text(), QStringLiteral("1 hồ sơ"));
    t.page->applicantFilter()->setText(QStringLiteral("không có ai"));
    QTRY_VERIFY_WITH_TIMEOUT(t.page->model()->total() == 0 && !t.page->model()->isLoading(), 20000);
    QCOMPARE(t.page->statusLabel()->text(), QStringLiteral("Không có hồ sơ nào trong hàng đợi này khớp với bộ lọc."));
    t.page->applicantFilter()->clear();
    t.page->procedureFilter()->setText(QStringLiteral("1.000894"));
    QTRY_COMPARE_WITH_TIMEOUT(codes(t.page->model()), QStringList{m_f->recvLate}, 20000);
    t.page->procedureFilter()->clear();
    // Days of receipt: Monday 2 March only.
    t.page->fromDate()->setDate(QDate(2026, 3, 2));
    t.page->toDate()->setDate(QDate(2026, 3, 2));
    t.page->dateFilter()->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(codes(t.page->model()), (QStringList{m_f->recv1, m_f->recv5}), 20000);
    t.page->dateFilter()->setChecked(false);
    // Held by: the officers' list comes from the worker.
    QVERIFY(t.choose(QueueId::ProcessingUnit));
    QCOMPARE(t.page->model()->rowCount(), 4);
    QComboBox *officer = t.page->officerFilter();
    QTRY_VERIFY_WITH_TIMEOUT(officer->findData(QStringLiteral("binh")) > 0, 20000);
    QCOMPARE(officer->itemText(officer->findData(QStringLiteral("binh"))), QStringLiteral("Trần Thị Bình"));
    officer->setCurrentIndex(officer->findData(QStringLiteral("binh")));
    QTRY_COMPARE_WITH_TIMEOUT(t.page->model()->rowCount(), 3, 20000);
    QVERIFY(!codes(t.page->model()).contains(m_f->procAn));
    screenshot(t.page.get(), QStringLiteral("dossiers-filtered-vi.png"));
}

void TestDossiersPage::enterOpensTheDossier()
{
    PageUnderTest t(m_f->session(QStringLiteral("dung")), this);
    QVERIFY(t.choose(QueueId::ResultsReady));
    QSignalSpy open(t.page.get(), &DossiersPage::openDossierRequested);
    QTableView *table = t.page->table();
    table->setFocus();
    table->setCurrentIndex(t.page->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), m_f->ready);
}

void TestDossiersPage::countOnlyAndNotes()
{
    PageUnderTest t(m_f->session(QStringLiteral("dung")), this);
    QVERIFY(t.waitCounts());
    t.page->setCurrentQueue(QueueId::StuckSync);
    auto *countOnly = t.page->findChild<QLabel *>(QStringLiteral("countOnly"));
    QVERIFY(countOnly->isVisible());
    QVERIFY(!t.page->table()->isVisible());
    // A stand-alone workspace: nothing waits for a portal (the status bar agrees); tst_queues checks
    // the enrolled count.
    QVERIFY2(countOnly->text().startsWith(QStringLiteral("0 ")), qPrintable(countOnly->text()));
    QVERIFY(t.page->noteLabel()->text().contains(QStringLiteral("cổng")));   // not sent to the portal yet
    QVERIFY(t.choose(QueueId::Submissions));
    QVERIFY(t.page->table()->isVisible());
    QVERIFY(t.page->noteLabel()->text().contains(QStringLiteral("trực tuyến")));   // online submissions come with sync
    QCOMPARE(codes(t.page->model()), QStringList{m_f->form02});
}

void TestDossiersPage::navigationShowsOverdue()
{
    // The main window with its own page (the system clock: every open dossier of March 2026 is late by now).
    SyncStatusSource sync;
    MainWindow window(m_f->session(QStringLiteral("an")), &sync, &m_language);
    window.resize(1280, 760);
    window.setCurrentPage(MainWindow::DossiersPageIndex);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = qobject_cast<DossiersPage *>(window.page(MainWindow::DossiersPageIndex));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->counts().of(QueueId::Overdue) > 0, 20000);
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navList"));
    const int overdue = page->counts().of(QueueId::Overdue);
    QTRY_COMPARE_WITH_TIMEOUT(nav->item(MainWindow::DossiersPageIndex)->text(),
                              QStringLiteral("Hồ sơ (%1 quá hạn)").arg(overdue), 5000);
    QVERIFY(nav->item(MainWindow::DossiersPageIndex)->toolTip().contains(DossiersPage::queueName(QueueId::Overdue)));
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->total() >= 0, 20000);
    screenshot(&window, QStringLiteral("dossiers-vi.png"));
    // A dossier chosen opens in the dossier view.
    page->setCurrentQueue(QueueId::ResultsReady);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 20000);
    emit page->openDossierRequested(m_f->ready);
    QCOMPARE(window.currentPage(), int(MainWindow::LookupPageIndex));
}

void TestDossiersPage::rowsComeInPages()
{
    // 130 more received dossiers: the first page holds kPageSize rows, the rest come on scrolling.
    {
        EventStore store(m_f->db->sql(), m_f->workspace->session().deviceId, machineContextFor(m_f->calendar));
        const SessionInfo &s = m_f->workspace->session();
        for (int i = 0; i < 130; ++i) {
            Event e;
            e.type = EventType::Received;
            e.officer = QStringLiteral("an");
            e.role = Role::Counter;
            e.office = s.office.code;
            e.wallTime = QueuesFixture::base().addSecs(i);
            e.payload = {{QStringLiteral("procedure"), QStringLiteral("1.001193")},
                         {QStringLiteral("limit"), TimeLimit::days(5).toJson()},
                         {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("idNumber"), QStringLiteral("001099%1").arg(i, 6, 10, QLatin1Char('0'))},
                                                                   {QStringLiteral("name"), QStringLiteral("Người Thứ %1").arg(i)}}}};
            QVERIFY(store.receive(e, DossierCodeMinter(s.office.code, s.deviceId, s.deviceNumber), QDate(2026, 3, 2)).ok());
        }
    }
    PageUnderTest t(m_f->session(QStringLiteral("an")), this);
    QVERIFY(t.choose(QueueId::Received));
    QueueTableModel *m = t.page->model();
    QCOMPARE(m->total(), 133);
    QCOMPARE(m->rowCount(), QueueTableModel::kPageSize);
    QVERIFY(m->canFetchMore({}));
    t.page->table()->scrollToBottom();   // the view asks for more
    QTRY_COMPARE_WITH_TIMEOUT(m->rowCount(), 133, 20000);
    QVERIFY(!m->canFetchMore({}));
    const QStringList all = codes(m);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 133);
}

QTEST_MAIN(TestDossiersPage)
#include "tst_dossierspage.moc"
