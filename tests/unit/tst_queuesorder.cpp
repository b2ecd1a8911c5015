// The overdue queue read as two ordered scans (statuses 2 and 4) merged by SQLite, and
// the queue counts read from the covering queue index (docs/performance.md "Queues"): the pages and
// totals must be exactly those of the plain query — every sort, both directions, pages at several
// offsets, with and without filters, for a supervisor and for a processing officer who watches only
// their own clocks. Rows are written straight into `dossiers` on a real SQLCipher workspace (as
// bench_queues does) with many ties (names, procedures, due moments) and some NULL names.
#include "app/casework/DossierQueues.h"
#include "db/Database.h"
#include "db/Workspace.h"
#include "domain/Clock.h"
#include "domain/dossier/DossierState.h"
#include "support/TestServices.h"
#include "support/TestWorkspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace motcua;
using namespace motcua::casework;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu");
const QDateTime kNow(QDate(2026, 6, 10), QTime(3, 0), Qt::UTC);   // Wednesday 10:00 in Hà Nội

QString orderColumn(QueueSort sort)
{
    switch (sort) {
    case QueueSort::Code: return QStringLiteral("code");
    case QueueSort::Applicant: return QStringLiteral("applicant_name_folded");
    case QueueSort::Procedure: return QStringLiteral("procedure_code");
    case QueueSort::Holder: return QStringLiteral("holder");
    case QueueSort::Status: return QStringLiteral("status_code");
    case QueueSort::Received: return QStringLiteral("received_at");
    case QueueSort::Due: return QStringLiteral("due_at");
    }
    return {};
}

} // namespace

class TestQueuesOrder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void openQueuesPageLikeThePlainQuery_data();
    void openQueuesPageLikeThePlainQuery();
    void countsLikeThePlainQuery();

private:
    QStringList reference(QueueId queue, const QString &holder, QueueSort sort, bool desc, const QString &procedure,
                          int offset, int limit, int *total) const;

    QTemporaryDir m_tmp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Database> m_db;
    QString m_office;
};

void TestQueuesOrder::initTestCase()
{
    TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = createTestWorkspace(m_tmp.filePath(QStringLiteral("ws")), spec);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    m_workspace = std::move(*ws);
    QVERIFY(m_workspace->addOfficer(QStringLiteral("p1"), QStringLiteral("Trần Thị Bình"), Roles(Role::Processing), kPassword,
                                    KdfCost::fastForTests()).ok());
    auto opened = m_workspace->openDatabase();
    QVERIFY(opened.ok());
    m_db = std::move(*opened);
    m_office = m_workspace->session().office.code;
    QSqlDatabase db = m_db->sql();
    QVERIFY(db.transaction());
    QSqlQuery ins(db);
    QVERIFY(ins.prepare(QStringLiteral("INSERT INTO dossiers(code, office, procedure_code, status, status_code, holder, holder_office, "
                                       "received_at, due_at, paused, awaiting_approval, applicant_name, applicant_name_folded, event_count) "
                                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,1)")));
    std::mt19937 rng(5);
    const int statuses[] = {2, 2, 4, 4, 4, 4, 5, 1, 9, 10, 10};
    const char *names[] = {"nguyen van an", "tran thi binh", "le van cuong", "pham thi dung", "tran thi ha"};
    for (int i = 0; i < 600; ++i) {
        const int status = statuses[rng() % std::size(statuses)];
        const bool paused = status == 5 || (status == 4 && rng() % 10 == 0);
        // Due moments on a few distinct hours: many ties, some right at "now" and at the due-soon limit.
        const QDateTime due = kNow.addSecs(3600 * (qint64(rng() % 121) - 72));
        const QString holder = status == 4 ? QStringLiteral("p%1").arg(1 + rng() % 3) : QStringLiteral("c1");
        const int n = int(rng() % 6);
        int c = 0;
        ins.bindValue(c++, QStringLiteral("%1-260%2-01%3").arg(m_office).arg(1 + rng() % 6).arg(i, 4, 10, QLatin1Char('0')));
        ins.bindValue(c++, m_office);
        ins.bindValue(c++, QStringLiteral("1.00%1").arg(1190 + rng() % 3));
        ins.bindValue(c++, statusName(DossierStatus(status)));
        ins.bindValue(c++, status);
        ins.bindValue(c++, holder);
        ins.bindValue(c++, m_office);
        ins.bindValue(c++, isoUtcMs(kNow.addSecs(-qint64(rng() % (40 * 86400)))));
        ins.bindValue(c++, isoUtcMs(due));
        ins.bindValue(c++, paused ? 1 : 0);
        ins.bindValue(c++, status == 4 && rng() % 5 == 0 ? 1 : 0);
        ins.bindValue(c++, n == 5 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromLatin1(names[n])));
        ins.bindValue(c++, n == 5 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString::fromLatin1(names[n])));
        QVERIFY2(ins.exec(), qPrintable(ins.lastError().text()));
    }
    QVERIFY(db.commit());
}

// The plain query: the queue's rows over `status_code IN (2, 4)` sorted by SQLite in one piece.
QStringList TestQueuesOrder::reference(QueueId queue, const QString &holder, QueueSort sort, bool desc, const QString &procedure,
                                       int offset, int limit, int *total) const
{
    auto services = servicesFor(m_db->sql(), m_workspace->session(), {}, {}, std::make_shared<FixedClock>(kNow));
    const QDateTime soon = DossierQueues(*services).dueSoonLimit(kNow);
    QString where = QStringLiteral("office = ? AND status_code IN (2, 4) AND paused = 0 AND due_at < ?");
    QVariantList binds{m_office, isoUtcMs(queue == QueueId::Overdue ? kNow : soon)};
    if (queue == QueueId::DueSoon) {
        where += QStringLiteral(" AND due_at >= ?");
        binds << isoUtcMs(kNow);
    }
    if (!holder.isEmpty()) {
        where += QStringLiteral(" AND holder = ?");
        binds << holder;
    }
    if (!procedure.isEmpty()) {
        where += QStringLiteral(" AND procedure_code = ?");
        binds << procedure;
    }
    QSqlQuery q(m_db->sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM dossiers WHERE ") + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {QStringLiteral("error: ") + q.lastError().text()};
    *total = q.value(0).toInt();
    const QString dir = desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    q.prepare(QStringLiteral("SELECT code FROM dossiers WHERE ") + where + QStringLiteral(" ORDER BY ") + orderColumn(sort) + dir
              + QStringLiteral(", code") + dir + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QStringList codes;
    if (!q.exec())
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

void TestQueuesOrder::openQueuesPageLikeThePlainQuery_data()
{
    QTest::addColumn<int>("queue");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("procedure");
    for (QueueId q : {QueueId::Overdue, QueueId::DueSoon})
        for (const QString &login : {QStringLiteral("an"), QStringLiteral("p1")})
            for (const QString &procedure : {QString(), QStringLiteral("1.001191")})
                QTest::addRow("%s %s %s", q == QueueId::Overdue ? "overdue" : "due-soon", qPrintable(login), qPrintable(procedure))
                    << int(q) << login << procedure;
}

void TestQueuesOrder::openQueuesPageLikeThePlainQuery()
{
    QFETCH(int, queue);
    QFETCH(QString, login);
    QFETCH(QString, procedure);
    SessionInfo info = m_workspace->session();
    info.officer.login = login;
    if (login == QLatin1String("p1"))
        info.officer.roles = Roles(Role::Processing);   // watches only their own clocks
    auto services = servicesFor(m_db->sql(), info, {}, {}, std::make_shared<FixedClock>(kNow));
    QVERIFY(services);
    const DossierQueues queues(*services);
    int nonEmpty = 0;
    for (QueueSort sort : {QueueSort::Due, QueueSort::Applicant, QueueSort::Received, QueueSort::Procedure, QueueSort::Code,
                           QueueSort::Holder, QueueSort::Status}) {
        for (bool desc : {false, true}) {
            for (int offset : {0, 7, 30, 90}) {
                QueueRequest r;
                r.queue = QueueId(queue);
                r.sort = sort;
                r.descending = desc;
                r.offset = offset;
                r.limit = 25;
                r.filter.procedure = procedure;
                const QueuePage page = queues.page(r, kNow);
                QVERIFY2(!page.failure, qPrintable(page.failure ? page.failure->toString() : QString()));
                int total = -1;
                const QStringList expected = reference(QueueId(queue), login == QLatin1String("p1") ? login : QString(), sort, desc,
                                                       procedure, offset, 26, &total);
                QStringList got;
                for (const QueueRow &row : page.rows)
                    got << row.code;
                QCOMPARE(got, expected.mid(0, 25));
                QCOMPARE(page.atEnd, expected.size() <= 25);
                if (offset == 0)
                    QCOMPARE(page.total, total);
                nonEmpty += got.isEmpty() ? 0 : 1;
            }
        }
    }
    if (QueueId(queue) == QueueId::Overdue)
        QVERIFY(nonEmpty > 20);   // the data fills the pages this test compares
}

void TestQueuesOrder::countsLikeThePlainQuery()
{
    auto services = servicesFor(m_db->sql(), m_workspace->session(), {}, {}, std::make_shared<FixedClock>(kNow));
    const DossierQueues queues(*services);
    const QueueCounts counts = queues.counts(kNow);
    QVERIFY(!counts.failure);
    for (QueueId q : {QueueId::Overdue, QueueId::DueSoon}) {
        int total = -1;
        reference(q, {}, QueueSort::Code, false, {}, 0, 1, &total);
        QVERIFY(total > 10);
        QCOMPARE(counts.of(q), total);
    }
    // Every listable queue: the count (covering index) equals the first page's total (plain count
    // when filtered; here unfiltered, the same path) and the number of rows listed.
    for (QueueId q : DossierQueues::queuesFor(Role::Supervisor | Role::Counter | Role::Processing)) {
        if (!DossierQueues::isListable(q))
            continue;
        QueueRequest r;
        r.queue = q;
        r.limit = 1000;
        const QueuePage page = queues.page(r, kNow);
        QCOMPARE(counts.of(q), page.total);
        QCOMPARE(int(page.rows.size()), page.total);
    }
    // A filter the index does not cover: counted from the rows.
    QueueRequest r;
    r.queue = QueueId::Overdue;
    r.filter.procedure = QStringLiteral("1.001191");
    r.limit = 1000;
    const QueuePage filtered = queues.page(r, kNow);
    int total = -1;
    reference(QueueId::Overdue, {}, QueueSort::Code, false, QStringLiteral("1.001191"), 0, 1, &total);
    QCOMPARE(filtered.total, total);
    QVERIFY(total > 0 && total < counts.of(QueueId::Overdue));
}

QTEST_GUILESS_MAIN(TestQueuesOrder)
#include "tst_queuesorder.moc"
