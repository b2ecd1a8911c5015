// The one dossier state machine: the full transition matrix per role and holder, the derived state
// along a dossier's life, replay determinism across merge orders, and conflicts kept with a reason.
#include "tst_statemachine_builder.h"

#include "domain/dossier/Replay.h"
#include "domain/dossier/StateMachine.h"

#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace motcua;
using namespace motcua::testing;

namespace {

const QString kOffice = QStringLiteral("G12.18");
const QString kForeign = QStringLiteral("H55.242");

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
    auto processing = [&] {
        add(EventType::Received, c1, Role::Counter);
        add(EventType::Transferred, c1, Role::Counter, transferPayload(p1));
    };
    auto awaiting = [&] {
        processing();
        add(EventType::Transferred, p1, Role::Processing, transferPayload(s1, true));
    };
    auto approved = [&] {
        awaiting();
        add(EventType::Approved, s1, Role::Supervisor);
    };
    if (name == QLatin1String("form02"))
        add(EventType::SupplementRequestedAtCounter, c1, Role::Counter);
    else if (name == QLatin1String("newly")) {
        add(EventType::SupplementRequestedAtCounter, c1, Role::Counter);
        add(EventType::SupplementReceived, QStringLiteral("c2"), Role::Counter);
    }
    else if (name == QLatin1String("accepted"))
        add(EventType::Received, c1, Role::Counter);
    else if (name == QLatin1String("processing"))
        processing();
    else if (name == QLatin1String("inpool")) {
        // In processing, held by the unit's pool: nobody's until an officer of the office takes it.
        add(EventType::Received, c1, Role::Counter);
        add(EventType::Transferred, c1, Role::Counter, transferPayload(QStringLiteral("pool:G12.18")));
    }
    else if (name == QLatin1String("awaiting"))
        awaiting();
    else if (name == QLatin1String("approved"))
        approved();
    else if (name == QLatin1String("rejected")) {
        awaiting();
        add(EventType::Rejected, s1, Role::Supervisor);
    } else if (name == QLatin1String("supplement")) {
        processing();
        add(EventType::SupplementRequested, p1, Role::Processing);
    } else if (name == QLatin1String("processed")) {
        approved();
        add(EventType::ResultReady, p1, Role::Processing);
    } else if (name == QLatin1String("returned")) {
        approved();
        add(EventType::ResultReady, p1, Role::Processing);
        add(EventType::Returned, c1, Role::Counter);
    } else if (name == QLatin1String("withdrawn")) {
        add(EventType::Received, c1, Role::Counter);
        add(EventType::Withdrawn, c1, Role::Counter);
    } else if (name == QLatin1String("stopped")) {
        processing();
        add(EventType::Stopped, s1, Role::Supervisor);
    } else if (name == QLatin1String("refused")) {
        add(EventType::ReceiptRefused, c1, Role::Counter);
    }
    StateMachine m(fakeContext());
    ReplayResult r = replay(ev, m);
    Q_ASSERT(r.state.conflicts == 0);
    return {r.state, ev};
}

// Allowed (state, event, role, who) — everything else must be refused. Written from DOMAIN.md
// "Offices, officers and roles". who: H the holder (for a pool: a counter officer of the pool's
// office), S another officer of the same office, F an officer of another office.
// Roles: C counter, P processing, V supervisor (admin never appears: it is always refused).
const char *const kAllowed[] = {
    "none Received C HSF",        "none SupplementRequestedAtCounter C HSF", "none ReceiptRefused C HSF",
    "none SubmittedOnline C HSF", // the portal registers it for the office (tst_onlinesubmission)
    "newly Received C HS",        "newly SupplementRequestedAtCounter C HS", "newly ReceiptRefused C HS",
    "newly ComponentAttached C HS", "newly Withdrawn C HS", "newly Withdrawn V HS",
    "form02 Received C HS",       "form02 SupplementRequestedAtCounter C HS", "form02 ReceiptRefused C HS",
    "form02 SupplementReceived C HS", "form02 ComponentAttached C HS", "form02 Withdrawn C HS", "form02 Withdrawn V HS",
    "accepted Transferred C H",   "accepted Transferred V HS", "accepted ComponentAttached C HS",
    "accepted Withdrawn C HS",    "accepted Withdrawn V HS", "accepted Stopped V HS", "accepted Extended V HS",
    "processing SupplementRequested P H", "processing Appraised P H", "processing Transferred P H",
    "processing Transferred V HS", "processing ComponentAttached P H", "processing Withdrawn C HS",
    "processing Withdrawn V HS",  "processing Stopped V HS", "processing Extended V HS",
    "awaiting Approved V H",      "awaiting Rejected V H", "awaiting Transferred V HS", "awaiting Withdrawn C HS",
    "awaiting Withdrawn V HS",    "awaiting Stopped V HS", "awaiting Extended V HS",
    "approved SupplementRequested P H", "approved Appraised P H", "approved Transferred P H",
    "approved Transferred V HS",  "approved ComponentAttached P H", "approved Withdrawn C HS",
    "approved Withdrawn V HS",    "approved Stopped V HS", "approved Extended V HS", "approved ResultReady P H",
    "rejected SupplementRequested P H", "rejected Appraised P H", "rejected Transferred P H",
    "rejected Transferred V HS",  "rejected ComponentAttached P H", "rejected Withdrawn C HS",
    "rejected Withdrawn V HS",    "rejected Stopped V HS", "rejected Extended V HS",
    "supplement SupplementReceived C HS", "supplement ComponentAttached C HS", "supplement Transferred V HS",
    "supplement Withdrawn C HS",  "supplement Withdrawn V HS", "supplement Stopped V HS", "supplement Extended V HS",
    "processed Returned C HS",
    // Held by the unit's pool (H: an officer of the pool's office): any processing officer of the
    // office takes it (or passes it on); nothing else needs the holder.
    "inpool Transferred P HS", "inpool Transferred V HS", "inpool Withdrawn C HS", "inpool Withdrawn V HS",
    "inpool Stopped V HS", "inpool Extended V HS",
};

const QStringList kStates{QStringLiteral("none"),      QStringLiteral("form02"),    QStringLiteral("newly"),     QStringLiteral("accepted"),
                          QStringLiteral("processing"), QStringLiteral("inpool"), QStringLiteral("awaiting"), QStringLiteral("approved"),
                          QStringLiteral("rejected"),  QStringLiteral("supplement"), QStringLiteral("processed"),
                          QStringLiteral("returned"),  QStringLiteral("withdrawn"), QStringLiteral("stopped"),
                          QStringLiteral("refused")};

QSet<QString> allowedSet()
{
    QSet<QString> out;
    for (const char *line : kAllowed) {
        const QStringList parts = QString::fromLatin1(line).split(QLatin1Char(' '));
        for (QChar r : parts[2]) {
            for (QChar w : parts[3])
                out.insert(parts[0] + QLatin1Char(' ') + parts[1] + QLatin1Char(' ') + r + w);
        }
    }
    // NoteAdded: anyone but an admin-only role, from any office, once the dossier exists.
    for (const QString &st : kStates) {
        if (st == QLatin1String("none"))
            continue;
        for (QChar r : QStringLiteral("CPV")) {
            for (QChar w : QStringLiteral("HSF"))
                out.insert(st + QStringLiteral(" NoteAdded ") + r + w);
        }
    }
    return out;
}

} // namespace

class TestStateMachine : public QObject {
    Q_OBJECT
private slots:
    void fullMatrix();
    void refusalReasons();
    void lifecycle();
    void form02ThenReceived();
    void extensionMovesDue();
    void lateAndOnTime();
    void supervisorReassignAcrossOffices();
    void authorChecks();
    void componentsAndProvenance();
    void orderFunction();
    void duplicatesAreConflicts();
    void twoOfflineDevicesBothApprove();
    void transferWhileOtherAppraises();
    void randomMergesConverge();
};

void TestStateMachine::fullMatrix()
{
    const QSet<QString> allowed = allowedSet();
    StateMachine m(fakeContext());
    int checked = 0, allowedCount = 0;
    for (const QString &stName : kStates) {
        const Built b = build(stName);
        for (EventType t : allEventTypes()) {
            for (Role r : kAllRoles) {
                for (QChar w : QStringLiteral("HSF")) {
                    const Event e = actingEvent(b.state, t, r, w);
                    const Verdict v = m.check(b.state, e);
                    const QString key = stName + QLatin1Char(' ') + eventTypeName(t) + QLatin1Char(' ')
                        + roleLetter(r) + w;
                    const bool expected = allowed.contains(key);
                    QVERIFY2(v.allowed == expected,
                             qPrintable(key + (v.allowed ? QStringLiteral(" allowed") : QStringLiteral(" refused: ")
                                                       + v.reason + QLatin1Char(' ') + v.detail)));
                    if (!v.allowed) {
                        QVERIFY2(v.reason.startsWith(QLatin1String("dossier.")), qPrintable(key));
                        if (r == Role::Admin || !StateMachine::rolesFor(t).testFlag(r))
                            QCOMPARE(v.reason, QStringLiteral("dossier.role-missing"));
                    } else {
                        ++allowedCount;
                        DossierState copy = b.state;
                        m.apply(copy, e); // every allowed event must apply without tripping an assert
                    }
                    ++checked;
                }
            }
        }
    }
    QCOMPARE(checked, int(kStates.size()) * int(allEventTypes().size()) * 4 * 3);
    QCOMPARE(allowedCount, int(allowed.size()));
}

void TestStateMachine::refusalReasons()
{
    StateMachine m(fakeContext());
    const Built processing = build(QStringLiteral("processing"));
    auto reason = [&](const Built &b, EventType t, Role r, QChar who) {
        return m.check(b.state, actingEvent(b.state, t, r, who)).reason;
    };
    QCOMPARE(reason(processing, EventType::Appraised, Role::Processing, QLatin1Char('S')), QStringLiteral("dossier.not-holder"));
    QCOMPARE(reason(processing, EventType::Appraised, Role::Admin, QLatin1Char('H')), QStringLiteral("dossier.role-missing"));
    QCOMPARE(reason(processing, EventType::Approved, Role::Supervisor, QLatin1Char('H')), QStringLiteral("dossier.wrong-state"));
    QCOMPARE(reason(processing, EventType::Approved, Role::Counter, QLatin1Char('H')), QStringLiteral("dossier.role-missing"));
    QCOMPARE(reason(processing, EventType::Stopped, Role::Supervisor, QLatin1Char('F')), QStringLiteral("dossier.wrong-office"));
    QCOMPARE(reason(processing, EventType::Received, Role::Counter, QLatin1Char('H')), QStringLiteral("dossier.wrong-state"));
    // A pool takes no approval, and names its office.
    QCOMPARE(m.check(processing.state, actingEvent(processing.state, EventType::Transferred, Role::Processing, QLatin1Char('H'),
                                                   transferPayload(QStringLiteral("pool:G12.18"), true))).reason,
             QStringLiteral("dossier.bad-payload"));
    QCOMPARE(m.check(processing.state, actingEvent(processing.state, EventType::Transferred, Role::Processing, QLatin1Char('H'),
                                                   transferPayload(QStringLiteral("pool:")))).reason,
             QStringLiteral("dossier.bad-payload"));
    const Built pooled = build(QStringLiteral("inpool"));
    QVERIFY(pooled.state.holder.isPool());
    QCOMPARE(pooled.state.holder.toText(), QStringLiteral("pool:G12.18"));
    QCOMPARE(reason(pooled, EventType::Appraised, Role::Processing, QLatin1Char('S')), QStringLiteral("dossier.not-holder"));
    QCOMPARE(reason(pooled, EventType::Transferred, Role::Processing, QLatin1Char('F')), QStringLiteral("dossier.not-holder"));
    const Built supplement = build(QStringLiteral("supplement"));
    QCOMPARE(reason(supplement, EventType::SupplementReceived, Role::Counter, QLatin1Char('F')), QStringLiteral("dossier.wrong-office"));
    const Built awaiting = build(QStringLiteral("awaiting"));
    QCOMPARE(reason(awaiting, EventType::Approved, Role::Supervisor, QLatin1Char('S')), QStringLiteral("dossier.not-holder"));
    QCOMPARE(reason(awaiting, EventType::Appraised, Role::Processing, QLatin1Char('H')), QStringLiteral("dossier.wrong-state"));
    const Built approved = build(QStringLiteral("approved"));
    QCOMPARE(reason(approved, EventType::ResultReady, Role::Processing, QLatin1Char('S')), QStringLiteral("dossier.not-holder"));
    const Built rejected = build(QStringLiteral("rejected"));
    QCOMPARE(reason(rejected, EventType::ResultReady, Role::Processing, QLatin1Char('H')), QStringLiteral("dossier.wrong-state"));

    // Payload problems.
    Event e = actingEvent(processing.state, EventType::Transferred, Role::Processing, QLatin1Char('H'));
    e.payload = {};
    QCOMPARE(m.check(processing.state, e).reason, QStringLiteral("dossier.bad-payload"));
    Event r = actingEvent(build(QStringLiteral("none")).state, EventType::Received, Role::Counter, QLatin1Char('H'));
    r.payload.remove(QStringLiteral("limit"));
    QCOMPARE(m.check(DossierState{}, r).reason, QStringLiteral("dossier.bad-payload"));
    // Counter cannot submit for approval.
    const Built accepted = build(QStringLiteral("accepted"));
    Event fa = actingEvent(accepted.state, EventType::Transferred, Role::Counter, QLatin1Char('H'));
    fa.payload = transferPayload(QStringLiteral("s1"), true);
    QCOMPARE(m.check(accepted.state, fa).reason, QStringLiteral("dossier.role-missing"));
    // Another dossier's event.
    Event other = actingEvent(accepted.state, EventType::NoteAdded, Role::Counter, QLatin1Char('H'));
    other.dossier = QStringLiteral("G12.18-260302-010002");
    QCOMPARE(m.check(accepted.state, other).reason, QStringLiteral("dossier.wrong-dossier"));
}

void TestStateMachine::lifecycle()
{
    Script s;
    StateMachine m(fakeContext());
    DossierState st;
    auto step = [&](EventType t, const QString &who, Role r, QJsonObject p = {}) {
        const Event e = s.make(t, who, r, p);
        const Verdict v = m.step(st, e);
        QVERIFY2(v.allowed, qPrintable(eventTypeName(t) + QLatin1Char(' ') + v.reason + QLatin1Char(' ') + v.detail));
    };
    step(EventType::Received, QStringLiteral("c1"), Role::Counter);
    QCOMPARE(st.status, DossierStatus::Accepted);
    QCOMPARE(st.nationalCode(), 2);
    QCOMPARE(st.holder.login, QStringLiteral("c1"));
    QCOMPARE(st.receivedAt, t0());
    QCOMPARE(st.dueAt, t0().addDays(5));
    QCOMPARE(st.procedureCode, QStringLiteral("1.001193"));
    QCOMPARE(st.applicantIdNumber, QStringLiteral("001090123456"));
    QCOMPARE(st.lookupCode, QStringLiteral("ABCD2345"));
    step(EventType::ComponentAttached, QStringLiteral("c1"), Role::Counter, componentPayload(1));
    step(EventType::Transferred, QStringLiteral("c1"), Role::Counter, transferPayload(QStringLiteral("p1")));
    QCOMPARE(st.status, DossierStatus::Processing);
    QCOMPARE(st.nationalCode(), 4);
    QCOMPARE(st.holder.login, QStringLiteral("p1"));
    step(EventType::Appraised, QStringLiteral("p1"), Role::Processing);
    step(EventType::SupplementRequested, QStringLiteral("p1"), Role::Processing);
    QCOMPARE(st.nationalCode(), 5);
    QVERIFY(st.holder.isPool());
    QCOMPARE(st.holder.toText(), QStringLiteral("pool:G12.18"));
    QVERIFY(st.isPaused());
    QVERIFY(!st.dueAt.isValid()); // the fake calendar has no due moment while paused
    s.advance(3600 - 60);         // the citizen comes back one hour after the request
    step(EventType::SupplementReceived, QStringLiteral("c2"), Role::Counter);
    QCOMPARE(st.status, DossierStatus::Processing);
    QCOMPARE(st.holder.login, QStringLiteral("p1")); // back to who asked
    QCOMPARE(st.pausedMs(), qint64(3600000));
    QCOMPARE(st.dueAt, t0().addDays(5).addSecs(3600));
    step(EventType::Transferred, QStringLiteral("p1"), Role::Processing, transferPayload(QStringLiteral("s1"), true));
    QVERIFY(st.awaitingApproval);
    QCOMPARE(st.submittedBy.login, QStringLiteral("p1"));
    step(EventType::Rejected, QStringLiteral("s1"), Role::Supervisor);
    QCOMPARE(st.holder.login, QStringLiteral("p1"));
    QCOMPARE(st.decision, Decision::Rejected);
    step(EventType::Appraised, QStringLiteral("p1"), Role::Processing);
    QCOMPARE(st.appraisals, 2);
    step(EventType::Transferred, QStringLiteral("p1"), Role::Processing, transferPayload(QStringLiteral("s1"), true));
    step(EventType::Approved, QStringLiteral("s1"), Role::Supervisor);
    QCOMPARE(st.holder.login, QStringLiteral("p1"));
    QCOMPARE(st.decision, Decision::Approved);
    step(EventType::ResultReady, QStringLiteral("p1"), Role::Processing);
    QCOMPARE(st.nationalCode(), 9);
    QCOMPARE(st.holder.toText(), QStringLiteral("pool:G12.18"));
    QVERIFY(st.finishedAt.isValid());
    QVERIFY(!st.isLate(st.finishedAt.addDays(30)));
    step(EventType::Returned, QStringLiteral("c3"), Role::Counter);
    QCOMPARE(st.nationalCode(), 10);
    QVERIFY(st.holder.isNobody());
    QCOMPARE(st.conflicts, 0);
    QCOMPARE(st.accepted.size(), 13);
}

void TestStateMachine::form02ThenReceived()
{
    Script s;
    StateMachine m(fakeContext());
    QList<Event> ev{s.make(EventType::SupplementRequestedAtCounter, QStringLiteral("c1"), Role::Counter)};
    ReplayResult r = replay(ev, m);
    // Waiting for the citizen's supplement (national 5), not "newly registered": at the counter.
    QCOMPARE(r.state.status, DossierStatus::SupplementRequired);
    QCOMPARE(r.state.nationalCode(), 5);
    QVERIFY(r.state.awaitsCounterSupplement());
    QCOMPARE(r.state.holder.toText(), QStringLiteral("pool:G12.18"));
    QVERIFY(!r.state.receivedAt.isValid()); // the clock has not started
    QVERIFY(!r.state.dueAt.isValid());
    QVERIFY(!r.state.isPaused());           // nothing to pause: no clock
    QVERIFY(!r.state.isLate(t0().addYears(1)));
    const QList<Event> form02 = ev;

    // The citizen comes back with it: SupplementReceived (status 1), the pages, then Form 01.
    s.advance(86400);
    ev << s.make(EventType::SupplementReceived, QStringLiteral("c2"), Role::Counter);
    r = replay(ev, m);
    QCOMPARE(r.state.status, DossierStatus::NewlyRegistered);
    QCOMPARE(r.state.nationalCode(), 1);
    QVERIFY(!r.state.awaitsCounterSupplement());
    QVERIFY(!r.state.receivedAt.isValid());
    QCOMPARE(r.state.holder.toText(), QStringLiteral("pool:G12.18"));
    ev << s.make(EventType::ComponentAttached, QStringLiteral("c2"), Role::Counter, componentPayload(2, QStringLiteral("imported")));
    ev << s.make(EventType::Received, QStringLiteral("c2"), Role::Counter);
    r = replay(ev, m);
    QCOMPARE(r.state.conflicts, 0);
    QCOMPARE(r.state.nationalCode(), 2);
    QCOMPARE(r.state.receivedAt, ev.last().wallTime);  // the clock starts at acceptance
    QCOMPARE(r.state.dueAt, ev.last().wallTime.addDays(5));
    QVERIFY(r.state.pauses.isEmpty());
    QCOMPARE(r.state.holder.login, QStringLiteral("c2"));
    QCOMPARE(r.state.component(2)->provenance, Provenance::ImportedFile);
    // Then the ordinary life: to processing.
    ev << s.make(EventType::Transferred, QStringLiteral("c2"), Role::Counter, transferPayload(QStringLiteral("p1")));
    QCOMPARE(replay(ev, m).state.nationalCode(), 4);

    // A second SupplementReceived, or one from another office, is refused.
    Event again = actingEvent(replay(ev.mid(0, 2), m).state, EventType::SupplementReceived, Role::Counter, QLatin1Char('H'));
    QCOMPARE(m.check(replay(ev.mid(0, 2), m).state, again).reason, QStringLiteral("dossier.wrong-state"));
    const DossierState waiting = replay(form02, m).state;
    QCOMPARE(m.check(waiting, actingEvent(waiting, EventType::SupplementReceived, Role::Counter, QLatin1Char('F'))).reason,
             QStringLiteral("dossier.wrong-office"));
    // Before acceptance there is no clock to extend nor processing to stop.
    QCOMPARE(m.check(waiting, actingEvent(waiting, EventType::Extended, Role::Supervisor, QLatin1Char('S'))).reason,
             QStringLiteral("dossier.wrong-state"));

    // Logs written before SupplementReceived existed at the counter (Form 02 then Received) still replay.
    Script old;
    QList<Event> direct{old.make(EventType::SupplementRequestedAtCounter, QStringLiteral("c1"), Role::Counter)};
    old.advance(86400);
    direct << old.make(EventType::Received, QStringLiteral("c2"), Role::Counter);
    r = replay(direct, m);
    QCOMPARE(r.state.conflicts, 0);
    QCOMPARE(r.state.nationalCode(), 2);
    QCOMPARE(r.state.receivedAt, direct.last().wallTime);
    QCOMPARE(r.state.holder.login, QStringLiteral("c2"));
    // Form 03 ends it.
    Script s2(QStringLiteral("G12.18-260302-010002"));
    const ReplayResult refused = replay({s2.make(EventType::ReceiptRefused, QStringLiteral("c1"), Role::Counter)}, m);
    QCOMPARE(refused.state.nationalCode(), 3);
    QVERIFY(isFinal(refused.state.status));
}

void TestStateMachine::extensionMovesDue()
{
    Script s;
    StateMachine m(fakeContext());
    QList<Event> ev{s.make(EventType::Received, QStringLiteral("c1"), Role::Counter),
                    s.make(EventType::Extended, QStringLiteral("s1"), Role::Supervisor,
                           QJsonObject{{QStringLiteral("limit"), TimeLimit::days(2).toJson()}})};
    const ReplayResult r = replay(ev, m);
    QCOMPARE(r.state.extensions.size(), 1);
    QCOMPARE(r.state.dueAt, t0().addDays(7));
    // Without a calendar the due moment stays unknown, and nothing is late.
    const ReplayResult bare = replay(ev, StateMachine());
    QVERIFY(!bare.state.dueAt.isValid());
    QVERIFY(!bare.state.isLate(t0().addYears(1)));
}

void TestStateMachine::lateAndOnTime()
{
    StateMachine m(fakeContext());
    Script s;
    QList<Event> ev{s.make(EventType::Received, QStringLiteral("c1"), Role::Counter)};
    ReplayResult r = replay(ev, m);
    QVERIFY(!r.state.isLate(t0().addDays(5)));
    QVERIFY(r.state.isLate(t0().addDays(5).addMSecs(1)));
    ev << s.make(EventType::Transferred, QStringLiteral("c1"), Role::Counter, transferPayload(QStringLiteral("p1")))
       << s.make(EventType::Transferred, QStringLiteral("p1"), Role::Processing, transferPayload(QStringLiteral("s1"), true))
       << s.make(EventType::Approved, QStringLiteral("s1"), Role::Supervisor);
    s.advance(6 * 86400);
    ev << s.make(EventType::ResultReady, QStringLiteral("p1"), Role::Processing);
    r = replay(ev, m);
    QVERIFY(r.state.isLate(QDateTime()));     // finished after the due moment
    QVERIFY(r.state.isLate(t0()));            // "now" does not matter once finished
}

void TestStateMachine::supervisorReassignAcrossOffices()
{
    const Built b = build(QStringLiteral("processing"));
    Event e = actingEvent(b.state, EventType::Transferred, Role::Supervisor, QLatin1Char('F'));
    QCOMPARE(StateMachine(fakeContext()).check(b.state, e).reason, QStringLiteral("dossier.wrong-office"));
    MachineContext ctx = fakeContext();
    ctx.officeCovers = [](const QString &sup, const QString &dossierOffice) {
        return sup == kForeign && dossierOffice == kOffice; // a province centre over this commune
    };
    StateMachine province(ctx);
    QVERIFY(province.check(b.state, e).allowed);
    DossierState st = b.state;
    province.apply(st, e);
    QCOMPARE(st.holder.login, QStringLiteral("p2"));
    QCOMPARE(st.holder.office, kForeign); // toOffice defaults to the acting office
}

void TestStateMachine::authorChecks()
{
    StateMachine m(fakeContext());
    const Built b = build(QStringLiteral("processing"));
    Event e = actingEvent(b.state, EventType::Appraised, Role::Processing, QLatin1Char('H'));
    Actor p1{QStringLiteral("p1"), Role::Processing, kOffice, {}};
    QVERIFY(m.checkAuthor(b.state, e, p1).allowed);
    Actor counterOnly{QStringLiteral("p1"), Role::Counter, kOffice, {}};
    QCOMPARE(m.checkAuthor(b.state, e, counterOnly).reason, QStringLiteral("dossier.role-missing"));
    Actor adminOnly{QStringLiteral("p1"), Role::Admin, kOffice, {}};
    QVERIFY(!adminOnly.mayActOnDossiers());
    QCOMPARE(m.checkAuthor(b.state, e, adminOnly).reason, QStringLiteral("dossier.role-missing"));
    Actor adminAndProcessing{QStringLiteral("p1"), Role::Admin | Role::Processing, kOffice, {}};
    QVERIFY(m.checkAuthor(b.state, e, adminAndProcessing).allowed);
    Actor someoneElse{QStringLiteral("p2"), Role::Processing, kOffice, {}};
    QCOMPARE(m.checkAuthor(b.state, e, someoneElse).reason, QStringLiteral("dossier.not-author"));
    // A supervisor of a province centre covering this commune may reassign from their own office.
    Event re = actingEvent(b.state, EventType::Transferred, Role::Supervisor, QLatin1Char('F'));
    re.officer = QStringLiteral("sp");
    Actor province{QStringLiteral("sp"), Role::Supervisor, kForeign, {kOffice}};
    QVERIFY(m.checkAuthor(b.state, re, province).allowed);
    Actor provinceElsewhere{QStringLiteral("sp"), Role::Supervisor, kForeign, {QStringLiteral("38.98.H29")}};
    QCOMPARE(m.checkAuthor(b.state, re, provinceElsewhere).reason, QStringLiteral("dossier.wrong-office"));
}

void TestStateMachine::componentsAndProvenance()
{
    Script s;
    StateMachine m(fakeContext());
    QList<Event> ev{s.make(EventType::Received, QStringLiteral("c1"), Role::Counter),
                    s.make(EventType::ComponentAttached, QStringLiteral("c1"), Role::Counter, componentPayload(2, QStringLiteral("imported"))),
                    s.make(EventType::ComponentAttached, QStringLiteral("c1"), Role::Counter,
                           componentPayload(1, QStringLiteral("reused"), QStringLiteral("G12.18-250101-010001"))),
                    s.make(EventType::ComponentAttached, QStringLiteral("c1"), Role::Counter, componentPayload(3, QStringLiteral("national-db"))),
                    s.make(EventType::ComponentAttached, QStringLiteral("c1"), Role::Counter, componentPayload(2, QStringLiteral("scanned")))};
    const ReplayResult r = replay(ev, m);
    QCOMPARE(r.state.conflicts, 0);
    QCOMPARE(r.state.components.size(), 3);
    QCOMPARE(r.state.components[0].number, 1);
    QCOMPARE(r.state.components[0].provenance, Provenance::ReusedFromDossier);
    QCOMPARE(r.state.components[0].sourceDossier, QStringLiteral("G12.18-250101-010001"));
    QCOMPARE(r.state.component(2)->provenance, Provenance::ScannedAtCounter);
    QCOMPARE(r.state.component(2)->revision, 2);
    QCOMPARE(r.state.component(3)->provenance, Provenance::NationalDatabase);
    // Reused without saying from where is refused.
    Event bad = s.make(EventType::ComponentAttached, QStringLiteral("c1"), Role::Counter, componentPayload(4, QStringLiteral("reused")));
    QCOMPARE(m.check(r.state, bad).reason, QStringLiteral("dossier.bad-payload"));
}

void TestStateMachine::orderFunction()
{
    Script s;
    Event a = s.make(EventType::Received, QStringLiteral("c1"), Role::Counter, {}, QStringLiteral("dev-B"));
    Event b = s.make(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter, {}, QStringLiteral("dev-A"));
    Event c = s.make(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter, {}, QStringLiteral("dev-A"));
    Event d = s.make(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter, {}, QStringLiteral("dev-C"));
    d.portalSeq = 7;
    a.portalSeq = 3;
    QList<Event> all{c, d, b, a};
    sortForReplay(all);
    QCOMPARE(all[0].uuid, a.uuid); // portal 3
    QCOMPARE(all[1].uuid, d.uuid); // portal 7
    QCOMPARE(all[2].uuid, b.uuid); // dev-A 1 (local)
    QCOMPARE(all[3].uuid, c.uuid); // dev-A 2
}

void TestStateMachine::duplicatesAreConflicts()
{
    Script s;
    const Event r = s.make(EventType::Received, QStringLiteral("c1"), Role::Counter);
    const Event n = s.make(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter);
    const ReplayResult res = replay({r, n, n}, StateMachine(fakeContext()));
    QCOMPARE(res.verdicts.size(), 3);
    QCOMPARE(res.conflicts().size(), 1);
    QCOMPARE(res.conflicts()[0].reason, QStringLiteral("dossier.duplicate-event"));
    QCOMPARE(res.state.notes, 1);
}

void TestStateMachine::twoOfflineDevicesBothApprove()
{
    // s1 approves on the office PC while, offline on a laptop, s1 also approves the same submission.
    Script s;
    QList<Event> shared{s.make(EventType::Received, QStringLiteral("c1"), Role::Counter),
                        s.make(EventType::Transferred, QStringLiteral("c1"), Role::Counter, transferPayload(QStringLiteral("p1"))),
                        s.make(EventType::Transferred, QStringLiteral("p1"), Role::Processing, transferPayload(QStringLiteral("s1"), true))};
    for (qsizetype i = 0; i < shared.size(); ++i)
        shared[i].portalSeq = i + 1;
    const Event onPc = s.make(EventType::Approved, QStringLiteral("s1"), Role::Supervisor, {}, QStringLiteral("dev-PC"));
    const Event onLaptop = s.make(EventType::Rejected, QStringLiteral("s1"), Role::Supervisor, {}, QStringLiteral("dev-LAPTOP"));
    StateMachine m(fakeContext());
    for (const QList<Event> &arrival : {QList<Event>{onPc, onLaptop}, QList<Event>{onLaptop, onPc}}) {
        QList<Event> all = shared + arrival;
        sortForReplay(all); // unsynced: by device, so both machines agree
        const ReplayResult r = replay(all, m);
        QCOMPARE(r.verdicts.size(), 5); // nothing lost
        QCOMPARE(r.conflicts().size(), 1);
        QCOMPARE(r.conflicts()[0].event, onPc.uuid); // "dev-LAPTOP" < "dev-PC": the laptop's came first
        QCOMPARE(r.conflicts()[0].reason, QStringLiteral("dossier.wrong-state"));
        QCOMPARE(r.state.decision, Decision::Rejected);
    }
    // Once the portal sequences them, its order rules.
    QList<Event> synced = shared;
    Event pc = onPc, laptop = onLaptop;
    pc.portalSeq = 4;
    laptop.portalSeq = 5;
    synced << laptop << pc;
    sortForReplay(synced);
    const ReplayResult r = replay(synced, m);
    QCOMPARE(r.conflicts().size(), 1);
    QCOMPARE(r.conflicts()[0].event, laptop.uuid);
    QCOMPARE(r.state.decision, Decision::Approved);
}

void TestStateMachine::transferWhileOtherAppraises()
{
    Script s;
    QList<Event> base{s.make(EventType::Received, QStringLiteral("c1"), Role::Counter),
                      s.make(EventType::Transferred, QStringLiteral("c1"), Role::Counter, transferPayload(QStringLiteral("p1")))};
    for (qsizetype i = 0; i < base.size(); ++i)
        base[i].portalSeq = i + 1;
    // A supervisor reassigns p1's dossier to p2 on one device while p1, offline, appraises it.
    Event reassign = s.make(EventType::Transferred, QStringLiteral("s1"), Role::Supervisor,
                            transferPayload(QStringLiteral("p2")), QStringLiteral("dev-1"));
    Event appraise = s.make(EventType::Appraised, QStringLiteral("p1"), Role::Processing, {}, QStringLiteral("dev-2"));
    reassign.portalSeq = 3;
    appraise.portalSeq = 4;
    const ReplayResult r = replay(base + QList<Event>{reassign, appraise}, StateMachine(fakeContext()));
    QCOMPARE(r.verdicts.size(), 4);
    QCOMPARE(r.conflicts().size(), 1);
    QCOMPARE(r.conflicts()[0].event, appraise.uuid);
    QCOMPARE(r.conflicts()[0].reason, QStringLiteral("dossier.not-holder"));
    QCOMPARE(r.state.holder.login, QStringLiteral("p2"));
    QCOMPARE(r.state.appraisals, 0);
}


// In tst_statemachine_random.cpp: offline devices acting at random, merged in many orders.
void randomMergesConvergeImpl();

void TestStateMachine::randomMergesConverge()
{
    randomMergesConvergeImpl();
}

QTEST_GUILESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
