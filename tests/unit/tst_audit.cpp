// The device chain and the portal chain: every kind of tampering (a changed field, deletion,
// insertion, reordering) at the start, in the middle and at the end is detected, on both chains.
#include "tst_statemachine_builder.h"

#include "domain/audit/ChainHash.h"
#include "domain/audit/ChainVerifier.h"
#include "domain/dossier/CanonicalJson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

#include <functional>

using namespace motcua;
using namespace motcua::testing;

namespace {

// 12 events by three devices (round robin) on two dossiers, all accepted by the portal in list order.
QList<Event> sample()
{
    Script a(QStringLiteral("G12.18-260302-010001"));
    Script b(QStringLiteral("G12.18-260302-010002"));
    const QStringList devices{QStringLiteral("dev-A"), QStringLiteral("dev-B"), QStringLiteral("dev-C")};
    QList<Event> out;
    // One Script per dossier, but device chains must run across dossiers: reseal at the end.
    for (int i = 0; i < 12; ++i) {
        Script &s = i % 2 ? b : a;
        out << s.make(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter,
                      QJsonObject{{QStringLiteral("text"), QStringLiteral("ghi chú %1").arg(i)}}, devices[i % 3]);
    }
    QHash<QString, QPair<qint64, QByteArray>> heads;
    QByteArray portalPrev;
    for (qsizetype i = 0; i < out.size(); ++i) {
        auto &h = heads[out[i].device];
        chain::sealOnDevice(out[i], h.first, h.second);
        h = {out[i].deviceSeq, out[i].deviceHash};
        chain::sealOnPortal(out[i], i + 1, portalPrev);
        portalPrev = out[i].portalHash;
    }
    return out;
}

ChainExpectations headsOf(const QList<Event> &events)
{
    ChainExpectations x;
    for (const Event &e : events) {
        x.deviceHeads[e.device] = ChainHead{e.deviceSeq, e.deviceHash};
        if (!x.portalHead || e.portalSeq > x.portalHead->seq)
            x.portalHead = ChainHead{e.portalSeq, e.portalHash};
    }
    return x;
}

bool broke(const ChainReport &r, ChainKind chain)
{
    for (const ChainBreak &b : r.breaks) {
        if (b.chain == chain)
            return true;
    }
    return false;
}

const ChainBreak *breakOf(const ChainReport &r, ChainKind chain)
{
    for (const ChainBreak &b : r.breaks) {
        if (b.chain == chain)
            return &b;
    }
    return nullptr;
}

using Edit = std::function<void(Event &)>;

} // namespace

class TestAudit : public QObject {
    Q_OBJECT
private slots:
    void intactChainsVerify();
    void canonicalBytesAreStable();
    void canonicalJsonSortsAndEscapes();
    void jsonCodecRoundTrip();
    void isoTimesMatchQt();
    void fieldTampering_data();
    void fieldTampering();
    void deletion_data();
    void deletion();
    void insertion_data();
    void insertion();
    void reorderingDeviceChain_data();
    void reorderingDeviceChain();
    void reorderingPortalChain_data();
    void reorderingPortalChain();
    void forgedEndWithRecomputedHashes();
    void describeNamesTheEvent();
};

void TestAudit::intactChainsVerify()
{
    const QList<Event> ev = sample();
    const ChainReport r = ChainVerifier::verify(ev, headsOf(ev));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.first()->describe()));
    QCOMPARE(r.eventsChecked, qsizetype(12));
    // Unsynced events only have the device chain.
    QList<Event> local = ev;
    for (Event &e : local) {
        e.portalSeq = 0;
        e.portalHash.clear();
    }
    QVERIFY(ChainVerifier::verify(local).ok());
}

void TestAudit::canonicalBytesAreStable()
{
    const Event e = sample().first();
    const QByteArray bytes = e.canonicalBytes();
    QVERIFY(bytes.startsWith("{\"device\":\"dev-A\",\"deviceSeq\":1,\"dossier\":\"G12.18-260302-010001\","));
    QVERIFY(bytes.contains("\"wallTime\":\"2026-03-02T02:00:00.000Z\""));
    QVERIFY(!bytes.contains(' ') || bytes.contains("ghi chú")); // whitespace only inside strings
    QVERIFY(bytes.contains(QStringLiteral("ghi chú 0").toUtf8()));     // UTF-8, not \u escapes
    // Independent of the order fields were inserted into the payload.
    Event f = e;
    QJsonObject p;
    p.insert(QStringLiteral("z"), 1);
    p.insert(QStringLiteral("a"), QJsonArray{1.5, true, QJsonValue()});
    f.payload = p;
    Event g = e;
    QJsonObject q;
    q.insert(QStringLiteral("a"), QJsonArray{1.5, true, QJsonValue()});
    q.insert(QStringLiteral("z"), 1);
    g.payload = q;
    QCOMPARE(f.canonicalBytes(), g.canonicalBytes());
    QVERIFY(f.canonicalBytes().contains("\"payload\":{\"a\":[1.5,true,null],\"z\":1}"));
}

void TestAudit::canonicalJsonSortsAndEscapes()
{
    QJsonObject o;
    o.insert(QStringLiteral("b"), QStringLiteral("x\"y\\z\n\t\x01"));
    o.insert(QStringLiteral("B"), 2);
    o.insert(QStringLiteral("a"), QJsonObject{{QStringLiteral("y"), 1e21}, {QStringLiteral("x"), -0.25}});
    QCOMPARE(canonicalJson(o), QByteArray("{\"B\":2,\"a\":{\"x\":-0.25,\"y\":1e+21},\"b\":\"x\\\"y\\\\z\\n\\t\\u0001\"}"));
}

void TestAudit::jsonCodecRoundTrip()
{
    for (const Event &e : sample()) {
        const QJsonObject j = e.toJson();
        const auto back = Event::fromJson(QJsonDocument::fromJson(QJsonDocument(j).toJson()).object());
        QVERIFY(back.ok());
        QCOMPARE(*back, e);
        QCOMPARE(back->canonicalBytes(), e.canonicalBytes());
    }
    QCOMPARE(Event::fromJson(QJsonObject{}).error().code, QStringLiteral("event.bad-json"));
}

void TestAudit::isoTimesMatchQt()
{
    // isoUtcMs is hand-written for speed: it must print exactly what Qt prints, and parse back.
    QRandomGenerator rng(42);
    QList<qint64> samples{0, -1, 1, 86399999, 86400000, -86400001, 951782400000 /* 2000-02-29 */, 4102444799999};
    for (int i = 0; i < 20000; ++i)
        samples << qint64(rng.bounded(8000000)) * 1000000 - 2000000000000LL + rng.bounded(1000000);
    for (qint64 ms : samples) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QString expected = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
        QCOMPARE(isoUtcMs(t), expected);
        QCOMPARE(parseIsoUtcMs(expected), t);
    }
    QCOMPARE(isoUtcMs(QDateTime()), QString());
}

void TestAudit::fieldTampering_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("field");
    const QStringList fields{QStringLiteral("payload"), QStringLiteral("wallTime"), QStringLiteral("officer"),
                             QStringLiteral("role"),    QStringLiteral("office"),   QStringLiteral("type"),
                             QStringLiteral("dossier"), QStringLiteral("parent"),   QStringLiteral("uuid"),
                             QStringLiteral("device")};
    for (int index : {0, 6, 11}) {
        for (const QString &f : fields)
            QTest::addRow("%s at %d", qPrintable(f), index) << index << f;
    }
}

void TestAudit::fieldTampering()
{
    QFETCH(int, index);
    QFETCH(QString, field);
    QList<Event> ev = sample();
    const ChainExpectations heads = headsOf(ev);
    Event &e = ev[index];
    if (field == QLatin1String("payload"))
        e.payload.insert(QStringLiteral("text"), QStringLiteral("sửa"));
    else if (field == QLatin1String("wallTime"))
        e.wallTime = e.wallTime.addMSecs(1);
    else if (field == QLatin1String("officer"))
        e.officer = QStringLiteral("mallory");
    else if (field == QLatin1String("role"))
        e.role = Role::Supervisor;
    else if (field == QLatin1String("office"))
        e.office = QStringLiteral("H55.242");
    else if (field == QLatin1String("type"))
        e.type = EventType::Approved;
    else if (field == QLatin1String("dossier"))
        e.dossier = QStringLiteral("G12.18-260302-010009");
    else if (field == QLatin1String("parent"))
        e.parent = QUuid::createUuid();
    else if (field == QLatin1String("uuid"))
        e.uuid = QUuid::createUuid();
    else if (field == QLatin1String("device"))
        e.device = QStringLiteral("dev-A"); // moved to another device's chain (or same one, for dev-A)
    if (field == QLatin1String("device") && ev[index].device == sample()[index].device)
        e.device = QStringLiteral("dev-B");
    const ChainReport r = ChainVerifier::verify(ev, heads);
    QVERIFY(!r.ok());
    QVERIFY2(broke(r, ChainKind::Device), "device chain");
    QVERIFY2(broke(r, ChainKind::Portal), "portal chain");
    QCOMPARE(breakOf(r, ChainKind::Portal)->index, qsizetype(index));
    QCOMPARE(breakOf(r, ChainKind::Portal)->kind, BreakKind::HashMismatch);
    if (field != QLatin1String("device")) {
        QCOMPARE(r.first()->index, qsizetype(index));
        QCOMPARE(r.first()->kind, BreakKind::HashMismatch);
        QCOMPARE(r.first()->event, e.uuid);
    }
}

void TestAudit::deletion_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("start") << 0;
    QTest::newRow("middle") << 6;
    QTest::newRow("end") << 11;
}

void TestAudit::deletion()
{
    QFETCH(int, index);
    QList<Event> ev = sample();
    const ChainExpectations heads = headsOf(ev);
    const Event removed = ev.takeAt(index);
    const ChainReport r = ChainVerifier::verify(ev, heads);
    QVERIFY(!r.ok());
    QVERIFY(broke(r, ChainKind::Device));
    QVERIFY(broke(r, ChainKind::Portal));
    const ChainBreak *d = breakOf(r, ChainKind::Device);
    QCOMPARE(d->device, removed.device);
    QCOMPARE(d->seq, removed.deviceSeq);
    QCOMPARE(d->kind, index == 11 ? BreakKind::Truncated : BreakKind::SequenceGap);
    const ChainBreak *p = breakOf(r, ChainKind::Portal);
    QCOMPARE(p->seq, removed.portalSeq);
    QCOMPARE(p->kind, index == 11 ? BreakKind::Truncated : BreakKind::SequenceGap);
    // Without the recorded heads, deleting the newest events is invisible to a hash chain: that is
    // exactly why the store keeps them.
    if (index == 11)
        QVERIFY(ChainVerifier::verify(ev).ok());
}

void TestAudit::insertion_data()
{
    deletion_data();
}

void TestAudit::insertion()
{
    // A forged event claiming the place of an existing one (same device sequence and portal number).
    QFETCH(int, index);
    QList<Event> ev = sample();
    const ChainExpectations heads = headsOf(ev);
    Event forged = ev[index];
    forged.uuid = QUuid::createUuid();
    forged.payload.insert(QStringLiteral("text"), QStringLiteral("giả"));
    forged.deviceHash = chain::deviceLink(chain::genesis(), forged);
    ev.insert(index + 1, forged);
    const ChainReport r = ChainVerifier::verify(ev, heads);
    QVERIFY(!r.ok());
    QVERIFY(broke(r, ChainKind::Device));
    QVERIFY(broke(r, ChainKind::Portal));
    QCOMPARE(breakOf(r, ChainKind::Device)->event, forged.uuid);
    QCOMPARE(breakOf(r, ChainKind::Device)->kind, BreakKind::Reordered);
}

void TestAudit::reorderingDeviceChain_data()
{
    deletion_data();
}

void TestAudit::reorderingDeviceChain()
{
    // Swap an event with the next event of the same device in the stored order.
    QFETCH(int, index);
    QList<Event> ev = sample();
    const ChainExpectations heads = headsOf(ev);
    const int first = index == 11 ? 8 : index; // the end: dev-C's last two are at 8 and 11
    const int second = first + 3;
    QCOMPARE(ev[first].device, ev[second].device);
    ev.swapItemsAt(first, second);
    ChainReport r = ChainVerifier::verify(ev, heads);
    QVERIFY(!r.ok());
    QCOMPARE(breakOf(r, ChainKind::Device)->kind, BreakKind::Reordered);
    QCOMPARE(breakOf(r, ChainKind::Device)->index, qsizetype(first));
    // Swapping their sequence numbers too (so the stored order looks right) breaks the hashes instead,
    // on both chains since the sequence is part of what both hash.
    ev = sample();
    std::swap(ev[first].deviceSeq, ev[second].deviceSeq);
    ev.swapItemsAt(first, second);
    r = ChainVerifier::verify(ev, heads);
    QVERIFY(!r.ok());
    QCOMPARE(breakOf(r, ChainKind::Device)->kind, BreakKind::HashMismatch);
    QVERIFY(broke(r, ChainKind::Portal));
}

void TestAudit::reorderingPortalChain_data()
{
    deletion_data();
}

void TestAudit::reorderingPortalChain()
{
    QFETCH(int, index);
    QList<Event> ev = sample();
    const ChainExpectations heads = headsOf(ev);
    const int first = index == 11 ? 10 : index;
    std::swap(ev[first].portalSeq, ev[first + 1].portalSeq);
    const ChainReport r = ChainVerifier::verify(ev, heads);
    QVERIFY(!r.ok());
    QVERIFY(broke(r, ChainKind::Portal));
    QCOMPARE(breakOf(r, ChainKind::Portal)->seq, qint64(first + 1));
    // Swapping the portal hashes along with the numbers does not help either.
    ev = sample();
    std::swap(ev[first].portalSeq, ev[first + 1].portalSeq);
    std::swap(ev[first].portalHash, ev[first + 1].portalHash);
    QVERIFY(broke(ChainVerifier::verify(ev, heads), ChainKind::Portal));
}

void TestAudit::forgedEndWithRecomputedHashes()
{
    // Someone who knows the algorithm appends a well-formed event at the end of both chains: the
    // recorded heads (chain_heads beside the events, the sync cursor) expose it.
    QList<Event> ev = sample();
    const ChainExpectations heads = headsOf(ev);
    Event forged = ev.last();
    forged.uuid = QUuid::createUuid();
    forged.parent = ev.last().uuid;
    chain::sealOnDevice(forged, ev.last().deviceSeq, ev.last().deviceHash);
    chain::sealOnPortal(forged, ev.last().portalSeq + 1, ev.last().portalHash);
    ev << forged;
    QVERIFY(ChainVerifier::verify(ev).ok()); // the hashes alone cannot tell
    const ChainReport r = ChainVerifier::verify(ev, heads);
    QVERIFY(!r.ok());
    QCOMPARE(breakOf(r, ChainKind::Device)->kind, BreakKind::BeyondHead);
    QCOMPARE(breakOf(r, ChainKind::Device)->event, forged.uuid);
    QCOMPARE(breakOf(r, ChainKind::Portal)->kind, BreakKind::BeyondHead);
}

void TestAudit::describeNamesTheEvent()
{
    QList<Event> ev = sample();
    ev[3].officer = QStringLiteral("x");
    const ChainReport r = ChainVerifier::verify(ev);
    const QString line = r.first()->describe();
    QVERIFY(line.contains(uuidText(ev[3].uuid)));
    QVERIFY(line.contains(QStringLiteral("device chain hash-mismatch")));
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
