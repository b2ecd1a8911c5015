// bench_sync: the 10,000-dossier push (one real SyncEngine round).
#include "sync/SyncBench.h"

using namespace motcua;
using namespace motcua::test;

namespace motcua::bench {

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

} // namespace motcua::bench
