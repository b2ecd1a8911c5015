// The rules of the event log in domain/dossier/EventLog (pure, no store): sealing an event of this
// device, and accepting one sealed elsewhere — idempotent by uuid and by (device, sequence), never
// a fork of a device chain; a pulled event on its office link (the next link of its receiving
// office's chain), another office's device on that link alone, a pulled copy of an own event.
#include "domain/audit/ChainHash.h"
#include "domain/dossier/EventLog.h"

#include <QtTest>

using namespace motcua;
using namespace motcua::eventlog;

namespace {

Event note(const QString &dossier, const QDateTime &at)
{
    Event e;
    e.dossier = dossier;
    e.type = EventType::NoteAdded;
    e.payload.insert(QStringLiteral("text"), QStringLiteral("ghi chú"));
    e.officer = QStringLiteral("c1");
    e.role = Role::Counter;
    e.office = QStringLiteral("G12.18");
    e.wallTime = at;
    return e;
}

} // namespace

class TestEventLog : public QObject {
    Q_OBJECT

private slots:
    void sealLocalFillsAndChains();
    void importAcceptsTheNextLinkOnly();
    void importIsIdempotentByUuidAndBySequence();
    void pulledEventsExtendTheirOfficeChain();
    void foreignDeviceAcceptedOnItsOfficeLink();
    void pulledCopyOfOwnEventSetsPortalFieldsOnce();
    void tombstoneFollowsTheDeviceChain();
};

void TestEventLog::sealLocalFillsAndChains()
{
    DossierState state;
    state.lastEvent = QUuid::createUuid();
    const QDateTime now(QDate(2026, 12, 6), QTime(10, 0, 0, 123), Qt::UTC);
    Event a = note(QStringLiteral("D1"), QDateTime(QDate(2026, 12, 6), QTime(17, 0, 0, 456), QTimeZone(7 * 3600)));
    a.portalSeq = 9;
    a.portalHash = "x";
    sealLocal(a, state, QStringLiteral("dev-A"), {}, now);
    QVERIFY(!a.uuid.isNull());
    QCOMPARE(a.parent, state.lastEvent);
    QCOMPARE(a.wallTime.timeSpec(), Qt::UTC);
    QCOMPARE(a.wallTime, QDateTime(QDate(2026, 12, 6), QTime(10, 0, 0, 456), Qt::UTC));
    QCOMPARE(a.device, QStringLiteral("dev-A"));
    QCOMPARE(a.portalSeq, qint64(0));
    QVERIFY(a.portalHash.isEmpty());
    QCOMPARE(a.deviceSeq, qint64(1));
    QCOMPARE(a.deviceHash, chain::deviceLink(chain::genesis(), a));

    Event b = note(QStringLiteral("D1"), {});
    sealLocal(b, state, QStringLiteral("dev-A"), {a.deviceSeq, a.deviceHash}, now);
    QCOMPARE(b.wallTime, now);
    QCOMPARE(b.deviceSeq, qint64(2));
    QCOMPARE(b.deviceHash, chain::deviceLink(a.deviceHash, b));
}

void TestEventLog::importAcceptsTheNextLinkOnly()
{
    const QDateTime now(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
    Event a = note(QStringLiteral("D1"), now);
    sealLocal(a, {}, QStringLiteral("dev-B"), {}, now);
    Event b = note(QStringLiteral("D1"), now);
    sealLocal(b, {}, QStringLiteral("dev-B"), {a.deviceSeq, a.deviceHash}, now);

    QCOMPARE(decideImport(a, std::nullopt, std::nullopt, {}).verdict, ImportVerdict::Accept);
    // b before a: a gap in dev-B's chain here.
    const ImportDecision gap = decideImport(b, std::nullopt, std::nullopt, {});
    QCOMPARE(gap.verdict, ImportVerdict::Refuse);
    QCOMPARE(gap.error->code, QStringLiteral("events.bad-link"));
    QCOMPARE(decideImport(b, std::nullopt, std::nullopt, {a.deviceSeq, a.deviceHash}).verdict, ImportVerdict::Accept);
    // Altered in transit: its hash no longer links.
    Event altered = b;
    altered.payload.insert(QStringLiteral("text"), QStringLiteral("sửa"));
    QCOMPARE(decideImport(altered, std::nullopt, std::nullopt, {a.deviceSeq, a.deviceHash}).verdict, ImportVerdict::Refuse);
}

void TestEventLog::importIsIdempotentByUuidAndBySequence()
{
    const QDateTime now(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
    Event a = note(QStringLiteral("D1"), now);
    sealLocal(a, {}, QStringLiteral("dev-C"), {}, now);
    const ChainHead afterA{a.deviceSeq, a.deviceHash};
    // The same event again (a retried push or pull): nothing to do.
    QCOMPARE(decideImport(a, a, a.uuid, afterA).verdict, ImportVerdict::AlreadyHere);
    // Same uuid, other content: refused, not overwritten.
    Event other = note(QStringLiteral("D2"), now);
    other.uuid = a.uuid;
    sealLocal(other, {}, QStringLiteral("dev-C"), {}, now);
    QCOMPARE(decideImport(other, a, a.uuid, afterA).verdict, ImportVerdict::Refuse);
    // Another uuid at a sequence already taken: a fork of dev-C's chain, refused.
    Event fork = note(QStringLiteral("D3"), now);
    sealLocal(fork, {}, QStringLiteral("dev-C"), {}, now);
    const ImportDecision d = decideImport(fork, std::nullopt, a.uuid, afterA);
    QCOMPARE(d.verdict, ImportVerdict::Refuse);
    QCOMPARE(d.error->code, QStringLiteral("events.seq-taken"));
}

void TestEventLog::pulledEventsExtendTheirOfficeChain()
{
    const QDateTime now(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
    Event a = note(QStringLiteral("G12.18-261206-020001"), now);
    sealLocal(a, {}, QStringLiteral("dev-B"), {}, now);
    Event b = note(QStringLiteral("G12.18-261206-020001"), now);
    sealLocal(b, {}, QStringLiteral("dev-B"), {a.deviceSeq, a.deviceHash}, now);
    chain::sealInOffice(a, 17, 1, {});
    chain::sealInOffice(b, 18, 2, a.portalHash);

    ImportContext here;
    QCOMPARE(decideImport(a, here).verdict, ImportVerdict::Accept);
    QVERIFY(decideImport(a, here).extendsDevice);
    QVERIFY(decideImport(a, here).extendsOffice);
    // b before a: a gap in the office chain (and in dev-B's) here.
    ImportDecision d = decideImport(b, here);
    QCOMPARE(d.verdict, ImportVerdict::Refuse);
    QCOMPARE(d.error->code, QStringLiteral("events.bad-link"));
    QVERIFY(d.error->detail.contains(QStringLiteral("office G12.18 seq 2")));
    here.deviceHead = {a.deviceSeq, a.deviceHash};
    here.officeHead = {a.officeSeq, a.portalHash};
    QCOMPARE(decideImport(b, here).verdict, ImportVerdict::Accept);
    // A forged office link (content unchanged, so the device chain alone would accept it).
    Event forged = b;
    forged.portalHash = chain::officeLink(chain::genesis(), 2, 18, b);
    QCOMPARE(decideImport(forged, here).verdict, ImportVerdict::Refuse);
    // The portal sequence is covered by the link too.
    forged = b;
    forged.portalSeq = 19;
    QCOMPARE(decideImport(forged, here).verdict, ImportVerdict::Refuse);
    // Another uuid at this office place: a fork of the office chain.
    here.uuidAtOfficeSeq = QUuid::createUuid();
    d = decideImport(b, here);
    QCOMPARE(d.verdict, ImportVerdict::Refuse);
    QCOMPARE(d.error->code, QStringLiteral("events.office-seq-taken"));
}

void TestEventLog::foreignDeviceAcceptedOnItsOfficeLink()
{
    // A province supervisor's device (dev-P) acted on this commune's dossier as its 5th event; the
    // commune sees none of its other events.
    const QDateTime now(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
    Event p = note(QStringLiteral("G12.18-261206-010001"), now);
    p.office = QStringLiteral("H55");
    p.role = Role::Supervisor;
    sealLocal(p, {}, QStringLiteral("dev-P"), {4, QByteArray(32, 'p')}, now);
    QCOMPARE(p.deviceSeq, qint64(5));
    const QByteArray officePrev(32, 'o');
    chain::sealInOffice(p, 90, 12, officePrev);

    ImportContext here;
    here.officeHead = {11, officePrev};
    here.ownOfficeDevice = false;
    const ImportDecision d = decideImport(p, here);
    QCOMPARE(d.verdict, ImportVerdict::Accept);
    QVERIFY(!d.extendsDevice); // the store keeps no head for a chain it sees in part
    QVERIFY(d.extendsOffice);
    // Its office link is still checked.
    here.officeHead = {10, officePrev};
    QCOMPARE(decideImport(p, here).verdict, ImportVerdict::Refuse);
    // The same event for a workspace of the province (dev-P is its own office's device): its device
    // chain must be complete here.
    here.officeHead = {11, officePrev};
    here.ownOfficeDevice = true;
    QCOMPARE(decideImport(p, here).verdict, ImportVerdict::Refuse);
    here.deviceHead = {4, QByteArray(32, 'p')};
    QCOMPARE(decideImport(p, here).verdict, ImportVerdict::Accept);
    // Without portal fields (a bundle), an event must extend its device chain whoever's it is.
    Event local = p;
    local.portalSeq = 0;
    local.officeSeq = 0;
    local.portalHash.clear();
    here.ownOfficeDevice = false;
    here.deviceHead = {};
    QCOMPARE(decideImport(local, here).verdict, ImportVerdict::Refuse);
}

void TestEventLog::pulledCopyOfOwnEventSetsPortalFieldsOnce()
{
    const QDateTime now(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
    Event mine = note(QStringLiteral("G12.18-261206-010001"), now);
    sealLocal(mine, {}, QStringLiteral("dev-A"), {}, now);
    Event pulled = mine;
    chain::sealInOffice(pulled, 5, 3, QByteArray(32, 'h'));

    ImportContext here;
    here.storedWithUuid = mine; // stored without portal fields: the push reply was lost
    here.uuidAtSeq = mine.uuid;
    here.deviceHead = {mine.deviceSeq, mine.deviceHash};
    here.officeHead = {2, QByteArray(32, 'h')};
    ImportDecision d = decideImport(pulled, here);
    QCOMPARE(d.verdict, ImportVerdict::SetPortal);
    QVERIFY(d.extendsOffice);
    // Pulled again once set: nothing to do.
    here.storedWithUuid = pulled;
    here.uuidAtOfficeSeq = pulled.uuid;
    QCOMPARE(decideImport(pulled, here).verdict, ImportVerdict::AlreadyHere);
    // Other portal fields than those stored: refused, they are set once.
    Event other = mine;
    chain::sealInOffice(other, 6, 4, pulled.portalHash);
    d = decideImport(other, here);
    QCOMPARE(d.verdict, ImportVerdict::Refuse);
    QCOMPARE(d.error->code, QStringLiteral("events.portal-mismatch"));
    // Stored unsynced, but the pulled copy's office link does not extend the chain here.
    here.storedWithUuid = mine;
    here.uuidAtOfficeSeq.reset();
    here.officeHead = {1, QByteArray(32, 'h')};
    QCOMPARE(decideImport(pulled, here).verdict, ImportVerdict::Refuse);
    // The portal's form (a push: no portal fields considered) says AlreadyHere for the same event.
    QCOMPARE(decideImport(pulled, Event(pulled), mine.uuid, {mine.deviceSeq, mine.deviceHash}).verdict,
             ImportVerdict::AlreadyHere);
}

void TestEventLog::tombstoneFollowsTheDeviceChain()
{
    const Tombstone t{QUuid::createUuid(), QStringLiteral("dev-B"), 4, QByteArray(32, 't'), 12, QStringLiteral("auth.forbidden")};
    TombstoneContext here;
    here.ownDevice = QStringLiteral("dev-A");
    here.deviceHead = {3, QByteArray(32, 'h')};
    ImportDecision d = decideTombstone(t, here);
    QCOMPARE(d.verdict, ImportVerdict::Accept);
    QVERIFY(d.extendsDevice);
    // A gap before it, in a chain this office verifies: refused.
    here.deviceHead = {2, QByteArray(32, 'h')};
    QCOMPARE(decideTombstone(t, here).error->code, QStringLiteral("events.bad-link"));
    // Another office's device: recorded on the portal's word, no head.
    here.ownOfficeDevice = false;
    d = decideTombstone(t, here);
    QCOMPARE(d.verdict, ImportVerdict::Accept);
    QVERIFY(!d.extendsDevice);
    // The same again; another at its place; an event at its place; this device's own.
    here.storedAtSeq = t;
    QCOMPARE(decideTombstone(t, here).verdict, ImportVerdict::AlreadyHere);
    Tombstone other = t;
    other.uuid = QUuid::createUuid();
    QCOMPARE(decideTombstone(other, here).error->code, QStringLiteral("events.seq-taken"));
    here.storedAtSeq.reset();
    here.uuidAtSeq = QUuid::createUuid();
    QCOMPARE(decideTombstone(t, here).error->code, QStringLiteral("events.seq-taken"));
    here.ownDevice = t.device;
    QCOMPARE(decideTombstone(t, here).verdict, ImportVerdict::AlreadyHere);
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
