// bench_sync: N counters against one portal, and the trivial route's ceiling.
#include "sync/SyncBench.h"

using namespace motcua;
using namespace motcua::test;

namespace motcua::bench {

namespace {
// CPU time of the calling thread (s): what a counter spends writing and in its engine's own thread
// (QNetworkAccessManager's HTTP thread is counted in the process total only).
double threadCpuSeconds()
{
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}
} // namespace

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
    struct Round {
        double end = 0;        // s since go
        double ms = 0;         // latency
        double writeCpu = 0;   // the counter thread's CPU writing the 10 events (s)
        double syncCpu = 0;    // the counter thread's CPU in runOnce (s)
    };
    std::vector<Round> rounds;
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
        std::vector<Shared::Round> mine;
        int salt = m_index * 100000;
        while (!m_shared.stop.load()) {
            // Ten events: a new dossier and nine notes on it, one transaction, as a counter writes them.
            const double c0 = threadCpuSeconds();
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
            const double c1 = threadCpuSeconds();
            QElapsedTimer t;
            t.start();
            const sync::SyncReport r = c.engine->runOnce(o);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            const double c2 = threadCpuSeconds();
            if (!r.complete() || r.accepted != 10) {
                ++m_shared.failures;
                std::lock_guard lock(m_shared.mutex);
                ++m_shared.failureCodes[r.error ? r.error->code : QStringLiteral("accepted %1").arg(r.accepted)];
            } else
                mine.push_back({double(m_shared.clock.nsecsElapsed()) / 1e9, ms, c1 - c0, c2 - c1});
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
    double writeCpu = 0, syncCpu = 0;
    for (const Shared::Round &r : shared.rounds) {
        if (r.end >= warm && r.end < warm + seconds) {
            lat.push_back(r.ms);
            writeCpu += r.writeCpu;
            syncCpu += r.syncCpu;
        }
    }
    const double rounds = double(lat.size());
    out.insert(QStringLiteral("counters"), counters);
    out.insert(QStringLiteral("pg_transport"), portal.transport);
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
    // Of it: the counter threads writing the events, and running the engine (the rest: Qt's HTTP
    // threads of the engines' QNetworkAccessManagers, and the bench's own main thread).
    out.insert(QStringLiteral("client_write_cpu_ms_per_round"), round3(rounds > 0 ? writeCpu * 1000 / rounds : 0));
    out.insert(QStringLiteral("client_engine_thread_cpu_ms_per_round"), round3(rounds > 0 ? syncCpu * 1000 / rounds : 0));
    out.insert(QStringLiteral("portal_rss_idle_mb"), round3(portalRssIdle));
    out.insert(QStringLiteral("portal_rss_mb"), round3(portalRss));
    out.insert(QStringLiteral("portal_hwm_mb"), round3(statusMb(pid, "VmHWM:")));
    out.insert(QStringLiteral("client_rss_start_mb"), round3(rssStart));
    out.insert(QStringLiteral("client_rss_opened_mb"), round3(rssOpened));
    out.insert(QStringLiteral("client_rss_loaded_mb"), round3(rssLoaded));
    out.insert(QStringLiteral("client_engine_extra_mb_per_counter"), round3((rssLoaded - rssOpened) / counters));

    // BENCH_EXPLAIN=1: the change feed's statement as the portal runs it (portal/sync/ChangesService)
    // for one office, 20 events behind its head, under EXPLAIN ANALYZE on the loaded database.
    if (qEnvironmentVariableIntValue("BENCH_EXPLAIN") == 1) {
        const QString after = portal.pg.psql(QStringLiteral("SELECT min(portal_seq) FROM (SELECT portal_seq FROM events WHERE receiving_office = 'B55.001' "
                                                                 "ORDER BY portal_seq DESC LIMIT 21) t")).trimmed();
        const QString plan = portal.pg.psql(QStringLiteral(
            "EXPLAIN (ANALYZE, BUFFERS) (SELECT 0, uuid::text, dossier_code, type, payload, officer, role, office, device, "
            "device_seq, wall_time, COALESCE(parent::text, ''), device_hash, portal_seq, office_seq, portal_hash FROM events "
            "WHERE portal_seq > %1 AND receiving_office = ANY('{B55.001}'::text[]) "
            "ORDER BY portal_seq LIMIT 501) UNION ALL (SELECT 1, uuid::text, '', '', '', '', '', '', device, device_seq, '', '', "
            "device_hash, portal_seq, 0::bigint, reason FROM refused_events WHERE portal_seq > %1 "
            "AND office = ANY('{B55.001}'::text[]) ORDER BY portal_seq LIMIT 501) ORDER BY 14 LIMIT 501").arg(after));
        say(QStringLiteral("change feed plan (%1 events stored):\n%2")
                .arg(portal.pg.psql(QStringLiteral("SELECT count(*) FROM events")).trimmed(), plan));
    }

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

} // namespace motcua::bench
