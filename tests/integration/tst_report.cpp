// `motcua-cli report` (issue 12) against a hand-computed golden scenario on a real workspace: returns
// on time and late, a pause, an extension, an online submission accepted, a digitized backlog
// dossier excluded, a dossier outside the period. Time fixed per run with MOTCUA_NOW; office hours
// 07:30–11:30, 13:00–17:00 in Asia/Ho_Chi_Minh (UTC+7).
#include "app/calendar/WorkspaceCalendar.h"
#include "app/capture/SamplePages.h"
#include "app/catalog/CatalogService.h"
#include "app/intake/IntakeService.h"
#include "app/intake/PageIntake.h"
#include "db/CalendarStore.h"
#include "db/PageStore.h"
#include "domain/dossier/Event.h"
#include "support/CliRunner.h"
#include "support/TestServices.h"
#include "support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QProcess>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu-quản-trị");
const QString kOfficerPassword = QStringLiteral("mật-khẩu-cán-bộ");
const QString kCard = QStringLiteral("001190012345|012345678|Nguyễn Thị Ánh Tuyết|15031990|Nữ|Số 12, thôn Đông, xã Tân Lập|01072021");

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void goldenScenario();
    void staleFactsRebuiltFromTheLog();
    void refusedWithoutSupervisorRole();

private:
    QString page(const QString &name, int lines = 24);
    CliRun act(const QString &login, const QString &at, const QStringList &args);
    QString receive(const QString &at, int limitDays);
    void step(const QString &login, const QString &at, const QString &code, const QStringList &args);
    QString digitizedBacklog(const QString &at);
    QDateTime dueOf(const QString &code);

    QTemporaryDir m_dir;
    QString m_ws;
    CliRunner m_cli;
    QJsonObject m_golden;   // the first report of goldenScenario
    QString m_d1, m_d2;
};

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("ws"));
    TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = createTestWorkspace(m_ws, spec);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    ws->reset();
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    m_cli.setEnv(QStringLiteral("MOTCUA_NEW_PASSWORD"), kOfficerPassword);
    for (const auto &[login, role] : {std::pair{"tiepnhan", "counter"}, std::pair{"xuly", "processing"}, std::pair{"lanhdao", "supervisor"}}) {
        const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                                  {QStringLiteral("officer"), QStringLiteral("add"), QLatin1String(login), QStringLiteral("--name"),
                                   QStringLiteral("Cán bộ"), QStringLiteral("--role"), QLatin1String(role)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
}

QString TestReport::page(const QString &name, int lines)
{
    capture::SamplePageSpec spec;
    spec.lines = lines;
    const QString path = m_dir.filePath(name);
    return capture::SamplePages::textPage(spec).save(path) ? path : QString();
}

CliRun TestReport::act(const QString &login, const QString &at, const QStringList &args)
{
    m_cli.setEnv(QStringLiteral("MOTCUA_NOW"), at);
    return m_cli.as(m_ws, login, kOfficerPassword, args);
}

QString TestReport::receive(const QString &at, int limitDays)
{
    const CliRun r = act(QStringLiteral("tiepnhan"), at,
                         {QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("1.001193"), QStringLiteral("--applicant-text"),
                          kCard, QStringLiteral("--limit-days"), QString::number(limitDays), QStringLiteral("--component"),
                          QStringLiteral("1=") + page(QStringLiteral("p1.png")), QStringLiteral("--component"),
                          QStringLiteral("2=") + page(QStringLiteral("p2.png"), 12)});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return r.outLines().value(0);
}

void TestReport::step(const QString &login, const QString &at, const QString &code, const QStringList &args)
{
    const CliRun r = act(login, at, QStringList{QStringLiteral("dossier"), code} + args);
    QVERIFY2(r.exitCode == 0, qPrintable(code + QLatin1Char(' ') + args.first() + QStringLiteral(": ") + QString::fromUtf8(r.err)));
}

QString TestReport::digitizedBacklog(const QString &at)
{
    // As `digitize` records a paper backlog: received now, "origin": "digitized".
    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    if (!ws)
        return {};
    auto db = (*ws)->openDatabase();
    if (!db)
        return {};
    auto catalog = CatalogService::bundledCatalog();
    auto calendar = WorkspaceCalendar::build(CalendarStore((*db)->sql()), (*ws)->session().office.code);
    if (!catalog || !calendar)
        return {};
    PageStore pages((*db)->sql());
    auto stored = intake::PageIntake::importFiles(pages, {page(QStringLiteral("backlog.png"))});
    if (!stored)
        return {};
    intake::IntakeDraft draft = intake::IntakeDraft::start(QStringLiteral("an"), parseIsoUtcMs(at));
    draft.id.clear();
    draft.procedureCode = QStringLiteral("1.001193");
    draft.componentRef(1).pages = *stored;
    auto services = servicesFor((*db)->sql(), (*ws)->session(), *catalog, *calendar);
    if (!services)
        return {};
    intake::IntakeService service(*services);
    auto outcome = service.receiveDigitized(draft, std::nullopt, parseIsoUtcMs(at));
    return outcome ? outcome->dossierCode : QString();
}

QDateTime TestReport::dueOf(const QString &code)
{
    const CliRun r = act(QStringLiteral("lanhdao"), QStringLiteral("2026-12-17T03:00:00.000Z"),
                         {QStringLiteral("dossier"), code, QStringLiteral("show")});
    return parseIsoUtcMs(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("due")).toString());
}

void TestReport::goldenScenario()
{
    const QString tue = QStringLiteral("2026-12-08T03:00:00.000Z"); // Tue 10:00 in the office
    const QString wed = QStringLiteral("2026-12-09T03:00:00.000Z");
    // D1: 5 days (due Tue 15), result Wed 9 → returned on time, rated 5.
    const QString d1 = receive(tue, 5);
    // D2: 1 day (due Wed 9 10:00), result Thu 10 → returned late, rated 2.
    const QString d2 = receive(tue, 1);
    // D3: 5 days from Wed 9 (due Wed 16), extended 2 days → due Fri 18: not overdue on Thu 17.
    const QString d3 = receive(wed, 5);
    // D4: 1 day from Wed 9 (due Thu 10), a supplement requested at once: paused, not overdue.
    const QString d4 = receive(wed, 1);
    // D6: 5 days (due Tue 15), still in processing on Thu 17: overdue.
    const QString d6 = receive(tue, 5);
    // D8: received Mon 14, outside the period; 1 day (due Tue 15): overdue on Thu 17 all the same.
    const QString d8 = receive(QStringLiteral("2026-12-14T03:00:00.000Z"), 1);
    for (const QString &c : {d1, d2, d3, d4, d6, d8})
        QVERIFY(!c.isEmpty());

    for (const QString &c : {d1, d2}) {
        step(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-08T04:00:00.000Z"), c, {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("xuly")});
        step(QStringLiteral("xuly"), QStringLiteral("2026-12-08T06:00:00.000Z"), c, {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("lanhdao")});
        step(QStringLiteral("lanhdao"), QStringLiteral("2026-12-08T07:00:00.000Z"), c, {QStringLiteral("approve")});
    }
    step(QStringLiteral("xuly"), QStringLiteral("2026-12-09T02:00:00.000Z"), d1,
         {QStringLiteral("result"), QStringLiteral("--file"), page(QStringLiteral("kq1.png")), QStringLiteral("--number"), QStringLiteral("1/GKS")});
    step(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-09T03:00:00.000Z"), d1,
         {QStringLiteral("return"), QStringLiteral("--collector-text"), kCard, QStringLiteral("--rating"), QStringLiteral("5")});
    step(QStringLiteral("xuly"), QStringLiteral("2026-12-10T02:00:00.000Z"), d2,
         {QStringLiteral("result"), QStringLiteral("--file"), page(QStringLiteral("kq2.png")), QStringLiteral("--number"), QStringLiteral("2/GKS")});
    step(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-10T03:00:00.000Z"), d2,
         {QStringLiteral("return"), QStringLiteral("--collector-text"), kCard, QStringLiteral("--rating"), QStringLiteral("2")});
    for (const QString &c : {d3, d4, d6})
        step(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-09T03:30:00.000Z"), c, {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("xuly")});
    step(QStringLiteral("lanhdao"), QStringLiteral("2026-12-14T02:00:00.000Z"), d3,
         {QStringLiteral("extend"), QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("Cần xác minh")});
    step(QStringLiteral("xuly"), QStringLiteral("2026-12-09T04:00:00.000Z"), d4,
         {QStringLiteral("request-supplement"), QStringLiteral("--reason"), QStringLiteral("Thiếu giấy tờ")});

    // D7: an online submission (registered, status 1) accepted on Thu 10.
    CliRun r = act(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-10T02:00:00.000Z"),
                   {QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("1.001193"), QStringLiteral("--applicant-text"), kCard,
                    QStringLiteral("--component"), QStringLiteral("1=") + page(QStringLiteral("p7.png")),
                    QStringLiteral("--supplement-slip"), m_dir.filePath(QStringLiteral("f02.pdf"))});
    QCOMPARE(r.exitCode, 4);
    const QString d7 = r.outLines().value(0);
    step(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-10T03:00:00.000Z"), d7,
         {QStringLiteral("supplement-received"), QStringLiteral("--component"), QStringLiteral("2=") + page(QStringLiteral("p7b.png"), 9)});
    step(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-10T03:00:00.000Z"), d7, {QStringLiteral("accept")});

    // D5: a digitized paper backlog on Tue 8: not a receipt of the period (but open and overdue).
    QVERIFY(!digitizedBacklog(QStringLiteral("2026-12-08T05:00:00.000Z")).isEmpty());

    r = act(QStringLiteral("lanhdao"), QStringLiteral("2026-12-17T03:00:00.000Z"),
            {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-12-08"), QStringLiteral("--to"), QStringLiteral("2026-12-11")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject f = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(f.value(QStringLiteral("received")).toInt(), 6);          // D1 D2 D3 D4 D6 D7
    QCOMPARE(f.value(QStringLiteral("returned_on_time")).toInt(), 1);  // D1
    QCOMPARE(f.value(QStringLiteral("returned_late")).toInt(), 1);     // D2
    // D5 D6 D7 (accepted Thu 10, due Fri 11, still at the counter) D8; not D3 (extended), not D4 (paused).
    QCOMPARE(f.value(QStringLiteral("overdue")).toInt(), 4);
    QCOMPARE(f.value(QStringLiteral("components_received")).toInt(), 12);
    QCOMPARE(f.value(QStringLiteral("digitization_rate")).toDouble(), 1.0);
    QCOMPARE(f.value(QStringLiteral("reuse_rate")).toDouble(), 0.0);
    QCOMPARE(f.value(QStringLiteral("online_share")).toDouble(), 1.0 / 6);
    QCOMPARE(f.value(QStringLiteral("avg_counter_seconds")).toDouble(), 0.0); // the CLI decides at once
    QCOMPARE(f.value(QStringLiteral("satisfaction_avg")).toDouble(), 3.5);
    m_golden = f;
    m_d1 = d1;
    m_d2 = d2;

    // Processing time used against the limit, over the returns: (result − receipt) / (due − receipt),
    // per mille, averaged. D1 and D2 were received Tue 8 10:00; results Wed 9 and Thu 10 at 09:00.
    const QDateTime received = parseIsoUtcMs(tue);
    auto used = [&](const QString &code, const QString &result) {
        const QDateTime due = dueOf(code);
        return qRound64(1000.0 * double(received.msecsTo(parseIsoUtcMs(result))) / double(received.msecsTo(due)));
    };
    const qint64 u1 = used(d1, QStringLiteral("2026-12-09T02:00:00.000Z"));
    const qint64 u2 = used(d2, QStringLiteral("2026-12-10T02:00:00.000Z"));
    QVERIFY(u1 < 1000);
    QVERIFY(u2 > 1000);
    QCOMPARE(f.value(QStringLiteral("avg_limit_used")).toDouble(), double(u1 + u2) / 2 / 1000.0);

    // Per officer: receipts are the receiving officer's, returns the officer who attached the
    // result, overdue the holder's now.
    QHash<QString, QJsonObject> officers;
    for (const QJsonValue &v : f.value(QStringLiteral("by_officer")).toArray())
        officers.insert(v.toObject().value(QStringLiteral("officer")).toString(), v.toObject());
    QCOMPARE(officers.value(QStringLiteral("tiepnhan")).value(QStringLiteral("received")).toInt(), 6);
    QCOMPARE(officers.value(QStringLiteral("xuly")).value(QStringLiteral("returned_on_time")).toInt(), 1);
    QCOMPARE(officers.value(QStringLiteral("xuly")).value(QStringLiteral("returned_late")).toInt(), 1);
    QCOMPARE(officers.value(QStringLiteral("xuly")).value(QStringLiteral("overdue")).toInt(), 1);      // D6
    QCOMPARE(officers.value(QStringLiteral("tiepnhan")).value(QStringLiteral("overdue")).toInt(), 2);  // D7 D8
    QCOMPARE(officers.value(QStringLiteral("lanhdao")).value(QStringLiteral("received")).toInt(), 0);
    // Per procedure: all of them are 1.001193.
    const QJsonArray procedures = f.value(QStringLiteral("by_procedure")).toArray();
    QCOMPARE(procedures.size(), 1);
    const QJsonObject birth = procedures.first().toObject();
    QCOMPARE(birth.value(QStringLiteral("procedure")).toString(), QStringLiteral("1.001193"));
    QCOMPARE(birth.value(QStringLiteral("received")).toInt(), 6);
    QCOMPARE(birth.value(QStringLiteral("returned_on_time")).toInt(), 1);
    QCOMPARE(birth.value(QStringLiteral("returned_late")).toInt(), 1);
    QCOMPARE(birth.value(QStringLiteral("overdue")).toInt(), 4);
    // --procedure: another procedure has nothing.
    r = act(QStringLiteral("lanhdao"), QStringLiteral("2026-12-17T03:00:00.000Z"),
            {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-12-08"), QStringLiteral("--to"),
             QStringLiteral("2026-12-11"), QStringLiteral("--procedure"), QStringLiteral("1.000894")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject other = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(other.value(QStringLiteral("received")).toInt(), 0);
    QCOMPARE(other.value(QStringLiteral("overdue")).toInt(), 0);

    // The day D3 falls due without its extension (Wed 16, 11:00), it is still not overdue; on Fri 18
    // at 11:00 it is.
    r = act(QStringLiteral("lanhdao"), QStringLiteral("2026-12-18T04:00:00.000Z"),
            {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-12-08"), QStringLiteral("--to"), QStringLiteral("2026-12-08")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject g = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(g.value(QStringLiteral("overdue")).toInt(), 5);       // D3 too now
    QCOMPARE(g.value(QStringLiteral("received")).toInt(), 3);      // D1 D2 D6 on Tue 8
    QCOMPARE(g.value(QStringLiteral("returned_on_time")).toInt(), 0);
    QVERIFY(g.value(QStringLiteral("satisfaction_avg")).isNull());

    // Form 07, the register of the same days: every dossier received, the digitized backlog too.
    const QString csvPath = m_dir.filePath(QStringLiteral("register.csv"));
    r = act(QStringLiteral("lanhdao"), QStringLiteral("2026-12-17T03:00:00.000Z"),
            {QStringLiteral("register"), QStringLiteral("--from"), QStringLiteral("2026-12-08"), QStringLiteral("--to"),
             QStringLiteral("2026-12-11"), QStringLiteral("--out"), csvPath});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = csv.readAll().split('\n');
    QCOMPARE(rows.size(), 1 + 7 + 1); // header, D1–D7, the last line's end
    QVERIFY(rows.first().startsWith("code,procedure,"));
    QByteArray body;
    for (const QByteArray &row : rows)
        body += row;
    for (const QString &c : {d1, d2, d3, d4, d6, d7})
        QVERIFY2(body.contains(c.toUtf8()), qPrintable(c));
    QVERIFY(!body.contains(d8.toUtf8()));
    QVERIFY(body.contains(QByteArray(d2.toUtf8() + ",1.001193,")));
    const QString pdfPath = m_dir.filePath(QStringLiteral("register.pdf"));
    r = act(QStringLiteral("lanhdao"), QStringLiteral("2026-12-17T03:00:00.000Z"),
            {QStringLiteral("register"), QStringLiteral("--from"), QStringLiteral("2026-12-08"), QStringLiteral("--to"),
             QStringLiteral("2026-12-11"), QStringLiteral("--out"), pdfPath});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(pdf.contains(QStringLiteral("Mẫu số 07")), qPrintable(pdf));
    QVERIFY2(pdf.contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")), qPrintable(pdf));
    QVERIFY(pdf.contains(QStringLiteral("Đã trả, quá hạn")));   // D2
    QVERIFY(pdf.contains(QStringLiteral("Đã trả đúng hạn")));   // D1
    QVERIFY(pdf.contains(QStringLiteral("Tổng số: 7 hồ sơ")));
}

void TestReport::staleFactsRebuiltFromTheLog()
{
    // A workspace migrated to 0017 has rows without the report facts and the stale mark: the next
    // report rebuilds the derived state from the log first. Simulated on this one: facts wiped, mark set.
    QVERIFY(!m_golden.isEmpty());
    {
        auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
        QVERIFY(ws.ok());
        auto db = (*ws)->openDatabase();
        QVERIFY(db.ok());
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE dossiers SET received_by = NULL, received_kind = 0, finished_by = NULL, rating = NULL, "
                                      "component_numbers = NULL, components_paged = 0, components_reused = 0, limit_used_permille = NULL")));
        QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO workspace_meta(key, value) VALUES('derived_state_stale', '0017')")));
    }
    const CliRun r = act(QStringLiteral("lanhdao"), QStringLiteral("2026-12-17T03:00:00.000Z"),
                         {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-12-08"), QStringLiteral("--to"),
                          QStringLiteral("2026-12-11")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object(), m_golden);
    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    QVERIFY(db.ok());
    QSqlQuery q((*db)->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM workspace_meta WHERE key = 'derived_state_stale'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestReport::refusedWithoutSupervisorRole()
{
    const CliRun r = act(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-17T03:00:00.000Z"),
                         {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-12-08"), QStringLiteral("--to"), QStringLiteral("2026-12-11")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(act(QStringLiteral("lanhdao"), QStringLiteral("2026-12-17T03:00:00.000Z"),
                 {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-12-11"), QStringLiteral("--to"), QStringLiteral("2026-12-08")}).exitCode,
             2);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
