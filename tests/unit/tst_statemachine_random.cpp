// Random event sequences by three offline devices, merged in different orders (each device's own
// order kept): replayed in the one replay order they converge to one state, no event is lost, and
// every refusal is a conflict with a reason. The third dossier is a bundle (liên thông): its parts are
// sent and their results recorded among the rest. Part of tst_statemachine.
#include "tst_statemachine_builder.h"

#include "domain/dossier/Replay.h"
#include "domain/dossier/StateMachine.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace motcua;
using namespace motcua::testing;

namespace {
const QString kOffice = QStringLiteral("G12.18");
} // namespace

namespace {

struct Sim {
    explicit Sim(quint32 seed) : rng(seed) {}
    QRandomGenerator rng;
    StateMachine machine{fakeContext()};
    QStringList devices{QStringLiteral("dev-1"), QStringLiteral("dev-2"), QStringLiteral("dev-3")};
    QStringList dossiers{QStringLiteral("G12.18-260302-010001"), QStringLiteral("G12.18-260302-020001"),
                         QStringLiteral("G12.18-260302-030001")};
    QHash<QString, QList<Event>> known;       // per device: everything it has seen
    QHash<QString, QList<Event>> authored;    // per device: its own events, in its order
    QHash<QString, QPair<qint64, QByteArray>> heads;
    QDateTime clock = t0();

    QList<Event> ofDossier(const QList<Event> &all, const QString &code) const
    {
        QList<Event> out;
        for (const Event &e : all) {
            if (e.dossier == code)
                out << e;
        }
        sortForReplay(out);
        return out;
    }

    QList<Event> candidates(const DossierState &st, const QString &code, const QString &device) const
    {
        const QList<QPair<QString, Role>> actors{{QStringLiteral("c1"), Role::Counter}, {QStringLiteral("c2"), Role::Counter},
                                                 {QStringLiteral("p1"), Role::Processing}, {QStringLiteral("p2"), Role::Processing},
                                                 {QStringLiteral("s1"), Role::Supervisor}, {QStringLiteral("s1"), Role::Processing}};
        QList<Event> out;
        const bool bundle = code == dossiers.last();
        for (EventType t : allEventTypes()) {
            // The bundle lives long enough to route its parts: nobody ends it early.
            if (bundle && (t == EventType::ReceiptRefused || t == EventType::Withdrawn || t == EventType::Stopped))
                continue;
            for (const auto &[login, role] : actors) {
                QList<QJsonObject> payloads{defaultPayload(t)};
                if (t == EventType::Received && bundle)
                    payloads = {bundleReceivedPayload()};
                if (t == EventType::Transferred)
                    payloads = {transferPayload(QStringLiteral("p1")), transferPayload(QStringLiteral("p2")),
                                transferPayload(QStringLiteral("s1"), true)};
                if (t == EventType::Transferred || t == EventType::ResultReady) {
                    for (int part = 1; part <= 3; ++part)
                        payloads << QJsonObject{{QStringLiteral("part"), part}};
                }
                for (const QJsonObject &p : payloads) {
                    Event e;
                    e.uuid = QUuid::createUuid();
                    e.dossier = code;
                    e.type = t;
                    e.payload = p;
                    e.officer = login;
                    e.role = role;
                    e.office = kOffice;
                    e.device = device;
                    if (machine.check(st, e).allowed)
                        out << e;
                }
            }
        }
        return out;
    }

    void act()
    {
        const QString device = devices[rng.bounded(int(devices.size()))];
        if (rng.bounded(100) < 15) { // meet another device and exchange everything
            const QString other = devices[rng.bounded(int(devices.size()))];
            for (const Event &e : known[other]) {
                if (!std::any_of(known[device].cbegin(), known[device].cend(),
                                 [&e](const Event &k) { return k.uuid == e.uuid; }))
                    known[device] << e;
            }
            return;
        }
        const QString code = dossiers[rng.bounded(int(dossiers.size()))];
        const QList<Event> view = ofDossier(known[device], code);
        const ReplayResult r = replay(view, machine);
        const QList<Event> options = candidates(r.state, code, device);
        if (options.isEmpty())
            return;
        // A bundle's part events are few among many options: favour them half the time they exist.
        QList<Event> partOptions;
        for (const Event &o : options) {
            if (o.payload.contains(QStringLiteral("part")))
                partOptions << o;
        }
        const QList<Event> &pick = !partOptions.isEmpty() && rng.bounded(2) == 0 ? partOptions : options;
        Event e = pick[rng.bounded(int(pick.size()))];
        clock = clock.addSecs(60);
        e.wallTime = clock;
        e.parent = view.isEmpty() ? QUuid() : view.last().uuid;
        auto &head = heads[device];
        chain::sealOnDevice(e, head.first, head.second);
        head = {e.deviceSeq, e.deviceHash};
        known[device] << e;
        authored[device] << e;
    }

    // One random interleaving of the devices' own sequences (each device's order kept).
    QList<Event> interleave(QRandomGenerator &g) const
    {
        QHash<QString, qsizetype> pos;
        QList<Event> out;
        for (;;) {
            QStringList ready;
            for (const QString &d : devices) {
                if (pos.value(d) < authored.value(d).size())
                    ready << d;
            }
            if (ready.isEmpty())
                return out;
            const QString d = ready[g.bounded(int(ready.size()))];
            out << authored.value(d)[pos[d]++];
        }
    }
};

struct Outcome {
    QList<DossierState> states;
    QList<QList<EventVerdict>> verdicts;
    friend bool operator==(const Outcome &, const Outcome &) = default;
};

Outcome replayAll(const Sim &sim, const QList<Event> &arrived)
{
    Outcome o;
    for (const QString &code : sim.dossiers) {
        const ReplayResult r = replay(sim.ofDossier(arrived, code), sim.machine);
        o.states << r.state;
        o.verdicts << r.verdicts;
    }
    return o;
}

} // namespace

void randomMergesConvergeImpl()
{
    int totalConflicts = 0;
    int totalEvents = 0;
    int partEvents = 0;
    int partsPending = 0;
    for (quint32 seed = 1; seed <= 30; ++seed) {
        Sim sim(seed);
        for (int i = 0; i < 150; ++i)
            sim.act();
        QRandomGenerator g(seed * 7919);
        QList<QList<Event>> arrivals;
        for (int replica = 0; replica < 4; ++replica)
            arrivals << sim.interleave(g);
        const qsizetype n = arrivals[0].size();
        totalEvents += int(n);

        // Not yet synced: every replica orders by (device, device seq) and agrees.
        const Outcome local = replayAll(sim, arrivals[0]);
        for (int replica = 1; replica < 4; ++replica)
            QVERIFY2(replayAll(sim, arrivals[replica]) == local, qPrintable(QStringLiteral("seed %1").arg(seed)));

        // Synced: the portal numbers events in the order it received them (replica 0's); every replica
        // gets those numbers through the change feed, whatever order it stored the events in.
        QHash<QUuid, qint64> portal;
        for (qsizetype i = 0; i < n; ++i)
            portal.insert(arrivals[0][i].uuid, i + 1);
        QList<Outcome> syncedOutcomes;
        for (QList<Event> arrival : arrivals) {
            for (Event &e : arrival)
                e.portalSeq = portal.value(e.uuid);
            syncedOutcomes << replayAll(sim, arrival);
        }
        for (int replica = 1; replica < 4; ++replica)
            QVERIFY2(syncedOutcomes[replica] == syncedOutcomes[0], qPrintable(QStringLiteral("seed %1").arg(seed)));

        const DossierState &bundle = syncedOutcomes[0].states.last();
        for (const BundlePart &part : bundle.parts)
            partEvents += int(part.status);  // Sent 1, Done 2: the bundle's parts did move
        // Nothing lost: one verdict per event; every refusal carries a reason.
        qsizetype verdicts = 0;
        for (const auto &vs : syncedOutcomes[0].verdicts) {
            verdicts += vs.size();
            for (const EventVerdict &v : vs) {
                if (!v.accepted) {
                    QVERIFY(v.reason.startsWith(QLatin1String("dossier.")));
                    ++totalConflicts;
                    partsPending += v.reason == QLatin1String("dossier.parts-pending");
                }
            }
        }
        QCOMPARE(verdicts, n);
    }
    qInfo("%d events, %d conflicts (%d for parts pending), bundle parts moved %d steps over 30 simulations",
          totalEvents, totalConflicts, partsPending, partEvents);
    QVERIFY(totalConflicts > 0); // the simulation does make offline devices collide
    QVERIFY(partEvents > 0);
}

