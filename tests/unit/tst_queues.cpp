// The working queues (app/casework/DossierQueues, QueueWorker) on a workspace with a dossier in every
// state the state machine allows: each role's queues and counts, the rows of a queue with their
// urgency, sorting, filtering (folded names, procedure, officer, days), paging, the worker's tickets.
#include "tst_queues_fixture.h"

#include "app/casework/DossierQueues.h"
#include "app/casework/QueueWorker.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace motcua;
using namespace motcua::casework;
using motcua::test::QueuesFixture;

namespace {

QStringList codes(const QueuePage &p)
{
    QStringList out;
    for (const QueueRow &r : p.rows)
        out << r.code;
    return out;
}

QueuePage fetch(const DossierQueues &q, QueueId id, QueueSort sort = QueueSort::Due, bool descending = false,
                QueueFilter filter = {}, int offset = 0, int limit = 100)
{
    QueueRequest r;
    r.queue = id;
    r.sort = sort;
    r.descending = descending;
    r.filter = std::move(filter);
    r.offset = offset;
    r.limit = limit;
    return q.page(r, QueuesFixture::now());
}

} // namespace

class TestQueues : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void queuesByRole();
    void countsForEachRole_data();
    void countsForEachRole();
    void stuckInSyncCountsWhatThePortalHasNotAccepted();
    void rowsAndUrgency();
    void sorting();
    void filtering();
    void paging();
    void worker();

private:
    std::unique_ptr<QueuesFixture> m_f;
};

void TestQueues::initTestCase()
{
    m_f = std::make_unique<QueuesFixture>();
    QVERIFY2(m_f->error.isEmpty(), qPrintable(m_f->error));
}

void TestQueues::cleanupTestCase()
{
    m_f.reset();
}

void TestQueues::queuesByRole()
{
    using Q = QueueId;
    QCOMPARE(DossierQueues::queuesFor(Roles(Role::Counter)),
             (QList<Q>{Q::Submissions, Q::Received, Q::AwaitingSupplement, Q::DueSoon, Q::Overdue, Q::ResultsReady,
                       Q::StuckSync}));
    QCOMPARE(DossierQueues::queuesFor(Roles(Role::Processing)),
             (QList<Q>{Q::ProcessingMine, Q::ProcessingUnit, Q::AwaitingSupplement, Q::AwaitingApproval, Q::DueSoon,
                       Q::Overdue}));
    QCOMPARE(DossierQueues::queuesFor(Roles(Role::Supervisor)).size(), kQueueCount);
    QVERIFY(DossierQueues::queuesFor(Roles(Role::Admin)).isEmpty());
}

void TestQueues::countsForEachRole_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QList<int>>("expected");   // by QueueId; -1: not shown
    const int n = 0;    // stuck in sync: a stand-alone workspace has nothing waiting (enrolled: see stuckInSync)
    //                                 sub recv mine unit supp appr soon over ready confl sync
    QTest::newRow("an (all roles)") << QStringLiteral("an") << QList<int>{1, 3, 1, 4, 1, 1, 1, 2, 1, 1, n};
    QTest::newRow("binh (processing)") << QStringLiteral("binh") << QList<int>{-1, -1, 3, 4, 1, 1, 0, 1, -1, -1, -1};
    QTest::newRow("chi (supervisor)") << QStringLiteral("chi") << QList<int>{1, 3, 0, 4, 1, 1, 1, 2, 1, 1, n};
    QTest::newRow("dung (counter)") << QStringLiteral("dung") << QList<int>{1, 3, -1, -1, 1, -1, 1, 2, 1, -1, n};
}

void TestQueues::countsForEachRole()
{
    QFETCH(QString, login);
    QFETCH(QList<int>, expected);
    auto services = m_f->services(login);
    const DossierQueues q(*services);
    const QueueCounts counts = q.counts(QueuesFixture::now());
    QVERIFY(!counts.failure);
    QCOMPARE(counts.counts.size(), kQueueCount);
    for (int i = 0; i < kQueueCount; ++i) {
        const int want = expected.at(i);
        QVERIFY2(counts.counts.at(i) == want,
                 qPrintable(QStringLiteral("queue %1: %2, expected %3").arg(i).arg(counts.counts.at(i)).arg(want)));
        // A listable queue's count is the number of rows it lists.
        if (want >= 0 && DossierQueues::isListable(QueueId(i)))
            QCOMPARE(fetch(q, QueueId(i)).rows.size(), want);
    }
    QVERIFY(m_f->localEvents > 20);
}

void TestQueues::rowsAndUrgency()
{
    auto services = m_f->services(QStringLiteral("binh"));
    const DossierQueues q(*services);
    const QStringList mine = codes(fetch(q, QueueId::ProcessingMine));
    QCOMPARE(QSet<QString>(mine.begin(), mine.end()), (QSet<QString>{m_f->procBinh, m_f->procBinhLate, m_f->conflict}));
    QCOMPARE(codes(fetch(q, QueueId::Overdue)), QStringList{m_f->procBinhLate});

    auto all = m_f->services(QStringLiteral("an"));
    const DossierQueues qa(*all);
    const QueuePage received = fetch(qa, QueueId::Received);   // due first
    QCOMPARE(codes(received), (QStringList{m_f->recvLate, m_f->recv1, m_f->recv5}));
    QCOMPARE(received.total, 3);
    QVERIFY(received.atEnd);
    QCOMPARE(received.rows.at(0).urgency, Urgency::Overdue);
    QCOMPARE(received.rows.at(1).urgency, Urgency::DueSoon);
    QCOMPARE(received.rows.at(2).urgency, Urgency::Normal);
    QCOMPARE(received.rows.at(1).applicantName, QStringLiteral("Trần Văn Một"));
    QVERIFY(!received.rows.at(1).procedureName.isEmpty());   // the catalog's name
    // Office-local times: received 09:01 in Hà Nội, due one working day later.
    QCOMPARE(received.rows.at(1).receivedAt.time(), QTime(9, 1));
    QCOMPARE(received.rows.at(1).dueAt.date(), QDate(2026, 3, 3));

    const QueuePage supp = fetch(qa, QueueId::AwaitingSupplement);
    QCOMPARE(codes(supp), QStringList{m_f->supplement});
    QVERIFY(supp.rows.first().paused);
    QCOMPARE(supp.rows.first().urgency, Urgency::Paused);
    QCOMPARE(codes(fetch(qa, QueueId::AwaitingApproval)), QStringList{m_f->approval});
    QCOMPARE(fetch(qa, QueueId::AwaitingApproval).rows.first().holderName, QStringLiteral("Lê Minh Chi"));
    QCOMPARE(codes(fetch(qa, QueueId::ResultsReady)), QStringList{m_f->ready});
    QCOMPARE(codes(fetch(qa, QueueId::Conflicts)), QStringList{m_f->conflict});
    QCOMPARE(codes(fetch(qa, QueueId::Submissions)), QStringList{m_f->form02});
    QCOMPARE(codes(fetch(qa, QueueId::ProcessingMine)), QStringList{m_f->procAn});
    // Returned dossiers are in no queue.
    for (int i = 0; i < kQueueCount; ++i)
        QVERIFY(!codes(fetch(qa, QueueId(i))).contains(m_f->returned));
    // Stuck in sync is a count, never a list.
    QVERIFY(fetch(qa, QueueId::StuckSync).rows.isEmpty());
}

// Enrolled, the queue counts the outbox items the portal has not accepted (the status bar's figure):
// every local event until some are marked sent. The fixture's workspace is made enrolled and back.
void TestQueues::stuckInSyncCountsWhatThePortalHasNotAccepted()
{
    QVERIFY(m_f->localEvents > 2);
    QSqlQuery q(m_f->db->sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_identity(id, portal_url, device, public_key, secret_key, "
                                  "portal_sign_key, portal_box_key, office, device_number, enrolled_at) "
                                  "VALUES(1, 'http://127.0.0.1:9', 'd', 'p', 's', 'ps', 'pb', 'o', 1, '2026-12-01')")));
    const auto stuck = [this] {
        auto services = m_f->services(QStringLiteral("an"));
        return DossierQueues(*services).counts(QueuesFixture::now()).counts.at(int(QueueId::StuckSync));
    };
    QCOMPARE(stuck(), m_f->localEvents);
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'sent' WHERE id IN (SELECT id FROM outbox ORDER BY id LIMIT 2)")));
    QCOMPARE(stuck(), m_f->localEvents - 2);
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET state = 'pending'")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_identity")));
    QCOMPARE(stuck(), 0);
}

void TestQueues::sorting()
{
    auto services = m_f->services(QStringLiteral("an"));
    const DossierQueues q(*services);
    // By applicant (folded): Lê Thị Trễ, Nguyễn Văn Năm, Trần Văn Một.
    QCOMPARE(codes(fetch(q, QueueId::Received, QueueSort::Applicant)), (QStringList{m_f->recvLate, m_f->recv5, m_f->recv1}));
    QCOMPARE(codes(fetch(q, QueueId::Received, QueueSort::Applicant, true)), (QStringList{m_f->recv1, m_f->recv5, m_f->recvLate}));
    QCOMPARE(codes(fetch(q, QueueId::Received, QueueSort::Received, true)), (QStringList{m_f->recv1, m_f->recv5, m_f->recvLate}));
    QCOMPARE(codes(fetch(q, QueueId::Received, QueueSort::Procedure)).first(), m_f->recvLate);   // 1.000894 < 1.001193
    const QStringList byHolder = codes(fetch(q, QueueId::ProcessingUnit, QueueSort::Holder));
    QCOMPARE(byHolder.first(), m_f->procAn);   // "an" < "binh"
}

void TestQueues::filtering()
{
    auto services = m_f->services(QStringLiteral("an"));
    const DossierQueues q(*services);
    QueueFilter f;
    f.applicant = QStringLiteral("tran van");   // no diacritics
    QCOMPARE(codes(fetch(q, QueueId::Received, QueueSort::Due, false, f)), QStringList{m_f->recv1});
    f.applicant = QStringLiteral("THỊ TRỄ");
    QCOMPARE(codes(fetch(q, QueueId::Received, QueueSort::Due, false, f)), QStringList{m_f->recvLate});
    f.applicant = QStringLiteral("100%_");
    QVERIFY(fetch(q, QueueId::Received, QueueSort::Due, false, f).rows.isEmpty());
    f = {};
    f.procedure = QStringLiteral("1.000894");
    const QueuePage byProcedure = fetch(q, QueueId::Received, QueueSort::Due, false, f);
    QCOMPARE(codes(byProcedure), QStringList{m_f->recvLate});
    QCOMPARE(byProcedure.total, 1);
    f = {};
    f.officer = QStringLiteral("binh");
    QCOMPARE(fetch(q, QueueId::ProcessingUnit, QueueSort::Due, false, f).rows.size(), 3);
    f = {};
    f.receivedFrom = QDate(2026, 3, 2);
    f.receivedTo = QDate(2026, 3, 2);
    QCOMPARE(codes(fetch(q, QueueId::Received, QueueSort::Due, false, f)), (QStringList{m_f->recv1, m_f->recv5}));
    f.receivedFrom = QDate(2026, 2, 23);
    f.receivedTo = QDate(2026, 2, 23);
    QCOMPARE(codes(fetch(q, QueueId::Received, QueueSort::Due, false, f)), QStringList{m_f->recvLate});
}

void TestQueues::paging()
{
    auto services = m_f->services(QStringLiteral("an"));
    const DossierQueues q(*services);
    QStringList seen;
    for (int offset = 0; offset < 3; ++offset) {
        const QueuePage p = fetch(q, QueueId::Received, QueueSort::Code, false, {}, offset, 1);
        QCOMPARE(p.rows.size(), 1);
        QCOMPARE(p.atEnd, offset == 2);
        QCOMPARE(p.total, offset == 0 ? 3 : -1);
        seen << p.rows.first().code;
    }
    QStringList sorted = seen;
    sorted.sort();
    QCOMPARE(seen, sorted);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 3);
}

void TestQueues::worker()
{
    QueueWorker w(m_f->session(QStringLiteral("binh")), QueuesFixture::clock());
    QSignalSpy counted(&w, &QueueWorker::counted);
    QSignalSpy loaded(&w, &QueueWorker::pageLoaded);
    QSignalSpy failed(&w, &QueueWorker::failed);
    w.count(7);
    QueueRequest r;
    r.queue = QueueId::Overdue;
    w.fetch(8, r);
    QTRY_COMPARE_WITH_TIMEOUT(counted.size() + loaded.size(), 2, 10000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(counted.first().at(0).toInt(), 7);
    QCOMPARE(counted.first().at(1).value<QueueCounts>().of(QueueId::ProcessingMine), 3);
    QCOMPARE(loaded.first().at(0).toInt(), 8);
    QCOMPARE(codes(loaded.first().at(1).value<QueuePage>()), QStringList{m_f->procBinhLate});
    QVERIFY(w.isConnected());
}

QTEST_GUILESS_MAIN(TestQueues)
#include "tst_queues.moc"
