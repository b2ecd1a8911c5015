// The queues' applicant-name filter through the FTS4 index of the folded names (migration
// 0020_queue_name_fts, app/casework/DossierQueues): every typed word a prefix of a name word, any
// order, diacritics and case ignored; a name changed by a later event found by its new name only;
// the index right after EventStore::rebuildDerivedState (which suspends its triggers) and after the
// migration on a workspace that already has dossiers; both ways of reading a filtered page (by the
// matches' rowids, or the queue in order) giving the same rows.
#include "tst_queues_fixture.h"

#include "app/casework/DossierQueues.h"
#include "db/Database.h"
#include "db/EventStore.h"
#include "domain/text/VietnameseFolding.h"

#include <QSqlError>
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

QueuePage byName(const DossierQueues &q, QueueId id, const QString &name, QueueSort sort = QueueSort::Due, int offset = 0,
                 int limit = 100)
{
    QueueRequest r;
    r.queue = id;
    r.sort = sort;
    r.filter.applicant = name;
    r.offset = offset;
    r.limit = limit;
    return q.page(r, QueuesFixture::now());
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return QString(QStringLiteral("error: ") + q.lastError().text());
    return q.value(0);
}

// The index's matches for an FTS pattern, straight from the index.
int indexed(const QSqlDatabase &db, const QString &pattern)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM dossiers_name_fts WHERE applicant_name_folded MATCH ?"), {pattern})
        .toInt();
}

QString integrity(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO dossiers_name_fts(dossiers_name_fts) VALUES ('integrity-check')")))
        return q.lastError().text();
    return {};
}

} // namespace

class TestQueueNames : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void wordPrefixesAnyOrderNoDiacritics();
    void bothWaysGiveTheSameRows();
    void renamedByALaterEvent();
    void rightAfterARebuild();
    void migrationOnAnExistingWorkspace();

private:
    std::unique_ptr<QueuesFixture> m_f;
    QString m_renamed;
};

void TestQueueNames::initTestCase()
{
    m_f = std::make_unique<QueuesFixture>();
    QVERIFY2(m_f->error.isEmpty(), qPrintable(m_f->error));
}

void TestQueueNames::wordPrefixesAnyOrderNoDiacritics()
{
    // Received: Nguyễn Văn Năm (recv5), Trần Văn Một (recv1), Lê Thị Trễ (recvLate).
    auto services = m_f->services(QStringLiteral("an"));
    const DossierQueues q(*services);
    auto set = [](const QStringList &l) { return QSet<QString>(l.begin(), l.end()); };
    QCOMPARE(codes(byName(q, QueueId::Received, QStringLiteral("ng v n"))), QStringList{m_f->recv5});
    QCOMPARE(codes(byName(q, QueueId::Received, QStringLiteral("NGUYỄN năm"))), QStringList{m_f->recv5});
    QCOMPARE(codes(byName(q, QueueId::Received, QStringLiteral("nam nguyen"))), QStringList{m_f->recv5});   // any order
    QCOMPARE(set(codes(byName(q, QueueId::Received, QStringLiteral("van")))), (QSet<QString>{m_f->recv5, m_f->recv1}));
    QCOMPARE(codes(byName(q, QueueId::Received, QStringLiteral("Trê"))), QStringList{m_f->recvLate});
    QCOMPARE(codes(byName(q, QueueId::Received, QStringLiteral("  lê,   THỊ  "))), QStringList{m_f->recvLate});
    // A fragment inside a word no longer matches; nor does a word of no one's name.
    QVERIFY(byName(q, QueueId::Received, QStringLiteral("guyen")).rows.isEmpty());
    QVERIFY(byName(q, QueueId::Received, QStringLiteral("nguyen x")).rows.isEmpty());
    // Only punctuation: no word, no one (not the whole queue).
    const QueuePage none = byName(q, QueueId::Received, QStringLiteral("%_"));
    QVERIFY(!none.failure);
    QVERIFY(none.rows.isEmpty());
    QCOMPARE(none.total, 0);
    // The queue's other conditions still hold: Nguyễn Văn Năm is not in processing.
    QVERIFY(byName(q, QueueId::ProcessingUnit, QStringLiteral("nguyen")).rows.isEmpty());
    QCOMPARE(byName(q, QueueId::Received, QStringLiteral("van")).total, 2);
}

void TestQueueNames::bothWaysGiveTheSameRows()
{
    // With the limit at 0 every name is "common" (the queue read in order, each row tested); at the
    // default, the matches are read by rowid and sorted. Same rows, same order, same totals, same paging.
    auto services = m_f->services(QStringLiteral("an"));
    DossierQueues byRowid(*services);
    DossierQueues inOrder(*services);
    inOrder.setFewNameMatches(0);
    int nonEmpty = 0;
    for (QueueId id : DossierQueues::queuesFor(Roles(Role::Supervisor))) {
        if (!DossierQueues::isListable(id))
            continue;
        for (const QString &name : {QStringLiteral("v"), QStringLiteral("thi"), QStringLiteral("van m")}) {
            for (QueueSort sort : {QueueSort::Due, QueueSort::Applicant, QueueSort::Received, QueueSort::Code}) {
                for (int offset : {0, 1}) {
                    const QueuePage a = byName(byRowid, id, name, sort, offset, 1);
                    const QueuePage b = byName(inOrder, id, name, sort, offset, 1);
                    QVERIFY(!a.failure && !b.failure);
                    QCOMPARE(codes(a), codes(b));
                    QCOMPARE(a.atEnd, b.atEnd);
                    QCOMPARE(a.total, b.total);
                    nonEmpty += a.rows.isEmpty() ? 0 : 1;
                }
            }
        }
    }
    QVERIFY(nonEmpty > 20);
}

void TestQueueNames::renamedByALaterEvent()
{
    // A Form 02 names the applicant "Hồ Thị Cũ"; the Received that completes the dossier names her
    // "Đỗ Thị Mới": the Received queue finds her by the new name only.
    EventStore store(m_f->db->sql(), m_f->workspace->session().deviceId, machineContextFor(m_f->calendar));
    const SessionInfo s = m_f->workspace->session();
    auto draft = [&](EventType type, const QString &name, const QDateTime &at) {
        Event e;
        e.type = type;
        e.officer = QStringLiteral("an");
        e.role = Role::Counter;
        e.office = s.office.code;
        e.wallTime = at;
        e.payload = {{QStringLiteral("procedure"), QStringLiteral("1.001193")},
                     {QStringLiteral("limit"), TimeLimit::days(5).toJson()},
                     {QStringLiteral("applicant"),
                      QJsonObject{{QStringLiteral("idNumber"), QStringLiteral("001190009999")}, {QStringLiteral("name"), name}}}};
        return e;
    };
    const QDateTime at = QueuesFixture::base().addSecs(900);
    auto r = store.receive(draft(EventType::SupplementRequestedAtCounter, QStringLiteral("Hồ Thị Cũ"), at),
                           DossierCodeMinter(s.office.code, s.deviceId, s.deviceNumber),
                           at.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))).date());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    m_renamed = r->dossier;
    auto services = m_f->services(QStringLiteral("an"));
    const DossierQueues q(*services);
    QCOMPARE(codes(byName(q, QueueId::AwaitingSupplement, QStringLiteral("ho thi cu"))), QStringList{m_renamed});
    Event received = draft(EventType::Received, QStringLiteral("Đỗ Thị Mới"), at.addSecs(600));
    received.dossier = m_renamed;
    auto appended = store.append(received);
    QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().toString()));
    QCOMPARE(codes(byName(q, QueueId::Received, QStringLiteral("do thi moi"))), QStringList{m_renamed});
    QCOMPARE(codes(byName(q, QueueId::Received, QStringLiteral("Mới"))), QStringList{m_renamed});
    QVERIFY(byName(q, QueueId::Received, QStringLiteral("ho thi cu")).rows.isEmpty());
    QVERIFY(byName(q, QueueId::AwaitingSupplement, QStringLiteral("ho thi cu")).rows.isEmpty());
    // In the index itself: the old name's words are gone, the new ones there once.
    QCOMPARE(indexed(m_f->db->sql(), QStringLiteral("cu*")), 0);
    QCOMPARE(indexed(m_f->db->sql(), QStringLiteral("moi*")), 1);
    QCOMPARE(integrity(m_f->db->sql()), QString());
}

void TestQueueNames::rightAfterARebuild()
{
    QVERIFY(!m_renamed.isEmpty());   // renamedByALaterEvent ran first
    const QSqlDatabase db = m_f->db->sql();
    const int rows = scalar(db, QStringLiteral("SELECT count(*) FROM dossiers")).toInt();
    EventStore store(db, m_f->workspace->session().deviceId, machineContextFor(m_f->calendar));
    auto rebuilt = store.rebuildDerivedState();
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.ok() ? QString() : rebuilt.error().toString()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM dossiers")).toInt(), rows);
    // The rows have new rowids: the index follows them, and its triggers are back.
    QCOMPARE(integrity(db), QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                       "AND name LIKE 'dossiers_name_fts_%'")).toInt(), 5);
    QCOMPARE(indexed(db, QStringLiteral("cu*")), 0);
    auto services = m_f->services(QStringLiteral("an"));
    const DossierQueues q(*services);
    QCOMPARE(codes(byName(q, QueueId::Received, QStringLiteral("do thi moi"))), QStringList{m_renamed});
    QCOMPARE(codes(byName(q, QueueId::Received, QStringLiteral("ng v n"))), QStringList{m_f->recv5});
    // Every dossier found by its own name's words.
    QSqlQuery all(db);
    QVERIFY(all.exec(QStringLiteral("SELECT rowid, applicant_name FROM dossiers WHERE applicant_name IS NOT NULL")));
    int checked = 0;
    while (all.next()) {
        const QString pattern = ftsPrefixPattern(all.value(1).toString());
        const QVariant hit = scalar(db, QStringLiteral("SELECT count(*) FROM dossiers_name_fts WHERE applicant_name_folded MATCH ? "
                                                       "AND docid = ?"), {pattern, all.value(0)});
        QVERIFY2(hit.toInt() == 1, qPrintable(all.value(1).toString()));
        ++checked;
    }
    QCOMPARE(checked, rows);
    // Kept by the triggers again after the rebuild: a note appended rewrites the row, still found once.
    Event note;
    note.type = EventType::NoteAdded;
    note.officer = QStringLiteral("an");
    note.role = Role::Counter;
    note.office = m_f->officeCode();
    note.wallTime = QueuesFixture::base().addSecs(2000);
    note.dossier = m_renamed;
    note.payload = {{QStringLiteral("text"), QStringLiteral("ghi chú")}};
    auto appended = store.append(note);
    QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().toString()));
    QCOMPARE(indexed(db, QStringLiteral("moi*")), 1);
    QCOMPARE(integrity(db), QString());
}

void TestQueueNames::migrationOnAnExistingWorkspace()
{
    // A workspace at 0019 with dossiers in it: 0020 indexes them.
    QTemporaryDir dir;
    const DatabaseConfig cfg{dir.filePath(QStringLiteral("old.sqlite")), QByteArray(32, 'K')};
    const auto embedded = Database::embeddedMigrations();
    QVERIFY(embedded.ok());
    {
        auto opened = Database::openUnmigrated(cfg);
        QVERIFY(opened.ok());
        QList<Migration> before;
        for (const Migration &m : embedded.value())
            if (m.version < 20)
                before << m;
        QVERIFY(before.size() < embedded.value().size());
        QVERIFY(opened.value()->applyMigrations(before).ok());
        QSqlQuery q(opened.value()->sql());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO dossiers(code, office, status, status_code, applicant_name, applicant_name_folded) VALUES"
                                       "('H55.242-261123-010001', 'H55.242', 'accepted', 2, 'Nguyễn Văn An', 'nguyen van an'),"
                                       "('H55.242-261123-010002', 'H55.242', 'accepted', 2, 'Trần Thị Ánh', 'tran thi anh'),"
                                       "('H55.242-261123-010003', 'H55.242', 'accepted', 2, NULL, NULL)")),
                 qPrintable(q.lastError().text()));
    }
    auto opened = Database::open(cfg);
    QVERIFY(opened.ok());
    const QSqlDatabase db = opened.value()->sql();
    QCOMPARE(indexed(db, QStringLiteral("ng* v* an*")), 1);
    QCOMPARE(indexed(db, QStringLiteral("an*")), 2);   // "an", "anh"
    QCOMPARE(scalar(db, QStringLiteral("SELECT code FROM dossiers WHERE rowid IN (SELECT docid FROM dossiers_name_fts "
                                       "WHERE applicant_name_folded MATCH 'tr* anh*')")).toString(),
             QStringLiteral("H55.242-261123-010002"));
    QCOMPARE(integrity(db), QString());
    // And kept from then on: a REPLACE of a row (as DossierStateStore writes) leaves one entry, the new name's.
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("INSERT OR REPLACE INTO dossiers(code, office, status, status_code, applicant_name, applicant_name_folded) "
                                   "VALUES('H55.242-261123-010001', 'H55.242', 'accepted', 2, 'Lê Văn Bình', 'le van binh')")),
             qPrintable(q.lastError().text()));
    QCOMPARE(indexed(db, QStringLiteral("nguyen*")), 0);
    QCOMPARE(indexed(db, QStringLiteral("van*")), 1);
    QCOMPARE(integrity(db), QString());
}

QTEST_GUILESS_MAIN(TestQueueNames)
#include "tst_queuenames.moc"
