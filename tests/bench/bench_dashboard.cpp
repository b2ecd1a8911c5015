// Benchmark: the supervisor dashboard (issue 12: "the dashboard for a year ≤ 500 ms; a dossier view
// with 50 events ≤ 50 ms") on a workspace of 100,000 dossiers / 1,000,000 events. Standalone: an
// encrypted database in a temporary folder; sealed dossier lives (DossierFill's Generator) spread
// over 2026 across the bundled catalog's procedures, 10 counter and 20 processing officers: most
// returned (some late, most rated), the rest open (some overdue), 5 % online submissions, counter
// times for every receipt. The derived state, report facts included, comes from the EventStore's
// own rebuild (timed: it is what a workspace migrated to 0017 runs once). Then, as a supervisor:
//   year      ReportService::figures for 2026-01-01..2026-12-31 (totals, per officer, per procedure):
//             whole UTC months from the monthly sums (0018), the edges from the rows
//   year-rows the same from the rows alone (ReportService::Source::Rows, the way before 0018), in the
//             same rounds; the two must give identical figures (the run fails otherwise)
//   month     the same for one month
//   drill     the dossiers behind "returned late" for the year (at most 2,000 rows)
//   details   LookupService::details of a dossier with 50 events
// Each figure: the median over rounds (ms).
//
//   bench_dashboard [dossiers=100000 | --quick]
// BENCH_DASHBOARD_DB=FILE keeps the filled database there and reuses it on the next run (same size).
#include "DossierFill.h"

#include "app/catalog/CatalogService.h"
#include "app/lookup/LookupService.h"
#include "app/reporting/ReportService.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/Database.h"
#include "db/EventStore.h"
#include "domain/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

#include <sys/resource.h>

using namespace motcua;

namespace {

const QString kOffice = QStringLiteral("G12.18");
const QDateTime kNow(QDate(2026, 12, 20), QTime(3, 0), Qt::UTC);

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// Wall time (ms) of f; its CPU time (this process, user + system) is added to *cpu. On a shared
// machine the wall time includes waiting for a core; the CPU time is what the work itself costs.
template <typename F>
double timed(F f, std::vector<double> *cpu = nullptr)
{
    const double c0 = cpuMs();
    QElapsedTimer t;
    t.start();
    f();
    const double wall = double(t.nsecsElapsed()) / 1e6;
    if (cpu)
        cpu->push_back(cpuMs() - c0);
    return wall;
}

// `n` dossier lives over 2026 (ten events each), and one of 50 events; returns its code.
QString fillYear(QSqlDatabase db, int n, const QStringList &procedures)
{
    bench::Generator g;
    g.insert = QSqlQuery(db);
    if (!db.transaction()
        || !g.insert.prepare(QStringLiteral("INSERT INTO events(uuid, dossier_code, type, payload, officer, role, office, "
                                            "device, device_seq, wall_time, parent, device_hash) "
                                            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")))
        return {};
    QSqlQuery counter(db);
    if (!counter.prepare(QStringLiteral("INSERT INTO counter_times(dossier_code, officer, outcome, started_at, decided_at, "
                                        "printed_at, actions) VALUES(?,?,?,?,?,?,?)")))
        return {};
    std::mt19937 rng(7);
    const QDateTime yearStart(QDate(2026, 1, 1), QTime(1, 0), Qt::UTC);
    const qint64 span = yearStart.secsTo(kNow.addDays(-2));
    QString longOne;
    QHash<QString, int> perDay;
    for (int i = 0; i <= n; ++i) {
        const bool fifty = i == n;   // the dossier view's case
        const QDateTime received = yearStart.addSecs(qint64(rng() % quint64(span)));
        const int devNo = 1 + i % 50;
        const QString device = QStringLiteral("dev-%1").arg(devNo);
        const QString day = received.toString(QStringLiteral("yyMMdd"));
        const int seq = ++perDay[day + device];
        const QString code = kOffice + QStringLiteral("-%1-%2%3").arg(day).arg(devNo, 2, 10, QLatin1Char('0')).arg(seq, 4, 10, QLatin1Char('0'));
        const QString procedure = procedures.at(int(rng() % procedures.size()));
        const QString counterOfficer = QStringLiteral("c%1").arg(1 + rng() % 10);
        const QString processing = QStringLiteral("p%1").arg(1 + rng() % 20);
        const int limitDays = 3 + int(rng() % 10);
        const QDateTime due = received.addDays(limitDays + limitDays / 5 * 2);
        const int roll = int(rng() % 100);
        QUuid last;
        QDateTime at = received;
        auto ev = [&](EventType type, const QString &officer, Role role, QJsonObject payload, qint64 afterSecs) {
            Event e;
            e.uuid = QUuid::createUuid();
            e.dossier = code;
            e.type = type;
            e.payload = std::move(payload);
            e.officer = officer;
            e.role = role;
            e.office = kOffice;
            e.device = device;
            e.wallTime = at;
            e.parent = last;
            at = at.addSecs(afterSecs);
            last = e.uuid;
            return g.add(e);
        };
        QJsonObject receipt{{QStringLiteral("procedure"), procedure},
                            {QStringLiteral("limit"), TimeLimit::days(limitDays).toJson()},
                            {QStringLiteral("due"), isoUtcMs(due)},
                            {QStringLiteral("applicant"),
                             QJsonObject{{QStringLiteral("idNumber"), QStringLiteral("0010901%1").arg(i, 5, 10, QLatin1Char('0'))},
                                         {QStringLiteral("name"), QStringLiteral("Nguyễn Văn %1").arg(i)}}},
                            {QStringLiteral("lookupCode"), QStringLiteral("ABCD%1").arg(i % 10000, 4, 10, QLatin1Char('0'))}};
        if (roll < 5)
            receipt.insert(QStringLiteral("acceptedSubmission"), true);
        bool ok = ev(EventType::Received, counterOfficer, Role::Counter, receipt, 60);
        for (int c = 1; c <= 2; ++c)
            ok = ok && ev(EventType::ComponentAttached, counterOfficer, Role::Counter,
                          {{QStringLiteral("number"), c},
                           {QStringLiteral("provenance"), c == 2 && roll % 7 == 0 ? QStringLiteral("reused") : QStringLiteral("scanned")},
                           {QStringLiteral("pages"), QJsonArray{QString(64, QLatin1Char('a' + c))}}},
                          fifty ? 60 : 3600);
        if (fifty) {
            for (int k = 0; ok && k < 47; ++k)
                ok = ev(EventType::NoteAdded, counterOfficer, Role::Counter, {{QStringLiteral("text"), QStringLiteral("ghi chú %1").arg(k)}}, 60);
            longOne = code;
        } else {
            ok = ok && ev(EventType::Transferred, counterOfficer, Role::Counter, {{QStringLiteral("to"), processing}}, 7200);
            ok = ok && ev(EventType::Appraised, processing, Role::Processing, {{QStringLiteral("opinion"), QStringLiteral("approve")}}, 3600);
            if (roll >= 92) {
                // Open in processing: received late in the year, often past its due.
                ok = ok && ev(EventType::NoteAdded, processing, Role::Processing, {{QStringLiteral("text"), QStringLiteral("đang xử lý")}}, 60);
            } else {
                ok = ok && ev(EventType::Transferred, processing, Role::Processing,
                              {{QStringLiteral("to"), QStringLiteral("s1")}, {QStringLiteral("forApproval"), true}}, 3600);
                ok = ok && ev(EventType::Approved, QStringLiteral("s1"), Role::Supervisor, {},
                              roll < 15 ? qint64(limitDays + 6) * 86400 : 86400);   // some finish late
                ok = ok && ev(EventType::ResultReady, processing, Role::Processing, {}, 86400);
                QJsonObject ret;
                if (roll % 3 != 0)
                    ret.insert(QStringLiteral("rating"), 1 + int(rng() % 5));
                ok = ok && ev(EventType::Returned, counterOfficer, Role::Counter, ret, 60);
            }
            ok = ok && ev(EventType::NoteAdded, counterOfficer, Role::Counter, {{QStringLiteral("text"), QStringLiteral("đã xong")}}, 60);
        }
        counter.bindValue(0, code);
        counter.bindValue(1, counterOfficer);
        counter.bindValue(2, QStringLiteral("Received"));
        counter.bindValue(3, isoUtcMs(received.addSecs(-qint64(120 + rng() % 600))));
        counter.bindValue(4, isoUtcMs(received));
        counter.bindValue(5, isoUtcMs(received.addSecs(30)));
        counter.bindValue(6, 40);
        if (!ok || !counter.exec()) {
            std::fprintf(stderr, "insert failed: %s / %s\n", qPrintable(g.insert.lastError().text()),
                         qPrintable(counter.lastError().text()));
            return {};
        }
    }
    QSqlQuery heads(db);
    heads.prepare(QStringLiteral("INSERT INTO chain_heads(device, last_seq, last_hash) VALUES(?, ?, ?)"));
    for (auto it = g.heads.cbegin(); it != g.heads.cend(); ++it) {
        heads.bindValue(0, it.key());
        heads.bindValue(1, it->first);
        heads.bindValue(2, QString::fromLatin1(it->second.toHex()));
        if (!heads.exec())
            return {};
    }
    std::printf("events: %lld\n", g.events);
    return db.commit() ? longOne : QString();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString arg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const int dossiers = arg == QLatin1String("--quick") ? 20000 : arg.isEmpty() ? 100000 : arg.toInt();
    const int rounds = arg == QLatin1String("--quick") ? 3 : 7;
    QTemporaryDir dir;
    const QString kept = qEnvironmentVariable("BENCH_DASHBOARD_DB");
    const bool reuse = !kept.isEmpty() && QFile::exists(kept);
    auto db = Database::open({kept.isEmpty() ? dir.path() + QStringLiteral("/bench.db") : kept, QByteArray(32, 'k')});
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    QSqlDatabase sql = (*db)->sql();
    auto catalog = CatalogService::bundledCatalog();
    if (!catalog || !*catalog)
        return 1;
    QStringList procedures;
    for (const Procedure &p : (*catalog)->procedures())
        procedures << p.code;
    QElapsedTimer timer;
    timer.start();
    QString fifty;
    if (reuse) {
        QSqlQuery q(sql);
        if (q.exec(QStringLiteral("SELECT dossier_code FROM events GROUP BY dossier_code HAVING count(*) = 50 LIMIT 1")) && q.next())
            fifty = q.value(0).toString();
    } else {
        fifty = fillYear(sql, dossiers, procedures);
    }
    if (fifty.isEmpty())
        return 1;
    const double fillSeconds = double(timer.elapsed()) / 1000.0;

    SessionInfo session;
    session.officer.login = QStringLiteral("s1");
    session.officer.fullName = QStringLiteral("Lãnh đạo");
    session.officer.roles = Role::Supervisor | Role::Counter | Role::Processing;
    session.officer.officeCode = kOffice;
    session.office.code = kOffice;
    session.deviceId = QStringLiteral("dev-bench");
    WorkspaceServices::Options options;
    options.clock = std::make_shared<FixedClock>(kNow);
    options.calendar = std::make_shared<WorkingCalendar>();
    auto services = WorkspaceServices::build(sql, session, *catalog, options);
    if (!services) {
        std::fprintf(stderr, "%s\n", qPrintable(services.error().toString()));
        return 1;
    }
    timer.restart();
    Result<int> rebuilt = reuse ? Result<int>(dossiers) : (*services)->events().rebuildDerivedState();
    if (!rebuilt) {
        std::fprintf(stderr, "%s\n", qPrintable(rebuilt.error().toString()));
        return 1;
    }
    const double rebuildSeconds = double(timer.elapsed()) / 1000.0;
    std::printf("fill: %.1f s, rebuild (report facts included): %.1f s for %d dossiers (%d procedures)\n", fillSeconds,
                rebuildSeconds, *rebuilt, int(procedures.size()));

    const reporting::ReportService reports(**services);
    const reporting::ReportService rowReports(**services, reporting::ReportService::Source::Rows);
    const lookup::LookupService lookups(**services);
    const reporting::ReportPeriod year{QDate(2026, 1, 1), QDate(2026, 12, 31), kOffice, {}};
    const reporting::ReportPeriod month{QDate(2026, 6, 1), QDate(2026, 6, 30), kOffice, {}};
    std::vector<double> tYear, tMonth, tDrill, tDetails, cYear, cMonth, cDrill, cDetails, tYearRows, cYearRows;
    bool ok = true;
    bool same = true;
    reporting::ReportFigures figures;
    int drillRows = 0;
    for (int round = 0; round < rounds; ++round) {
        tYear.push_back(timed([&] {
            auto f = reports.figures(year);
            ok = ok && f.ok();
            if (f)
                figures = *f;
        }, &cYear));
        tYearRows.push_back(timed([&] {
            auto f = rowReports.figures(year);
            ok = ok && f.ok();
            same = same && f && f->toJson() == figures.toJson();
        }, &cYearRows));
        tMonth.push_back(timed([&] { ok = ok && reports.figures(month).ok(); }, &cMonth));
        tDrill.push_back(timed([&] {
            auto rows = reports.dossiers(year, reporting::DrillDown{reporting::Figure::ReturnedLate, {}, {}, 2000});
            ok = ok && rows.ok();
            if (rows)
                drillRows = int(rows->rows.size());
        }, &cDrill));
        tDetails.push_back(timed([&] {
            auto d = lookups.details(fifty, kNow);
            ok = ok && d.ok();
        }, &cDetails));
    }
    if (!ok) {
        std::fprintf(stderr, "a dashboard query failed\n");
        return 1;
    }
    if (!same) {
        std::fprintf(stderr, "the monthly sums and the rows gave different figures for the year\n");
        return 1;
    }
    std::printf("year: received %d, on time %d, late %d, overdue %d, %d officers, %d procedures\n", figures.received(),
                figures.returnedOnTime(), figures.returnedLate(), figures.overdue(), int(figures.byOfficer.size()),
                int(figures.byProcedure.size()));
    std::printf("dashboard year  median %7.2f ms wall, %7.2f ms CPU (target <= 500 ms)\n", median(tYear), median(cYear));
    std::printf("year, rows only median %7.2f ms wall, %7.2f ms CPU (identical figures)\n", median(tYearRows), median(cYearRows));
    std::printf("dashboard month median %7.2f ms wall, %7.2f ms CPU\n", median(tMonth), median(cMonth));
    std::printf("drill-down      median %7.2f ms wall, %7.2f ms CPU (%d rows)\n", median(tDrill), median(cDrill), drillRows);
    std::printf("details (50 ev) median %7.2f ms wall, %7.2f ms CPU (target <= 50 ms)\n", median(tDetails), median(cDetails));
    std::printf("{\"dossiers\":%d,\"rebuild_s\":%.2f,\"dashboard_year_median_ms\":%.3f,\"dashboard_year_cpu_median_ms\":%.3f,"
                "\"dashboard_year_rows_median_ms\":%.3f,\"dashboard_year_rows_cpu_median_ms\":%.3f,\"dashboard_month_median_ms\":%.3f,\"dashboard_month_cpu_median_ms\":%.3f,"
                "\"drill_down_median_ms\":%.3f,\"details_50_events_median_ms\":%.3f,\"details_50_events_cpu_median_ms\":%.3f}\n",
                dossiers, rebuildSeconds, median(tYear), median(cYear), median(tYearRows), median(cYearRows), median(tMonth), median(cMonth), median(tDrill),
                median(tDetails), median(cDetails));
    return 0;
}
