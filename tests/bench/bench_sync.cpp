// bench_sync — issue 11's sync benchmarks, each against its own throwaway PostgreSQL 15 cluster
// (tests/support/PgCluster: fsync off) and the real `motcua-portal serve` on loopback, driven by the
// real client code (enrolled workspaces, SQLCipher, SyncEngine, PortalClient, PageTransfer):
//   bench_sync push  [--quick]   one enrolled workspace filled with 10,000 dossiers (2 events each),
//                                then ONE real SyncEngine round pushes everything
//   bench_sync pages [--quick]   200 random pages of 1–2 MB in the workspace's page store, uploaded
//                                through the real PageTransfer, a few in flight (HEAD, chunked PUT, hash
//                                checked by the portal)
//   bench_sync load --counters N [--seconds S] [--quick]
//                                N counters, each a thread with its own enrolled workspace and its
//                                own SyncEngine, two counters per commune office, ONE portal; each
//                                counter in a loop writes 10 events and runs a real sync round
//                                (device token, push, change feed); then, on the same portal
//                                process, the ceiling of GET /v1/health
// One JSON object per run on stdout (tools/bench collects and summarises them); progress on stderr.
// MOTCUA_KDF=fast is set for the bench (client key slots and portal passwords): Argon2id at
// production cost is the unlock's and the login's cost, not sync's.
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

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("demo-lan-2026");   // seed-demo's password of "lan" (counter, H55.242)

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

[[noreturn]] void die(const QString &text)
{
    say(QStringLiteral("bench_sync: ") + text);
    std::exit(1);
}

// ---- /proc ----------------------------------------------------------------------------------
double cpuSeconds(qint64 pid)   // utime + stime of a process (its threads included)
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

double statusMb(qint64 pid, const char *key)   // VmRSS, VmHWM ... in MB
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

void resetPeak()   // VmHWM := VmRSS (Linux ≥ 4.0)
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

// The postmaster and its children (backends, writers), CPU seconds together.
double clusterCpu(qint64 postmaster)
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

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : 0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

// ---- the portal ------------------------------------------------------------------------------
struct Portal {
    QTemporaryDir dir;
    PgCluster pg;
    std::unique_ptr<PortalProcess> process;
    qint64 postmaster = 0;

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
        process = std::make_unique<PortalProcess>(pg.url(), dir.filePath(QStringLiteral("files")));
        QString error;
        if (!process->start(&error))
            die(QStringLiteral("portal: ") + error);
    }
    QString url() const { return process->baseUrl(); }
};

// Waits on the main thread while draining the portal's stderr: nothing else reads that pipe while
// the main thread waits, and a full pipe blocks the portal's logging — then every worker with it.
void pump(Portal &portal, const std::function<bool()> &done, qint64 maxMs = -1)
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

QString arg(const QStringList &args, const QString &name, const QString &fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

QJsonObject common(const QString &mode)
{
    return QJsonObject{{QStringLiteral("mode"), mode}, {QStringLiteral("load_before"), loadAverage()}};
}

void emitJson(QJsonObject o)
{
    o.insert(QStringLiteral("load_after"), loadAverage());
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// ---- 1. push ---------------------------------------------------------------------------------
int benchPush(bool quick)
{
    const int dossiers = quick ? 2000 : 10000;
    QJsonObject out = common(QStringLiteral("push"));
    Portal portal;
    portal.start(0);
    Counter c;
    if (QString e = c.open(portal.dir.filePath(QStringLiteral("ws")), portal.url(), QStringLiteral("lan")); !e.isEmpty())
        die(e);
    // 5,000 dossiers a day (a device mints at most 9,999 codes a day), 1,000 per transaction.
    QElapsedTimer fill;
    fill.start();
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-(dossiers / 5000 + 1));
    for (int i = 0; i < dossiers;) {
        SqlTransaction tx(c.sql);
        if (!tx.began())
            die(QStringLiteral("begin"));
        for (int k = 0; k < 1000 && i < dossiers; ++k, ++i) {
            const QDateTime at = base.addDays(i / 5000).addSecs(i % 5000);
            const QDate day = at.toTimeZone(c.calendar->zone()).date();
            if (QString e = c.writeDossier(tx, day, at, 1, i); !e.isEmpty())
                die(e);
        }
        if (Status st = tx.commit(); !st)
            die(st.error().toString());
    }
    const double fillS = fill.elapsed() / 1000.0;
    const qint64 events = c.store->eventCount();
    say(QStringLiteral("filled %1 dossiers, %2 events in %3 s").arg(dossiers).arg(events).arg(fillS));

    // The real engine, one round as `motcua-cli sync` runs it (pushBatch 500, the portal's maximum).
    double pushEnd = 0;
    QElapsedTimer t;
    QObject::connect(c.engine.get(), &sync::SyncEngine::progress, [&](const QString &stage, qint64, qint64) {
        if (stage == QLatin1String("push"))
            pushEnd = double(t.nsecsElapsed()) / 1e9;
    });
    const double rssBefore = statusMb(0, "VmRSS:");
    resetPeak();
    const double portalCpu0 = cpuSeconds(portal.process->pid());
    const double pgCpu0 = clusterCpu(portal.postmaster);
    const double ownCpu0 = cpuSeconds(getpid());
    sync::SyncOptions options;
    options.ignoreBackoff = true;
    t.start();
    const sync::SyncReport report = c.engine->runOnce(options);
    const double round = double(t.nsecsElapsed()) / 1e9;
    if (!report.complete() || report.accepted != events)
        die(QStringLiteral("round incomplete: accepted %1 of %2, left %3, %4")
                .arg(report.accepted).arg(events).arg(report.leftToSend)
                .arg(report.error ? report.error->toString() : QString()));
    out.insert(QStringLiteral("dossiers"), dossiers);
    out.insert(QStringLiteral("events"), events);
    out.insert(QStringLiteral("fill_s"), round3(fillS));
    out.insert(QStringLiteral("push_s"), round3(pushEnd));
    out.insert(QStringLiteral("push_events_per_s"), std::round(double(events) / pushEnd));
    out.insert(QStringLiteral("round_s"), round3(round));   // push + the pull of the own copies back
    out.insert(QStringLiteral("pulled"), report.pulled);
    out.insert(QStringLiteral("portal_cpu_s"), round3(cpuSeconds(portal.process->pid()) - portalCpu0));
    out.insert(QStringLiteral("postgres_cpu_s"), round3(clusterCpu(portal.postmaster) - pgCpu0));
    out.insert(QStringLiteral("client_cpu_s"), round3(cpuSeconds(getpid()) - ownCpu0));
    out.insert(QStringLiteral("client_rss_before_mb"), round3(rssBefore));
    out.insert(QStringLiteral("client_engine_extra_mb"), round3(statusMb(0, "VmHWM:") - rssBefore));
    out.insert(QStringLiteral("portal_hwm_mb"), round3(statusMb(portal.process->pid(), "VmHWM:")));
    emitJson(out);
    return 0;
}

// ---- 2. pages --------------------------------------------------------------------------------
int benchPages(bool quick)
{
    const int count = quick ? 40 : 200;
    QJsonObject out = common(QStringLiteral("pages"));
    Portal portal;
    portal.start(0);
    Counter c;
    if (QString e = c.open(portal.dir.filePath(QStringLiteral("ws")), portal.url(), QStringLiteral("lan")); !e.isEmpty())
        die(e);
    PageStore pages(c.db->sql());
    QStringList hashes;
    qint64 bytes = 0;
    QRandomGenerator rng(11);
    for (int i = 0; i < count; ++i) {
        QByteArray b(int(1'000'000 + rng.bounded(1'000'000)), Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(b.data()), b.size() / 4);
        b.prepend("\x89PNG");   // random bytes do not compress: as a scanned photo page would
        Result<QString> sha = pages.put(b, PageMeta{QStringLiteral("image/png"), 2480, 3508, 300, false});
        if (!sha)
            die(sha.error().toString());
        hashes << *sha;
        bytes += b.size();
    }
    // The device token as the engine gets it, then the real PageTransfer.
    const std::optional<SyncIdentity> id = *SyncStore(c.db->sql()).identity();
    sync::PortalClient client(QUrl(portal.url()));
    const QString at = isoUtcMs(QDateTime::currentDateTimeUtc());
    const sync::PortalReply token = client.postJson(
        QStringLiteral("/v1/auth/device"),
        QJsonObject{{QStringLiteral("device"), id->device},
                    {QStringLiteral("at"), at},
                    {QStringLiteral("signature"),
                     QString::fromLatin1(sync::sign(id->secretKey, sync::deviceTokenMessage(id->device, at)).toBase64())}});
    if (!token.ok())
        die(QStringLiteral("device token: ") + token.error.toString());
    client.setToken(token.json.value(QStringLiteral("token")).toString());
    sync::PageTransfer transfer(client, pages);
    const double portalCpu0 = cpuSeconds(portal.process->pid());
    const double ownCpu0 = cpuSeconds(getpid());
    QElapsedTimer t;
    t.start();
    // As SyncEngine::push sends them: a few pages in flight at once (PageTransfer::uploadAll).
    for (const Status &st : transfer.uploadAll(hashes)) {
        if (!st)
            die(QStringLiteral("upload: ") + st.error().toString());
    }
    const double s = double(t.nsecsElapsed()) / 1e9;
    // Every page complete on the portal (HEAD 200), and its file is the page's bytes.
    for (const QString &sha : std::as_const(hashes)) {
        if (!client.head(QStringLiteral("/v1/files/") + sha).ok())
            die(QStringLiteral("a page is not complete on the portal"));
    }
    out.insert(QStringLiteral("pages"), count);
    out.insert(QStringLiteral("mb"), round3(double(bytes) / 1e6));
    out.insert(QStringLiteral("upload_s"), round3(s));
    out.insert(QStringLiteral("upload_mb_per_s"), round3(double(bytes) / 1e6 / s));
    out.insert(QStringLiteral("portal_cpu_s"), round3(cpuSeconds(portal.process->pid()) - portalCpu0));
    out.insert(QStringLiteral("client_cpu_s"), round3(cpuSeconds(getpid()) - ownCpu0));
    emitJson(out);
    return 0;
}

// ---- 3. load ---------------------------------------------------------------------------------
struct Shared {
    QString portalUrl;
    QString root;
    std::latch opened;
    std::latch synced;
    std::atomic<bool> go{false};
    std::atomic<bool> stop{false};
    std::counting_semaphore<64> setupSlots{2};   // enrollments two at a time (two cores)
    std::mutex mutex;
    std::vector<std::pair<double, double>> rounds;   // (end moment s since go, latency ms)
    std::atomic<int> failures{0};
    QHash<QString, int> failureCodes;   // why rounds failed (under mutex)
    std::atomic<int> setupErrors{0};
    QElapsedTimer clock;
    explicit Shared(int n) : opened(n), synced(n) {}
};

class CounterThread : public QThread {
public:
    CounterThread(Shared &shared, int index) : m_shared(shared), m_index(index) {}

protected:
    void run() override
    {
        Counter c;
        m_shared.setupSlots.acquire();
        const QString login = QStringLiteral("bench%1").arg(1 + m_index / 2);   // two counters per office
        QString e = c.open(m_shared.root + QStringLiteral("/ws%1").arg(m_index), m_shared.portalUrl, login);
        m_shared.setupSlots.release();
        if (!e.isEmpty()) {
            say(QStringLiteral("counter %1: %2").arg(m_index).arg(e));
            ++m_shared.setupErrors;
        }
        m_shared.opened.count_down();
        // One round each before the clock starts: the catalog and calendar are current, the cursor
        // at the office's head.
        if (e.isEmpty()) {
            sync::SyncOptions o;
            o.ignoreBackoff = true;
            if (!c.engine->runOnce(o).complete())
                ++m_shared.setupErrors;
        }
        m_shared.synced.count_down();
        while (!m_shared.go.load())
            QThread::msleep(5);
        if (!e.isEmpty())
            return;
        std::vector<std::pair<double, double>> mine;
        int salt = m_index * 100000;
        while (!m_shared.stop.load()) {
            // Ten events: a new dossier and nine notes on it, one transaction, as a counter writes them.
            {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                SqlTransaction tx(c.sql);
                if (!tx.began() || !c.writeDossier(tx, now.toTimeZone(c.calendar->zone()).date(), now, 9, ++salt).isEmpty()
                    || !tx.commit()) {
                    ++m_shared.failures;
                    break;
                }
            }
            sync::SyncOptions o;
            o.ignoreBackoff = true;
            QElapsedTimer t;
            t.start();
            const sync::SyncReport r = c.engine->runOnce(o);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!r.complete() || r.accepted != 10) {
                ++m_shared.failures;
                std::lock_guard lock(m_shared.mutex);
                ++m_shared.failureCodes[r.error ? r.error->code : QStringLiteral("accepted %1").arg(r.accepted)];
            } else
                mine.emplace_back(double(m_shared.clock.nsecsElapsed()) / 1e9, ms);
        }
        std::lock_guard lock(m_shared.mutex);
        m_shared.rounds.insert(m_shared.rounds.end(), mine.begin(), mine.end());
    }

private:
    Shared &m_shared;
    int m_index;
};

// GET /v1/health from `threads` threads for `seconds`: requests answered.
qint64 healthCeiling(Portal &portal, const QString &url, int threads, double seconds)
{
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    std::vector<std::unique_ptr<QThread>> workers;
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back(QThread::create([&] {
            sync::PortalClient client{QUrl(url)};
            while (!stop.load()) {
                if (client.get(QStringLiteral("/v1/health")).ok())
                    ++done;
            }
        }));
        workers.back()->start();
    }
    pump(portal, [] { return false; }, qint64(seconds * 1000));
    stop = true;
    for (auto &w : workers)
        w->wait();
    return done.load();
}

int benchLoad(int counters, double seconds)
{
    QJsonObject out = common(QStringLiteral("load"));
    Portal portal;
    portal.start((counters + 1) / 2);
    const qint64 pid = portal.process->pid();
    Shared shared(counters);
    shared.portalUrl = portal.url();
    shared.root = portal.dir.path();
    const double rssStart = statusMb(0, "VmRSS:");
    QElapsedTimer setup;
    setup.start();
    std::vector<std::unique_ptr<CounterThread>> threads;
    for (int i = 0; i < counters; ++i) {
        threads.push_back(std::make_unique<CounterThread>(shared, i));
        threads.back()->start();
    }
    pump(portal, [&] { return shared.opened.try_wait(); });
    const double rssOpened = statusMb(0, "VmRSS:");
    pump(portal, [&] { return shared.synced.try_wait(); });
    say(QStringLiteral("%1 counters enrolled, opened and synced once in %2 s (%3 errors)")
            .arg(counters).arg(setup.elapsed() / 1000.0).arg(shared.setupErrors.load()));
    if (shared.setupErrors.load() > 0)
        die(QStringLiteral("setup failed"));
    const double portalRssIdle = statusMb(pid, "VmRSS:");

    // Measured window: after a warm-up of 2 s, `seconds` long.
    const double warm = 2.0;
    shared.clock.start();
    shared.go = true;
    pump(portal, [] { return false; }, qint64(warm * 1000));
    const double cpu0 = cpuSeconds(pid), pg0 = clusterCpu(portal.postmaster), own0 = cpuSeconds(getpid());
    pump(portal, [] { return false; }, qint64(seconds * 1000));
    const double cpu1 = cpuSeconds(pid), pg1 = clusterCpu(portal.postmaster), own1 = cpuSeconds(getpid());
    const double portalRss = statusMb(pid, "VmRSS:");
    const double rssLoaded = statusMb(0, "VmRSS:");
    shared.stop = true;
    pump(portal, [&] {
        return std::all_of(threads.begin(), threads.end(), [](const auto &t) { return t->isFinished(); });
    });
    const bool portalAlive = ::kill(pid_t(pid), 0) == 0 && QFile::exists(QStringLiteral("/proc/%1/status").arg(pid));
    for (auto it = shared.failureCodes.cbegin(); it != shared.failureCodes.cend(); ++it)
        say(QStringLiteral("failed rounds: %1 × %2").arg(it.value()).arg(it.key()));
    if (shared.failures.load() > 0 || !portalAlive)
        say(QStringLiteral("portal %1; its stderr ends:\n%2").arg(portalAlive ? QStringLiteral("running") : QStringLiteral("GONE"))
                .arg(QString::fromUtf8(portal.process->stderrText().right(3000))));
    out.insert(QStringLiteral("portal_alive"), portalAlive);
    std::vector<double> lat;
    for (const auto &[end, ms] : shared.rounds) {
        if (end >= warm && end < warm + seconds)
            lat.push_back(ms);
    }
    const double rounds = double(lat.size());
    out.insert(QStringLiteral("counters"), counters);
    out.insert(QStringLiteral("seconds"), seconds);
    out.insert(QStringLiteral("setup_s"), round3(setup.elapsed() / 1000.0));
    out.insert(QStringLiteral("rounds"), qint64(lat.size()));
    out.insert(QStringLiteral("failed_rounds"), shared.failures.load());
    out.insert(QStringLiteral("pushes_per_s"), round3(rounds / seconds));   // one batch of 10 events a round
    out.insert(QStringLiteral("round_p50_ms"), round3(percentile(lat, 0.50)));
    out.insert(QStringLiteral("round_p95_ms"), round3(percentile(lat, 0.95)));
    out.insert(QStringLiteral("portal_cpu_ms_per_round"), round3(rounds > 0 ? (cpu1 - cpu0) * 1000 / rounds : 0));
    out.insert(QStringLiteral("postgres_cpu_ms_per_round"), round3(rounds > 0 ? (pg1 - pg0) * 1000 / rounds : 0));
    out.insert(QStringLiteral("client_cpu_ms_per_round"), round3(rounds > 0 ? (own1 - own0) * 1000 / rounds : 0));
    out.insert(QStringLiteral("portal_rss_idle_mb"), round3(portalRssIdle));
    out.insert(QStringLiteral("portal_rss_mb"), round3(portalRss));
    out.insert(QStringLiteral("portal_hwm_mb"), round3(statusMb(pid, "VmHWM:")));
    out.insert(QStringLiteral("client_rss_start_mb"), round3(rssStart));
    out.insert(QStringLiteral("client_rss_opened_mb"), round3(rssOpened));
    out.insert(QStringLiteral("client_rss_loaded_mb"), round3(rssLoaded));
    out.insert(QStringLiteral("client_engine_extra_mb_per_counter"), round3((rssLoaded - rssOpened) / counters));

    // The same portal process, a trivial route: its ceiling with 16 clients.
    const double h0 = cpuSeconds(pid);
    const double hs = std::min(seconds, 10.0);
    const qint64 health = healthCeiling(portal, portal.url(), 16, hs);
    out.insert(QStringLiteral("health_per_s"), round3(double(health) / hs));
    out.insert(QStringLiteral("health_portal_cpu_ms_per_request"), round3(health > 0 ? (cpuSeconds(pid) - h0) * 1000 / double(health) : 0));
    out.insert(QStringLiteral("portal_hwm_after_health_mb"), round3(statusMb(pid, "VmHWM:")));
    emitJson(out);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("MOTCUA_KDF", "fast");
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const bool quick = args.contains(QStringLiteral("--quick"));
    const QString mode = args.value(0);
    if (mode == QLatin1String("push"))
        return benchPush(quick);
    if (mode == QLatin1String("pages"))
        return benchPages(quick);
    if (mode == QLatin1String("load")) {
        const int counters = arg(args, QStringLiteral("--counters"), QStringLiteral("100")).toInt();
        const double seconds = arg(args, QStringLiteral("--seconds"), quick ? QStringLiteral("10") : QStringLiteral("30")).toDouble();
        if (counters < 1 || counters > 2000 || seconds <= 0)
            die(QStringLiteral("usage: bench_sync load --counters N [--seconds S]"));
        return benchLoad(counters, seconds);
    }
    die(QStringLiteral("usage: bench_sync push|pages|load [--counters N] [--seconds S] [--quick]"));
}
