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
//   bench_sync load --wire [--combined] [--pin] --counters N [--seconds S] [--batches B] [--rate R]
//                                the portal's side alone: the counters' enrollment, events, push
//                                bodies and tokens made ahead by the real client code (not timed),
//                                then replayed over raw HTTP/1.1 from one epoll loop, each counter
//                                push then change feed (--combined: one push carrying changesAfter);
//                                B batches per counter (default: enough for R rounds/s over the
//                                window), all checked stored afterwards (sync/SyncLoadWire.cpp)
// One JSON object per run on stdout (tools/bench collects and summarises them); progress on stderr.
// MOTCUA_KDF=fast is set for the bench (client key slots and portal passwords): Argon2id at
// production cost is the unlock's and the login's cost, not sync's.
#include "sync/SyncBench.h"

#include <QCoreApplication>

using namespace motcua;
using namespace motcua::bench;

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
    if (mode == QLatin1String("load") && (args.contains(QStringLiteral("--wire")) || args.contains(QStringLiteral("--combined")))) {
        WireOptions o;
        o.counters = arg(args, QStringLiteral("--counters"), QStringLiteral("100")).toInt();
        o.seconds = arg(args, QStringLiteral("--seconds"), quick ? QStringLiteral("8") : QStringLiteral("30")).toDouble();
        o.batches = arg(args, QStringLiteral("--batches"), QStringLiteral("0")).toInt();
        o.rate = arg(args, QStringLiteral("--rate"), quick ? QStringLiteral("200") : QStringLiteral("1200")).toDouble();
        o.healthSeconds = quick ? 3 : std::min(o.seconds, 10.0);
        o.combined = args.contains(QStringLiteral("--combined"));
        o.pin = args.contains(QStringLiteral("--pin"));
        if (o.counters < 1 || o.counters > 2000 || o.seconds <= 0 || o.batches < 0 || o.batches > 9000 || o.rate <= 0)
            die(QStringLiteral("usage: bench_sync load --wire [--combined] [--pin] --counters N [--seconds S] [--batches B] [--rate R]"));
        return benchLoadWire(o);
    }
    if (mode == QLatin1String("load")) {
        const int counters = arg(args, QStringLiteral("--counters"), QStringLiteral("100")).toInt();
        const double seconds = arg(args, QStringLiteral("--seconds"), quick ? QStringLiteral("10") : QStringLiteral("30")).toDouble();
        if (counters < 1 || counters > 2000 || seconds <= 0)
            die(QStringLiteral("usage: bench_sync load --counters N [--seconds S]"));
        return benchLoad(counters, seconds);
    }
    die(QStringLiteral("usage: bench_sync push|pages|load [--wire [--combined] [--pin]] [--counters N] [--seconds S] [--quick]"));
}
