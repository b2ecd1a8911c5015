// The lookup service and its worker on a real workspace: every kind of query (dossier code, lookup
// code, ID and old ID numbers, phone, names without diacritics), no false hits, the dossier's
// readable timeline and components with provenance, pages verified (a tampered page is reported,
// never shown), and the worker answering on its own thread.
#include "tst_lookup_fixture.h"

#include "app/lookup/LookupService.h"
#include "app/lookup/LookupWorker.h"

#include "domain/calendar/OfficeTime.h"

#include <QMutex>
#include <QSet>
#include <QThread>
#include <QtTest>

using namespace motcua;
using namespace motcua::lookup;
using motcua::test::LookupFixture;

namespace {

QStringList codes(const LookupResults &r)
{
    QStringList out;
    for (const DossierHit &h : r.dossiers)
        out << h.code;
    return out;
}

QStringList ids(const LookupResults &r)
{
    QStringList out;
    for (const Citizen &c : r.citizens)
        out << c.idNumber;
    return out;
}

const QDateTime kNow = QDateTime(QDate(2026, 3, 4), QTime(3, 0), Qt::UTC);

// The PC set to New York time: every day and time shown must still be Hà Nội's (set before main,
// so Qt and the C library read it from the start).
const bool kPcInNewYork = [] {
    qputenv("TZ", "America/New_York");
    tzset();
    return true;
}();

} // namespace

class TestLookup : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void classify_data();
    void classify();
    void byDossierCode();
    void byLookupCode();
    void byIdNumbers();
    void byPhone();
    void byName();
    void noFalseHits();
    void headerFields();
    void timelineRows();
    void componentsWithProvenance();
    void pagesVerified();
    void workerAnswersOffThread();
    void workerRefusesWhenLocked();
    void workerClosesOnLock();
    void partialCodeAndDays();
    void officeDayNearMidnightWhateverThePcZone();
    void storeFailureIsNotNothingFound();

private:
    std::unique_ptr<LookupFixture> m_f;
    std::unique_ptr<LookupService> m_service;
};

void TestLookup::initTestCase()
{
    QVERIFY(kPcInNewYork);
    m_f = std::make_unique<LookupFixture>();
    QVERIFY2(m_f->error.isEmpty(), qPrintable(m_f->error));
    m_service = std::make_unique<LookupService>(m_f->services());
}

void TestLookup::cleanupTestCase()
{
    m_service.reset();
    m_f.reset();
}

void TestLookup::classify_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "   " << int(QueryKind::Empty) << "";
    QTest::newRow("dossier code") << "000.00.12.H30-260302-010001" << int(QueryKind::DossierCode)
                                  << "000.00.12.H30-260302-010001";
    QTest::newRow("dossier code, lower case") << " g12.18-260302-010001 " << int(QueryKind::DossierCode)
                                              << "G12.18-260302-010001";
    QTest::newRow("id") << "001090123456" << int(QueryKind::IdNumber) << "001090123456";
    QTest::newRow("id with spaces") << "001 090 123 456" << int(QueryKind::IdNumber) << "001090123456";
    QTest::newRow("old id") << "012345678" << int(QueryKind::OldIdNumber) << "012345678";
    QTest::newRow("phone") << "0912 345 678" << int(QueryKind::Phone) << "0912345678";
    QTest::newRow("phone dots") << "0912.345.678" << int(QueryKind::Phone) << "0912345678";
    QTest::newRow("phone +84") << "+84 912 345 678" << int(QueryKind::Phone) << "0912345678";
    QTest::newRow("lookup code") << "abcd-2345" << int(QueryKind::LookupCode) << "ABCD2345";
    QTest::newRow("name") << "Nguyễn Văn An" << int(QueryKind::Name) << "Nguyễn Văn An";
    QTest::newRow("name folded") << "ng v an" << int(QueryKind::Name) << "ng v an";
    QTest::newRow("partial number") << "00109" << int(QueryKind::Empty) << "00109";
    QTest::newRow("not a day") << "001190" << int(QueryKind::Empty) << "001190";
    QTest::newRow("code start: day") << "261207" << int(QueryKind::CodePrefix) << "261207";
    QTest::newRow("code start: day, device") << "261207-01" << int(QueryKind::CodePrefix) << "261207-01";
    QTest::newRow("code start: office") << "h55.242" << int(QueryKind::CodePrefix) << "H55.242-";
    QTest::newRow("code start: office, month") << "H55.242-2612" << int(QueryKind::CodePrefix) << "H55.242-2612";
    QTest::newRow("code start: office, day, device") << "G12-261207-01" << int(QueryKind::CodePrefix) << "G12-261207-01";
}

void TestLookup::classify()
{
    QFETCH(QString, typed);
    QFETCH(int, kind);
    QFETCH(QString, text);
    const Query q = LookupService::classify(typed);
    QCOMPARE(int(q.kind), kind);
    QCOMPARE(q.text, text);
    // A lookup-code-shaped name may be either.
    QVERIFY(LookupService::classify(QStringLiteral("Thanh Hà")).kind == QueryKind::Name);
    QVERIFY(LookupService::classify(QStringLiteral("THANHHA")).alsoName);
    QVERIFY(!LookupService::classify(QStringLiteral("ABCD2345")).alsoName);
}

void TestLookup::byDossierCode()
{
    const auto r = m_service->search(m_f->anDossier, kNow);
    QCOMPARE(r.query.kind, QueryKind::DossierCode);
    QCOMPARE(codes(r), QStringList{m_f->anDossier});
    QVERIFY(r.citizens.isEmpty());
    QCOMPARE(codes(m_service->search(m_f->cuongDossier.toLower(), kNow)), QStringList{m_f->cuongDossier});
    QVERIFY(m_service->search(m_f->officeCode() + QStringLiteral("-260302-019999"), kNow).dossiers.isEmpty());
}

void TestLookup::byLookupCode()
{
    QVERIFY(!m_f->anLookupCode.isEmpty());
    const auto r = m_service->search(m_f->anLookupCode.toLower(), kNow);
    QCOMPARE(r.query.kind, QueryKind::LookupCode);
    QCOMPARE(codes(r), QStringList{m_f->anDossier});
    // Another office's lookup code space is not ours.
    LookupService elsewhere(m_f->services([](SessionInfo &i) { i.office.code = QStringLiteral("G12.18"); }));
    QVERIFY(elsewhere.search(m_f->anLookupCode, kNow).dossiers.isEmpty());
}

void TestLookup::byIdNumbers()
{
    auto r = m_service->search(LookupFixture::kBinhId, kNow);
    QCOMPARE(r.query.kind, QueryKind::IdNumber);
    QCOMPARE(ids(r), QStringList{LookupFixture::kBinhId});
    QCOMPARE(codes(r), (QStringList{m_f->binhDossier2, m_f->binhDossier1}));   // newest first

    r = m_service->search(LookupFixture::kAnOldId, kNow);
    QCOMPARE(r.query.kind, QueryKind::OldIdNumber);
    QCOMPARE(ids(r), QStringList{LookupFixture::kAnId});
    QCOMPARE(codes(r), QStringList{m_f->anDossier});
}

void TestLookup::byPhone()
{
    auto r = m_service->search(QStringLiteral("+84 912 345 678"), kNow);
    QCOMPARE(r.query.kind, QueryKind::Phone);
    QCOMPARE(ids(r), QStringList{LookupFixture::kAnId});
    QCOMPARE(codes(r), QStringList{m_f->anDossier});
    r = m_service->search(QStringLiteral("0987654321"), kNow);
    QCOMPARE(ids(r), QStringList{LookupFixture::kBinhId});
    QCOMPARE(r.dossiers.size(), 2);
}

void TestLookup::byName()
{
    auto r = m_service->search(QStringLiteral("tran thi binh"), kNow);
    QCOMPARE(r.query.kind, QueryKind::Name);
    QCOMPARE(ids(r), QStringList{LookupFixture::kBinhId});
    QCOMPARE(codes(r), (QStringList{m_f->binhDossier2, m_f->binhDossier1}));

    r = m_service->search(QStringLiteral("ng v an"), kNow);
    QCOMPARE(ids(r), QStringList{LookupFixture::kAnId});
    QCOMPARE(codes(r), QStringList{m_f->anDossier});

    r = m_service->search(QStringLiteral("LE DUC CUONG"), kNow);
    QCOMPARE(codes(r), QStringList{m_f->cuongDossier});
    r = m_service->search(QStringLiteral("đức cường"), kNow);   // from a middle word, with diacritics
    QCOMPARE(codes(r), QStringList{m_f->cuongDossier});
}

void TestLookup::noFalseHits()
{
    for (const QString &typed : {QStringLiteral("Phạm"), QStringLiteral("an van"), QStringLiteral("001090123457"),
                                 QStringLiteral("0912345679"), QStringLiteral("012345670"), QStringLiteral("ZZZZ2345"),
                                 QStringLiteral("tan lap"), QStringLiteral("1.001193"), QStringLiteral("%"),
                                 QStringLiteral("nguyen van binh")}) {
        const auto r = m_service->search(typed, kNow);
        QVERIFY2(r.dossiers.isEmpty() && r.citizens.isEmpty(), qPrintable(typed));
    }
}

void TestLookup::headerFields()
{
    const auto d = m_service->details(m_f->anDossier, kNow);
    QVERIFY2(d.ok(), d.ok() ? "" : qPrintable(d.error().toString()));
    const DossierHit &h = d->header;
    QCOMPARE(h.code, m_f->anDossier);
    QCOMPARE(h.lookupCode, m_f->anLookupCode);
    QCOMPARE(h.procedureCode, QStringLiteral("1.001193"));
    QCOMPARE(h.procedureName, QStringLiteral("Thủ tục đăng ký khai sinh"));
    QCOMPARE(h.applicantName, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(h.status, DossierStatus::Processing);
    QCOMPARE(h.statusCode, 4);
    QVERIFY(!h.statusText.isEmpty());
    QCOMPARE(h.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QStringLiteral("2026-03-02 09:00"));
    QCOMPARE(h.dueAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), QStringLiteral("2026-03-09 09:00")); // 5 working days
    QVERIFY(!h.late);
    QCOMPARE(d->holder, QStringLiteral("binh"));
    // Open and past the due moment: late.
    QVERIFY(m_service->details(m_f->anDossier, QDateTime(QDate(2026, 3, 10), QTime(3, 0), Qt::UTC))->header.late);
    QCOMPARE(m_service->details(QStringLiteral("nothing")).error().code, QStringLiteral("lookup.no-dossier"));
}

void TestLookup::timelineRows()
{
    const auto d = m_service->details(m_f->anDossier, kNow);
    QVERIFY(d.ok());
    const QList<TimelineRow> &t = d->timeline;
    QCOMPARE(t.size(), 5);
    QCOMPARE(t.at(0).type, EventType::Received);
    QCOMPARE(t.at(0).typeText, QStringLiteral("Received"));   // no translator installed in this test
    QCOMPARE(t.at(0).at.toString(QStringLiteral("HH:mm")), QStringLiteral("09:00"));   // office-local
    QCOMPARE(t.at(0).officerName, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(t.at(0).role, Role::Counter);
    QVERIFY2(t.at(0).summary.contains(QStringLiteral("1.001193 — Thủ tục đăng ký khai sinh")), qPrintable(t.at(0).summary));
    QVERIFY(t.at(0).summary.contains(QStringLiteral("5 working day")));
    QVERIFY(t.at(0).summary.contains(m_f->anLookupCode));
    QCOMPARE(t.at(1).summary, QStringLiteral("Tờ khai đăng ký khai sinh: 1 page(s), scanned at the counter"));
    QCOMPARE(t.at(2).summary, QStringLiteral("Giấy chứng sinh: 1 page(s), reused from dossier %1").arg(m_f->binhDossier1));
    QCOMPARE(t.at(3).type, EventType::Transferred);
    QCOMPARE(t.at(3).summary, QStringLiteral("To Trần Thị Bình"));
    QCOMPARE(t.at(4).type, EventType::NoteAdded);
    QCOMPARE(t.at(4).officerName, QStringLiteral("Trần Thị Bình"));
    QCOMPARE(t.at(4).role, Role::Processing);
    QCOMPARE(t.at(4).summary, QStringLiteral("Đã gọi điện cho công dân"));
    for (const TimelineRow &row : t)
        QVERIFY(!row.conflict);
}

void TestLookup::componentsWithProvenance()
{
    const auto d = m_service->details(m_f->anDossier, kNow);
    QVERIFY(d.ok());
    QCOMPARE(d->components.size(), 2);
    QCOMPARE(d->components.at(0).number, 1);
    QCOMPARE(d->components.at(0).name, QStringLiteral("Tờ khai đăng ký khai sinh"));
    QCOMPARE(d->components.at(0).provenance, Provenance::ScannedAtCounter);
    QCOMPARE(d->components.at(0).pageHashes, QStringList{m_f->goodPage});
    QCOMPARE(d->components.at(1).provenance, Provenance::ReusedFromDossier);
    QCOMPARE(d->components.at(1).sourceDossier, m_f->binhDossier1);
    QVERIFY(d->components.at(1).provenanceText.contains(m_f->binhDossier1));
    QCOMPARE(d->pageHashes, (QStringList{m_f->goodPage, m_f->tamperedPage}));
}

void TestLookup::pagesVerified()
{
    const PageImage good = m_service->page(m_f->goodPage);
    QVERIFY(good.ok());
    QVERIFY(!good.tampered);
    QCOMPARE(good.image.size(), QSize(620, 877));
    QVERIFY(!good.thumbnail.isNull());
    QVERIFY(good.thumbnail.width() <= PageImage::kThumbnailWidth && good.thumbnail.height() == PageImage::kThumbnailHeight);
    const PageImage bad = m_service->page(m_f->tamperedPage);
    QVERIFY(bad.tampered);
    QVERIFY(bad.image.isNull());
    QVERIFY(bad.thumbnail.isNull());
    QCOMPARE(bad.error.code, QStringLiteral("pages.tampered"));
    const PageImage missing = m_service->page(QString(64, QLatin1Char('0')));
    QVERIFY(!missing.ok());
    QVERIFY(!missing.tampered);
}

// What the worker answered, received in the test's thread (queued: the worker emits from its own
// thread, and a QSignalSpy would record there, racing with the test's reads).
struct Answers : QObject {
    QList<QPair<int, LookupResults>> results;
    QList<QPair<int, DossierDetails>> dossiers;
    QList<QPair<int, PageImage>> pages;
    QList<QPair<int, Error>> failures;
    QSet<QThread *> threads;   // where the work ran

    explicit Answers(LookupWorker &w)
    {
        connect(&w, &LookupWorker::results, this, [this](int t, const LookupResults &r) { results.append({t, r}); });
        connect(&w, &LookupWorker::dossierLoaded, this, [this](int t, const DossierDetails &d) { dossiers.append({t, d}); });
        connect(&w, &LookupWorker::pageLoaded, this, [this](int t, const PageImage &p) { pages.append({t, p}); });
        connect(&w, &LookupWorker::failed, this, [this](int t, const Error &e) { failures.append({t, e}); });
        // Direct: runs in the emitting thread.
        connect(&w, &LookupWorker::results, &w, [this] { QMutexLocker lock(&mutex); threads.insert(QThread::currentThread()); },
                Qt::DirectConnection);
    }
    QMutex mutex;
};

void TestLookup::workerAnswersOffThread()
{
    LookupWorker worker(m_f->session());
    Answers a(worker);
    // Typing fast: only the newest search is answered.
    worker.search(1, QStringLiteral("t"));
    worker.search(2, QStringLiteral("tr"));
    worker.search(3, QStringLiteral("tran thi"));
    worker.loadDossier(4, m_f->anDossier);
    worker.loadPage(5, m_f->goodPage);
    worker.loadPage(6, m_f->tamperedPage);
    worker.loadPage(7, m_f->goodPage, QSize(100, 100));
    QTRY_COMPARE_WITH_TIMEOUT(a.pages.size(), 3, 20000);
    QVERIFY(a.failures.isEmpty());
    QCOMPARE(a.results.size(), 1);
    QCOMPARE(a.results.at(0).first, 3);
    QCOMPARE(a.results.at(0).second.dossiers.size(), 2);
    {
        QMutexLocker lock(&a.mutex);
        QCOMPARE(a.threads.size(), 1);
        QVERIFY(!a.threads.contains(QThread::currentThread()));
    }
    QCOMPARE(a.dossiers.size(), 1);
    QCOMPARE(a.dossiers.at(0).first, 4);
    QCOMPARE(a.dossiers.at(0).second.timeline.size(), 5);
    QCOMPARE(a.pages.at(0).first, 5);
    QVERIFY(a.pages.at(0).second.ok());
    QCOMPARE(a.pages.at(1).first, 6);
    QVERIFY(a.pages.at(1).second.tampered);
    QVERIFY(a.pages.at(1).second.image.isNull());
    QCOMPARE(a.pages.at(2).second.image.size(), QSize(70, 100));   // scaled on the worker for display
    worker.loadDossier(8, QStringLiteral("nope"));
    QTRY_COMPARE_WITH_TIMEOUT(a.failures.size(), 1, 20000);
    QCOMPARE(a.failures.at(0).first, 8);
    QCOMPARE(a.failures.at(0).second.code, QStringLiteral("lookup.no-dossier"));
}

void TestLookup::workerRefusesWhenLocked()
{
    Session locked = m_f->session();
    {
        auto handle = std::make_shared<const SessionHandle>(m_f->workspace->session());
        locked.handle = handle;
    }   // the handle is gone: the session was locked
    LookupWorker worker(locked);
    Answers a(worker);
    worker.search(1, QStringLiteral("an"));
    QTRY_COMPARE_WITH_TIMEOUT(a.failures.size(), 1, 20000);
    QCOMPARE(a.failures.at(0).second.code, QStringLiteral("auth.locked"));
    QVERIFY(a.results.isEmpty());
}

void TestLookup::workerClosesOnLock()
{
    // The officer locks the window while the worker is idle with its connection open.
    auto handle = std::make_shared<const SessionHandle>(m_f->workspace->session());
    Session s = m_f->session();
    s.handle = handle;
    LookupWorker worker(s);
    Answers a(worker);
    worker.search(1, QStringLiteral("tran"));
    QTRY_COMPARE_WITH_TIMEOUT(a.results.size(), 1, 20000);
    QVERIFY(worker.isConnected());
    handle.reset();
    QTRY_VERIFY_WITH_TIMEOUT(!worker.isConnected(), 20000);
    worker.search(2, QStringLiteral("tran"));
    QTRY_COMPARE_WITH_TIMEOUT(a.failures.size(), 1, 20000);
    QCOMPARE(a.failures.at(0).second.code, QStringLiteral("auth.locked"));
    // A new unlock: the worker opens a connection again.
    auto again = std::make_shared<const SessionHandle>(m_f->workspace->session());
    s.handle = again;
    worker.setSession(s);
    worker.search(3, QStringLiteral("tran"));
    QTRY_COMPARE_WITH_TIMEOUT(a.results.size(), 2, 20000);
    QVERIFY(worker.isConnected());
}

// The start of a code lists the dossiers whose code starts so (a day alone is this office's day);
// nothing typed lists today's (office day); a range of days lists those received in it.
void TestLookup::partialCodeAndDays()
{
    const QString office = m_f->officeCode();
    const QString hoa = m_f->otherDossiers.at(0);
    const QString duc = m_f->otherDossiers.at(1);
    const QString nam = m_f->otherDossiers.at(2);
    const QStringList march2{hoa, m_f->binhDossier1, m_f->anDossier};   // newest first
    QVERIFY2(m_f->anDossier.startsWith(office + QStringLiteral("-260302-")), qPrintable(m_f->anDossier));

    auto r = m_service->search(QStringLiteral("260302"), kNow);
    QCOMPARE(r.query.kind, QueryKind::CodePrefix);
    QCOMPARE(codes(r), march2);
    QCOMPARE(codes(m_service->search(office.toLower() + QStringLiteral("-260302"), kNow)), march2);
    QCOMPARE(codes(m_service->search(m_f->anDossier.left(m_f->anDossier.size() - 3), kNow)), march2);   // "…-260302-010"
    const QStringList march{m_f->cuongDossier, m_f->binhDossier2, hoa, m_f->binhDossier1, m_f->anDossier};
    QCOMPARE(codes(m_service->search(office + QStringLiteral("-2603"), kNow)), march);
    QVERIFY(m_service->search(QStringLiteral("260303-99"), kNow).dossiers.isEmpty());

    r = m_service->receivedOnDays(QDate(2026, 3, 2), QDate(2026, 3, 4), kNow);
    QCOMPARE(r.query.kind, QueryKind::Days);
    QCOMPARE(codes(r), march);
    QCOMPARE(codes(m_service->receivedOnDays(QDate(2026, 2, 27), QDate(2026, 2, 27), kNow)), QStringList{nam});
    QCOMPARE(codes(m_service->receivedOnDays(QDate(2026, 2, 1), QDate(2026, 2, 28), kNow)), (QStringList{nam, duc}));
    QVERIFY(m_service->receivedOnDays(QDate(2026, 3, 5), QDate(2026, 3, 1), kNow).dossiers.isEmpty());

    // Nothing typed: today's, in office days. 3 March 06:30 in Hà Nội is still 2 March in New York.
    const QDateTime morning(QDate(2026, 3, 2), QTime(23, 30), Qt::UTC);
    r = m_service->search(QStringLiteral("  "), morning);
    QCOMPARE(r.query.kind, QueryKind::Days);
    QCOMPARE(r.query.from, QDate(2026, 3, 3));
    QCOMPARE(codes(r), QStringList{m_f->binhDossier2});
}

// 18:30 UTC on 6 December is 01:30 on 7 December in Hà Nội (and 13:30 on the 6th in New York, this
// process's zone): the code's day, the times shown and "today" are the office's.
void TestLookup::officeDayNearMidnightWhateverThePcZone()
{
    QCOMPARE(QDateTime(QDate(2026, 12, 6), QTime(18, 30), Qt::UTC).toLocalTime().date(), QDate(2026, 12, 6));   // the PC's day
    const QDateTime at(QDate(2026, 12, 6), QTime(18, 30), Qt::UTC);
    QCOMPARE(OfficeTime::day(at), QDate(2026, 12, 7));
    QCOMPARE(OfficeTime::text(at), QStringLiteral("01:30 07/12/2026"));
    QCOMPARE(OfficeTime::startOfDay(QDate(2026, 12, 7)), QDateTime(QDate(2026, 12, 6), QTime(17, 0), Qt::UTC));

    LookupFixture late(at);
    QVERIFY2(late.error.isEmpty(), qPrintable(late.error));
    QVERIFY2(late.anDossier.contains(QStringLiteral("-261207-")), qPrintable(late.anDossier));
    const LookupService service(late.services());
    const LookupResults today = service.search(QString(), at.addSecs(3600));
    QCOMPARE(today.query.from, QDate(2026, 12, 7));
    QVERIFY2(codes(today).contains(late.anDossier), qPrintable(codes(today).join(QLatin1Char(' '))));
    const auto found = service.search(late.anDossier, at.addSecs(3600));
    QCOMPARE(found.dossiers.size(), 1);
    QCOMPARE(found.dossiers.first().receivedAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")), QStringLiteral("01:30 07/12/2026"));
    // A workspace that imported no catalog uses the bundled one (as the Receive page does): the
    // procedure and its components keep their names.
    QSqlQuery wipe(late.db->sql());
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM catalog_meta")));
    const LookupService bundled(late.services());
    const auto d = bundled.details(late.anDossier, at);
    QVERIFY(d.ok());
    QCOMPARE(d->header.procedureName, QStringLiteral("Thủ tục đăng ký khai sinh"));
    QCOMPARE(d->components.value(0).name, QStringLiteral("Tờ khai đăng ký khai sinh"));
    // A service given no usable zone still shows Hà Nội's time (not UTC).
    const LookupService noZone(late.services([](SessionInfo &i) { i.office.timeZone.clear(); }));
    QCOMPARE(noZone.search(late.anDossier, at).dossiers.first().receivedAt.toString(QStringLiteral("HH:mm dd/MM/yyyy")),
             QStringLiteral("01:30 07/12/2026"));
}

// A store that cannot answer must not look like "no such dossier": the officer would receive the
// dossier again. The derived table made unreadable on a fixture of its own.
void TestLookup::storeFailureIsNotNothingFound()
{
    LookupFixture f;
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    const LookupService service(f.services());
    const QString code = service.search(LookupFixture::kAnId).dossiers.value(0).code;
    QVERIFY(!code.isEmpty());
    QVERIFY(!service.search(LookupFixture::kAnId).failure);
    QSqlQuery q(f.db->sql());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE dossiers RENAME TO dossiers_elsewhere")));
    for (const QString &typed : {LookupFixture::kAnId, code, code.left(code.lastIndexOf(QLatin1Char('-'))), QString()}) {
        const LookupResults r = service.search(typed);
        QVERIFY2(r.failure.has_value(), qPrintable(typed));
        QVERIFY(r.dossiers.isEmpty());
    }
    const auto details = service.details(code);
    QVERIFY(!details.ok());
    QCOMPARE(details.error().code, QStringLiteral("db.query-failed"));
}

QTEST_MAIN(TestLookup)
#include "tst_lookup.moc"
