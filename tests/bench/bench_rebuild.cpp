// Benchmark: rebuild the derived state of 100,000 dossiers (≈1,000,000 events) from the event store.
// Target (issue 3): ≤ 10 s. Standalone: creates an encrypted database in a temporary folder, fills it
// with realistic dossier lives (sealed device chains, 50 counter devices), then times
// EventStore::rebuildDerivedState() three times and prints the median.
//
//   bench_rebuild [dossiers=100000]
#include "db/Database.h"
#include "db/DossierStateStore.h"
#include "db/EventStore.h"
#include "domain/audit/ChainHash.h"
#include "domain/calendar/WorkingCalendar.h"
#include "domain/dossier/CalendarBinding.h"
#include "domain/dossier/CanonicalJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace motcua;

namespace {

// CPU time of this process (user + system), ms: the machine running the bench may be shared.
qint64 cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

struct Generator {
    QSqlQuery insert;
    QHash<QString, QPair<qint64, QByteArray>> heads;
    qint64 events = 0;

    bool add(Event &e)
    {
        auto &h = heads[e.device];
        chain::sealOnDevice(e, h.first, h.second);
        h = {e.deviceSeq, e.deviceHash};
        insert.bindValue(0, uuidText(e.uuid));
        insert.bindValue(1, e.dossier);
        insert.bindValue(2, eventTypeName(e.type));
        insert.bindValue(3, QString::fromUtf8(canonicalJson(e.payload)));
        insert.bindValue(4, e.officer);
        insert.bindValue(5, roleName(e.role));
        insert.bindValue(6, e.office);
        insert.bindValue(7, e.device);
        insert.bindValue(8, e.deviceSeq);
        insert.bindValue(9, e.wallTime.toMSecsSinceEpoch());
        insert.bindValue(10, e.parent.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(uuidText(e.parent)));
        insert.bindValue(11, QString::fromLatin1(e.deviceHash.toHex()));
        ++events;
        return insert.exec();
    }
};

bool fill(QSqlDatabase db, int dossiers)
{
    const QString office = QStringLiteral("G12.18");
    Generator g;
    g.insert = QSqlQuery(db);
    if (!db.transaction())
        return false;
    if (!g.insert.prepare(QStringLiteral("INSERT INTO events(uuid, dossier_code, type, payload, officer, role, office, "
                                         "device, device_seq, wall_time, parent, device_hash) "
                                         "VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")))
        return false;
    QDateTime t(QDate(2026, 1, 5), QTime(1, 0), Qt::UTC);
    for (int i = 0; i < dossiers; ++i) {
        const int devNo = 1 + i % 50;
        const QString device = QStringLiteral("dev-%1").arg(devNo);
        const QString code = office + QStringLiteral("-%1-%2%3")
                                          .arg(t.toString(QStringLiteral("yyMMdd")))
                                          .arg(devNo, 2, 10, QLatin1Char('0'))
                                          .arg(1 + i / 50 % 9999, 4, 10, QLatin1Char('0'));
        QUuid last;
        QDateTime at = t;
        auto ev = [&](EventType type, const QString &officer, Role role, QJsonObject payload) {
            Event e;
            e.uuid = QUuid::createUuid();
            e.dossier = code;
            e.type = type;
            e.payload = std::move(payload);
            e.officer = officer;
            e.role = role;
            e.office = office;
            e.device = device;
            e.wallTime = at;
            e.parent = last;
            at = at.addSecs(3 * 3600);
            last = e.uuid;
            return g.add(e);
        };
        const QJsonObject applicant{{QStringLiteral("idNumber"), QStringLiteral("0010901%1").arg(i, 5, 10, QLatin1Char('0'))},
                                    {QStringLiteral("name"), QStringLiteral("Nguyễn Văn %1").arg(i)}};
        bool ok = ev(EventType::Received, QStringLiteral("c1"), Role::Counter,
                     {{QStringLiteral("procedure"), QStringLiteral("1.001193")},
                      {QStringLiteral("limit"), TimeLimit::days(3).toJson()},
                      {QStringLiteral("applicant"), applicant},
                      {QStringLiteral("lookupCode"), QStringLiteral("ABCD%1").arg(i % 10000, 4, 10, QLatin1Char('0'))}});
        for (int c = 1; c <= 2; ++c)
            ok = ok && ev(EventType::ComponentAttached, QStringLiteral("c1"), Role::Counter,
                          {{QStringLiteral("number"), c},
                           {QStringLiteral("provenance"), QStringLiteral("scanned")},
                           {QStringLiteral("pages"), QJsonArray{QString(64, QLatin1Char('a' + c))}}});
        ok = ok && ev(EventType::Transferred, QStringLiteral("c1"), Role::Counter, {{QStringLiteral("to"), QStringLiteral("p1")}});
        ok = ok && ev(EventType::Appraised, QStringLiteral("p1"), Role::Processing, {{QStringLiteral("opinion"), QStringLiteral("approve")}});
        ok = ok && ev(EventType::Transferred, QStringLiteral("p1"), Role::Processing,
                      {{QStringLiteral("to"), QStringLiteral("s1")}, {QStringLiteral("forApproval"), true}});
        ok = ok && ev(EventType::Approved, QStringLiteral("s1"), Role::Supervisor, {});
        ok = ok && ev(EventType::ResultReady, QStringLiteral("p1"), Role::Processing, {});
        ok = ok && ev(EventType::Returned, QStringLiteral("c2"), Role::Counter, {});
        ok = ok && ev(EventType::NoteAdded, QStringLiteral("c2"), Role::Counter, {{QStringLiteral("text"), QStringLiteral("đã trả")}});
        if (!ok) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(g.insert.lastError().text()));
            return false;
        }
        if (i % 50 == 49)
            t = t.addSecs(600);
    }
    QSqlQuery heads(db);
    heads.prepare(QStringLiteral("INSERT INTO chain_heads(device, last_seq, last_hash) VALUES(?, ?, ?)"));
    for (auto it = g.heads.cbegin(); it != g.heads.cend(); ++it) {
        heads.bindValue(0, it.key());
        heads.bindValue(1, it->first);
        heads.bindValue(2, QString::fromLatin1(it->second.toHex()));
        if (!heads.exec())
            return false;
    }
    std::printf("events: %lld\n", g.events);
    return db.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // bench_rebuild [N | --quick]: N dossiers (default 100,000); --quick: 20,000.
    const QString arg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const int dossiers = arg == QLatin1String("--quick") ? 20000 : arg.isEmpty() ? 100000 : arg.toInt();
    QTemporaryDir dir;
    auto db = Database::open({dir.path() + QStringLiteral("/bench.db"), QByteArray(32, 'k')});
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!fill((*db)->sql(), dossiers))
        return 1;
    std::printf("fill: %.1f s for %d dossiers\n", double(timer.elapsed()) / 1000.0, dossiers);

    const WorkingCalendar calendar;
    EventStore store((*db)->sql(), QStringLiteral("dev-bench"), machineContextFor(calendar));
    QList<qint64> runs;
    QList<qint64> cpu;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const qint64 cpu0 = cpuMs();
        const Result<int> n = store.rebuildDerivedState();
        const qint64 ms = timer.elapsed();
        cpu << cpuMs() - cpu0;
        if (!n.ok() || *n != dossiers) {
            std::fprintf(stderr, "rebuild failed: %s\n", n.ok() ? "wrong count" : qPrintable(n.error().toString()));
            return 1;
        }
        runs << ms;
        std::printf("rebuild run %d: %.2f s (cpu %.2f s)\n", run + 1, double(ms) / 1000.0, double(cpu.last()) / 1000.0);
    }
    std::sort(runs.begin(), runs.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("rebuild median of 3: %.2f s wall, %.2f s cpu, for %d dossiers (target <= 10 s)\n",
                double(runs[1]) / 1000.0, double(cpu[1]) / 1000.0, dossiers);
    // The machine-readable line tools/bench collects.
    std::printf("{\"dossiers\":%d,\"rebuild_median_s\":%.3f,\"rebuild_cpu_median_s\":%.3f}\n", dossiers,
                double(runs[1]) / 1000.0, double(cpu[1]) / 1000.0);
    const auto sample = DossierStateStore((*db)->sql()).withStatus(DossierStatus::ResultReturned, 1);
    return sample.isEmpty() ? 1 : 0;
}
