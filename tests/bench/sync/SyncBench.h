#pragma once

// What bench_sync's three benchmarks share (tests/bench/bench_sync.cpp has the overview): /proc
// figures, the portal process, a counter PC (an enrolled workspace), JSON output.
#include "app/calendar/WorkspaceCalendar.h"
#include "app/workspace/WorkspaceServices.h"
#include "app/sync/DeviceKeys.h"
#include "app/sync/Enrollment.h"
#include "app/sync/PageTransfer.h"
#include "app/sync/PortalClient.h"
#include "app/sync/SyncEngine.h"
#include "db/CalendarStore.h"
#include "db/Database.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "db/SyncStore.h"
#include "db/Workspace.h"
#include "domain/calendar/TimeLimit.h"
#include "domain/dossier/CalendarBinding.h"
#include "support/PgCluster.h"
#include "support/PortalProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <cstdio>
#include <cstdlib>
#include <latch>
#include <mutex>
#include <semaphore>
#include <csignal>
#include <unistd.h>


namespace motcua::bench {

using namespace motcua::test;


inline const QString kPassword = QStringLiteral("demo-lan-2026");   // seed-demo's password of "lan" (counter, H55.242)

inline void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

[[noreturn]] inline void die(const QString &text)
{
    say(QStringLiteral("bench_sync: ") + text);
    std::exit(1);
}

// ---- /proc ----------------------------------------------------------------------------------
inline double cpuSeconds(qint64 pid)   // utime + stime of a process (its threads included)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');   // field 3 onwards
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

inline double statusMb(qint64 pid, const char *key)   // VmRSS, VmHWM ... in MB
{
    QFile f(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

inline void resetPeak()   // VmHWM := VmRSS (Linux ≥ 4.0)
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// The postmaster and its children (backends, writers), CPU seconds together.
inline double clusterCpu(qint64 postmaster)
{
    double total = cpuSeconds(postmaster);
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &p : pids) {
        bool ok = false;
        const qint64 pid = p.toLongLong(&ok);
        if (!ok)
            continue;
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = f.readAll();
        const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == postmaster)
            total += cpuSeconds(pid);
    }
    return total;
}

inline double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : 0;
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

inline double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

// ---- the portal ------------------------------------------------------------------------------
struct Portal {
    QTemporaryDir dir;
    PgCluster pg;
    std::unique_ptr<PortalProcess> process;
    qint64 postmaster = 0;
    QString transport;   // how the portal reaches PostgreSQL: "unix" (its socket) or "tcp"

    // Migrated, seeded (a small registry), `communes` more commune offices B55.001… of the demo
    // province each with a counter officer bench1… (lan's password), then served.
    void start(int communes)
    {
        if (!pg.ok())
            die(QStringLiteral("PostgreSQL: ") + pg.error());
        const PortalRun m = runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), pg.url()});
        if (m.exitCode != 0)
            die(QStringLiteral("migrate: ") + QString::fromUtf8(m.err));
        const PortalRun s = runPortal({QStringLiteral("seed-demo"), QStringLiteral("--db"), pg.url(),
                                       QStringLiteral("--registry-size"), QStringLiteral("1000")});
        if (s.exitCode != 0)
            die(QStringLiteral("seed-demo: ") + QString::fromUtf8(s.err));
        if (communes > 0) {
            const QString sql = QStringLiteral(
                "INSERT INTO offices(code, name, level, province) SELECT 'B55.' || lpad(g::text, 3, '0'), 'Bench ' || g, "
                "'commune', province FROM offices o, generate_series(1, %1) g WHERE o.code = 'H55.242';"
                "INSERT INTO officers(login, full_name, office, roles, password_hash) SELECT 'bench' || g, 'Bench ' || g, "
                "'B55.' || lpad(g::text, 3, '0'), 'counter', password_hash FROM officers o, generate_series(1, %1) g "
                "WHERE o.login = 'lan';")
                                    .arg(communes);
            if (pg.psql(sql).isNull())
                die(QStringLiteral("extra offices: ") + pg.error());
        }
        const QString dataDir = pg.psql(QStringLiteral("SHOW data_directory")).trimmed();
        QFile pidFile(dataDir + QStringLiteral("/postmaster.pid"));
        if (pidFile.open(QIODevice::ReadOnly))
            postmaster = pidFile.readLine().trimmed().toLongLong();
        // BENCH_PORTAL_WORKERS=N: serve with --workers N (to compare; the figures use the default).
        QStringList extra;
        if (qEnvironmentVariableIsSet("BENCH_PORTAL_WORKERS"))
            extra << QStringLiteral("--workers") << qEnvironmentVariable("BENCH_PORTAL_WORKERS");
        // The portal reaches PostgreSQL through its Unix-domain socket, as a portal beside its
        // database on one machine does (BENCH_PG_TCP=1: over TCP loopback instead, to compare).
        transport = qEnvironmentVariableIntValue("BENCH_PG_TCP") == 1 ? QStringLiteral("tcp") : QStringLiteral("unix");
        process = std::make_unique<PortalProcess>(transport == QLatin1String("tcp") ? pg.url() : pg.socketUrl(),
                                                  dir.filePath(QStringLiteral("files")), extra);
        QString error;
        if (!process->start(&error))
            die(QStringLiteral("portal: ") + error);
    }
    QString url() const { return process->baseUrl(); }
};

// Waits on the main thread while draining the portal's stderr: nothing else reads that pipe while
// the main thread waits, and a full pipe blocks the portal's logging — then every worker with it.
inline void pump(Portal &portal, const std::function<bool()> &done, qint64 maxMs = -1)
{
    QElapsedTimer t;
    t.start();
    while (!done() && (maxMs < 0 || t.elapsed() < maxMs)) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        portal.process->stderrText();
        QThread::msleep(20);
    }
}

// ---- a counter PC ------------------------------------------------------------------------------
// An enrolled workspace opened on the calling thread, its SyncEngine, and a writer of events.
struct Counter {
    QString dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Database> db;
    QSqlDatabase sql;   // db's connection (a transaction holds a reference to it)
    std::shared_ptr<const WorkingCalendar> calendar;
    std::unique_ptr<WorkspaceServices> services;   // this counter's composition root
    EventStore *store = nullptr;                   // the root's store
    std::unique_ptr<DossierCodeMinter> minter;
    std::unique_ptr<sync::SyncEngine> engine;
    SystemClock clock;
    QString lastDossier;

    QString open(const QString &directory, const QString &portalUrl, const QString &login)
    {
        dir = directory;
        sync::EnrollRequest req{directory, portalUrl, login, kPassword, QStringLiteral("bench")};
        Result<sync::EnrollOutcome> e = sync::enroll(req, clock);
        if (!e)
            return QStringLiteral("enroll: ") + e.error().toString();
        auto ws = Workspace::unlock(directory, login, kPassword);
        if (!ws)
            return QStringLiteral("unlock: ") + ws.error().toString();
        workspace = std::move(ws).value();
        auto d = workspace->openDatabase();
        if (!d)
            return QStringLiteral("open: ") + d.error().toString();
        db = std::move(d).value();
        sql = db->sql();
        auto cal = WorkspaceCalendar::build(CalendarStore(db->sql()), workspace->session().office.code);
        if (!cal)
            return QStringLiteral("calendar: ") + cal.error().toString();
        calendar = *cal;
        const SessionInfo &s = workspace->session();
        WorkspaceServices::Options options;
        options.calendar = calendar;
        auto built = WorkspaceServices::build(db->sql(), s, nullptr, std::move(options));
        if (!built)
            return QStringLiteral("services: ") + built.error().toString();
        services = std::move(built).value();
        store = &services->events();
        minter = std::make_unique<DossierCodeMinter>(s.office.code, s.deviceId, s.deviceNumber);
        engine = std::make_unique<sync::SyncEngine>(*services);
        return {};
    }

    // A new dossier (Received) and `notes` NoteAdded on it, in the caller's transaction.
    QString writeDossier(SqlTransaction &tx, const QDate &day, const QDateTime &at, int notes, int salt)
    {
        const SessionInfo &s = workspace->session();
        Event r;
        r.type = EventType::Received;
        r.payload = QJsonObject{{QStringLiteral("procedure"), QStringLiteral("1.001193")},
                                {QStringLiteral("limit"), TimeLimit::days(5).toJson()},
                                {QStringLiteral("applicant"),
                                 QJsonObject{{QStringLiteral("idNumber"), QStringLiteral("0010901%1").arg(salt % 100000, 5, 10, QLatin1Char('0'))},
                                             {QStringLiteral("name"), QStringLiteral("Nguyễn Văn An")}}},
                                {QStringLiteral("counterStartedAt"), isoUtcMs(at)}};
        r.officer = s.officer.login;
        r.role = Role::Counter;
        r.office = s.office.code;
        r.wallTime = at;
        Result<Event> first = store->receive(tx, r, *minter, day);
        if (!first)
            return QStringLiteral("receive: ") + first.error().toString();
        lastDossier = first->dossier;
        for (int n = 0; n < notes; ++n) {
            Event e;
            e.dossier = first->dossier;
            e.type = EventType::NoteAdded;
            e.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("Ghi chú %1").arg(n + 1)}};
            e.officer = s.officer.login;
            e.role = Role::Counter;
            e.office = s.office.code;
            e.wallTime = at.addMSecs(n + 1);
            if (Result<Event> w = store->append(tx, e); !w)
                return QStringLiteral("note: ") + w.error().toString();
        }
        return {};
    }
};

inline QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

inline QJsonObject common(const QString &mode)
{
    return QJsonObject{{QStringLiteral("mode"), mode}, {QStringLiteral("load_before"), loadAverage()}};
}

inline void emitJson(QJsonObject o)
{
    o.insert(QStringLiteral("load_after"), loadAverage());
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int benchPush(bool quick);
int benchPages(bool quick);
int benchLoad(int counters, double seconds);

// load --wire (SyncLoadWire.cpp): the prebuilt rounds replayed over raw HTTP.
struct WireOptions {
    int counters = 100;
    double seconds = 30;      // the measured window, after a 2 s warm-up
    int batches = 0;          // per counter; 0: enough for the window at `rate` rounds per second
    double rate = 1200;       // the target (1,000 batches a second) with room
    double healthSeconds = 10;   // the GET /v1/health ceiling afterwards
    bool combined = false;    // push with "changesAfter", the feed in its answer: one request a round
    bool pin = false;         // generator on CPU 0, portal and PostgreSQL on CPU 1
};
int benchLoadWire(const WireOptions &options);

} // namespace motcua::bench
