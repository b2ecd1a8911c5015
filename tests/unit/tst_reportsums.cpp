// The dashboard's monthly sums (0018_report_sums, docs/reporting.md) against the rows they sum: a
// random mix of dossiers written through the real EventStore on a real SQLCipher workspace (pauses
// for a supplement, extensions, late and on-time returns with and without ratings, online
// submissions accepted, digitized backlog, counter times recorded and recorded again, receipts near
// UTC and office-local month boundaries), then the figures of many periods — whole months, a period
// cut mid-month, single days at a month's edge, one procedure — computed from the sums (+ edge rows)
// and from the rows alone must be identical. The sums after an EventStore rebuild must equal the
// sums the triggers kept; a sum changed behind the report's back must show in the figures.
#include "tst_statemachine_builder.h"

#include "app/catalog/CatalogService.h"
#include "app/reporting/ReportService.h"
#include "db/Database.h"
#include "db/DraftStore.h"
#include "db/EventStore.h"
#include "db/Workspace.h"
#include "domain/Clock.h"
#include "domain/calendar/WorkingCalendar.h"
#include "domain/codes/DossierCode.h"
#include "domain/dossier/CalendarBinding.h"
#include "support/TestServices.h"
#include "support/TestWorkspace.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <random>

using namespace motcua;
using namespace motcua::test;
using namespace motcua::reporting;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu");
const QDateTime kNow(QDate(2026, 5, 10), QTime(3, 0), Qt::UTC);
const QStringList kProcedures{QStringLiteral("1.001193"), QStringLiteral("1.000894"), QStringLiteral("1.004222")};

QStringList tableRows(QSqlDatabase db, const QString &table)
{
    QStringList rows;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2, 3, 4, 5")))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

class TestReportSums : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sumsMatchRowsOverManyPeriods();
    void rebuildRefillsTheSameSums();
    void driftShowsInTheFigures();

private:
    void fill(int dossiers, unsigned seed);
    QString receive(EventStore &store, const QDateTime &at, const QJsonObject &payload);
    bool step(EventStore &store, const QString &code, EventType type, const QString &officer, Role role, QDateTime &at,
              qint64 afterSecs, QJsonObject payload = {});
    void compare(const ReportPeriod &period);
    ReportPeriod period(const QDate &from, const QDate &to, const QString &procedure = {}) const
    {
        return ReportPeriod{from, to, m_workspace->session().office.code, procedure};
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Database> m_db;
    WorkingCalendar m_calendar;
    std::unique_ptr<WorkspaceServices> m_services;
    QString m_failure;
    int m_returned = 0, m_late = 0, m_paused = 0, m_extended = 0, m_online = 0, m_digitized = 0, m_timed = 0;
};

void TestReportSums::initTestCase()
{
    TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = createTestWorkspace(m_tmp.filePath(QStringLiteral("ws")), spec);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    m_workspace = std::move(*ws);
    QVERIFY(m_workspace->addOfficer(QStringLiteral("binh"), QStringLiteral("Trần Thị Bình"), Roles(Role::Processing), kPassword,
                                    KdfCost::fastForTests()).ok());
    QVERIFY(m_workspace->addOfficer(QStringLiteral("chi"), QStringLiteral("Lê Minh Chi"), Roles(Role::Supervisor), kPassword,
                                    KdfCost::fastForTests()).ok());
    auto opened = m_workspace->openDatabase();
    QVERIFY(opened.ok());
    m_db = std::move(*opened);
    auto catalog = CatalogService::bundledCatalog();
    QVERIFY(catalog.ok() && *catalog);
    QString why;
    m_services = servicesFor(m_db->sql(), m_workspace->session(), *catalog, {}, std::make_shared<FixedClock>(kNow), &why);
    QVERIFY2(m_services, qPrintable(why));
    fill(90, 20261207);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    // The mix is what it says (else the comparison proves little).
    QVERIFY(m_returned > 20);
    QVERIFY(m_late > 3);
    QVERIFY(m_paused > 3);
    QVERIFY(m_extended > 3);
    QVERIFY(m_online > 2);
    QVERIFY(m_digitized > 2);
    QVERIFY(m_timed > 20);
}

QString TestReportSums::receive(EventStore &store, const QDateTime &at, const QJsonObject &payload)
{
    Event e;
    e.type = EventType::Received;
    e.officer = QStringLiteral("an");
    e.role = Role::Counter;
    e.office = m_workspace->session().office.code;
    e.payload = payload;
    e.wallTime = at;
    const SessionInfo &s = m_workspace->session();
    auto r = store.receive(e, DossierCodeMinter(s.office.code, s.deviceId, s.deviceNumber),
                           at.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))).date());
    if (!r) {
        m_failure = QStringLiteral("receive: ") + r.error().toString();
        return {};
    }
    return r->dossier;
}

bool TestReportSums::step(EventStore &store, const QString &code, EventType type, const QString &officer, Role role, QDateTime &at,
                          qint64 afterSecs, QJsonObject payload)
{
    at = at.addSecs(afterSecs);
    Event e;
    e.dossier = code;
    e.type = type;
    e.officer = officer;
    e.role = role;
    e.office = m_workspace->session().office.code;
    e.payload = std::move(payload);
    e.wallTime = at;
    auto r = store.append(e);
    if (!r)
        m_failure = QStringLiteral("%1 %2: %3").arg(code, eventTypeName(type), r.error().toString());
    return r.ok();
}

void TestReportSums::fill(int dossiers, unsigned seed)
{
    using testing::componentPayload;
    using testing::transferPayload;
    std::mt19937 rng(seed);
    EventStore store(m_db->sql(), m_workspace->session().deviceId, machineContextFor(m_calendar));
    CounterTimeStore counterTimes(m_db->sql());
    const QString an = QStringLiteral("an"), binh = QStringLiteral("binh"), chi = QStringLiteral("chi");
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < dossiers && m_failure.isEmpty(); ++i) {
        QDateTime at;
        if (i % 5 == 0) {
            // Near a month boundary: the last hours of a UTC month are the next office-local day.
            const QDate monthEnd = QDate(2026, 1 + int(rng() % 4), 1).addMonths(1).addDays(-1);
            at = QDateTime(monthEnd, QTime(15 + int(rng() % 9), int(rng() % 60)), Qt::UTC);
        } else {
            at = start.addSecs(qint64(rng() % quint64(118 * 86400)));
        }
        QJsonObject payload = testing::receivedPayload(kProcedures.at(int(rng() % kProcedures.size())), 1 + int(rng() % 6));
        const int kind = int(rng() % 10);
        if (kind == 0) {
            payload.insert(QStringLiteral("acceptedSubmission"), true);
            ++m_online;
        } else if (kind == 1) {
            payload.insert(QStringLiteral("origin"), QStringLiteral("digitized"));
            ++m_digitized;
        }
        const QString code = receive(store, at, payload);
        if (code.isEmpty())
            return;
        // Counter times: most receipts, some recorded again (REPLACE), a few after the dossier moved on.
        CounterTimeStore::Entry timing{code, an, QStringLiteral("Received"), at.addSecs(-qint64(60 + rng() % 900)), at, {}, 0};
        const int timingRoll = int(rng() % 10);
        if (timingRoll < 7) {
            QVERIFY(counterTimes.record(timing).ok());
            ++m_timed;
            if (timingRoll == 0) {
                timing.startedAt = timing.startedAt.addMSecs(-qint64(rng() % 100000));
                QVERIFY(counterTimes.record(timing).ok());
            }
        }
        for (int c = 1, n = 1 + int(rng() % 3); c <= n; ++c)
            if (!step(store, code, EventType::ComponentAttached, an, Role::Counter, at, 300,
                      componentPayload(c, rng() % 4 == 0 ? QStringLiteral("national-db") : QStringLiteral("scanned"))))
                return;
        if (timingRoll == 8) {
            QVERIFY(counterTimes.record(timing).ok());   // recorded after the components
            ++m_timed;
        }
        const int path = int(rng() % 10);
        if (path == 0)
            continue;   // still at the counter
        if (!step(store, code, EventType::Transferred, an, Role::Counter, at, 3600, transferPayload(binh)))
            return;
        if (rng() % 4 == 0) {
            // Waiting for the citizen: the clock stops, and starts again on the supplement.
            if (!step(store, code, EventType::SupplementRequested, binh, Role::Processing, at, 3600,
                      {{QStringLiteral("reason"), QStringLiteral("thiếu giấy tờ")}}))
                return;
            ++m_paused;
            if (rng() % 5 == 0)
                continue;   // still paused
            if (!step(store, code, EventType::SupplementReceived, an, Role::Counter, at, qint64(1 + rng() % 6) * 86400))
                return;
            // The supplement is handed back to the processing officer when the counter holds it.
            QSqlQuery q(m_db->sql());
            q.prepare(QStringLiteral("SELECT holder FROM dossiers WHERE code = ?"));
            q.addBindValue(code);
            if (q.exec() && q.next() && q.value(0).toString() != binh
                && !step(store, code, EventType::Transferred, an, Role::Counter, at, 600, transferPayload(binh)))
                return;
        }
        if (rng() % 5 == 0) {
            if (!step(store, code, EventType::Extended, chi, Role::Supervisor, at, 3600,
                      {{QStringLiteral("limit"), TimeLimit::days(1 + int(rng() % 4)).toJson()},
                       {QStringLiteral("reason"), QStringLiteral("cần xác minh")}}))
                return;
            ++m_extended;
        }
        if (path == 1)
            continue;   // open in processing (some overdue by now)
        if (!step(store, code, EventType::Transferred, binh, Role::Processing, at, 3600, transferPayload(chi, true))
            || !step(store, code, EventType::Approved, chi, Role::Supervisor, at, rng() % 4 == 0 ? qint64(9 + rng() % 6) * 86400 : 3600)
            || !step(store, code, EventType::ResultReady, binh, Role::Processing, at, 3600))
            return;
        if (path == 2)
            continue;   // result ready, not collected
        QJsonObject ret;
        if (rng() % 3 != 0)
            ret.insert(QStringLiteral("rating"), 1 + int(rng() % 5));
        if (!step(store, code, EventType::Returned, an, Role::Counter, at, qint64(rng() % 5) * 86400 + 600, ret))
            return;
        ++m_returned;
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("SELECT late FROM dossiers WHERE code = ?"));
        q.addBindValue(code);
        if (q.exec() && q.next() && q.value(0).toInt() != 0)
            ++m_late;
    }
}

void TestReportSums::compare(const ReportPeriod &p)
{
    const ReportService sums(*m_services);
    const ReportService rows(*m_services, ReportService::Source::Rows);
    auto a = sums.figures(p);
    auto b = rows.figures(p);
    QVERIFY2(a.ok() && b.ok(), qPrintable((a.ok() ? QString() : a.error().toString()) + (b.ok() ? QString() : b.error().toString())));
    const QString what = p.from.toString(Qt::ISODate) + QStringLiteral("..") + p.to.toString(Qt::ISODate) + QLatin1Char(' ') + p.procedure;
    QVERIFY2(a->toJson() == b->toJson(), qPrintable(what + QStringLiteral("\nsums: ") + QString::fromUtf8(QJsonDocument(a->toJson()).toJson(QJsonDocument::Compact))
                                                     + QStringLiteral("\nrows: ") + QString::fromUtf8(QJsonDocument(b->toJson()).toJson(QJsonDocument::Compact))));
    QCOMPARE(a->componentsDigitized, b->componentsDigitized);
    QCOMPARE(a->componentsReused, b->componentsReused);
    QCOMPARE(a->total.counterTimes, b->total.counterTimes);
    QCOMPARE(a->total.counterMsSum, b->total.counterMsSum);
    QCOMPARE(a->total.limitUsedPermilleSum, b->total.limitUsedPermilleSum);
}

void TestReportSums::sumsMatchRowsOverManyPeriods()
{
    // The sums are there and used: the mix fills several months.
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT month) FROM report_received_sums")) && q.next());
    QVERIFY(q.value(0).toInt() >= 4);
    QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT month) FROM report_returned_sums")) && q.next());
    QVERIFY(q.value(0).toInt() >= 3);

    const ReportService sums(*m_services);
    auto whole = sums.figures(period(QDate(2025, 12, 1), QDate(2026, 12, 31)));
    QVERIFY(whole.ok());
    QCOMPARE(whole->returnedOnTime() + whole->returnedLate(), m_returned);
    QVERIFY(whole->returnedLate() > 0 && whole->ratings > 0 && whole->online > 0 && whole->total.counterTimes > 0);

    compare(period(QDate(2026, 1, 1), QDate(2026, 5, 31)));    // whole months, UTC-shifted edges
    compare(period(QDate(2025, 12, 1), QDate(2026, 12, 31)));  // a year around the data
    for (int m = 1; m <= 5; ++m)
        compare(period(QDate(2026, m, 1), QDate(2026, m, 1).addMonths(1).addDays(-1)));
    compare(period(QDate(2026, 1, 15), QDate(2026, 3, 10)));   // cut mid-month at both ends
    compare(period(QDate(2026, 1, 31), QDate(2026, 2, 1)));    // two days across a month boundary
    compare(period(QDate(2026, 2, 28), QDate(2026, 4, 1)));
    compare(period(QDate(2026, 2, 1), QDate(2026, 4, 30), kProcedures.at(0)));
    compare(period(QDate(2026, 1, 20), QDate(2026, 4, 5), kProcedures.at(1)));
    std::mt19937 rng(42);
    for (int i = 0; i < 25; ++i) {
        const QDate from = QDate(2026, 1, 1).addDays(int(rng() % 130));
        compare(period(from, from.addDays(int(rng() % 100))));
    }
}

void TestReportSums::rebuildRefillsTheSameSums()
{
    const QStringList received = tableRows(m_db->sql(), QStringLiteral("report_received_sums"));
    const QStringList returned = tableRows(m_db->sql(), QStringLiteral("report_returned_sums"));
    QVERIFY(received.size() > 10);
    QVERIFY(returned.size() > 5);
    QVERIFY(!received.first().startsWith(QLatin1String("error")));
    EventStore store(m_db->sql(), m_workspace->session().deviceId, machineContextFor(m_calendar));
    auto rebuilt = store.rebuildDerivedState();
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.ok() ? QString() : rebuilt.error().toString()));
    // What the triggers kept event by event is what one grouped pass over the rows gives.
    QCOMPARE(tableRows(m_db->sql(), QStringLiteral("report_received_sums")), received);
    QCOMPARE(tableRows(m_db->sql(), QStringLiteral("report_returned_sums")), returned);
    // And the triggers are back: one more event still moves the sums.
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'dossiers_sums_%'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    fill(3, 99);
    QVERIFY2(m_failure.isEmpty(), qPrintable(m_failure));
    QVERIFY(tableRows(m_db->sql(), QStringLiteral("report_received_sums")) != received);
    compare(period(QDate(2026, 1, 1), QDate(2026, 5, 31)));
}

void TestReportSums::driftShowsInTheFigures()
{
    // The comparison can fail: a sum changed behind the report's back changes the sums path only.
    const ReportPeriod p = period(QDate(2026, 1, 1), QDate(2026, 5, 31));
    const ReportService sums(*m_services);
    const ReportService rows(*m_services, ReportService::Source::Rows);
    QCOMPARE(sums.figures(p)->toJson(), rows.figures(p)->toJson());
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE report_returned_sums SET dossiers = dossiers + 1 WHERE month = '2026-02'")));
    QVERIFY(q.numRowsAffected() > 0);
    QVERIFY(sums.figures(p)->toJson() != rows.figures(p)->toJson());
    QVERIFY(q.exec(QStringLiteral("UPDATE report_returned_sums SET dossiers = dossiers - 1 WHERE month = '2026-02'")));
    QVERIFY(q.exec(QStringLiteral("UPDATE report_received_sums SET timed_ms = timed_ms + 1 WHERE month = '2026-03'")));
    QVERIFY(sums.figures(p)->total.counterMsSum != rows.figures(p)->total.counterMsSum);
}

QTEST_GUILESS_MAIN(TestReportSums)
#include "tst_reportsums.moc"
