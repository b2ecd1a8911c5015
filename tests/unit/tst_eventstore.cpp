// The event store and the derived-state table on a real encrypted Database: appends in one
// transaction with outbox and chain head, refusals write nothing, append-only triggers, imports with
// conflicts kept, rebuild, tampering found by the audit, code minting and lookup codes.
#include "tst_statemachine_builder.h"

#include "app/calendar/WorkspaceCalendar.h"
#include "db/CalendarStore.h"
#include "db/CitizenStore.h"
#include "db/Database.h"
#include "db/DossierStateStore.h"
#include "db/EventStore.h"
#include "db/SqlTransaction.h"
#include "db/Workspace.h"
#include "db/keys/KdfCost.h"
#include "domain/calendar/WorkingCalendar.h"
#include "domain/codes/LookupCode.h"
#include "domain/dossier/CalendarBinding.h"

#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::testing;

namespace {

const QString kOffice = QStringLiteral("G12.18");
const QString kDevice = QStringLiteral("dev-counter-1");

Actor counter() { return {QStringLiteral("c1"), Role::Counter, kOffice, {}}; }

Event draft(EventType t, const QString &officer, Role role, QJsonObject payload = {}, const QString &dossier = {})
{
    Event e;
    e.type = t;
    e.officer = officer;
    e.role = role;
    e.office = kOffice;
    e.dossier = dossier;
    e.payload = payload.isEmpty() ? defaultPayload(t) : std::move(payload);
    return e;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestEventStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void receiveMintsCodesAndDerivesState();
    void lifecycleKeepsQueriesRight();
    void refusedAppendWritesNothing();
    void callerOwnsTheTransaction();
    void authorIsChecked();
    void appendOnlyTriggers();
    void importKeepsConflicts();
    void portalFieldsSetOnce();
    void rebuildRestoresDerivedState();
    void tamperingFoundByAudit();
    void lookupCodesUniquePerOfficeYear();
    void dueMomentIsRecorded();
    void cliAuditVerify();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    WorkingCalendar m_calendar;
    std::unique_ptr<EventStore> m_store;
    Event received(const QDate &day = QDate(2026, 3, 2));
};

void TestEventStore::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    auto db = Database::open({m_dir->path() + QStringLiteral("/w.db"), QByteArray(32, 'k')});
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    m_db = std::move(*db);
    QVERIFY(m_db->schemaVersion() >= 4);
    m_store = std::make_unique<EventStore>(m_db->sql(), kDevice, machineContextFor(m_calendar));
}

void TestEventStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

Event TestEventStore::received(const QDate &day)
{
    Event e = draft(EventType::Received, QStringLiteral("c1"), Role::Counter);
    e.wallTime = QDateTime(day, QTime(3, 0), Qt::UTC); // 10:00 in Hà Nội
    const Actor a = counter();
    auto r = m_store->receive(e, DossierCodeMinter(kOffice, kDevice, 1), day, &a);
    if (!r.ok())
        qWarning() << r.error().toString();
    return r.ok() ? *r : Event{};
}

void TestEventStore::receiveMintsCodesAndDerivesState()
{
    const Event first = received();
    const Event second = received();
    QCOMPARE(first.dossier, QStringLiteral("G12.18-260302-010001"));
    QCOMPARE(second.dossier, QStringLiteral("G12.18-260302-010002"));
    QCOMPARE(received(QDate(2026, 3, 3)).dossier, QStringLiteral("G12.18-260303-010001"));
    QCOMPARE(first.deviceSeq, qint64(1));
    QCOMPARE(second.deviceSeq, qint64(2));
    QVERIFY(LookupCode::isWellFormed(first.payload.value(QStringLiteral("lookupCode")).toString()));

    const auto row = DossierStateStore(m_db->sql()).byCode(first.dossier);
    QVERIFY(row);
    QCOMPARE(row->statusCode, 2);
    QCOMPARE(row->holder, QStringLiteral("c1"));
    QCOMPARE(row->procedureCode, QStringLiteral("1.001193"));
    QCOMPARE(row->receivedAt, first.wallTime);
    QCOMPARE(row->dueAt, m_calendar.dueMoment(first.wallTime, TimeLimit::days(5)));
    QVERIFY(row->dueAt.isValid());
    QCOMPARE(row->eventCount, 1);
    QCOMPARE(row->lookupCode, first.payload.value(QStringLiteral("lookupCode")).toString());
    // One outbox row per event, in the same transaction; the chain head follows.
    QCOMPARE(scalar(m_db->sql(), QStringLiteral("SELECT count(*) FROM outbox")), qint64(3));
    QCOMPARE(scalar(m_db->sql(), QStringLiteral("SELECT last_seq FROM chain_heads")), qint64(3));
    QCOMPARE(scalar(m_db->sql(), QStringLiteral("SELECT last_seq FROM device_sequences WHERE day = '2026-03-02'")), qint64(2));
    QVERIFY(m_store->verifyChains().ok());
}

// Transactions belong to the caller: writes in its transaction are all there after its commit and
// none of them after its rollback (event, outbox row, chain head, day sequence, derived row, lookup
// code); a write without an open transaction is refused.
void TestEventStore::callerOwnsTheTransaction()
{
    const Actor a = counter();
    const DossierCodeMinter minter(kOffice, kDevice, 1);
    const QDate day(2026, 3, 2);
    auto counts = [this] {
        QStringList out;
        for (const char *table : {"events", "outbox", "dossiers", "lookup_codes", "chain_heads", "device_sequences"})
            out << QString::number(scalar(m_db->sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)));
        return out.join(QLatin1Char(' '));
    };
    const QString empty = counts();
    QSqlDatabase db = m_db->sql();
    Event e = draft(EventType::Received, QStringLiteral("c1"), Role::Counter);
    e.wallTime = QDateTime(day, QTime(3, 0), Qt::UTC);
    {
        SqlTransaction tx(db);
        QVERIFY(tx.began());
        auto first = m_store->receive(tx, e, minter, day, &a);
        QVERIFY(first.ok());
        Event attach = draft(EventType::ComponentAttached, QStringLiteral("c1"), Role::Counter, componentPayload(1), first->dossier);
        QVERIFY(m_store->append(tx, attach, &a).ok());
        QVERIFY(counts() != empty);
    } // rolled back: the caller never committed
    QCOMPARE(counts(), empty);
    {
        SqlTransaction tx(db);
        auto first = m_store->receive(tx, e, minter, day, &a);
        QVERIFY(first.ok());
        Event attach = draft(EventType::ComponentAttached, QStringLiteral("c1"), Role::Counter, componentPayload(1), first->dossier);
        QVERIFY(m_store->append(tx, attach, &a).ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(first->dossier, QStringLiteral("G12.18-260302-010001"));   // the rolled-back code was not used up
    }
    QCOMPARE(scalar(m_db->sql(), QStringLiteral("SELECT count(*) FROM events")), qint64(2));
    QCOMPARE(scalar(m_db->sql(), QStringLiteral("SELECT count(*) FROM outbox")), qint64(2));
    QVERIFY(m_store->verifyChains().ok());
    // No open transaction: refused, nothing written.
    SqlTransaction closed(db);
    QVERIFY(closed.commit().ok());
    QCOMPARE(m_store->append(closed, draft(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter, {}, QStringLiteral("G12.18-260302-010001")), &a)
                 .error()
                 .code,
             QStringLiteral("db.transaction-failed"));
    QCOMPARE(scalar(m_db->sql(), QStringLiteral("SELECT count(*) FROM events")), qint64(2));
}

void TestEventStore::lifecycleKeepsQueriesRight()
{
    const Event r = received();
    const QString code = r.dossier;
    QDateTime at = r.wallTime;
    auto add = [&](EventType t, const QString &who, Role role, QJsonObject p = {}) {
        Event e = draft(t, who, role, p, code);
        at = at.addSecs(3600);
        e.wallTime = at;
        auto res = m_store->append(e);
        QVERIFY2(res.ok(), res.ok() ? "" : qPrintable(res.error().toString()));
    };
    DossierStateStore states(m_db->sql());
    add(EventType::ComponentAttached, QStringLiteral("c1"), Role::Counter, componentPayload(1));
    add(EventType::Transferred, QStringLiteral("c1"), Role::Counter, transferPayload(QStringLiteral("p1")));
    QCOMPARE(states.heldBy(QStringLiteral("p1")).size(), 1);
    add(EventType::SupplementRequested, QStringLiteral("p1"), Role::Processing);
    QCOMPARE(states.counterPool(kOffice).size(), 1);
    QVERIFY(states.byCode(code)->paused);
    QVERIFY(!states.byCode(code)->dueAt.isValid()); // paused before the due moment: none yet
    at = at.addDays(1);
    add(EventType::SupplementReceived, QStringLiteral("c2"), Role::Counter);
    QCOMPARE(states.heldBy(QStringLiteral("p1")).size(), 1);
    QVERIFY(states.byCode(code)->dueAt.isValid());
    QCOMPARE(states.byCode(code)->pausedMs, qint64(86400000 + 3600000));
    QVERIFY(states.byCode(code)->dueAt > m_calendar.dueMoment(r.wallTime, TimeLimit::days(5)));

    const auto byLookup = states.byLookupCode(kOffice, r.payload.value(QStringLiteral("lookupCode")).toString());
    QVERIFY(byLookup);
    QCOMPARE(byLookup->code, code);
    QCOMPARE(states.byApplicantName(QStringLiteral("nguyen van")).size(), 1);
    QCOMPARE(states.byApplicantName(QStringLiteral("Nguyễn Văn A")).size(), 1);
    QCOMPARE(states.byApplicantName(QStringLiteral("tran")).size(), 0);
    QCOMPARE(states.byApplicantId(QStringLiteral("001090123456")).size(), 1);
    QCOMPARE(states.overdue(QDateTime(QDate(2026, 3, 2), QTime(4, 0), Qt::UTC)).size(), 0);
    QCOMPARE(states.overdue(QDateTime(QDate(2026, 4, 30), QTime(4, 0), Qt::UTC)).size(), 1);
    QCOMPARE(states.withStatus(DossierStatus::Processing).size(), 1);
    QCOMPARE(m_store->eventsOf(code).size(), 5);
    // The events' parents chain to what their author last saw.
    const QList<Event> evs = m_store->eventsOf(code);
    for (qsizetype i = 1; i < evs.size(); ++i)
        QCOMPARE(evs[i].parent, evs[i - 1].uuid);
}

void TestEventStore::refusedAppendWritesNothing()
{
    const Event r = received();
    const qint64 before = m_store->eventCount();
    auto res = m_store->append(draft(EventType::Approved, QStringLiteral("s1"), Role::Supervisor, {}, r.dossier));
    QVERIFY(!res.ok());
    QCOMPARE(res.error().code, QStringLiteral("dossier.wrong-state"));
    QCOMPARE(m_store->eventCount(), before);
    QCOMPARE(scalar(m_db->sql(), QStringLiteral("SELECT count(*) FROM outbox")), before);
    QCOMPARE(scalar(m_db->sql(), QStringLiteral("SELECT last_seq FROM chain_heads")), before);
    // The device sequence stays gapless after a refusal.
    auto ok = m_store->append(draft(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter, {}, r.dossier));
    QVERIFY(ok.ok());
    QCOMPARE(ok->deviceSeq, before + 1);
}

void TestEventStore::authorIsChecked()
{
    const Event r = received();
    const Actor adminOnly{QStringLiteral("admin"), Role::Admin, kOffice, {}};
    auto res = m_store->append(draft(EventType::NoteAdded, QStringLiteral("admin"), Role::Counter, {}, r.dossier), &adminOnly);
    QCOMPARE(res.error().code, QStringLiteral("dossier.role-missing"));
    const Actor c2{QStringLiteral("c2"), Role::Counter, kOffice, {}};
    res = m_store->append(draft(EventType::Transferred, QStringLiteral("c2"), Role::Counter,
                                transferPayload(QStringLiteral("p1")), r.dossier), &c2);
    QCOMPARE(res.error().code, QStringLiteral("dossier.not-holder"));
}

void TestEventStore::appendOnlyTriggers()
{
    received();
    QSqlQuery q(m_db->sql());
    QVERIFY(!q.exec(QStringLiteral("UPDATE events SET payload = '{}'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("immutable")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE events SET wall_time = wall_time + 1")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE events SET officer = 'x'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM events")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE chain_heads SET last_seq = 0")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM chain_heads")));
    QCOMPARE(m_store->eventCount(), qint64(1));
    // conflict_reason is retired: conflicts are derived state (event_conflicts), recomputed.
    QVERIFY(!q.exec(QStringLiteral("UPDATE events SET conflict_reason = 'x'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("derived")));
    // Office heads only move forward and are kept.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO office_heads VALUES('G12.18', 3, 'aa')")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE office_heads SET last_seq = 2")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM office_heads")));
}

void TestEventStore::importKeepsConflicts()
{
    // The office PC and a laptop both acted offline on a dossier awaiting s1's approval.
    const Event r = received();
    const QString code = r.dossier;
    QVERIFY(m_store->append(draft(EventType::Transferred, QStringLiteral("c1"), Role::Counter, transferPayload(QStringLiteral("p1")), code)).ok());
    QVERIFY(m_store->append(draft(EventType::Transferred, QStringLiteral("p1"), Role::Processing, transferPayload(QStringLiteral("s1"), true), code)).ok());
    QVERIFY(m_store->append(draft(EventType::Approved, QStringLiteral("s1"), Role::Supervisor, {}, code)).ok());

    Script laptop(code, kOffice);
    Event rejected = laptop.make(EventType::Rejected, QStringLiteral("s1"), Role::Supervisor, {}, QStringLiteral("dev-laptop"));
    // "dev-counter-1" < "dev-laptop": replay puts the PC's approval first, the laptop's rejection conflicts.
    QVERIFY(m_store->import(rejected).ok());
    QVERIFY(m_store->import(rejected).ok()); // idempotent
    QCOMPARE(m_store->eventsOf(code).size(), 5);
    const QHash<QUuid, QString> conflicts = m_store->conflictsOf(code);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.value(rejected.uuid), QStringLiteral("dossier.wrong-state"));
    // Derived state: a rebuild gives the same.
    QVERIFY(m_store->rebuildDerivedState().ok());
    QCOMPARE(m_store->conflictsOf(code), conflicts);
    const auto row = DossierStateStore(m_db->sql()).byCode(code);
    QCOMPARE(row->conflicts, 1);
    QCOMPARE(DossierStateStore(m_db->sql()).withConflicts().size(), 1);
    QCOMPARE(row->holder, QStringLiteral("p1"));

    // An event that does not extend its device's chain is refused.
    Event gap = laptop.make(EventType::NoteAdded, QStringLiteral("s1"), Role::Supervisor, {}, QStringLiteral("dev-laptop"));
    gap.deviceSeq = 5;
    QCOMPARE(m_store->import(gap).error().code, QStringLiteral("events.bad-link"));
    QVERIFY(m_store->verifyChains().ok());
}

void TestEventStore::portalFieldsSetOnce()
{
    const Event first = received();
    const Event r = received();
    // The push reply for r: the portal's 7th event, the 1st of office G12.18's chain.
    const QByteArray hash = chain::officeLink(chain::genesis(), 1, 7, r);
    QCOMPARE(m_store->setPortal(r.uuid, 7, 1, QByteArray(32, 'x')).error().code, QStringLiteral("events.bad-link"));
    QVERIFY(!m_store->event(r.uuid)->isSynced()); // nothing of the refused reply stayed
    QVERIFY(m_store->setPortal(r.uuid, 7, 1, hash).ok());
    QVERIFY(m_store->setPortal(r.uuid, 7, 1, hash).ok()); // the same reply again: nothing to do
    QCOMPARE(m_store->setPortal(r.uuid, 8, 2, hash).error().code, QStringLiteral("events.portal-mismatch"));
    QCOMPARE(m_store->event(r.uuid)->portalSeq, qint64(7));
    QCOMPARE(m_store->event(r.uuid)->officeSeq, qint64(1));
    QCOMPARE(m_store->chainHeads().officeHeads.value(kOffice).seq, qint64(1));
    QVERIFY(m_store->verifyChains().ok());
    QCOMPARE(m_store->allInOrder().first().uuid, r.uuid); // synced first
    // Another event at a taken office place: refused by the unique index.
    QVERIFY(!m_store->setPortal(first.uuid, 9, 1, hash).ok());
    QCOMPARE(m_store->setPortal(QUuid::createUuid(), 9, 2, hash).error().code, QStringLiteral("events.unknown"));
    // Inside the caller's transaction: rolled back with it.
    {
        QSqlDatabase sql = m_db->sql();
        SqlTransaction tx(sql);
        QVERIFY(m_store->setPortal(tx, first.uuid, 9, 2, chain::officeLink(hash, 2, 9, first)).ok());
    }
    QVERIFY(!m_store->event(first.uuid)->isSynced());
    QCOMPARE(m_store->chainHeads().officeHeads.value(kOffice).seq, qint64(1));
}

void TestEventStore::rebuildRestoresDerivedState()
{
    for (int i = 0; i < 20; ++i) {
        const Event r = received();
        if (i % 2)
            QVERIFY(m_store->append(draft(EventType::Transferred, QStringLiteral("c1"), Role::Counter,
                                          transferPayload(QStringLiteral("p1")), r.dossier)).ok());
    }
    DossierStateStore states(m_db->sql());
    const auto before = states.withStatus(DossierStatus::Processing);
    const auto accepted = states.withStatus(DossierStatus::Accepted);
    QCOMPARE(before.size(), 10);
    QCOMPARE(accepted.size(), 10);
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE dossiers SET status_code = 9, holder = 'nobody'")));
    const QString indexes = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'dossiers'");
    const qint64 indexCount = scalar(m_db->sql(), indexes);
    const qint64 cacheBefore = scalar(m_db->sql(), QStringLiteral("PRAGMA cache_size"));
    QVERIFY(indexCount >= 5);
    auto n = m_store->rebuildDerivedState();
    QVERIFY(n.ok());
    QCOMPARE(*n, 20);
    QCOMPARE(scalar(m_db->sql(), indexes), indexCount); // dropped for the bulk load, back afterwards
    QCOMPARE(scalar(m_db->sql(), QStringLiteral("PRAGMA cache_size")), cacheBefore); // the connection's own setting
    QCOMPARE(states.count(), 20);
    const auto after = states.withStatus(DossierStatus::Processing);
    QCOMPARE(after.size(), 10);
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].code, before[i].code);
        QCOMPARE(after[i].holder, before[i].holder);
        QCOMPARE(after[i].dueAt, before[i].dueAt);
        QCOMPARE(after[i].eventCount, before[i].eventCount);
    }
}

void TestEventStore::tamperingFoundByAudit()
{
    QList<Event> evs;
    for (int i = 0; i < 5; ++i)
        evs << received();
    QVERIFY(m_store->verifyChains().ok());
    // Someone holding the key drops the triggers and edits the file.
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_immutable")));
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_no_delete")));
    q.prepare(QStringLiteral("UPDATE events SET officer = 'mallory' WHERE uuid = ?"));
    q.addBindValue(uuidText(evs[2].uuid));
    QVERIFY(q.exec());
    ChainReport r = m_store->verifyChains();
    QVERIFY(!r.ok());
    QCOMPARE(r.first()->event, evs[2].uuid);
    QCOMPARE(r.first()->kind, BreakKind::HashMismatch);
    QVERIFY(q.exec(QStringLiteral("UPDATE events SET officer = 'c1'")));
    QVERIFY(m_store->verifyChains().ok());
    // Deleting the newest event: the chain head kept beside the events catches it.
    q.prepare(QStringLiteral("DELETE FROM events WHERE uuid = ?"));
    q.addBindValue(uuidText(evs[4].uuid));
    QVERIFY(q.exec());
    r = m_store->verifyChains();
    QVERIFY(!r.ok());
    QCOMPARE(r.first()->kind, BreakKind::Truncated);
    // Deleting one in the middle.
    q.prepare(QStringLiteral("DELETE FROM events WHERE uuid = ?"));
    q.addBindValue(uuidText(evs[1].uuid));
    QVERIFY(q.exec());
    r = m_store->verifyChains();
    QCOMPARE(r.first()->kind, BreakKind::SequenceGap);
    QCOMPARE(r.first()->event, evs[2].uuid);
}

void TestEventStore::lookupCodesUniquePerOfficeYear()
{
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO lookup_codes VALUES('G12.18', 2026, 'ABCDEF', 'x')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO lookup_codes VALUES('G12.18', 2026, 'ABCDEF', 'y')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO lookup_codes VALUES('G12.18', 2027, 'ABCDEF', 'z')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO lookup_codes VALUES('H55.242', 2026, 'ABCDEF', 'w')")));
    // Many receipts with the shortest codes: all distinct, all stored.
    QSet<QString> codes;
    for (int i = 0; i < 200; ++i) {
        Event e = draft(EventType::Received, QStringLiteral("c1"), Role::Counter);
        auto r = m_store->receive(e, DossierCodeMinter(kOffice, kDevice, 1), QDate(2026, 3, 2), nullptr, 6);
        QVERIFY(r.ok());
        codes.insert(r->payload.value(QStringLiteral("lookupCode")).toString());
    }
    QCOMPARE(codes.size(), 200);
    QCOMPARE(scalar(m_db->sql(), QStringLiteral("SELECT count(*) FROM lookup_codes WHERE year = 2026 AND office = 'G12.18'")), qint64(201));
}

void TestEventStore::dueMomentIsRecorded()
{
    // Another reader's calendar: the office also closed on Wednesdays (a calendar update, say).
    OfficeHours hours = OfficeHours::standard();
    hours.setSessions(3, {});
    const WorkingCalendar other(HolidayCalendar{}, hours);
    auto dueBy = [](const WorkingCalendar &c, const QDateTime &at) { return c.dueMoment(at, TimeLimit::days(5)); };

    const Event r = received();
    const QDateTime due = dueBy(m_calendar, r.wallTime);
    QVERIFY(due.isValid());
    QVERIFY(dueBy(other, r.wallTime) != due);
    // The author's machine recorded it, and the calendar version it came from, under the hash.
    QCOMPARE(r.payload.value(QStringLiteral("due")).toString(), isoUtcMs(due));
    QCOMPARE(r.payload.value(QStringLiteral("calendarVersion")).toInt(), 0);
    QCOMPARE(m_store->event(r.uuid)->payload, r.payload);
    // A reader with the other calendar derives the recorded moment, not its own.
    const EventStore reader(m_db->sql(), QStringLiteral("dev-reader"), machineContextFor(other, {}, 7));
    QCOMPARE(reader.replayDossier(r.dossier)->state.dueAt, due);

    // An extension records the moment after it; a due given by the caller is not taken.
    Event ext = draft(EventType::Extended, QStringLiteral("s1"), Role::Supervisor,
                      QJsonObject{{QStringLiteral("limit"), TimeLimit::days(3).toJson()},
                                  {QStringLiteral("due"), QStringLiteral("2099-01-01T00:00:00.000Z")}},
                      r.dossier);
    const auto extended = m_store->append(ext);
    QVERIFY2(extended.ok(), extended.ok() ? "" : qPrintable(extended.error().toString()));
    const QDateTime later = m_calendar.dueMoment(r.wallTime, TimeLimit::days(5), {}, {TimeLimit::days(3)});
    QCOMPARE(extended->payload.value(QStringLiteral("due")).toString(), isoUtcMs(later));
    QCOMPARE(reader.replayDossier(r.dossier)->state.dueAt, later);
    QCOMPARE(DossierStateStore(m_db->sql()).byCode(r.dossier)->dueAt, later);
    // Events recorded before the due moment was (no "due"): recomputed with the reader's calendar,
    // as they always were.
    Script old(QStringLiteral("G12.18-260302-990001"), kOffice);
    Event before = old.make(EventType::Received, QStringLiteral("c1"), Role::Counter, {}, QStringLiteral("dev-old"));
    QVERIFY(!before.payload.contains(QStringLiteral("due")));
    QVERIFY(m_store->import(before).ok());
    QCOMPARE(m_store->replayDossier(before.dossier)->state.dueAt, dueBy(m_calendar, before.wallTime));
    QCOMPARE(reader.replayDossier(before.dossier)->state.dueAt, dueBy(other, before.wallTime));
    // Events the machine does not time (a note) carry nothing.
    const auto note = m_store->append(draft(EventType::NoteAdded, QStringLiteral("c1"), Role::Counter, {}, r.dossier));
    QVERIFY(note.ok());
    QVERIFY(!note->payload.contains(QStringLiteral("due")));
}

void TestEventStore::cliAuditVerify()
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QStringLiteral("/ws");
    Workspace::InitRequest req;
    req.directory = dir;
    req.office = Office{kOffice, QStringLiteral("UBND xã Tân Lập"), OfficeLevel::Commune, {}, QStringLiteral("Asia/Ho_Chi_Minh")};
    req.login = QStringLiteral("admin1");
    req.fullName = QStringLiteral("Quản Trị");
    req.password = QStringLiteral("correct horse battery");
    req.cost = KdfCost::fastForTests();
    auto ws = Workspace::create(req);
    QVERIFY2(ws.ok(), ws.ok() ? "" : qPrintable(ws.error().toString()));
    QList<QUuid> uuids;
    {
        auto db = (*ws)->openDatabase();
        QVERIFY(db.ok());
        // Written as the counter writes them (the audit also checks the derived tables): replayed
        // with the workspace's calendar, and the applicant upserted into citizens.
        auto calendar = WorkspaceCalendar::build(CalendarStore((*db)->sql()), kOffice);
        QVERIFY(calendar.ok());
        EventStore store((*db)->sql(), (*ws)->session().deviceId, machineContextFor(**calendar));
        for (int i = 0; i < 3; ++i) {
            Event e = draft(EventType::Received, QStringLiteral("admin1"), Role::Counter);
            auto r = store.receive(e, DossierCodeMinter(kOffice, (*ws)->session().deviceId, 1), QDate(2026, 3, 2));
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
            uuids << r->uuid;
            const QJsonObject applicant = r->payload.value(QStringLiteral("applicant")).toObject();
            Citizen c;
            c.idNumber = applicant.value(QStringLiteral("idNumber")).toString();
            c.name = applicant.value(QStringLiteral("name")).toString();
            c.updatedAt = r->wallTime;
            QVERIFY(CitizenStore((*db)->sql()).upsert(c).ok());
        }
    }
    auto run = [&](int expectedExit) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MOTCUA_PASSWORD"), req.password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MOTCUA_CLI_PATH), {QStringLiteral("--workspace"), dir, QStringLiteral("--officer"),
                                                  QStringLiteral("admin1"), QStringLiteral("audit"), QStringLiteral("verify")});
        if (!p.waitForFinished(60000))
            return QString();
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        if (p.exitCode() != expectedExit)
            qWarning() << "exit" << p.exitCode() << out << p.readAllStandardError();
        return p.exitCode() == expectedExit ? out : QString();
    };
    QCOMPARE(run(0).trimmed(), QStringLiteral("3 events checked"));
    {
        auto db = (*ws)->openDatabase();
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER events_immutable")));
        q.prepare(QStringLiteral("UPDATE events SET payload = '{}' WHERE uuid = ?"));
        q.addBindValue(uuidText(uuids[1]));
        QVERIFY(q.exec());
    }
    const QString broken = run(1);
    QVERIFY2(broken.contains(uuidText(uuids[1])), qPrintable(broken));
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
