// Bundled procedures (liên thông) in the one state machine: a dossier received with its parts, each
// part routed to its authority and its result recorded, the dossier's own result refused until every
// part is done; who may route (role, holder, office, state, part); offline devices racing on a part
// converge; the events round-trip through a real encrypted EventStore. Random merges with a bundle
// among the dossiers: tst_statemachine (tst_statemachine_random.cpp).
#include "tst_statemachine_builder.h"

#include "db/Database.h"
#include "db/DossierStateStore.h"
#include "db/EventStore.h"
#include "domain/calendar/WorkingCalendar.h"
#include "domain/catalog/CatalogJson.h"
#include "domain/dossier/BundleParts.h"
#include "domain/dossier/CalendarBinding.h"
#include "domain/dossier/Replay.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::testing;

namespace {

const QString kOffice = QStringLiteral("G12.18");
const QString kForeign = QStringLiteral("H55.242");
const QString kCommune = QStringLiteral("Ủy ban nhân dân cấp xã");
const QString kPolice = QStringLiteral("Công an cấp xã");
const QString kInsurance = QStringLiteral("Bảo hiểm xã hội");

// The birth + residence + health insurance bundle as the seed catalog has it (2.000986).
Bundle birthBundle()
{
    Bundle b;
    b.procedures = {QStringLiteral("1.001193"), QStringLiteral("1.004222")};
    b.authorities = {kCommune, kPolice, kInsurance};
    return b;
}

QJsonObject sendPart(int n) { return QJsonObject{{QStringLiteral("part"), n}}; }

// A bundle dossier taken to a named point of its life. Holders: c1 at the counter, p1 processing,
// s1 the supervisor.
struct Built {
    DossierState state;
    QList<Event> events;
};

Built build(const QString &name)
{
    Script s;
    QList<Event> ev;
    auto add = [&](EventType t, const QString &who, Role r, QJsonObject p = {}) { ev << s.make(t, who, r, p); };
    const QString c1 = QStringLiteral("c1"), p1 = QStringLiteral("p1"), s1 = QStringLiteral("s1");
    add(EventType::Received, c1, Role::Counter, bundleReceivedPayload());
    if (name != QLatin1String("accepted"))
        add(EventType::Transferred, c1, Role::Counter, transferPayload(p1));
    auto approve = [&] {
        add(EventType::Transferred, p1, Role::Processing, transferPayload(s1, true));
        add(EventType::Approved, s1, Role::Supervisor);
    };
    if (name == QLatin1String("awaiting")) {
        add(EventType::Transferred, p1, Role::Processing, transferPayload(s1, true));
    } else if (name == QLatin1String("approved")) {
        approve();
    } else if (name == QLatin1String("supplement")) {
        add(EventType::SupplementRequested, p1, Role::Processing);
    } else if (name == QLatin1String("sent")) {
        add(EventType::Transferred, p1, Role::Processing, sendPart(2));
    } else if (name == QLatin1String("done")) {
        add(EventType::ResultReady, p1, Role::Processing, partResultPayload(2));
    } else if (name == QLatin1String("ready") || name == QLatin1String("processed")) {
        approve();
        for (int n = 1; n <= 3; ++n)
            add(EventType::ResultReady, p1, Role::Processing, partResultPayload(n));
        if (name == QLatin1String("processed"))
            add(EventType::ResultReady, p1, Role::Processing);
    }
    const ReplayResult r = replay(ev, StateMachine(fakeContext()));
    Q_ASSERT(r.state.conflicts == 0);
    return {r.state, ev};
}

const QStringList kStates{QStringLiteral("accepted"), QStringLiteral("processing"), QStringLiteral("awaiting"),
                          QStringLiteral("approved"), QStringLiteral("supplement"), QStringLiteral("sent"),
                          QStringLiteral("done"),     QStringLiteral("ready"),      QStringLiteral("processed")};

// The routing events tried in every state: send part 2, its result, the dossier's own result.
const QStringList kActions{QStringLiteral("send2"), QStringLiteral("result2"), QStringLiteral("result")};

// Allowed (state, action, role, who); everything else must be refused. who: H the holder, S another
// officer of the same office, F an officer of another office. Roles: C counter, P processing,
// V supervisor, A admin.
const char *const kAllowed[] = {
    "processing send2 P H", "processing send2 V HS", "processing result2 P H", "processing result2 V HS",
    "awaiting send2 V HS",  "awaiting result2 V HS",
    "approved send2 P H",   "approved send2 V HS",   "approved result2 P H",   "approved result2 V HS",
    "sent result2 P H",     "sent result2 V HS",
    "ready result P H",
};

QSet<QString> allowedSet()
{
    QSet<QString> out;
    for (const char *line : kAllowed) {
        const QStringList parts = QString::fromLatin1(line).split(QLatin1Char(' '));
        for (QChar w : parts[3])
            out.insert(parts[0] + QLatin1Char(' ') + parts[1] + QLatin1Char(' ') + parts[2] + w);
    }
    return out;
}

Event actionEvent(const DossierState &st, const QString &action, Role role, QChar who)
{
    if (action == QLatin1String("send2"))
        return actingEvent(st, EventType::Transferred, role, who, partSentPayload(*st.part(2)));
    if (action == QLatin1String("result2"))
        return actingEvent(st, EventType::ResultReady, role, who, partResultPayload(2));
    return actingEvent(st, EventType::ResultReady, role, who);
}

} // namespace

class TestBundle : public QObject {
    Q_OBJECT
private slots:
    void partsFromTheSeedCatalog();
    void receivedWithParts();
    void malformedPartsRefused();
    void lifecycle();
    void routingMatrix();
    void refusalReasons();
    void offlineDevicesRaceOnAPart();
    void eventStoreRoundTrip();
};

void TestBundle::partsFromTheSeedCatalog()
{
    QFile f(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/procedures.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto catalog = CatalogJson::parse(f.readAll());
    QVERIFY(catalog.ok());
    int bundles = 0;
    for (const Procedure &p : catalog->procedures()) {
        if (!p.isBundle())
            continue;
        ++bundles;
        QJsonObject payload = receivedPayload(p.code);
        payload.insert(QStringLiteral("parts"), bundlePartsPayload(*p.bundle));
        const auto parts = partsFromPayload(payload);
        QVERIFY2(parts.ok(), qPrintable(p.code));
        QCOMPARE(parts->size(), p.bundle->authorities.size());
        for (const BundlePart &part : *parts) {
            QCOMPARE(part.authority, p.bundle->authorities[part.number - 1]);
            QCOMPARE(part.procedure, p.bundle->procedures.value(part.number - 1));
            // Every constituent procedure the catalog knows goes to the authority the catalog names.
            if (const Procedure *constituent = catalog->find(part.procedure))
                QCOMPARE(constituent->authority, part.authority);
        }
    }
    QVERIFY(bundles >= 2); // birth + residence + insurance; death + residence removal + funeral allowance
    const QJsonArray birth = bundlePartsPayload(birthBundle());
    QCOMPARE(birth.size(), 3);
    QCOMPARE(birth[2].toObject(), (QJsonObject{{QStringLiteral("part"), 3}, {QStringLiteral("authority"), kInsurance}}));
}

void TestBundle::receivedWithParts()
{
    const Built b = build(QStringLiteral("accepted"));
    QVERIFY(b.state.isBundle());
    QCOMPARE(b.state.status, DossierStatus::Accepted);
    QCOMPARE(b.state.procedureCode, QStringLiteral("2.000986"));
    QCOMPARE(b.state.parts.size(), 3);
    QCOMPARE(b.state.parts[0].procedure, QStringLiteral("1.001193"));
    QCOMPARE(b.state.parts[1].authority, kPolice);
    QVERIFY(b.state.parts[2].procedure.isEmpty());
    for (const BundlePart &p : b.state.parts) {
        QCOMPARE(p.status, PartStatus::Pending);
        QVERIFY(p.sentBy.isEmpty() && !p.sentAt.isValid() && p.doneEvent.isNull());
    }
    QCOMPARE(b.state.partsWithoutResult(), (QList<int>{1, 2, 3}));
    QVERIFY(!b.state.part(4));
    // A single procedure has no parts; a Form 02 carrying parts does not make parts yet.
    Script s;
    QVERIFY(!replay({s.make(EventType::Received, QStringLiteral("c1"), Role::Counter)}, StateMachine()).state.isBundle());
    Script s2;
    const ReplayResult form02 = replay({s2.make(EventType::SupplementRequestedAtCounter, QStringLiteral("c1"),
                                                Role::Counter, bundleReceivedPayload())},
                                       StateMachine());
    QVERIFY(!form02.state.isBundle());
    QCOMPARE(partStatusFromName(partStatusName(PartStatus::Sent)), PartStatus::Sent);
    QCOMPARE(partStatusName(PartStatus::Done), QStringLiteral("done"));
}

void TestBundle::malformedPartsRefused()
{
    StateMachine m(fakeContext());
    const QJsonObject good = bundleReceivedPayload();
    auto withParts = [&](const QJsonValue &parts) {
        QJsonObject p = good;
        p.insert(QStringLiteral("parts"), parts);
        return p;
    };
    QJsonArray noAuthority = good.value(QStringLiteral("parts")).toArray();
    noAuthority[1] = QJsonObject{{QStringLiteral("part"), 2}, {QStringLiteral("procedure"), QStringLiteral("1.004222")}};
    QJsonArray misnumbered = good.value(QStringLiteral("parts")).toArray();
    misnumbered[2] = QJsonObject{{QStringLiteral("part"), 2}, {QStringLiteral("authority"), kInsurance}};
    QJsonArray badProcedure = good.value(QStringLiteral("parts")).toArray();
    badProcedure[0] = QJsonObject{{QStringLiteral("part"), 1}, {QStringLiteral("authority"), kCommune},
                                  {QStringLiteral("procedure"), 1001193}};
    const QList<QJsonObject> bad{withParts(QJsonArray{}), withParts(QStringLiteral("1,2,3")), withParts(QJsonArray{1, 2}),
                                 withParts(noAuthority), withParts(misnumbered), withParts(badProcedure)};
    Script s;
    for (const QJsonObject &payload : bad) {
        const Event e = s.make(EventType::Received, QStringLiteral("c1"), Role::Counter, payload);
        const Verdict v = m.check(DossierState{}, e);
        QCOMPARE(v.reason, QStringLiteral("dossier.bad-payload"));
        QVERIFY(!v.detail.isEmpty());
    }
    QVERIFY(m.check(DossierState{}, s.make(EventType::Received, QStringLiteral("c1"), Role::Counter, good)).allowed);
}

void TestBundle::lifecycle()
{
    Script s;
    StateMachine m(fakeContext());
    DossierState st;
    auto step = [&](EventType t, const QString &who, Role r, QJsonObject p = {}, const QString &office = {}) {
        const Event e = s.make(t, who, r, p, QStringLiteral("dev-A"), office);
        return m.step(st, e);
    };
    const QString c1 = QStringLiteral("c1"), p1 = QStringLiteral("p1"), s1 = QStringLiteral("s1");
    QVERIFY(step(EventType::Received, c1, Role::Counter, bundleReceivedPayload()).allowed);
    QVERIFY(step(EventType::Transferred, c1, Role::Counter, transferPayload(p1)).allowed);
    QCOMPARE(st.holder.login, p1);
    // p1 sends the residence part to the police and the insurance part to social insurance.
    QVERIFY(step(EventType::Transferred, p1, Role::Processing, partSentPayload(*st.part(2))).allowed);
    const QDateTime sent2At = st.lastEventAt;
    QVERIFY(step(EventType::Transferred, p1, Role::Processing, sendPart(3)).allowed);
    QCOMPARE(st.status, DossierStatus::Processing); // routing a part moves neither status nor holder
    QCOMPARE(st.holder.login, p1);
    QCOMPARE(st.part(2)->status, PartStatus::Sent);
    QCOMPARE(st.part(2)->sentBy, p1);
    QCOMPARE(st.part(2)->sentAt, sent2At);
    QCOMPARE(st.part(1)->status, PartStatus::Pending);
    // The commune decides the birth registration itself: its result needs no sending.
    QVERIFY(step(EventType::ResultReady, p1, Role::Processing, partResultPayload(1)).allowed);
    QCOMPARE(st.part(1)->status, PartStatus::Done);
    QCOMPARE(st.part(1)->doneBy, p1);
    QCOMPARE(st.part(1)->doneEvent, st.lastEvent);
    QVERIFY(!st.part(1)->sentAt.isValid());
    QVERIFY(step(EventType::Transferred, p1, Role::Processing, transferPayload(s1, true)).allowed);
    QVERIFY(step(EventType::Approved, s1, Role::Supervisor).allowed);
    // Approved, but the police and insurance results are not back: no overall result yet.
    Verdict v = step(EventType::ResultReady, p1, Role::Processing);
    QCOMPARE(v.reason, QStringLiteral("dossier.parts-pending"));
    QCOMPARE(v.detail, QStringLiteral("no result yet for part 2, 3"));
    QCOMPARE(st.conflicts, 1);
    QVERIFY(step(EventType::ResultReady, p1, Role::Processing, partResultPayload(2)).allowed);
    QCOMPARE(step(EventType::ResultReady, p1, Role::Processing).reason, QStringLiteral("dossier.parts-pending"));
    // The supervisor of a province centre covering this commune records the last one for p1.
    MachineContext province = fakeContext();
    province.officeCovers = [](const QString &sup, const QString &office) { return sup == kForeign && office == kOffice; };
    const Event byProvince = s.make(EventType::ResultReady, QStringLiteral("sp"), Role::Supervisor, partResultPayload(3),
                                    QStringLiteral("dev-P"), kForeign);
    QCOMPARE(m.check(st, byProvince).reason, QStringLiteral("dossier.wrong-office"));
    QVERIFY(StateMachine(province).step(st, byProvince).allowed);
    QCOMPARE(st.part(3)->doneBy, QStringLiteral("sp"));
    QVERIFY(st.partsWithoutResult().isEmpty());
    QVERIFY(step(EventType::ResultReady, p1, Role::Processing).allowed);
    QCOMPARE(st.nationalCode(), 9);
    QCOMPARE(st.holder.toText(), QStringLiteral("pool:G12.18"));
    QVERIFY(step(EventType::Returned, c1, Role::Counter).allowed);
    QCOMPARE(st.nationalCode(), 10);
    QCOMPARE(st.conflicts, 2);
    QCOMPARE(st.accepted.size(), 11);
    QCOMPARE(st.dueAt, t0().addDays(7)); // routing leaves the clock alone
}

void TestBundle::routingMatrix()
{
    const QSet<QString> allowed = allowedSet();
    StateMachine m(fakeContext());
    int checked = 0, allowedCount = 0;
    for (const QString &stName : kStates) {
        const Built b = build(stName);
        for (const QString &action : kActions) {
            for (Role r : kAllRoles) {
                for (QChar w : QStringLiteral("HSF")) {
                    const Event e = actionEvent(b.state, action, r, w);
                    const Verdict v = m.check(b.state, e);
                    const QString key = stName + QLatin1Char(' ') + action + QLatin1Char(' ') + roleLetter(r) + w;
                    QVERIFY2(v.allowed == allowed.contains(key),
                             qPrintable(key + (v.allowed ? QStringLiteral(" allowed")
                                                         : QStringLiteral(" refused: ") + v.reason + QLatin1Char(' ') + v.detail)));
                    if (v.allowed) {
                        ++allowedCount;
                        DossierState after = b.state;
                        m.apply(after, e);
                        QCOMPARE(after.status, action == QLatin1String("result") ? DossierStatus::Processed : b.state.status);
                        if (action != QLatin1String("result")) {
                            QCOMPARE(after.holder, b.state.holder);
                            QCOMPARE(after.part(2)->status, action == QLatin1String("send2") ? PartStatus::Sent : PartStatus::Done);
                        }
                    } else if (r == Role::Admin || r == Role::Counter) {
                        QCOMPARE(v.reason, QStringLiteral("dossier.role-missing"));
                    } else {
                        QVERIFY2(v.reason.startsWith(QLatin1String("dossier.")), qPrintable(key));
                    }
                    ++checked;
                }
            }
        }
    }
    QCOMPARE(checked, int(kStates.size() * kActions.size()) * 4 * 3);
    QCOMPARE(allowedCount, int(allowed.size()));
}

void TestBundle::refusalReasons()
{
    StateMachine m(fakeContext());
    auto reason = [&](const QString &state, EventType t, QJsonObject payload, Role r = Role::Processing,
                      QChar who = QLatin1Char('H')) {
        const Built b = build(state);
        return m.check(b.state, actingEvent(b.state, t, r, who, std::move(payload))).reason;
    };
    const QString processing = QStringLiteral("processing");
    // Role, holder, office, state.
    QCOMPARE(reason(processing, EventType::Transferred, sendPart(2), Role::Counter), QStringLiteral("dossier.role-missing"));
    QCOMPARE(reason(processing, EventType::ResultReady, partResultPayload(2), Role::Admin), QStringLiteral("dossier.role-missing"));
    QCOMPARE(reason(processing, EventType::Transferred, sendPart(2), Role::Processing, QLatin1Char('S')),
             QStringLiteral("dossier.not-holder"));
    QCOMPARE(reason(processing, EventType::ResultReady, partResultPayload(2), Role::Supervisor, QLatin1Char('F')),
             QStringLiteral("dossier.wrong-office"));
    QCOMPARE(reason(QStringLiteral("accepted"), EventType::Transferred, sendPart(2), Role::Supervisor),
             QStringLiteral("dossier.wrong-state"));
    QCOMPARE(reason(QStringLiteral("supplement"), EventType::ResultReady, partResultPayload(2), Role::Supervisor),
             QStringLiteral("dossier.wrong-state"));
    // While a supervisor is asked to approve, only supervisor actions apply (as for Appraised).
    QCOMPARE(reason(QStringLiteral("awaiting"), EventType::Transferred, sendPart(2), Role::Processing),
             QStringLiteral("dossier.wrong-state"));
    // Unknown parts: no such number, another authority, a single-procedure dossier.
    QCOMPARE(reason(processing, EventType::Transferred, sendPart(4)), QStringLiteral("dossier.unknown-part"));
    QCOMPARE(reason(processing, EventType::ResultReady, partResultPayload(9)), QStringLiteral("dossier.unknown-part"));
    QCOMPARE(reason(processing, EventType::Transferred, QJsonObject{{QStringLiteral("part"), 2}, {QStringLiteral("authority"), kInsurance}}),
             QStringLiteral("dossier.unknown-part"));
    Script s;
    QList<Event> single{s.make(EventType::Received, QStringLiteral("c1"), Role::Counter),
                        s.make(EventType::Transferred, QStringLiteral("c1"), Role::Counter, transferPayload(QStringLiteral("p1")))};
    const DossierState plain = replay(single, m).state;
    const Verdict v = m.check(plain, actingEvent(plain, EventType::Transferred, Role::Processing, QLatin1Char('H'), sendPart(1)));
    QCOMPARE(v.reason, QStringLiteral("dossier.unknown-part"));
    QCOMPARE(v.detail, QStringLiteral("not a bundled dossier"));
    // A part moves forward only: not sent twice, no second result, not sent once done.
    QCOMPARE(reason(QStringLiteral("sent"), EventType::Transferred, sendPart(2)), QStringLiteral("dossier.wrong-state"));
    QCOMPARE(reason(QStringLiteral("done"), EventType::ResultReady, partResultPayload(2)), QStringLiteral("dossier.wrong-state"));
    QCOMPARE(reason(QStringLiteral("done"), EventType::Transferred, sendPart(2)), QStringLiteral("dossier.wrong-state"));
    // Payloads: the part is a whole number >= 1, and a sent part names no officer.
    const QList<QJsonObject> badPayloads{QJsonObject{{QStringLiteral("part"), 0}}, QJsonObject{{QStringLiteral("part"), 1.5}},
                                         QJsonObject{{QStringLiteral("part"), QStringLiteral("2")}},
                                         QJsonObject{{QStringLiteral("part"), 2}, {QStringLiteral("to"), QStringLiteral("p2")}},
                                         QJsonObject{{QStringLiteral("part"), 2}, {QStringLiteral("forApproval"), true}},
                                         QJsonObject{{QStringLiteral("part"), 2}, {QStringLiteral("authority"), QString()}}};
    for (const QJsonObject &p : badPayloads)
        QCOMPARE(reason(processing, EventType::Transferred, p), QStringLiteral("dossier.bad-payload"));
    QCOMPARE(reason(processing, EventType::ResultReady, QJsonObject{{QStringLiteral("part"), -1}}), QStringLiteral("dossier.bad-payload"));
    // The dossier's own result: only processing; for a bundle, every part first.
    QCOMPARE(reason(QStringLiteral("ready"), EventType::ResultReady, {}, Role::Supervisor), QStringLiteral("dossier.role-missing"));
    QCOMPARE(reason(QStringLiteral("approved"), EventType::ResultReady, {}), QStringLiteral("dossier.parts-pending"));
    QCOMPARE(reason(QStringLiteral("processed"), EventType::ResultReady, partResultPayload(2)), QStringLiteral("dossier.wrong-state"));
}

void TestBundle::offlineDevicesRaceOnAPart()
{
    // p1 sends part 2 from the office PC while, offline on a laptop, the supervisor records part 2's
    // result (the police phoned) and p1 attaches the dossier's result, thinking every part was done.
    Script s;
    QList<Event> shared{s.make(EventType::Received, QStringLiteral("c1"), Role::Counter, bundleReceivedPayload()),
                        s.make(EventType::Transferred, QStringLiteral("c1"), Role::Counter, transferPayload(QStringLiteral("p1"))),
                        s.make(EventType::ResultReady, QStringLiteral("p1"), Role::Processing, partResultPayload(1)),
                        s.make(EventType::ResultReady, QStringLiteral("p1"), Role::Processing, partResultPayload(3)),
                        s.make(EventType::Transferred, QStringLiteral("p1"), Role::Processing, transferPayload(QStringLiteral("s1"), true)),
                        s.make(EventType::Approved, QStringLiteral("s1"), Role::Supervisor)};
    for (qsizetype i = 0; i < shared.size(); ++i)
        shared[i].portalSeq = i + 1;
    const Event pcSend = s.make(EventType::Transferred, QStringLiteral("p1"), Role::Processing, sendPart(2), QStringLiteral("dev-PC"));
    const Event laptopOverall = s.make(EventType::ResultReady, QStringLiteral("p1"), Role::Processing, {}, QStringLiteral("dev-LAPTOP"));
    const Event laptopPart = s.make(EventType::ResultReady, QStringLiteral("s1"), Role::Supervisor, partResultPayload(2),
                                    QStringLiteral("dev-LAPTOP"));
    StateMachine m(fakeContext());
    std::optional<ReplayResult> first;
    const QList<QList<Event>> arrivals{{pcSend, laptopOverall, laptopPart}, {laptopOverall, pcSend, laptopPart},
                                       {laptopOverall, laptopPart, pcSend}};
    for (const QList<Event> &arrival : arrivals) {
        QList<Event> all = shared + arrival;
        sortForReplay(all); // unsynced: dev-LAPTOP before dev-PC, each device in its own order
        const ReplayResult r = replay(all, m);
        QCOMPARE(r.verdicts.size(), 9); // nothing lost
        if (!first)
            first = r;
        QCOMPARE(r.state, first->state);
        QCOMPARE(r.verdicts, first->verdicts);
    }
    // The laptop's overall result came before part 2's: refused; part 2 done on the laptop, so the
    // PC's sending it comes too late.
    const QList<EventVerdict> conflicts = first->conflicts();
    QCOMPARE(conflicts.size(), 2);
    QCOMPARE(conflicts[0].event, laptopOverall.uuid);
    QCOMPARE(conflicts[0].reason, QStringLiteral("dossier.parts-pending"));
    QCOMPARE(conflicts[1].event, pcSend.uuid);
    QCOMPARE(conflicts[1].reason, QStringLiteral("dossier.wrong-state"));
    QCOMPARE(first->state.status, DossierStatus::Processing);
    QCOMPARE(first->state.part(2)->status, PartStatus::Done);
    QVERIFY(!first->state.part(2)->sentAt.isValid());
    // Once the portal sequences them, its order rules: the PC's sending first, then the laptop's.
    Event a = pcSend, b = laptopOverall, c = laptopPart;
    a.portalSeq = 7;
    b.portalSeq = 8;
    c.portalSeq = 9;
    QList<Event> synced = shared + QList<Event>{c, b, a};
    sortForReplay(synced);
    const ReplayResult r = replay(synced, m);
    QCOMPARE(r.conflicts().size(), 1);
    QCOMPARE(r.conflicts()[0].event, laptopOverall.uuid);
    QCOMPARE(r.state.part(2)->sentBy, QStringLiteral("p1"));
    QCOMPARE(r.state.part(2)->doneBy, QStringLiteral("s1"));
}

void TestBundle::eventStoreRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::open({dir.path() + QStringLiteral("/w.db"), QByteArray(32, 'k')});
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    WorkingCalendar calendar;
    EventStore store((*db)->sql(), QStringLiteral("dev-counter-1"), machineContextFor(calendar));
    const Actor c1{QStringLiteral("c1"), Role::Counter, kOffice, {}};
    const Actor p1{QStringLiteral("p1"), Role::Processing, kOffice, {}};
    const Actor s1{QStringLiteral("s1"), Role::Supervisor, kOffice, {}};
    Event r;
    r.type = EventType::Received;
    r.officer = c1.login;
    r.role = Role::Counter;
    r.office = kOffice;
    r.payload = bundleReceivedPayload();
    r.wallTime = QDateTime(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC);
    const auto received = store.receive(r, DossierCodeMinter(kOffice, store.deviceId(), 1), QDate(2026, 3, 2), &c1);
    QVERIFY2(received.ok(), received.ok() ? "" : qPrintable(received.error().toString()));
    const QString code = received->dossier;
    QList<Event> appended{*received};
    auto append = [&](EventType t, const Actor &a, Role role, QJsonObject payload) {
        Event e;
        e.dossier = code;
        e.type = t;
        e.officer = a.login;
        e.role = role;
        e.office = a.office;
        e.payload = std::move(payload);
        const auto res = store.append(e, &a);
        if (res.ok())
            appended << *res;
        return res.ok() ? QString() : res.error().code;
    };
    QCOMPARE(append(EventType::Transferred, c1, Role::Counter, transferPayload(p1.login)), QString());
    QCOMPARE(append(EventType::Transferred, p1, Role::Processing,
                    QJsonObject{{QStringLiteral("part"), 2}, {QStringLiteral("authority"), kPolice},
                                {QStringLiteral("note"), QStringLiteral("gửi qua liên thông điện tử")}}),
             QString());
    QCOMPARE(append(EventType::ResultReady, p1, Role::Processing, partResultPayload(1)), QString());
    QCOMPARE(append(EventType::Transferred, p1, Role::Processing, transferPayload(s1.login, true)), QString());
    QCOMPARE(append(EventType::Approved, s1, Role::Supervisor, {}), QString());
    // Refused appends write nothing and name the reason.
    QCOMPARE(append(EventType::ResultReady, p1, Role::Processing, {}), QStringLiteral("dossier.parts-pending"));
    QCOMPARE(append(EventType::Transferred, p1, Role::Processing, sendPart(7)), QStringLiteral("dossier.unknown-part"));
    QCOMPARE(append(EventType::ResultReady, s1, Role::Supervisor, partResultPayload(2)), QString());
    QCOMPARE(append(EventType::ResultReady, p1, Role::Processing, partResultPayload(3)), QString());
    QCOMPARE(append(EventType::ResultReady, p1, Role::Processing, {}), QString());

    // Stored and read back exactly (payloads with nested parts and Vietnamese text included).
    const QList<Event> stored = store.eventsOf(code);
    QCOMPARE(stored.size(), appended.size());
    for (qsizetype i = 0; i < stored.size(); ++i)
        QCOMPARE(stored[i], appended[i]);
    QCOMPARE(stored[0].payload.value(QStringLiteral("parts")).toArray(), bundlePartsPayload(birthBundle()));
    QVERIFY(store.verifyChains().ok());
    const ReplayResult r1 = replay(stored, store.machine());
    QCOMPARE(r1.state.conflicts, 0);
    QCOMPARE(r1.state.status, DossierStatus::Processed);
    QCOMPARE(r1.state.part(2)->status, PartStatus::Done);
    QCOMPARE(r1.state.part(2)->sentBy, QStringLiteral("p1"));
    QCOMPARE(r1.state.part(2)->doneBy, QStringLiteral("s1"));
    QCOMPARE(r1.state.part(3)->status, PartStatus::Done);
    const auto row = DossierStateStore((*db)->sql()).byCode(code);
    QVERIFY(row);
    QCOMPARE(row->statusCode, 9);
    QCOMPARE(row->procedureCode, QStringLiteral("2.000986"));
    QCOMPARE(row->eventCount, int(appended.size()));
    // The JSON wire form round-trips too (sync), and a rebuild derives the same row.
    for (const Event &e : stored) {
        const auto back = Event::fromJson(e.toJson());
        QVERIFY(back.ok());
        QCOMPARE(*back, e);
        QCOMPARE(back->canonicalBytes(), e.canonicalBytes());
    }
    QVERIFY(store.rebuildDerivedState().ok());
    const auto rebuilt = DossierStateStore((*db)->sql()).byCode(code);
    QVERIFY(rebuilt);
    QCOMPARE(rebuilt->statusCode, row->statusCode);
    QCOMPARE(rebuilt->holder, row->holder);
    QCOMPARE(rebuilt->finishedAt, row->finishedAt);
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
