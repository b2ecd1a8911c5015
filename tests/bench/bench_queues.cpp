// Benchmark: the Dossiers page's queues (issue 12: open a queue, sort, filter ≤ 100 ms each) on a
// workspace of 100,000 dossiers / 1,000,000 events. Standalone: an encrypted database in a temporary
// folder; the events are DossierFill's sealed dossier lives, the derived `dossiers` rows written
// straight in with the states an office's year spreads over its queues (most returned; the rest
// received, in processing with 20 officers, awaiting a supplement or approval, results ready …), due
// moments around "now", Vietnamese names, the bundled catalog's procedures. Then, as a supervisor
// (who sees every queue), through DossierQueues exactly as the queue worker calls it:
//   counts  — every queue's count (the navigation and the queue list)
//   open    — a queue's first page of 100 rows and its total, for each listable queue
//   sort    — the biggest queues sorted by applicant, received (desc), procedure, holder
//   filter  — applicant name part (folded), procedure, holder, a week of receipt days
//   scroll  — the page at offset 5,000 of the biggest queue
//   name    — the applicant-name filter alone, over the same 3 queues: a rare name ("tran thi h", also
//             in `filter`), a common family name ("nguyen") and one letter ("n"), sorted by due
// Each figure: the median over rounds of every case's time (ms), and the worst case's median.
//
// Beside each wall-clock median, the median CPU time of the process (user + system) for the same
// calls: on a shared machine the wall time includes waiting for a core.
//
//   bench_queues [dossiers=100000 | --quick]
// BENCH_QUEUES_DB=FILE keeps the filled database there and reuses it on the next run (same size).
#include "DossierFill.h"

#include "app/casework/DossierQueues.h"
#include "app/catalog/CatalogService.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/text/VietnameseFolding.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <vector>

#include <sys/resource.h>

using namespace motcua;
using namespace motcua::casework;

namespace {

const QDateTime kNow(QDate(2026, 6, 10), QTime(3, 0), Qt::UTC);   // Wednesday 10:00 in Hà Nội

QString iso(const QDateTime &t)
{
    return isoUtcMs(t);
}

// Writes the derived rows of `n` dossiers (codes as DossierFill made them) with a spread of states.
bool writeDossiers(QSqlDatabase db, int n, const QStringList &procedures, std::map<QString, int> &byStatus)
{
    static const char *family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                                   "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static const char *middle[] = {"Văn", "Thị", "Đức", "Minh", "Hoàng", "Ngọc", "Thanh", "Quang", "Hữu", "Thu"};
    static const char *given[] = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hòa", "Hùng",
                                  "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân",
                                  "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"};
    std::mt19937 rng(12);
    QSqlQuery codes(db);
    if (!codes.exec(QStringLiteral("SELECT DISTINCT dossier_code FROM events ORDER BY dossier_code")))
        return false;
    QSqlQuery ins(db);
    if (!ins.prepare(QStringLiteral(
            "INSERT INTO dossiers(code, office, procedure_code, status, status_code, holder, holder_office, received_at, "
            "due_at, finished_at, returned_at, paused_ms, paused, late, awaiting_approval, applicant_id_number, applicant_name, "
            "applicant_name_folded, lookup_code, component_count, event_count, conflicts, last_event_at) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")))
        return false;
    if (!db.transaction())
        return false;
    int i = 0;
    while (codes.next() && i < n) {
        const QString code = codes.value(0).toString();
        const int roll = int(rng() % 1000);
        // ‰ of dossiers: 600 returned, 80 received, 150 processing (30 awaiting approval), 40 supplement,
        // 50 result ready, 30 registered (status 1), 50 refused/withdrawn/stopped.
        int status;
        bool awaiting = false;
        if (roll < 600) status = 10;
        else if (roll < 680) status = 2;
        else if (roll < 800) status = 4;
        else if (roll < 830) { status = 4; awaiting = true; }
        else if (roll < 870) status = 5;
        else if (roll < 920) status = 9;
        else if (roll < 950) status = 1;
        else status = (roll < 970) ? 3 : (roll < 985 ? 7 : 8);
        const QDateTime received = kNow.addSecs(-qint64(rng() % (365LL * 86400)));
        // Open dossiers fall due from 30 days ago to 30 days ahead; done ones after their receipt.
        const QDateTime due = (status == 2 || status == 4 || status == 5)
            ? kNow.addSecs(qint64(rng() % (60LL * 86400)) - 30LL * 86400)
            : received.addDays(5);
        QString holder;
        if (status == 2) holder = QStringLiteral("c%1").arg(1 + rng() % 5);
        else if (status == 4) holder = awaiting ? QStringLiteral("s%1").arg(1 + rng() % 3) : QStringLiteral("p%1").arg(1 + rng() % 20);
        else if (status == 5 || status == 9 || status == 1) holder = QStringLiteral("pool:G12.18");
        const QString name = QString::fromUtf8(family[rng() % 16]) + QLatin1Char(' ') + QString::fromUtf8(middle[rng() % 10])
            + QLatin1Char(' ') + QString::fromUtf8(given[rng() % 27]);
        const bool finished = status == 9 || status == 10;
        const QVariant null(QMetaType(QMetaType::QString));
        int c = 0;
        ins.bindValue(c++, code);
        ins.bindValue(c++, QStringLiteral("G12.18"));
        ins.bindValue(c++, procedures.at(int(rng() % procedures.size())));
        ins.bindValue(c++, statusName(DossierStatus(status)));
        ins.bindValue(c++, status);
        ins.bindValue(c++, holder.isEmpty() ? null : QVariant(holder));
        ins.bindValue(c++, holder.isEmpty() ? null : QVariant(QStringLiteral("G12.18")));
        ins.bindValue(c++, iso(received));
        ins.bindValue(c++, iso(due));
        ins.bindValue(c++, finished ? QVariant(iso(received.addDays(4))) : null);
        ins.bindValue(c++, status == 10 ? QVariant(iso(received.addDays(6))) : null);
        ins.bindValue(c++, 0);
        ins.bindValue(c++, status == 5 ? 1 : 0);
        ins.bindValue(c++, 0);
        ins.bindValue(c++, awaiting ? 1 : 0);
        ins.bindValue(c++, QStringLiteral("0010901%1").arg(i, 5, 10, QLatin1Char('0')));
        ins.bindValue(c++, name);
        ins.bindValue(c++, foldVietnamese(name));
        ins.bindValue(c++, QStringLiteral("ABCD%1").arg(i % 10000, 4, 10, QLatin1Char('0')));
        ins.bindValue(c++, 2);
        ins.bindValue(c++, 10);
        ins.bindValue(c++, rng() % 1000 == 0 ? 1 : 0);
        ins.bindValue(c++, iso(received.addDays(1)));
        if (!ins.exec()) {
            std::fprintf(stderr, "insert dossier failed: %s\n", qPrintable(ins.lastError().text()));
            return false;
        }
        ++byStatus[QString::number(status) + (awaiting ? QStringLiteral("a") : QString())];
        ++i;
    }
    return db.commit();
}

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

struct Figure {
    std::vector<double> all;                       // every case, every round
    std::vector<double> cpu;                       // the same calls' CPU time
    std::map<std::string, std::vector<double>> byCase;
    std::map<std::string, std::vector<double>> cpuByCase;
    void add(const std::string &name, std::pair<double, double> wallCpu)
    {
        all.push_back(wallCpu.first);
        byCase[name].push_back(wallCpu.first);
        cpu.push_back(wallCpu.second);
        cpuByCase[name].push_back(wallCpu.second);
    }
    std::pair<std::string, double> worst() const
    {
        std::pair<std::string, double> w{"", 0};
        for (const auto &[name, v] : byCase)
            if (median(v) > w.second)
                w = {name, median(v)};
        return w;
    }
};

// Wall and CPU time (ms) of f.
template <typename F>
std::pair<double, double> timed(F f)
{
    const double c0 = cpuMs();
    QElapsedTimer t;
    t.start();
    f();
    return {double(t.nsecsElapsed()) / 1e6, cpuMs() - c0};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString arg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const int dossiers = arg == QLatin1String("--quick") ? 20000 : arg.isEmpty() ? 100000 : arg.toInt();
    const int rounds = arg == QLatin1String("--quick") ? 3 : 7;
    QTemporaryDir dir;
    const QString kept = qEnvironmentVariable("BENCH_QUEUES_DB");
    const bool reuse = !kept.isEmpty() && QFile::exists(kept);
    auto db = Database::open({kept.isEmpty() ? dir.path() + QStringLiteral("/bench.db") : kept, QByteArray(32, 'k')});
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    QSqlDatabase sql = (*db)->sql();
    QElapsedTimer timer;
    timer.start();
    if (!reuse && !bench::fill(sql, dossiers))
        return 1;
    auto catalog = CatalogService::bundledCatalog();
    if (!catalog || !*catalog)
        return 1;
    QStringList procedures;
    for (const Procedure &p : (*catalog)->procedures())
        procedures << p.code;
    std::map<QString, int> byStatus;
    if (!reuse && !writeDossiers(sql, dossiers, procedures, byStatus))
        return 1;
    std::printf("fill: %.1f s for %d dossiers (%d procedures)\n", double(timer.elapsed()) / 1000.0, dossiers,
                int(procedures.size()));

    SessionInfo session;
    session.officer.login = QStringLiteral("s1");
    session.officer.fullName = QStringLiteral("Lãnh đạo");
    session.officer.roles = Role::Supervisor | Role::Counter | Role::Processing;
    session.officer.officeCode = QStringLiteral("G12.18");
    session.office.code = QStringLiteral("G12.18");
    session.deviceId = QStringLiteral("dev-bench");
    WorkspaceServices::Options options;
    options.clock = std::make_shared<FixedClock>(kNow);
    options.calendar = std::make_shared<WorkingCalendar>();
    auto services = WorkspaceServices::build(sql, session, *catalog, options);
    if (!services) {
        std::fprintf(stderr, "%s\n", qPrintable(services.error().toString()));
        return 1;
    }
    const DossierQueues queues(**services);

    const QueueCounts first = queues.counts(kNow);
    std::printf("queue sizes:");
    for (int i = 0; i < kQueueCount; ++i)
        std::printf(" %d", first.of(QueueId(i)));
    std::printf("\n");

    auto request = [](QueueId id, QueueSort sort = QueueSort::Due, bool desc = false, QueueFilter f = {}, int offset = 0) {
        QueueRequest r;
        r.queue = id;
        r.sort = sort;
        r.descending = desc;
        r.filter = std::move(f);
        r.offset = offset;
        r.limit = 100;
        return r;
    };
    auto name = [](const char *what, QueueId id) { return std::string(what) + "/" + std::to_string(int(id)); };
    Figure counts, open, sort, filter, scroll, names;
    bool ok = true;
    for (int round = 0; round < rounds; ++round) {
        counts.add("counts", timed([&] { ok = ok && !queues.counts(kNow).failure; }));
        for (QueueId id : DossierQueues::queuesFor(session.officer.roles)) {
            if (!DossierQueues::isListable(id))
                continue;
            open.add(name("open", id), timed([&] { ok = ok && !queues.page(request(id), kNow).failure; }));
        }
        for (QueueId id : {QueueId::ProcessingUnit, QueueId::Received, QueueId::Overdue}) {
            for (auto [s, desc] : {std::pair{QueueSort::Applicant, false}, std::pair{QueueSort::Received, true},
                                   std::pair{QueueSort::Procedure, false}, std::pair{QueueSort::Holder, false},
                                   std::pair{QueueSort::Code, true}}) {
                sort.add(name("sort", id) + "/" + std::to_string(int(s)),
                         timed([&] { ok = ok && !queues.page(request(id, s, desc), kNow).failure; }));
            }
            QueueFilter byName;
            byName.applicant = QStringLiteral("tran thi h");
            QueueFilter byProcedure;
            byProcedure.procedure = procedures.at(3);
            QueueFilter byHolder;
            byHolder.officer = QStringLiteral("p7");
            QueueFilter byDays;
            byDays.receivedFrom = QDate(2026, 3, 2);
            byDays.receivedTo = QDate(2026, 3, 8);
            int k = 0;
            for (const char *typed : {"tran thi h", "nguyen", "n"}) {
                QueueFilter f;
                f.applicant = QString::fromLatin1(typed);
                names.add(name("name", id) + "/" + typed,
                          timed([&] { ok = ok && !queues.page(request(id, QueueSort::Due, false, f), kNow).failure; }));
            }
            for (const QueueFilter &f : {byName, byProcedure, byHolder, byDays})
                filter.add(name("filter", id) + "/" + std::to_string(k++),
                           timed([&] { ok = ok && !queues.page(request(id, QueueSort::Due, false, f), kNow).failure; }));
        }
        scroll.add("scroll", timed([&] {
                       ok = ok && !queues.page(request(QueueId::ProcessingUnit, QueueSort::Applicant, false, {}, 5000), kNow).failure;
                   }));
    }
    if (!ok) {
        std::fprintf(stderr, "a queue query failed\n");
        return 1;
    }
    auto report = [](const char *label, const Figure &f) {
        const auto w = f.worst();
        std::printf("%-7s median %7.2f ms (CPU %7.2f), worst case %s median %7.2f ms (CPU %7.2f) (target <= 100 ms)\n", label,
                    median(f.all), median(f.cpu), w.first.c_str(), w.second, median(f.cpuByCase.at(w.first)));
    };
    report("counts", counts);
    report("open", open);
    report("sort", sort);
    report("filter", filter);
    report("scroll", scroll);
    report("name", names);
    for (const auto &[label, v] : names.byCase)
        std::printf("  %-22s median %7.2f ms (CPU %7.2f)\n", label.c_str(), median(v), median(names.cpuByCase.at(label)));
    std::printf("{\"dossiers\":%d,\"counts_median_ms\":%.3f,\"open_median_ms\":%.3f,\"open_worst_ms\":%.3f,"
                "\"sort_median_ms\":%.3f,\"sort_worst_ms\":%.3f,\"filter_median_ms\":%.3f,\"filter_worst_ms\":%.3f,"
                "\"scroll_median_ms\":%.3f,\"counts_cpu_median_ms\":%.3f,\"open_worst_cpu_ms\":%.3f,\"sort_worst_cpu_ms\":%.3f,"
                "\"filter_worst_cpu_ms\":%.3f,\"name_median_ms\":%.3f,\"name_worst_ms\":%.3f,\"name_worst_cpu_ms\":%.3f}\n",
                dossiers, median(counts.all), median(open.all), open.worst().second, median(sort.all), sort.worst().second,
                median(filter.all), filter.worst().second, median(scroll.all), median(counts.cpu),
                median(open.cpuByCase.at(open.worst().first)), median(sort.cpuByCase.at(sort.worst().first)),
                median(filter.cpuByCase.at(filter.worst().first)), median(names.all), names.worst().second,
                median(names.cpuByCase.at(names.worst().first)));
    return 0;
}
