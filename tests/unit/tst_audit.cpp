// The device chains and the office chains: every kind of tampering (a changed field, deletion,
// insertion, reordering) at the start, in the middle and at the end is detected, on both kinds; a
// workspace verifies completely what it is entitled to see, and another office's device through
// its office links only.
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

// Seals `events` on the portal in list order: global portal sequence, and the next link of each
// event's receiving office chain.
void sealAllInOffices(QList<Event> &events, qint64 firstPortalSeq = 1)
{
    QHash<QString, QPair<qint64, QByteArray>> offices;
    for (qsizetype i = 0; i < events.size(); ++i) {
        auto &o = offices[chain::receivingOffice(events[i])];
        chain::sealInOffice(events[i], firstPortalSeq + i, o.first + 1, o.second);
        o = {events[i].officeSeq, events[i].portalHash};
    }
}

// 12 events by three devices (round robin) on two dossiers of two offices (even positions in
// G12.18's chain, odd ones in H55.242's), all accepted by the portal in list order.
QList<Event> sample()
{
    Script a(QStringLiteral("G12.18-260302-010001"));
    Script b(QStringLiteral("H55.242-260302-010002"));
    const QStringList devices{QStringLiteral("dev-A"), QStringLiteral("dev-B"), QStringLiteral("dev-C")};
    QList<Event> out;
    // One Script per dossier, but device chains must run across dossiers: reseal at the end.
    for (int i = 0; i < 12; ++i) {
        Script &s = i % 2 ? b : a;
        out << s.make(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter,
                      QJsonObject{{QStringLiteral("text"), QStringLiteral("ghi chú %1").arg(i)}}, devices[i % 3]);
    }
    QHash<QString, QPair<qint64, QByteArray>> heads;
    for (qsizetype i = 0; i < out.size(); ++i) {
        auto &h = heads[out[i].device];
        chain::sealOnDevice(out[i], h.first, h.second);
        h = {out[i].deviceSeq, out[i].deviceHash};
    }
    sealAllInOffices(out);
    return out;
}

ChainExpectations headsOf(const QList<Event> &events)
{
    ChainExpectations x;
    for (const Event &e : events) {
        x.deviceHeads[e.device] = ChainHead{e.deviceSeq, e.deviceHash};
        if (e.officeSeq > x.officeHeads.value(chain::receivingOffice(e)).seq)
            x.officeHeads[chain::receivingOffice(e)] = ChainHead{e.officeSeq, e.portalHash};
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
    void canonicalBytesEqualTheGenericWriter();
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
    void reorderingOfficeChain_data();
    void reorderingOfficeChain();
    void forgedEndWithRecomputedHashes();
    void foreignDeviceSeenThroughOfficeLinks();
    void officeChainPastItsHead();
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
        e.officeSeq = 0;
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

// Event::canonicalBytes writes its members by hand: byte for byte what canonicalJson writes for the
// same fields as an object (the way it was computed before), with a parent and without one, with
// text that needs escaping and outside the Latin range, a long sequence number.
void TestAudit::canonicalBytesEqualTheGenericWriter()
{
    QList<Event> events = sample();
    Event odd = events.first();
    odd.officer = QStringLiteral("Nguyễn \"Văn\"\\ A\n\t\x01");
    odd.office = QString();
    odd.deviceSeq = 9007199254740991LL;
    odd.parent = QUuid::createUuid();
    odd.payload = QJsonObject{{QStringLiteral("ghi chú"), QStringLiteral("đ\u0000")}, {QStringLiteral("B"), 1e21}};
    events << odd;
    for (const Event &e : std::as_const(events)) {
        QJsonObject o;
        o.insert(QStringLiteral("uuid"), uuidText(e.uuid));
        o.insert(QStringLiteral("dossier"), e.dossier);
        o.insert(QStringLiteral("type"), eventTypeName(e.type));
        o.insert(QStringLiteral("payload"), e.payload);
        o.insert(QStringLiteral("officer"), e.officer);
        o.insert(QStringLiteral("role"), roleName(e.role));
        o.insert(QStringLiteral("office"), e.office);
        o.insert(QStringLiteral("device"), e.device);
        o.insert(QStringLiteral("deviceSeq"), double(e.deviceSeq));
        o.insert(QStringLiteral("wallTime"), isoUtcMs(e.wallTime));
        o.insert(QStringLiteral("parent"), uuidText(e.parent));
        QCOMPARE(e.canonicalBytes(), canonicalJson(o));
    }
}

void TestAudit::canonicalJsonSortsAndEscapes()
{
    QJsonObject o;
    o.insert(QStringLiteral("b"), QStringLiteral("x\"y\\z\n\t\x01"));
    o.insert(QStringLiteral("B"), 2);
    o.insert(QStringLiteral("a"), QJsonObject{{QStringLiteral("y"), 1e21}, {QStringLiteral("x"), -0.25}});
    QCOMPARE(canonicalJson(o), QByteArray("{\"B\":2,\"a\":{\"x\":-0.25,\"y\":1e+21},\"b\":\"x\\\"y\\\\z\\n\\t\\u0001\"}"));
    // Escapes first, last and side by side, between runs of text written whole (UTF-8 kept as is).
    QCOMPARE(canonicalJson(QJsonValue(QStringLiteral("\x1f\"Lê Văn\\\r\bHùng\f\x7f\""))),
             QByteArray("\"\\u001f\\\"L\xc3\xaa V\xc4\x83n\\\\\\r\\bH\xc3\xb9ng\\f\x7f\\\"\""));
    QCOMPARE(canonicalJson(QJsonValue(QString())), QByteArray("\"\""));
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
        e.dossier = chain::receivingOffice(e) + QStringLiteral("-260302-010009"); // same office chain
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
    QVERIFY2(broke(r, ChainKind::Office), "office chain");
    QCOMPARE(breakOf(r, ChainKind::Office)->index, qsizetype(index));
    QCOMPARE(breakOf(r, ChainKind::Office)->kind, BreakKind::HashMismatch);
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
    QVERIFY(broke(r, ChainKind::Office));
    const ChainBreak *d = breakOf(r, ChainKind::Device);
    QCOMPARE(d->device, removed.device);
    QCOMPARE(d->seq, removed.deviceSeq);
    QCOMPARE(d->kind, index == 11 ? BreakKind::Truncated : BreakKind::SequenceGap);
    const ChainBreak *p = breakOf(r, ChainKind::Office);
    QCOMPARE(p->office, chain::receivingOffice(removed));
    QCOMPARE(p->seq, removed.officeSeq);
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
    // A forged event claiming the place of an existing one (same device and office sequences).
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
    QVERIFY(broke(r, ChainKind::Office));
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
    QVERIFY(broke(r, ChainKind::Office));
}

void TestAudit::reorderingOfficeChain_data()
{
    deletion_data();
}

void TestAudit::reorderingOfficeChain()
{
    // Swap the office places of two events of one office (positions first and first + 2).
    QFETCH(int, index);
    QList<Event> ev = sample();
    const ChainExpectations heads = headsOf(ev);
    const int first = index == 11 ? 9 : index;
    QCOMPARE(chain::receivingOffice(ev[first]), chain::receivingOffice(ev[first + 2]));
    const qint64 lower = ev[first].officeSeq;
    std::swap(ev[first].officeSeq, ev[first + 2].officeSeq);
    const ChainReport r = ChainVerifier::verify(ev, heads);
    QVERIFY(!r.ok());
    QVERIFY(broke(r, ChainKind::Office));
    QCOMPARE(breakOf(r, ChainKind::Office)->seq, lower);
    QVERIFY(!broke(r, ChainKind::Device)); // the office places are not part of the device chain
    // Swapping the office links along with the places does not help either.
    ev = sample();
    std::swap(ev[first].officeSeq, ev[first + 2].officeSeq);
    std::swap(ev[first].portalHash, ev[first + 2].portalHash);
    QVERIFY(broke(ChainVerifier::verify(ev, heads), ChainKind::Office));
}

void TestAudit::forgedEndWithRecomputedHashes()
{
    // Someone who knows the algorithm appends a well-formed event at the end of both chains: the
    // recorded heads (chain_heads and office_heads beside the events) expose it.
    QList<Event> ev = sample();
    const ChainExpectations heads = headsOf(ev);
    Event forged = ev.last();
    forged.uuid = QUuid::createUuid();
    forged.parent = ev.last().uuid;
    chain::sealOnDevice(forged, ev.last().deviceSeq, ev.last().deviceHash);
    chain::sealInOffice(forged, ev.last().portalSeq + 1, ev.last().officeSeq + 1, ev.last().portalHash);
    ev << forged;
    QVERIFY(ChainVerifier::verify(ev).ok()); // the hashes alone cannot tell
    const ChainReport r = ChainVerifier::verify(ev, heads);
    QVERIFY(!r.ok());
    QCOMPARE(breakOf(r, ChainKind::Device)->kind, BreakKind::BeyondHead);
    QCOMPARE(breakOf(r, ChainKind::Device)->event, forged.uuid);
    QCOMPARE(breakOf(r, ChainKind::Office)->kind, BreakKind::BeyondHead);
}

void TestAudit::foreignDeviceSeenThroughOfficeLinks()
{
    // A commune (G12.18) workspace: its counter device dev-G, and a province supervisor's device
    // dev-P (office H55) that acts on many offices' dossiers; this workspace sees only dev-P's
    // events on G12.18's dossiers (here its sequences 3 and 7), each through G12.18's office chain.
    Script commune(QStringLiteral("G12.18-260302-010001"));
    QList<Event> ev;
    ev << commune.make(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter, {}, QStringLiteral("dev-G"));
    Event p3 = commune.make(EventType::NoteAdded, QStringLiteral("sp"), Role::Supervisor, {}, QStringLiteral("dev-P"),
                            QStringLiteral("H55"));
    chain::sealOnDevice(p3, 2, QByteArray(32, 'x')); // its 3rd event: two others elsewhere
    ev << p3;
    ev << commune.make(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter, {}, QStringLiteral("dev-G"));
    Event p7 = commune.make(EventType::NoteAdded, QStringLiteral("sp"), Role::Supervisor, {}, QStringLiteral("dev-P"),
                            QStringLiteral("H55"));
    chain::sealOnDevice(p7, 6, QByteArray(32, 'y'));
    ev << p7;
    sealAllInOffices(ev, 40);
    // A local event of dev-G not synced yet: device chain only.
    ev << commune.make(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter, {}, QStringLiteral("dev-G"));
    ChainExpectations heads = headsOf(ev);
    heads.deviceHeads.remove(QStringLiteral("dev-P")); // the store keeps heads of complete chains only
    const ChainScope scope{QStringLiteral("G12.18"), {QStringLiteral("G12.18")}};
    ChainReport r = ChainVerifier::verify(ev, heads, scope);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.first()->describe()));

    // dev-P's events changed: caught by the office chain, not reported as device-chain gaps.
    QList<Event> tampered = ev;
    tampered[3].payload.insert(QStringLiteral("text"), QStringLiteral("sửa"));
    r = ChainVerifier::verify(tampered, heads, scope);
    QVERIFY(!r.ok());
    QCOMPARE(r.breaks.size(), 1);
    QCOMPARE(r.first()->chain, ChainKind::Office);
    QCOMPARE(r.first()->kind, BreakKind::HashMismatch);
    QCOMPARE(r.first()->event, ev[3].uuid);
    QCOMPARE(r.first()->office, QStringLiteral("G12.18"));
    // Deleted: the office chain's gap.
    tampered = ev;
    tampered.removeAt(1);
    r = ChainVerifier::verify(tampered, heads, scope);
    QCOMPARE(r.breaks.size(), 1);
    QCOMPARE(r.first()->kind, BreakKind::SequenceGap);
    QCOMPARE(r.first()->seq, ev[1].officeSeq);

    // Where dev-P IS of the workspace's office (the province centre H55), its chain is verified
    // completely, and the events missing here are a gap.
    const ChainScope province{QStringLiteral("H55"), {QStringLiteral("H55"), QStringLiteral("G12.18")}};
    r = ChainVerifier::verify(ev, headsOf(ev), province);
    QVERIFY(!r.ok());
    QCOMPARE(r.first()->chain, ChainKind::Device);
    QCOMPARE(r.first()->device, QStringLiteral("dev-P"));
    QCOMPARE(r.first()->kind, BreakKind::SequenceGap);
    // And with no scope at all (a stand-alone workspace), every chain is complete.
    QVERIFY(!ChainVerifier::verify(ev, headsOf(ev)).ok());
}

void TestAudit::officeChainPastItsHead()
{
    QList<Event> ev = sample(); // G12.18 at officeSeq 1..6, H55.242 at 1..6
    ChainExpectations heads = headsOf(ev);
    // A push reply recorded G12.18's officeSeq 9 for an event of this device; 7 and 8 (another
    // device's) are not pulled yet: past the head, that is not a gap.
    Script a(QStringLiteral("G12.18-260302-010001"));
    Event pushed = a.make(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter, {}, QStringLiteral("dev-Z"));
    chain::sealInOffice(pushed, 30, 9, QByteArray(32, 'q'));
    ev << pushed;
    heads.deviceHeads[pushed.device] = ChainHead{pushed.deviceSeq, pushed.deviceHash};
    ChainReport r = ChainVerifier::verify(ev, heads);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.first()->describe()));
    // Below the head it is one: G12.18's officeSeq 4 deleted.
    QList<Event> gap = ev;
    gap.removeAt(6); // position 6: G12.18's 4th
    r = ChainVerifier::verify(gap, heads);
    QVERIFY(broke(r, ChainKind::Office));
    QCOMPARE(breakOf(r, ChainKind::Office)->kind, BreakKind::SequenceGap);
    QCOMPARE(breakOf(r, ChainKind::Office)->seq, qint64(4));
    // An office chain the workspace is not entitled to (seen in part) is checked link by link only:
    // H55.242's 4th deleted is no finding there, but a changed event still is.
    const ChainScope commune{QStringLiteral("G12.18"), {QStringLiteral("G12.18")}};
    ChainExpectations noH = heads;
    noH.officeHeads.remove(QStringLiteral("H55.242"));
    QList<Event> partial = ev;
    partial.removeAt(7); // H55.242's 4th
    r = ChainVerifier::verify(partial, noH, commune);
    QVERIFY2(!broke(r, ChainKind::Office), r.ok() ? "" : qPrintable(r.first()->describe()));
    QCOMPARE(partial[10].officeSeq, qint64(6)); // H55.242's 6th: its predecessor (5th) is here
    partial[10].payload.insert(QStringLiteral("text"), QStringLiteral("sửa"));
    r = ChainVerifier::verify(partial, noH, commune);
    QVERIFY(broke(r, ChainKind::Office));
    QCOMPARE(breakOf(r, ChainKind::Office)->office, QStringLiteral("H55.242"));
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
