// The rules of the event log in domain/dossier/EventLog (pure, no store): sealing an event of this
// device, and accepting one sealed elsewhere — idempotent by uuid and by (device, sequence), never
// a fork of a device chain.
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

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
