// The office chains across workspaces, at the store level: two or three real encrypted
// workspaces and a tiny test-side "portal" built from the domain's own rules (eventlog::decideImport
// for a push, chain::sealInOffice for acceptance, the change feed in portal order). Conflicts are
// decided in the portal's order and recomputed when it becomes known, so both devices show the same
// merge and the same flags; another office's device is accepted on its office link; tampering
// with a pulled event, or deleting the newest one, is caught. (The HTTP version comes with the sync
// engine and the reference portal.)
#include "tst_statemachine_builder.h"

#include "db/Database.h"
#include "db/DossierStateStore.h"
#include "db/EventStore.h"
#include "db/SqlTransaction.h"
#include "domain/audit/ChainHash.h"
#include "domain/calendar/WorkingCalendar.h"
#include "domain/dossier/CalendarBinding.h"
#include "domain/dossier/EventLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::testing;

namespace {

const QString kCommune = QStringLiteral("G12.18");
const QString kProvince = QStringLiteral("H55");
const QDate kDay(2026, 12, 7);

// The portal's side of the protocol, in memory: accepted events in portal order, per-device and
// per-office heads. What portal/ does with PostgreSQL, reduced to the domain calls.
class TestPortal {
public:
    struct Reply {
        QUuid uuid;
        qint64 portalSeq = 0;
        qint64 officeSeq = 0;
        QByteArray portalHash;
        QString error;
    };

    Reply push(const Event &sent)
    {
        Event e = sent;
        e.portalSeq = 0;
        e.officeSeq = 0;
        e.portalHash.clear();
        std::optional<Event> stored;
        if (auto it = m_byUuid.constFind(e.uuid); it != m_byUuid.cend())
            stored = m_events[*it];
        std::optional<QUuid> atSeq;
        if (auto it = m_bySeq.constFind({e.device, e.deviceSeq}); it != m_bySeq.cend())
            atSeq = *it;
        const eventlog::ImportDecision d = eventlog::decideImport(e, stored, atSeq, m_deviceHeads.value(e.device));
        if (d.verdict == eventlog::ImportVerdict::AlreadyHere)
            return replyFor(*stored);
        if (d.verdict != eventlog::ImportVerdict::Accept)
            return Reply{e.uuid, 0, 0, {}, d.error->code};
        eventlog::ChainHead &office = m_officeHeads[chain::receivingOffice(e)];
        chain::sealInOffice(e, m_events.size() + 1, office.seq + 1, office.hash);
        office = {e.officeSeq, e.portalHash};
        m_deviceHeads[e.device] = {e.deviceSeq, e.deviceHash};
        m_byUuid.insert(e.uuid, m_events.size());
        m_bySeq.insert({e.device, e.deviceSeq}, e.uuid);
        m_events << e;
        return replyFor(e);
    }

    // GET /sync/changes: every accepted event after the cursor whose receiving office is visible.
    QList<Event> changes(qint64 after, const QSet<QString> &visible) const
    {
        QList<Event> out;
        for (qsizetype i = after; i < m_events.size(); ++i) {
            if (visible.contains(chain::receivingOffice(m_events[i])))
                out << m_events[i];
        }
        return out;
    }
    qint64 cursor() const { return m_events.size(); }

private:
    static Reply replyFor(const Event &e) { return Reply{e.uuid, e.portalSeq, e.officeSeq, e.portalHash, {}}; }

    QList<Event> m_events;
    QHash<QUuid, qsizetype> m_byUuid;
    QHash<QPair<QString, qint64>, QUuid> m_bySeq;
    QHash<QString, eventlog::ChainHead> m_deviceHeads;
    QHash<QString, eventlog::ChainHead> m_officeHeads;
};

bool officeCovers(const QString &supervisor, const QString &dossier)
{
    return supervisor == kProvince && dossier == kCommune;
}

// One enrolled workspace: a real encrypted database, its EventStore, its sync cursor.
class Client {
public:
    Client(const QString &device, const QString &office, const WorkingCalendar &calendar)
        : m_device(device), m_office(office)
    {
        auto db = Database::open({m_dir.path() + QStringLiteral("/w.db"), QByteArray(32, 'k')});
        if (!db.ok())
            qFatal("open: %s", qPrintable(db.error().toString()));
        m_db = std::move(*db);
        QSqlQuery q(m_db->sql());
        q.prepare(QStringLiteral("INSERT INTO workspace_meta(key, value) VALUES('office_code', ?)"));
        q.addBindValue(office);
        if (!q.exec())
            qFatal("meta: %s", qPrintable(q.lastError().text()));
        if (office == kProvince) {
            QSqlQuery o(m_db->sql());
            if (!o.exec(QStringLiteral("INSERT INTO offices(code, name, name_folded, level, province_code) VALUES"
                                       "('H55', 'Tỉnh', 'tinh', 'province', NULL),"
                                       "('G12.18', 'Xã', 'xa', 'commune', 'H55')")))
                qFatal("offices: %s", qPrintable(o.lastError().text()));
        }
        m_store = std::make_unique<EventStore>(m_db->sql(), device, machineContextFor(calendar, &officeCovers));
    }

    EventStore &store() { return *m_store; }
    QSqlDatabase sql() const { return m_db->sql(); }
    const QString &device() const { return m_device; }

    QSet<QString> visible() const
    {
        return m_office == kProvince ? QSet<QString>{kProvince, kCommune} : QSet<QString>{m_office};
    }

    Event receive(const QString &officer = QStringLiteral("c1"))
    {
        Event e;
        e.type = EventType::Received;
        e.officer = officer;
        e.role = Role::Counter;
        e.office = m_office;
        e.payload = defaultPayload(EventType::Received);
        e.wallTime = QDateTime(kDay, QTime(2, 0), Qt::UTC);
        auto r = m_store->receive(e, DossierCodeMinter(m_office, m_device, m_office == kProvince ? 2 : 1), kDay);
        if (!r.ok())
            qWarning() << r.error().toString();
        return r.ok() ? *r : Event{};
    }

    Result<Event> act(EventType type, const QString &dossier, const QString &officer, Role role, QJsonObject payload = {},
                      const QString &office = {})
    {
        Event e;
        e.type = type;
        e.dossier = dossier;
        e.officer = officer;
        e.role = role;
        e.office = office.isEmpty() ? m_office : office;
        e.payload = payload.isEmpty() ? defaultPayload(type) : std::move(payload);
        return m_store->append(e);
    }

    // Push this device's unsynced events, record the replies, then pull: each step in one transaction.
    Status push(TestPortal &portal)
    {
        QSqlDatabase db = m_db->sql();
        SqlTransaction tx(db);
        for (const Event &e : m_store->allInStoredOrder()) {
            if (e.device != m_device || e.isSynced())
                continue;
            const TestPortal::Reply r = portal.push(e);
            if (!r.error.isEmpty())
                return Error(r.error, QStringLiteral("push"));
            if (Status st = m_store->setPortal(tx, r.uuid, r.portalSeq, r.officeSeq, r.portalHash); !st)
                return st;
        }
        return tx.commit();
    }

    Status pull(const TestPortal &portal)
    {
        QSqlDatabase db = m_db->sql();
        SqlTransaction tx(db);
        for (const Event &e : portal.changes(m_cursor, visible())) {
            if (Status st = m_store->import(tx, e); !st)
                return st;
        }
        if (Status st = tx.commit(); !st)
            return st;
        m_cursor = portal.cursor();
        return {};
    }

    Status sync(TestPortal &portal)
    {
        if (Status st = push(portal); !st)
            return st;
        return pull(portal);
    }

    DossierSummary row(const QString &code) const { return DossierStateStore(m_db->sql()).byCode(code).value_or(DossierSummary{}); }
    QList<QUuid> order(const QString &code) const
    {
        QList<QUuid> out;
        for (const Event &e : m_store->eventsOf(code))
            out << e.uuid;
        return out;
    }

private:
    QTemporaryDir m_dir;
    QString m_device;
    QString m_office;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventStore> m_store;
    qint64 m_cursor = 0;
};

#define SYNC_OK(expr)                                                                                              \
    do {                                                                                                           \
        const Status st_ = (expr);                                                                                 \
        QVERIFY2(st_.ok(), st_.ok() ? "" : qPrintable(st_.error().toString()));                                    \
    } while (false)

// Everything a push reply may change in a workspace: the events' portal fields, the office heads,
// the dossiers rows (every column) and the conflict flags, as text to compare.
QStringList snapshot(const QSqlDatabase &db)
{
    QStringList out;
    const QStringList queries{
        QStringLiteral("SELECT uuid, portal_seq, office_seq, portal_hash FROM events ORDER BY uuid"),
        QStringLiteral("SELECT office, last_seq, last_hash FROM office_heads ORDER BY office"),
        QStringLiteral("SELECT * FROM dossiers ORDER BY code"),
        QStringLiteral("SELECT event_uuid, dossier_code, reason FROM event_conflicts ORDER BY event_uuid")};
    for (const QString &sql : queries) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return {QStringLiteral("query failed: ") + q.lastError().text()};
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out << row.join(QLatin1Char('|'));
        }
        out << QStringLiteral("--");
    }
    return out;
}

QString describe(const ChainReport &r)
{
    return r.ok() ? QString() : r.first()->describe();
}

} // namespace

class TestOfficeChains : public QObject {
    Q_OBJECT
private slots:
    void twoDevicesAgreeOnTheConflict_data();
    void twoDevicesAgreeOnTheConflict();
    void conflictRecomputedWhenThePortalOrderIsKnown();
    void anotherOfficesDeviceOnItsOfficeLink();
    void pulledEventsMustArriveInOfficeOrder();
    void tombstoneCarriesTheDeviceChainAcrossARefusedEvent();
    void batchedPushReplyMatchesOneByOne();
    void batchedPushReplyFailingStoresNothing();

private:
    WorkingCalendar m_calendar;
};

void TestOfficeChains::twoDevicesAgreeOnTheConflict_data()
{
    QTest::addColumn<int>("actionA");
    QTest::addColumn<int>("actionB");
    QTest::addColumn<bool>("aPushesFirst");
    QTest::addColumn<bool>("conflict"); // whether the event placed second is refused in that order
    const int transfer = int(EventType::Transferred);
    const int withdraw = int(EventType::Withdrawn);
    QTest::newRow("both transfer, A pushes first") << transfer << transfer << true << true;
    QTest::newRow("both transfer, B pushes first") << transfer << transfer << false << true;
    // Withdrawn after the dossier left the counter: c1 no longer holds it.
    QTest::newRow("A withdraws, B transfers, A first") << withdraw << transfer << true << true;
    // The citizen may withdraw at the counter whoever holds the dossier: no conflict in this order.
    QTest::newRow("A withdraws, B transfers, B first") << withdraw << transfer << false << false;
}

void TestOfficeChains::twoDevicesAgreeOnTheConflict()
{
    QFETCH(int, actionA);
    QFETCH(int, actionB);
    QFETCH(bool, aPushesFirst);
    QFETCH(bool, conflict);
    TestPortal portal;
    Client a(QStringLiteral("dev-a"), kCommune, m_calendar);
    Client b(QStringLiteral("dev-b"), kCommune, m_calendar);
    const Event received = a.receive();
    QVERIFY(!received.dossier.isEmpty());
    const QString code = received.dossier;
    SYNC_OK(a.sync(portal));
    SYNC_OK(b.sync(portal));
    QCOMPARE(b.order(code), QList<QUuid>{received.uuid});

    // Offline, both act on the dossier the counter officer c1 holds.
    auto payloadOf = [](int type, const QString &to) {
        return EventType(type) == EventType::Transferred ? transferPayload(to) : QJsonObject{{QStringLiteral("reason"), QStringLiteral("x")}};
    };
    const Result<Event> ea = a.act(EventType(actionA), code, QStringLiteral("c1"), Role::Counter, payloadOf(actionA, QStringLiteral("p1")));
    const Result<Event> eb = b.act(EventType(actionB), code, QStringLiteral("c1"), Role::Counter, payloadOf(actionB, QStringLiteral("p2")));
    QVERIFY2(ea.ok(), ea.ok() ? "" : qPrintable(ea.error().toString()));
    QVERIFY2(eb.ok(), eb.ok() ? "" : qPrintable(eb.error().toString()));
    QVERIFY(a.store().conflictsOf(code).isEmpty());
    QVERIFY(b.store().conflictsOf(code).isEmpty());

    Client &first = aPushesFirst ? a : b;
    Client &second = aPushesFirst ? b : a;
    SYNC_OK(first.sync(portal));
    SYNC_OK(second.sync(portal));
    SYNC_OK(first.sync(portal));

    // The portal's order: the first pusher's event, then the other's; the later one is the conflict.
    const QUuid placedFirst = aPushesFirst ? ea->uuid : eb->uuid;
    const QUuid placedSecond = aPushesFirst ? eb->uuid : ea->uuid;
    const QList<QUuid> expectedOrder{received.uuid, placedFirst, placedSecond};
    QCOMPARE(a.order(code), expectedOrder);
    QCOMPARE(b.order(code), expectedOrder);
    const QHash<QUuid, QString> conflictsA = a.store().conflictsOf(code);
    QCOMPARE(conflictsA.size(), conflict ? 1 : 0);
    QCOMPARE(conflictsA.contains(placedSecond), conflict);
    QCOMPARE(b.store().conflictsOf(code), conflictsA);
    // The same merge on both sides.
    const DossierSummary rowA = a.row(code);
    const DossierSummary rowB = b.row(code);
    QCOMPARE(rowA.conflicts, conflict ? 1 : 0);
    QCOMPARE(rowB.conflicts, rowA.conflicts);
    QCOMPARE(rowA.status, rowB.status);
    QCOMPARE(rowA.holder, rowB.holder);
    QCOMPARE(rowA.eventCount, 3);
    QCOMPARE(rowB.eventCount, 3);
    // Every event synced, both office chains here at the portal's head, all chains verify.
    for (Client *c : {&a, &b}) {
        for (const Event &e : c->store().eventsOf(code))
            QVERIFY(e.isSynced());
        QCOMPARE(c->store().chainHeads().officeHeads.value(kCommune).seq, qint64(3));
        const ChainReport r = c->store().verifyChains();
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        // Derived state: a rebuild gives the same flags.
        QVERIFY(c->store().rebuildDerivedState().ok());
        QCOMPARE(c->store().conflictsOf(code), conflictsA);
    }
}

void TestOfficeChains::conflictRecomputedWhenThePortalOrderIsKnown()
{
    // B's event reaches A first by hand (a bundle: no portal fields). A's local order puts its own
    // event first (dev-a < dev-b), so B's is A's conflict. The portal then accepts B's first: once A
    // learns that order, the flags swap. A flag "set once" could not.
    TestPortal portal;
    Client a(QStringLiteral("dev-a"), kCommune, m_calendar);
    Client b(QStringLiteral("dev-b"), kCommune, m_calendar);
    const Event received = a.receive();
    const QString code = received.dossier;
    SYNC_OK(a.sync(portal));
    SYNC_OK(b.sync(portal));
    const Result<Event> ea = a.act(EventType::Transferred, code, QStringLiteral("c1"), Role::Counter, transferPayload(QStringLiteral("p1")));
    const Result<Event> eb = b.act(EventType::Transferred, code, QStringLiteral("c1"), Role::Counter, transferPayload(QStringLiteral("p2")));
    QVERIFY(ea.ok() && eb.ok());
    SYNC_OK(a.store().import(*eb)); // carried by hand, unsynced
    QCOMPARE(a.store().conflictsOf(code).keys(), QList<QUuid>{eb->uuid});
    QCOMPARE(a.row(code).holder, QStringLiteral("p1"));

    SYNC_OK(b.sync(portal)); // B's transfer is the portal's 2nd
    SYNC_OK(a.push(portal)); // A's the 3rd: recorded past A's office head (the 2nd not pulled yet)
    QCOMPARE(a.store().chainHeads().officeHeads.value(kCommune).seq, qint64(1));
    QVERIFY2(a.store().verifyChains().ok(), qPrintable(describe(a.store().verifyChains())));
    SYNC_OK(a.pull(portal)); // the pulled copy of B's event sets its portal fields; the head moves over both
    QCOMPARE(a.store().chainHeads().officeHeads.value(kCommune).seq, qint64(3));
    QCOMPARE(a.store().event(eb->uuid)->portalSeq, qint64(2));
    QCOMPARE(a.store().conflictsOf(code).keys(), QList<QUuid>{ea->uuid});
    QCOMPARE(a.row(code).holder, QStringLiteral("p2"));
    QCOMPARE(a.row(code).conflicts, 1);
    SYNC_OK(b.pull(portal));
    QCOMPARE(b.store().conflictsOf(code), a.store().conflictsOf(code));
    QCOMPARE(b.row(code).holder, QStringLiteral("p2"));
    QVERIFY2(a.store().verifyChains().ok(), qPrintable(describe(a.store().verifyChains())));
    QVERIFY2(b.store().verifyChains().ok(), qPrintable(describe(b.store().verifyChains())));
}

void TestOfficeChains::anotherOfficesDeviceOnItsOfficeLink()
{
    // The province centre H55 (device dev-p) supervises the commune G12.18 (device dev-g). dev-p's
    // first event is on a province dossier the commune never sees; its second reassigns the
    // commune's dossier. The commune accepts it on G12.18's office link with a gap in dev-p's chain.
    TestPortal portal;
    Client province(QStringLiteral("dev-p"), kProvince, m_calendar);
    Client commune(QStringLiteral("dev-g"), kCommune, m_calendar);
    const Event own = province.receive(QStringLiteral("pc1"));
    QVERIFY(own.dossier.startsWith(kProvince + QLatin1Char('-')));
    SYNC_OK(province.sync(portal));
    const Event received = commune.receive();
    SYNC_OK(commune.sync(portal));
    SYNC_OK(province.sync(portal)); // the province sees the commune's dossiers
    const Result<Event> moved = province.act(EventType::Transferred, received.dossier, QStringLiteral("sp"), Role::Supervisor,
                                             transferPayload(QStringLiteral("p9")), kProvince);
    QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().toString()));
    QCOMPARE(moved->deviceSeq, qint64(2));
    SYNC_OK(province.sync(portal));
    SYNC_OK(commune.sync(portal));

    QCOMPARE(commune.row(received.dossier).holder, QStringLiteral("p9"));
    QCOMPARE(commune.store().event(moved->uuid)->officeSeq, qint64(2));
    QVERIFY(!commune.store().chainHeads().deviceHeads.contains(QStringLiteral("dev-p"))); // seen in part: no head
    ChainReport r = commune.store().verifyChains();
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(commune.store().chainScope().entitledOffices, QSet<QString>{kCommune});
    // The province sees dev-p's chain whole, and both office chains.
    QCOMPARE(province.store().chainScope().entitledOffices, (QSet<QString>{kProvince, kCommune}));
    r = province.store().verifyChains();
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(province.store().chainHeads().officeHeads.value(kCommune).seq, qint64(2));
    QCOMPARE(province.store().chainHeads().officeHeads.value(kProvince).seq, qint64(1));

    // Tampering with the pulled event in the commune's file: its office link no longer matches.
    QSqlQuery q(commune.sql());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_immutable")));
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_no_delete")));
    q.prepare(QStringLiteral("UPDATE events SET officer = 'mallory' WHERE uuid = ?"));
    q.addBindValue(uuidText(moved->uuid));
    QVERIFY(q.exec());
    r = commune.store().verifyChains();
    QVERIFY(!r.ok());
    QCOMPARE(r.breaks.size(), 1);
    QCOMPARE(r.first()->chain, ChainKind::Office);
    QCOMPARE(r.first()->kind, BreakKind::HashMismatch);
    QCOMPARE(r.first()->event, moved->uuid);
    // Deleting it (the newest pulled event): the office head kept beside the events catches it.
    q.prepare(QStringLiteral("DELETE FROM events WHERE uuid = ?"));
    q.addBindValue(uuidText(moved->uuid));
    QVERIFY(q.exec());
    r = commune.store().verifyChains();
    QVERIFY(!r.ok());
    QCOMPARE(r.first()->chain, ChainKind::Office);
    QCOMPARE(r.first()->kind, BreakKind::Truncated);
    QCOMPARE(r.first()->office, kCommune);
}

void TestOfficeChains::pulledEventsMustArriveInOfficeOrder()
{
    TestPortal portal;
    Client a(QStringLiteral("dev-a"), kCommune, m_calendar);
    Client b(QStringLiteral("dev-b"), kCommune, m_calendar);
    const Event r1 = a.receive();
    const Event r2 = a.receive();
    SYNC_OK(a.sync(portal));
    const QList<Event> feed = portal.changes(0, {kCommune});
    QCOMPARE(feed.size(), 2);
    // The second before the first: a gap in G12.18's chain (and in dev-a's), refused; nothing stored.
    const Status gap = b.store().import(feed[1]);
    QCOMPARE(gap.error().code, QStringLiteral("events.bad-link"));
    QCOMPARE(b.store().eventCount(), qint64(0));
    // A forged office link on the right content: refused too.
    Event forged = feed[0];
    forged.portalHash = QByteArray(32, 'f');
    QCOMPARE(b.store().import(forged).error().code, QStringLiteral("events.bad-link"));
    SYNC_OK(b.store().import(feed[0]));
    SYNC_OK(b.store().import(feed[0])); // idempotent
    SYNC_OK(b.store().import(feed[1]));
    QCOMPARE(b.store().eventCount(), qint64(2));
    // The same event with other portal fields: they are set once.
    Event other = feed[1];
    other.portalSeq = 9;
    QCOMPARE(b.store().import(other).error().code, QStringLiteral("events.portal-mismatch"));
    QVERIFY(b.store().verifyChains().ok());
    Q_UNUSED(r1);
    Q_UNUSED(r2);
}

void TestOfficeChains::tombstoneCarriesTheDeviceChainAcrossARefusedEvent()
{
    // dev-a's 2nd event was refused by the portal on its merits; its 1st and 3rd were accepted. A
    // device of the same office verifies dev-a's chain completely: the change feed's tombstone for
    // the 2nd gives it the link to follow.
    Client a(QStringLiteral("dev-a"), kCommune, m_calendar);
    Client b(QStringLiteral("dev-b"), kCommune, m_calendar);
    const Event r = a.receive();
    const Result<Event> refused = a.act(EventType::NoteAdded, r.dossier, QStringLiteral("c1"), Role::Counter);
    const Result<Event> third = a.act(EventType::NoteAdded, r.dossier, QStringLiteral("c1"), Role::Counter);
    QVERIFY(refused.ok() && third.ok());
    Event p1 = r;
    chain::sealInOffice(p1, 1, 1, {});
    Event p3 = *third;
    chain::sealInOffice(p3, 3, 2, p1.portalHash);
    const QJsonObject wire{{QStringLiteral("uuid"), uuidText(refused->uuid)},
                           {QStringLiteral("device"), QStringLiteral("dev-a")},
                           {QStringLiteral("deviceSeq"), 2},
                           {QStringLiteral("deviceHash"), QString::fromLatin1(refused->deviceHash.toHex())},
                           {QStringLiteral("portalSeq"), 2},
                           {QStringLiteral("refused"), QStringLiteral("auth.forbidden")}};
    QVERIFY(eventlog::Tombstone::isTombstone(wire));
    QVERIFY(!eventlog::Tombstone::isTombstone(p1.toJson()));
    const Result<eventlog::Tombstone> t = eventlog::Tombstone::fromJson(wire);
    QVERIFY(t.ok());
    QCOMPARE(t->deviceHash, refused->deviceHash);
    QJsonObject broken = wire;
    broken.remove(QStringLiteral("deviceHash"));
    QCOMPARE(eventlog::Tombstone::fromJson(broken).error().code, QStringLiteral("event.bad-json"));

    QSqlDatabase db = b.sql();
    {
        SqlTransaction tx(db);
        SYNC_OK(b.store().import(tx, p1));
        // Without the tombstone the 3rd is a gap in dev-a's chain.
        QCOMPARE(b.store().import(tx, p3).error().code, QStringLiteral("events.bad-link"));
        SYNC_OK(b.store().importTombstone(tx, *t));
        SYNC_OK(b.store().importTombstone(tx, *t)); // idempotent
        SYNC_OK(b.store().import(tx, p3));
        SYNC_OK(tx.commit());
    }
    QCOMPARE(b.store().eventCount(), qint64(2));
    QCOMPARE(b.store().chainHeads().deviceHeads.value(QStringLiteral("dev-a")).seq, qint64(3));
    ChainReport report = b.store().verifyChains();
    QVERIFY2(report.ok(), qPrintable(describe(report)));
    {
        // Another tombstone at a place an event holds: refused.
        SqlTransaction tx(db);
        eventlog::Tombstone fork = *t;
        fork.uuid = QUuid::createUuid();
        fork.deviceSeq = 3;
        QCOMPARE(b.store().importTombstone(tx, fork).error().code, QStringLiteral("events.seq-taken"));
    }
    // The device's own refused event stays stored where it was written: its tombstone adds nothing.
    {
        QSqlDatabase adb = a.sql();
        SqlTransaction tx(adb);
        SYNC_OK(a.store().importTombstone(tx, *t));
        SYNC_OK(tx.commit());
    }
    QVERIFY(a.store().chainHeads().refusedLinks.isEmpty());
    // A refused link removed from the file: dev-a's chain has a gap again.
    QSqlQuery q(b.sql());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM refused_links")));
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refused_links_no_delete")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM refused_links")));
    report = b.store().verifyChains();
    QVERIFY(!report.ok());
    QCOMPARE(report.first()->chain, ChainKind::Device);
    QCOMPARE(report.first()->kind, BreakKind::SequenceGap);
    QCOMPARE(report.first()->seq, qint64(2));
}

namespace {

// Workspace A (device dev-z) with a dossier whose order the push reply changes (B's transfer,
// carried by hand, sorts first while both are unsynced: A's own is the conflict; once A's is
// synced it goes first and B's is the conflict), and three more dossiers of two events each, all
// unsynced. Returns the portal's replies to A's push, not recorded yet.
struct PushFixture {
    QString flipped;
    QUuid own, carried;
    QList<EventStore::PortalLink> links;
};

PushFixture pushFixture(TestPortal &portal, Client &a, Client &b)
{
    PushFixture f;
    const Event received = a.receive();
    f.flipped = received.dossier;
    if (!a.sync(portal).ok() || !b.sync(portal).ok())
        return f;
    const Result<Event> ea = a.act(EventType::Transferred, f.flipped, QStringLiteral("c1"), Role::Counter,
                                   transferPayload(QStringLiteral("p1")));
    const Result<Event> eb = b.act(EventType::Transferred, f.flipped, QStringLiteral("c1"), Role::Counter,
                                   transferPayload(QStringLiteral("p2")));
    if (!ea.ok() || !eb.ok() || !a.store().import(*eb).ok())
        return f;
    f.own = ea->uuid;
    f.carried = eb->uuid;
    for (int i = 0; i < 3; ++i) {
        const Event r = a.receive();
        if (!a.act(EventType::NoteAdded, r.dossier, QStringLiteral("c1"), Role::Counter).ok())
            return f;
    }
    for (const Event &e : a.store().allInStoredOrder()) {
        if (e.device != a.device() || e.isSynced())
            continue;
        const TestPortal::Reply r = portal.push(e);
        if (!r.error.isEmpty())
            return f;
        f.links << EventStore::PortalLink{r.uuid, r.portalSeq, r.officeSeq, r.portalHash};
    }
    return f;
}

} // namespace

void TestOfficeChains::batchedPushReplyMatchesOneByOne()
{
    TestPortal portal;
    Client a(QStringLiteral("dev-z"), kCommune, m_calendar);
    Client b(QStringLiteral("dev-b"), kCommune, m_calendar);
    const PushFixture f = pushFixture(portal, a, b);
    QCOMPARE(f.links.size(), 7);   // A's transfer, then 3 × (Received, NoteAdded)
    QCOMPARE(a.store().conflictsOf(f.flipped).keys(), QList<QUuid>{f.own});
    QCOMPARE(a.row(f.flipped).holder, QStringLiteral("p2"));
    const QStringList before = snapshot(a.sql());

    // The reply recorded one event at a time (rolled back afterwards) …
    QStringList oneByOne;
    {
        QSqlDatabase db = a.sql();
        SqlTransaction tx(db);
        for (const EventStore::PortalLink &l : f.links)
            SYNC_OK(a.store().setPortal(tx, l.event, l.portalSeq, l.officeSeq, l.portalHash));
        oneByOne = snapshot(a.sql());
    }
    QCOMPARE(snapshot(a.sql()), before);
    QVERIFY(oneByOne != before);
    // … and at once: the same events, heads, dossiers rows and flags.
    {
        QSqlDatabase db = a.sql();
        SqlTransaction tx(db);
        SYNC_OK(a.store().setPortal(tx, f.links));
        SYNC_OK(tx.commit());
    }
    const QStringList batched = snapshot(a.sql());
    QCOMPARE(batched, oneByOne);
    // The order changed: A's transfer is now first, B's the conflict.
    QCOMPARE(a.store().conflictsOf(f.flipped).keys(), QList<QUuid>{f.carried});
    QCOMPARE(a.row(f.flipped).holder, QStringLiteral("p1"));
    QCOMPARE(a.store().chainHeads().officeHeads.value(kCommune).seq, qint64(f.links.constLast().officeSeq));
    QVERIFY2(a.store().verifyChains().ok(), qPrintable(describe(a.store().verifyChains())));
    // What a full replay derives is what the batch stored.
    QVERIFY(a.store().rebuildDerivedState().ok());
    QCOMPARE(snapshot(a.sql()), batched);
    // The same reply again: nothing to do, nothing changes.
    {
        QSqlDatabase db = a.sql();
        SqlTransaction tx(db);
        SYNC_OK(a.store().setPortal(tx, f.links));
        SYNC_OK(tx.commit());
    }
    QCOMPARE(snapshot(a.sql()), batched);
}

void TestOfficeChains::batchedPushReplyFailingStoresNothing()
{
    TestPortal portal;
    Client a(QStringLiteral("dev-z"), kCommune, m_calendar);
    Client b(QStringLiteral("dev-b"), kCommune, m_calendar);
    const PushFixture f = pushFixture(portal, a, b);
    QCOMPARE(f.links.size(), 7);
    const QStringList before = snapshot(a.sql());
    auto tryBatch = [&](const QList<EventStore::PortalLink> &links) -> QString {
        QSqlDatabase db = a.sql();
        SqlTransaction tx(db);
        const Status st = a.store().setPortal(tx, links);
        return st.ok() ? QString() : st.error().code;   // never committed: the caller rolls back
    };
    // An unknown event in the middle, after three links were written.
    QList<EventStore::PortalLink> unknown = f.links;
    unknown.insert(3, EventStore::PortalLink{QUuid::createUuid(), 99, 99, QByteArray(32, 'x')});
    QCOMPARE(tryBatch(unknown), QStringLiteral("events.unknown"));
    QCOMPARE(snapshot(a.sql()), before);
    // A wrong link in the middle: found when the office chain is walked, after every link was written.
    QList<EventStore::PortalLink> forged = f.links;
    forged[3].portalHash = QByteArray(32, 'x');
    QCOMPARE(tryBatch(forged), QStringLiteral("events.bad-link"));
    QCOMPARE(snapshot(a.sql()), before);
    // Two links at one office place.
    QList<EventStore::PortalLink> twice = f.links;
    twice[4].officeSeq = twice[3].officeSeq;
    QCOMPARE(tryBatch(twice), QStringLiteral("events.office-seq-taken"));
    QCOMPARE(snapshot(a.sql()), before);
    // One link whose event already carries other portal fields.
    {
        QSqlDatabase db = a.sql();
        SqlTransaction tx(db);
        SYNC_OK(a.store().setPortal(tx, f.links.mid(0, 1)));
        SYNC_OK(tx.commit());
    }
    const QStringList afterFirst = snapshot(a.sql());
    QList<EventStore::PortalLink> mismatch = f.links;
    mismatch[0].portalSeq += 100;
    QCOMPARE(tryBatch(mismatch), QStringLiteral("events.portal-mismatch"));
    QCOMPARE(snapshot(a.sql()), afterFirst);
    // The true reply still goes in whole afterwards.
    QCOMPARE(tryBatch(f.links), QString());
}

QTEST_GUILESS_MAIN(TestOfficeChains)
#include "tst_officechains.moc"
