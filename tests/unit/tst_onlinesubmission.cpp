// Online submissions (SubmittedOnline): the first event of a dossier the portal registers for an
// office; status 1 in the counter pool, no clock; accepted by a Received on the same code (the clock
// starts then) or returned for supplement (Form 02); refused on a dossier that exists; its pages are
// referenced for sync; the portal's device number 00 parses but is never minted.
#include "tst_statemachine_builder.h"

#include "domain/codes/DossierCode.h"
#include "domain/dossier/EventLog.h"
#include "domain/dossier/Replay.h"
#include "domain/dossier/StateMachine.h"

#include <QtTest>

using namespace motcua;
using namespace motcua::testing;

namespace {

const QString kCode = QStringLiteral("G12.18-260302-000001");   // NN 00: minted by the portal
const QString kPortalDevice = QStringLiteral("portal-G12.18");

} // namespace

class TestOnlineSubmission : public QObject {
    Q_OBJECT
private slots:
    void registersInTheCounterPool();
    void acceptStartsTheClock();
    void returnForSupplement();
    void refusedOnAnExistingDossier();
    void refusedWithoutItsFacts_data();
    void refusedWithoutItsFacts();
    void onlyTheCounterRole();
    void pagesAreReferenced();
    void portalDeviceNumber();
};

void TestOnlineSubmission::registersInTheCounterPool()
{
    Script s(kCode);
    const Event online = s.make(EventType::SubmittedOnline, QStringLiteral("portal"), Role::Counter, onlinePayload(), kPortalDevice);
    const ReplayResult r = replay({online}, StateMachine(fakeContext()));
    const DossierState &st = r.state;
    QCOMPARE(st.conflicts, 0);
    QCOMPARE(st.status, DossierStatus::NewlyRegistered);
    QCOMPARE(st.nationalCode(), 1);
    QVERIFY(st.holder.isPool());
    QCOMPARE(st.holder.office, QStringLiteral("G12.18"));
    QCOMPARE(st.receivingOffice, QStringLiteral("G12.18"));
    QCOMPARE(st.procedureCode, QStringLiteral("1.001193"));
    QCOMPARE(st.applicantIdNumber, QStringLiteral("001090123456"));
    QVERIFY(!st.receivedAt.isValid());
    QVERIFY(!st.dueAt.isValid());
    QCOMPARE(st.components.size(), 2);
    QCOMPARE(st.components.at(0).number, 1);
    QCOMPARE(st.components.at(0).pageHashes, (QStringList{QStringLiteral("bb01"), QStringLiteral("bb02")}));
    QCOMPARE(st.components.at(0).provenance, Provenance::OnlineSubmission);
    QCOMPARE(st.components.at(1).pageHashes, QStringList{QStringLiteral("bb03")});
}

void TestOnlineSubmission::acceptStartsTheClock()
{
    Script s(kCode);
    QList<Event> ev;
    ev << s.make(EventType::SubmittedOnline, QStringLiteral("portal"), Role::Counter, onlinePayload(), kPortalDevice);
    s.advance(3 * 3600);   // checked at the counter three hours later
    const QDateTime acceptedAt = s.now();
    ev << s.make(EventType::Received, QStringLiteral("c1"), Role::Counter, receivedPayload(), QStringLiteral("dev-A"));
    const DossierState st = replay(ev, StateMachine(fakeContext())).state;
    QCOMPARE(st.conflicts, 0);
    QCOMPARE(st.status, DossierStatus::Accepted);
    QCOMPARE(st.holder.login, QStringLiteral("c1"));
    QCOMPARE(st.receivedAt, acceptedAt);
    QCOMPARE(st.dueAt, acceptedAt.addDays(5));   // fakeDue: 5 days from acceptance, not from submission
    QCOMPARE(st.components.size(), 2);           // the online components stay
}

void TestOnlineSubmission::returnForSupplement()
{
    Script s(kCode);
    QList<Event> ev;
    ev << s.make(EventType::SubmittedOnline, QStringLiteral("portal"), Role::Counter, onlinePayload(), kPortalDevice);
    QJsonObject form02 = receivedPayload();
    form02.insert(QStringLiteral("reasons"), QJsonArray{QStringLiteral("missing")});
    ev << s.make(EventType::SupplementRequestedAtCounter, QStringLiteral("c1"), Role::Counter, form02, QStringLiteral("dev-A"));
    const DossierState st = replay(ev, StateMachine(fakeContext())).state;
    QCOMPARE(st.conflicts, 0);
    QCOMPARE(st.status, DossierStatus::SupplementRequired);
    QVERIFY(st.awaitsCounterSupplement());
    QVERIFY(!st.dueAt.isValid());
}

void TestOnlineSubmission::refusedOnAnExistingDossier()
{
    const StateMachine m(fakeContext());
    {
        // A second submission on the same code.
        Script s(kCode);
        const Event first = s.make(EventType::SubmittedOnline, QStringLiteral("portal"), Role::Counter, onlinePayload(), kPortalDevice);
        const Event again = s.make(EventType::SubmittedOnline, QStringLiteral("portal"), Role::Counter, onlinePayload(), kPortalDevice);
        const ReplayResult r = replay({first, again}, m);
        QCOMPARE(r.state.conflicts, 1);
        QCOMPARE(r.state.accepted, QList<QUuid>{first.uuid});
    }
    {
        // On a dossier received at the counter, in every later status.
        Script s(QStringLiteral("G12.18-260302-010001"));
        QList<Event> ev;
        ev << s.make(EventType::Received, QStringLiteral("c1"), Role::Counter);
        DossierState st = replay(ev, m).state;
        const Verdict v = m.check(st, s.make(EventType::SubmittedOnline, QStringLiteral("portal"), Role::Counter, onlinePayload(), kPortalDevice));
        QVERIFY(!v.allowed);
        QCOMPARE(v.reason, QStringLiteral("dossier.wrong-state"));
    }
    {
        // After a Form 02 brought back (status 1 as well).
        Script s(QStringLiteral("G12.18-260302-010002"));
        QList<Event> ev;
        ev << s.make(EventType::SupplementRequestedAtCounter, QStringLiteral("c1"), Role::Counter);
        ev << s.make(EventType::SupplementReceived, QStringLiteral("c1"), Role::Counter);
        DossierState st = replay(ev, m).state;
        QCOMPARE(st.status, DossierStatus::NewlyRegistered);
        const Verdict v = m.check(st, s.make(EventType::SubmittedOnline, QStringLiteral("portal"), Role::Counter, onlinePayload(), kPortalDevice));
        QCOMPARE(v.reason, QStringLiteral("dossier.wrong-state"));
    }
}

void TestOnlineSubmission::refusedWithoutItsFacts_data()
{
    QTest::addColumn<QString>("drop");
    QTest::newRow("procedure") << QStringLiteral("procedure");
    QTest::newRow("externalRef") << QStringLiteral("externalRef");
    QTest::newRow("applicant") << QStringLiteral("applicant");
    QTest::newRow("components") << QStringLiteral("components");
}

void TestOnlineSubmission::refusedWithoutItsFacts()
{
    QFETCH(QString, drop);
    QJsonObject p = onlinePayload();
    p.remove(drop);
    Script s(kCode);
    const Verdict v = StateMachine(fakeContext()).check(
        DossierState{}, s.make(EventType::SubmittedOnline, QStringLiteral("portal"), Role::Counter, p, kPortalDevice));
    QVERIFY(!v.allowed);
    QCOMPARE(v.reason, QStringLiteral("dossier.bad-payload"));

    QJsonObject badComponent = onlinePayload();
    badComponent.insert(QStringLiteral("components"), QJsonArray{QJsonObject{{QStringLiteral("number"), 0},
                                                                             {QStringLiteral("pages"), QJsonArray{}}}});
    QCOMPARE(StateMachine().check(DossierState{}, s.make(EventType::SubmittedOnline, QStringLiteral("portal"), Role::Counter,
                                                         badComponent, kPortalDevice))
                 .reason,
             QStringLiteral("dossier.bad-payload"));
}

void TestOnlineSubmission::onlyTheCounterRole()
{
    for (Role r : {Role::Processing, Role::Supervisor, Role::Admin}) {
        Script s(kCode);
        const Verdict v = StateMachine().check(
            DossierState{}, s.make(EventType::SubmittedOnline, QStringLiteral("portal"), r, onlinePayload(), kPortalDevice));
        QCOMPARE(v.reason, QStringLiteral("dossier.role-missing"));
    }
}

void TestOnlineSubmission::pagesAreReferenced()
{
    Script s(kCode);
    const Event online = s.make(EventType::SubmittedOnline, QStringLiteral("portal"), Role::Counter, onlinePayload(), kPortalDevice);
    QCOMPARE(eventlog::pagesReferenced(online),
             (QStringList{QStringLiteral("bb01"), QStringLiteral("bb02"), QStringLiteral("bb03")}));
    // The wire form keeps the type.
    const Result<Event> back = Event::fromJson(online.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->type, EventType::SubmittedOnline);
    QCOMPARE(*back, online);
}

void TestOnlineSubmission::portalDeviceNumber()
{
    const Result<DossierCode> code = DossierCode::parse(kCode);
    QVERIFY(code.ok());
    QCOMPARE(code->deviceNumber, kPortalDeviceNumber);
    QCOMPARE(code->toString(), kCode);
    // No counter PC mints 00: the minter refuses it (enrollment hands out 01–99).
    class One : public DaySequenceSource {
    public:
        Result<int> nextSequence(const QString &, const QDate &) override { return 1; }
    } one;
    QCOMPARE(DossierCodeMinter(QStringLiteral("G12.18"), QStringLiteral("d"), kPortalDeviceNumber)
                 .mint(QDate(2026, 3, 2), one).error().code,
             QStringLiteral("codes.bad-device-number"));
}

QTEST_GUILESS_MAIN(TestOnlineSubmission)
#include "tst_onlinesubmission.moc"
