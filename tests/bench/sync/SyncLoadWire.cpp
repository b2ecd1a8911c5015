// bench_sync load --wire [--combined] [--pin]: the portal's side of N counters, with a light
// generator. The setup (not timed) does the real client's work ahead: every counter enrolled
// through sync::enroll (own SQLCipher workspace, own Ed25519 device key), its batches written
// through EventStore (a new dossier and 9 notes each: sealed device chain, outbox rows), read back
// as the engine reads them and turned into the exact push bodies the engine sends
// (sync::pushBody), and a device token each. The timed phase replays them over raw HTTP/1.1
// keep-alive connections from ONE epoll loop (WireHttp), every counter in order: push batch k,
// then the change feed after the counter's cursor (or, with --combined, the push carrying
// "changesAfter" and the feed in its answer: one request a round). Closed loop, N in flight.
// Every batch is unique and valid: the portal runs all its checks and stores every event, checked
// afterwards (N × batches × 10 events, no duplicate, nothing refused).
#include "sync/SyncBench.h"
#include "sync/WireHttp.h"

#include <chrono>
#include <sched.h>
#include <thread>

using namespace motcua;
using namespace motcua::test;

namespace motcua::bench {

namespace {

double threadCpu()
{
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// ---- the setup -------------------------------------------------------------------------------
struct WireCounter {
    QString device;
    SecretBytes secretKey;
    QByteArray token;
    QList<QByteArray> bodies;   // the push bodies of its batches, in device order
    qint64 cursor = 0;          // the change feed's, as the counter follows it
    int next = 0;               // the batch being pushed
    int stage = 0;              // 0: push in flight, 1: change feed in flight
    qint64 roundStart = 0;      // ns
    qint64 pushEnd = 0;
};

// Enrolled, `batches` batches written and sealed in one transaction, read back from the outbox in
// device order and made into push bodies; the workspace is closed again (the timed phase needs
// only the bodies).
QString prepare(WireCounter &w, const QString &dir, const QString &url, const QString &login, int batches, int index)
{
    Counter c;
    if (QString e = c.open(dir, url, login); !e.isEmpty())
        return e;
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDate day = now.toTimeZone(c.calendar->zone()).date();
        SqlTransaction tx(c.sql);
        if (!tx.began())
            return QStringLiteral("begin");
        int salt = index * 10000;
        for (int b = 0; b < batches; ++b) {
            if (QString e = c.writeDossier(tx, day, now.addMSecs(qint64(b) * 10), 9, ++salt); !e.isEmpty())
                return e;
        }
        if (Status st = tx.commit(); !st)
            return QStringLiteral("commit: ") + st.error().toString();
    }
    SyncStore store(c.sql);
    Result<std::optional<SyncIdentity>> id = store.identity();
    if (!id || !id->has_value())
        return QStringLiteral("no identity");
    Result<QList<OutboxItem>> items = store.sendable(batches * 10 + 1);
    if (!items)
        return items.error().toString();
    if (items->size() != qsizetype(batches) * 10)
        return QStringLiteral("%1 outbox items, %2 expected").arg(items->size()).arg(batches * 10);
    for (int b = 0; b < batches; ++b) {
        QList<QUuid> uuids;
        for (int j = 0; j < 10; ++j)
            uuids << items->at(b * 10 + j).event;
        Result<QHash<QUuid, Event>> stored = c.store->eventsByUuid(uuids);
        if (!stored || stored->size() != 10)
            return QStringLiteral("batch %1 not read back").arg(b);
        QList<Event> batch;
        for (const QUuid &u : std::as_const(uuids))
            batch << stored->value(u);
        if (batch.constFirst().type != EventType::Received || batch.constLast().dossier != batch.constFirst().dossier)
            return QStringLiteral("batch %1 is not one dossier's 10 events").arg(b);
        w.bodies << QJsonDocument(sync::pushBody(**id, batch)).toJson(QJsonDocument::Compact);
    }
    w.device = (*id)->device;
    w.secretKey = (*id)->secretKey;
    return {};
}

QString takeToken(WireCounter &w, const QString &url)
{
    sync::PortalClient client{QUrl(url)};
    const QString at = isoUtcMs(QDateTime::currentDateTimeUtc());
    const sync::PortalReply r = client.postJson(
        QStringLiteral("/v1/auth/device"),
        QJsonObject{{QStringLiteral("device"), w.device},
                    {QStringLiteral("at"), at},
                    {QStringLiteral("signature"),
                     QString::fromLatin1(sync::sign(w.secretKey, sync::deviceTokenMessage(w.device, at)).toBase64())}});
    if (!r.ok())
        return QStringLiteral("device token: ") + r.error.code;
    w.token = r.json.value(QStringLiteral("token")).toString().toLatin1();
    return w.token.isEmpty() ? QStringLiteral("device token: none") : QString();
}

// Runs job(i) for i in [0, n) on two threads (two cores), waiting on the main thread (draining the
// portal's stderr); the errors, by counter.
QStringList onTwoThreads(Portal &portal, int n, const std::function<QString(int)> &job)
{
    std::atomic<int> nextIndex{0};
    std::mutex mutex;
    QStringList errors;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < 2; ++t) {
        threads.emplace_back(QThread::create([&] {
            for (int i = nextIndex++; i < n; i = nextIndex++) {
                const QString e = job(i);
                if (!e.isEmpty()) {
                    std::lock_guard lock(mutex);
                    errors << QStringLiteral("counter %1: %2").arg(i).arg(e);
                }
            }
        }));
        threads.back()->start();
    }
    pump(portal, [&] { return std::all_of(threads.begin(), threads.end(), [](const auto &t) { return t->isFinished(); }); });
    return errors;
}

// ---- --pin -----------------------------------------------------------------------------------
bool pinTasks(qint64 pid, int cpu)   // every thread of the process
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    bool ok = true;
    const QStringList tasks = QDir(QStringLiteral("/proc/%1/task").arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &t : tasks)
        ok = ::sched_setaffinity(pid_t(t.toLongLong()), sizeof set, &set) == 0 && ok;
    return ok && !tasks.isEmpty();
}

bool pinCluster(qint64 postmaster, int cpu)   // the postmaster and its children (later ones inherit)
{
    bool ok = pinTasks(postmaster, cpu);
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &p : pids) {
        QFile f(QStringLiteral("/proc/%1/stat").arg(p));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = f.readAll();
        const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == postmaster)
            ok = pinTasks(p.toLongLong(), cpu) && ok;
    }
    return ok;
}

// ---- the timed phase -------------------------------------------------------------------------
struct Window {
    qint64 go = 0, start = 0, end = 0;   // ns; end: the window closed
    double cpu0 = 0, pg0 = 0, own0 = 0, loop0 = 0;
    double cpu1 = 0, pg1 = 0, own1 = 0, loop1 = 0;
    double portalRss = 0;
    bool exhaustedEarly = false;
};

struct RoundTime {
    qint64 end;   // ns
    double ms;
    double pushMs;
};

} // namespace

int benchLoadWire(const WireOptions &o)
{
    QJsonObject out = common(o.combined ? QStringLiteral("load-wire-combined") : QStringLiteral("load-wire"));
    const int counters = o.counters;
    const double warm = 2.0;
    // Enough batches for the warm-up and the window at `o.rate` rounds per second, all counters in
    // flight; should a counter run out sooner, the window closes there (exhausted_early).
    const int batches = o.batches > 0 ? o.batches
                                      : std::clamp(int(std::ceil(o.rate * (warm + o.seconds) / counters)), 4, 9000);
    Portal portal;
    portal.start((counters + 1) / 2);
    const qint64 pid = portal.process->pid();
    const QUrl base(portal.url());
    const quint16 port = quint16(base.port());

    QElapsedTimer setup;
    setup.start();
    std::vector<WireCounter> wc(static_cast<size_t>(counters));
    const QString root = portal.dir.path();
    const QString url = portal.url();
    QStringList errors = onTwoThreads(portal, counters, [&](int i) {
        const QString login = QStringLiteral("bench%1").arg(1 + i / 2);   // two counters per office
        return prepare(wc[size_t(i)], root + QStringLiteral("/ws%1").arg(i), url, login, batches, i);
    });
    if (errors.isEmpty())   // tokens last: they live 15 minutes from here
        errors = onTwoThreads(portal, counters, [&](int i) { return takeToken(wc[size_t(i)], url); });
    if (!errors.isEmpty())
        die(QStringLiteral("setup failed:\n") + errors.mid(0, 10).join(QLatin1Char('\n')));
    const double setupS = setup.elapsed() / 1000.0;
    say(QStringLiteral("%1 counters enrolled, %2 batches each written, sealed and made into push bodies, tokens taken, in %3 s")
            .arg(counters).arg(batches).arg(setupS));
    const double portalRssIdle = statusMb(pid, "VmRSS:");

    bool pinned = false;
    if (o.pin) {
        pinned = pinTasks(::getpid(), 0) && pinTasks(pid, 1) && pinCluster(portal.postmaster, 1);
        say(pinned ? QStringLiteral("pinned: generator on CPU 0, portal and PostgreSQL on CPU 1")
                   : QStringLiteral("pinning failed (sched_setaffinity)"));
        if (!pinned)
            die(QStringLiteral("--pin failed"));
    }

    // The loop thread alone touches the counters from here; the main thread drains the portal's stderr.
    Window win;
    std::vector<RoundTime> rounds;
    rounds.reserve(size_t(counters) * size_t(batches));
    std::atomic<bool> finished{false};
    QByteArray loopError;
    QStringList failures;
    qint64 requests = 0, requestsInWindow = 0;
    const qint64 warmNs = qint64(warm * 1e9), windowNs = qint64(o.seconds * 1e9);
    auto sampleStart = [&](qint64 t) {
        win.start = t;
        win.cpu0 = cpuSeconds(pid);
        win.pg0 = clusterCpu(portal.postmaster);
        win.own0 = cpuSeconds(getpid());
        win.loop0 = threadCpu();
    };
    auto sampleEnd = [&](qint64 t) {
        win.end = t;
        win.cpu1 = cpuSeconds(pid);
        win.pg1 = clusterCpu(portal.postmaster);
        win.own1 = cpuSeconds(getpid());
        win.loop1 = threadCpu();
        win.portalRss = statusMb(pid, "VmRSS:");
    };
    auto tick = [&](qint64 t) {
        if (!win.start && t - win.go >= warmNs)
            sampleStart(nowNs());
        if (win.start && !win.end && t - win.start >= windowNs)
            sampleEnd(nowNs());
    };
    auto pushRequest = [&](WireCounter &w) {
        QByteArray body = w.bodies.at(w.next);
        if (o.combined)
            body.insert(1, "\"changesAfter\":" + QByteArray::number(w.cursor) + ',');
        return WireLoop::request("POST", "/v1/sync/push", port, w.token, body);
    };
    auto feedRequest = [&](WireCounter &w) {
        return WireLoop::request("GET", "/v1/sync/changes?after=" + QByteArray::number(w.cursor) + "&limit=500", port, w.token);
    };
    auto fail = [&](int conn, const QString &what, const WireReply &r) {
        failures << QStringLiteral("counter %1, batch %2: %3 (HTTP %4) %5")
                        .arg(conn).arg(wc[size_t(conn)].next).arg(what).arg(r.status)
                        .arg(QString::fromUtf8(r.body.left(300)));
        return QByteArray();   // that counter stops: its later batches would only meet a gap
    };
    bool tooOld = false;
    const WireLoop::Next next = [&](int conn, const WireReply *r) -> QByteArray {
        WireCounter &w = wc[size_t(conn)];
        const qint64 t = nowNs();
        tick(t);
        if (r) {
            ++requests;
            if (win.start && !win.end)
                ++requestsInWindow;
        }
        if (!r || tooOld) {
            if (tooOld)
                return {};
            w.roundStart = t;
            w.stage = 0;
            return pushRequest(w);
        }
        bool roundDone = false;
        if (w.stage == 0) {
            w.pushEnd = t;
            // The results array (flat objects, no array inside): ten accepted, no error.
            const qsizetype results = r->body.indexOf("\"results\":[");
            const qsizetype resultsEnd = results < 0 ? -1 : r->body.indexOf(']', results);
            const QByteArray resultsText = resultsEnd < 0 ? QByteArray() : r->body.mid(results, resultsEnd - results);
            if (r->status != 200 || resultsText.count("\"portalSeq\"") != 10 || resultsText.contains("\"error\""))
                return fail(conn, QStringLiteral("push not accepted whole"), *r);
            if (o.combined) {
                const qsizetype changes = r->body.indexOf("\"changes\":{");
                if (changes < 0) {
                    tooOld = true;   // fail loudly below: the portal does not know changesAfter
                    return fail(conn, QStringLiteral("the push answer carries no \"changes\": the portal is too old for --combined"), *r);
                }
                bool found = false;
                const qint64 cursor = jsonInteger(r->body, "cursor", changes, &found);
                if (!found)
                    return fail(conn, QStringLiteral("no cursor in \"changes\""), *r);
                const bool more = jsonTrue(r->body, "more", changes) && cursor > w.cursor;
                w.cursor = cursor;
                if (more) {
                    w.stage = 1;
                    return feedRequest(w);
                }
                roundDone = true;
            } else {
                w.stage = 1;
                return feedRequest(w);
            }
        } else {
            bool found = false;
            const qint64 cursor = jsonInteger(r->body, "cursor", 0, &found);
            if (r->status != 200 || !found)
                return fail(conn, QStringLiteral("change feed"), *r);
            const bool more = jsonTrue(r->body, "more") && cursor > w.cursor;
            w.cursor = cursor;
            if (more)
                return feedRequest(w);
            roundDone = true;
        }
        if (roundDone) {
            rounds.push_back({t, double(t - w.roundStart) / 1e6, double(w.pushEnd - w.roundStart) / 1e6});
            ++w.next;
            if (w.next >= w.bodies.size()) {
                if (win.start && !win.end) {   // the first counter out of batches closes the window
                    win.exhaustedEarly = true;
                    sampleEnd(nowNs());
                }
                return {};
            }
        }
        w.roundStart = t;
        w.stage = 0;
        return pushRequest(w);
    };
    std::thread loop([&] {
        win.go = nowNs();
        loopError = WireLoop(port, counters).run(next);
        if (win.start && !win.end)   // everything sent before the window's end
            sampleEnd(nowNs());
        finished = true;
    });
    pump(portal, [&] { return finished.load(); });
    loop.join();
    // Alive: a resident set (a crashed child not reaped yet still answers kill(pid, 0), without one).
    const bool portalAlive = statusMb(pid, "VmRSS:") > 0;
    if (!loopError.isEmpty())
        failures.prepend(QStringLiteral("transport: ") + QString::fromUtf8(loopError));
    if (!failures.isEmpty() || !portalAlive) {
        for (const QString &f : std::as_const(failures).mid(0, 10))
            say(f);
        say(QStringLiteral("portal %1; its stderr ends:\n%2").arg(portalAlive ? QStringLiteral("running") : QStringLiteral("GONE"))
                .arg(QString::fromUtf8(portal.process->stderrText().right(3000))));
        die(tooOld ? QStringLiteral("--combined: the portal does not answer \"changesAfter\" (too old)")
                   : QStringLiteral("%1 failures").arg(failures.size()));
    }
    if (!win.start || !win.end)
        die(QStringLiteral("no measured window: every batch was sent within the warm-up (more --batches)"));

    // Every batch stored, once: N × batches × 10 events in the bench offices, nothing refused, no
    // duplicate (the checks of `motcua-portal stats`, over every bench office; and the command
    // itself for the first office).
    qint64 pushed = 0;
    for (const WireCounter &w : wc)
        pushed += w.next;
    const qint64 expected = qint64(counters) * batches * 10;
    const QString where = QStringLiteral("receiving_office LIKE 'B55.%'");
    const qint64 stored = portal.pg.psql(QStringLiteral("SELECT count(*) FROM events WHERE ") + where).trimmed().toLongLong();
    const qint64 refused = portal.pg.psql(QStringLiteral("SELECT count(*) FROM refused_events")).trimmed().toLongLong();
    const qint64 duplicates = portal.pg.psql(QStringLiteral(
        "SELECT (SELECT count(*) - count(DISTINCT (device, device_seq)) FROM events WHERE %1) + "
        "(SELECT COALESCE(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM events WHERE %1 GROUP BY device, dossier_code, "
        "type, payload, officer, role, office, wall_time, parent HAVING count(*) > 1) d) + "
        "(SELECT COALESCE(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM events WHERE %1 AND parent IS NULL AND type = 'Received' "
        "GROUP BY dossier_code HAVING count(*) > 1) d)").arg(where)).trimmed().toLongLong();
    const PortalRun st = runPortal({QStringLiteral("stats"), QStringLiteral("--db"), portal.pg.url(), QStringLiteral("--office"),
                                    QStringLiteral("B55.001")});
    const QJsonObject stats = QJsonDocument::fromJson(st.out).object();
    const qint64 firstOfficeExpected = qint64(std::min(counters, 2)) * batches * 10;
    const bool statsOk = st.exitCode == 0 && stats.value(QStringLiteral("events")).toInteger() == firstOfficeExpected
        && stats.value(QStringLiteral("duplicates")).toInteger() == 0;
    say(QStringLiteral("stored %1 events (expected %2), refused %3, duplicates %4; motcua-portal stats B55.001: %5")
            .arg(stored).arg(expected).arg(refused).arg(duplicates).arg(QString::fromUtf8(st.out.trimmed())));
    if (pushed != qint64(counters) * batches || stored != expected || refused != 0 || duplicates != 0 || !statsOk)
        die(QStringLiteral("the portal does not hold every batch exactly once"));

    // BENCH_PGSTAT=1 (with MOTCUA_PG_OPTIONS="-c shared_preload_libraries=pg_stat_statements"): where
    // PostgreSQL's time went, statement by statement (stderr).
    if (qEnvironmentVariableIntValue("BENCH_PGSTAT") == 1) {
        portal.pg.psql(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
        say(QStringLiteral("pg_stat_statements (calls | exec ms | plan ms | mean exec ms | rows | statement):\n")
            + portal.pg.psql(QStringLiteral("SELECT calls, round(total_exec_time::numeric, 1), round(total_plan_time::numeric, 1), round(mean_exec_time::numeric, 4), rows, "
                                            "left(regexp_replace(query, '\\s+', ' ', 'g'), 160) FROM pg_stat_statements "
                                            "ORDER BY total_exec_time DESC LIMIT 25")));
    }

    std::vector<double> lat, pushLat;
    for (const RoundTime &r : rounds) {
        if (r.end >= win.start && r.end < win.end) {
            lat.push_back(r.ms);
            pushLat.push_back(r.pushMs);
        }
    }
    const double seconds = double(win.end - win.start) / 1e9;
    const double n = double(lat.size());
    auto perRound = [&](double cpu) { return round3(n > 0 ? cpu * 1000 / n : 0); };
    out.insert(QStringLiteral("counters"), counters);
    out.insert(QStringLiteral("batches_per_counter"), batches);
    out.insert(QStringLiteral("seconds"), round3(seconds));   // the measured window (< --seconds: exhausted_early)
    out.insert(QStringLiteral("exhausted_early"), win.exhaustedEarly);
    out.insert(QStringLiteral("pinned"), pinned);
    out.insert(QStringLiteral("pg_transport"), portal.transport);
    out.insert(QStringLiteral("setup_s"), round3(setupS));
    out.insert(QStringLiteral("rounds"), qint64(lat.size()));
    out.insert(QStringLiteral("failed_rounds"), 0);
    out.insert(QStringLiteral("pushes_per_s"), round3(n / seconds));
    out.insert(QStringLiteral("requests_per_round"), round3(n > 0 ? double(requestsInWindow) / n : 0));
    out.insert(QStringLiteral("round_p50_ms"), round3(percentile(lat, 0.50)));
    out.insert(QStringLiteral("round_p95_ms"), round3(percentile(lat, 0.95)));
    out.insert(QStringLiteral("push_p50_ms"), round3(percentile(pushLat, 0.50)));
    out.insert(QStringLiteral("push_p95_ms"), round3(percentile(pushLat, 0.95)));
    out.insert(QStringLiteral("portal_cpu_ms_per_round"), perRound(win.cpu1 - win.cpu0));
    out.insert(QStringLiteral("postgres_cpu_ms_per_round"), perRound(win.pg1 - win.pg0));
    out.insert(QStringLiteral("client_cpu_ms_per_round"), perRound(win.own1 - win.own0));
    out.insert(QStringLiteral("client_loop_cpu_ms_per_round"), perRound(win.loop1 - win.loop0));   // of it: the epoll loop
    out.insert(QStringLiteral("portal_rss_idle_mb"), round3(portalRssIdle));
    out.insert(QStringLiteral("portal_rss_mb"), round3(win.portalRss));
    out.insert(QStringLiteral("portal_hwm_mb"), round3(statusMb(pid, "VmHWM:")));
    out.insert(QStringLiteral("client_rss_mb"), round3(statusMb(0, "VmRSS:")));
    out.insert(QStringLiteral("events_stored"), stored);
    out.insert(QStringLiteral("duplicates"), duplicates);

    // The same portal process right after, a trivial route: GET /v1/health on 16 raw keep-alive
    // connections, closed loop, for healthSeconds.
    const double hs = o.healthSeconds;
    std::atomic<bool> healthDone{false};
    qint64 health = 0;
    double h0 = 0, h1 = 0;
    QByteArray healthError;
    std::thread healthLoop([&] {
        const QByteArray req = WireLoop::request("GET", "/v1/health", port, {});
        const qint64 t0 = nowNs(), stopAt = t0 + qint64(hs * 1e9);
        h0 = cpuSeconds(pid);
        healthError = WireLoop(port, 16).run([&](int, const WireReply *r) -> QByteArray {
            if (r && r->status == 200)
                ++health;
            return nowNs() < stopAt ? req : QByteArray();
        });
        h1 = cpuSeconds(pid);
        healthDone = true;
    });
    pump(portal, [&] { return healthDone.load(); });
    healthLoop.join();
    // A failure here is reported beside the figures above (they stand), with whether the portal lives.
    const bool aliveAfterHealth = statusMb(pid, "VmRSS:") > 0;
    out.insert(QStringLiteral("portal_alive_after_health"), aliveAfterHealth);
    if (!healthError.isEmpty()) {
        out.insert(QStringLiteral("health_error"), QString::fromUtf8(healthError));
        say(QStringLiteral("health: %1 after %2 answers; portal %3; its stderr ends:\n%4")
                .arg(QString::fromUtf8(healthError)).arg(health)
                .arg(aliveAfterHealth ? QStringLiteral("running") : QStringLiteral("GONE"))
                .arg(QString::fromUtf8(portal.process->stderrText().right(2000))));
    }
    out.insert(QStringLiteral("health_per_s"), round3(double(health) / hs));
    out.insert(QStringLiteral("health_portal_cpu_ms_per_request"), round3(health > 0 ? (h1 - h0) * 1000 / double(health) : 0));
    out.insert(QStringLiteral("portal_hwm_after_health_mb"), round3(statusMb(pid, "VmHWM:")));
    emitJson(out);
    return 0;
}

} // namespace motcua::bench
