#pragma once

#include "db/SqlTransaction.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/audit/ChainVerifier.h"
#include "domain/codes/DossierCode.h"
#include "domain/dossier/Actor.h"
#include "domain/dossier/Event.h"
#include "domain/dossier/EventLog.h"
#include "domain/dossier/Replay.h"
#include "domain/dossier/StateMachine.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace motcua {

// The append-only event log of one workspace (tables of 0004_events.sql) and its derived state.
// Each event is written with its outbox row, the device-chain head and the dossier's derived-state
// row (and, for a receipt, the minted code's sequence and the lookup code) together.
// Transactions belong to the caller: the forms taking a SqlTransaction write inside it and never
// begin or commit, so a counter outcome with its attachments, page references and citizen record,
// or a pulled sync batch with its cursor, commits as ONE unit. The forms without one are for a
// single write and open their own. Uses the caller's connection, on the thread that owns it.
class EventStore {
public:
    // deviceId: this installation's device (whose chain append() extends). ctx: the calendar binding
    // and office coverage used for replay. clock: the wall time of events appended here without one
    // (the system's when null). The app builds its EventStore in one place, the thread's composition
    // root (app/workspace/WorkspaceServices); tests build their own.
    EventStore(QSqlDatabase db, QString deviceId, MachineContext ctx = {}, std::shared_ptr<const Clock> clock = {});

    const QString &deviceId() const { return m_deviceId; }
    const StateMachine &machine() const { return m_machine; }

    // Appends an event authored on this device. Fills device, device sequence, device hash, and, when
    // unset, uuid, parent (the dossier's last event) and wall time (now, UTC). Refused (nothing
    // written, the state machine's reason as the error code) when the machine refuses it in the
    // dossier's current state — with `actor`, also when the officer may not author it (checkAuthor).
    Result<Event> append(SqlTransaction &tx, Event event, const Actor *actor = nullptr);
    Result<Event> append(Event event, const Actor *actor = nullptr);   // in a transaction of its own

    // A Received (or Form 02 / Form 03) event for a new dossier: mints the dossier code from this
    // device's day sequence and draws a lookup code unique for the office and year, in the same
    // transaction as the event. Sets event.dossier and payload "lookupCode".
    Result<Event> receive(SqlTransaction &tx, Event event, const DossierCodeMinter &minter, const QDate &officeDay,
                          const Actor *actor = nullptr, int lookupLength = 8);
    Result<Event> receive(Event event, const DossierCodeMinter &minter, const QDate &officeDay,
                          const Actor *actor = nullptr, int lookupLength = 8);   // in a transaction of its own

    // Stores an event that was sealed elsewhere (pulled from the portal's change feed, or from a
    // bundle) exactly as it is: eventlog::decideImport decides (an event with portal fields must be
    // the next link of its receiving office's chain here; one of this workspace's office's devices
    // must also extend that device's chain). Idempotent by uuid; a pulled copy of an event this
    // device pushed sets its portal fields (once). The dossier's derived state and conflicts are
    // recomputed in the new order; a refusal by the machine is a conflict, the event is kept.
    // Errors: events.bad-link, events.seq-taken, events.office-seq-taken, events.portal-mismatch.
    Status import(SqlTransaction &tx, const Event &event);
    Status import(const Event &event);   // in a transaction of its own
    // The portal accepted an event of this device (the push reply): sets its portal sequence, office
    // sequence and office-chain link (once; events.portal-mismatch when other ones are stored,
    // events.unknown when no such event). When it is the next link of its office chain here, the
    // link is checked (events.bad-link) and the office head moves; otherwise the pull brings what
    // precedes it and checks it then. Recomputes the dossier's derived state in the new order.
    Status setPortal(SqlTransaction &tx, const QUuid &event, qint64 portalSeq, qint64 officeSeq,
                     const QByteArray &portalHash);
    Status setPortal(const QUuid &event, qint64 portalSeq, qint64 officeSeq,
                     const QByteArray &portalHash);   // in a transaction of its own
    // One push reply at once (the form above is this one with one link): the same checks and
    // errors, in the caller's transaction, but the batch's events read in one statement, each
    // office chain walked once, each dossier replayed once (its derived row and conflicts rewritten
    // only where the new order changes them). On an error nothing must be kept: the caller rolls
    // its transaction back.
    struct PortalLink {
        QUuid event;
        qint64 portalSeq = 0;
        qint64 officeSeq = 0;
        QByteArray portalHash;
    };
    Status setPortal(SqlTransaction &tx, const QList<PortalLink> &links);

    // A change-feed tombstone (an event the portal refused on its merits, without content):
    // eventlog::decideTombstone; for a device of this office the tombstone is that device's next
    // chain link and its head moves to it. Idempotent. Errors: events.seq-taken, events.bad-link.
    Status importTombstone(SqlTransaction &tx, const eventlog::Tombstone &tombstone);

    std::optional<Event> event(const QUuid &uuid) const;
    // The stored ones of these events, by uuid, read in one statement per few hundred.
    Result<QHash<QUuid, Event>> eventsByUuid(const QList<QUuid> &uuids) const;
    QList<Event> eventsOf(const QString &dossierCode) const; // in replay order
    QList<Event> allInOrder() const;                          // all events, in replay order
    QList<Event> allInStoredOrder() const;                    // as stored (rowid): what the audit reads
    qint64 eventCount() const;
    ChainExpectations chainHeads() const;                     // device and office heads kept beside the events
    // What this workspace verifies completely: its office (workspace_meta office_code) and, for a
    // province centre, the communes the offices table lists under it. Empty without an office.
    ChainScope chainScope() const;
    // The refused events of the current replay order (event_conflicts): event uuid → reason.
    QHash<QUuid, QString> conflictsOf(const QString &dossierCode) const;

    Result<ReplayResult> replayDossier(const QString &dossierCode) const;
    // Recomputes the whole `dossiers` table from the events in one transaction; returns the number of
    // dossiers. Rewrites event_conflicts (derived state, like the dossiers rows).
    Result<int> rebuildDerivedState();
    // A migration that added derived columns (0017_report_facts) marks rows written before it as
    // stale (workspace_meta derived_state_stale); rebuildDerivedState() clears the mark.
    Result<bool> derivedStateStale() const;
    // The device and office chains over everything stored (chainHeads(), chainScope()).
    ChainReport verifyChains() const;

private:
    Result<Event> appendInTransaction(Event event, const Actor *actor);
    Result<eventlog::ChainHead> chainHead(const QString &device) const;
    Status insertEvent(const Event &e, bool movesDeviceHead = true);
    Status moveDeviceHead(const QString &device, qint64 seq, const QByteArray &hash);
    Status updateDerived(const QString &dossierCode);
    Status updateDerived(const QStringList &dossierCodes);   // batched: reads once, writes what changed
    Status writeConflicts(const QString &dossierCode, const ReplayResult &r);
    Result<eventlog::ChainHead> officeHead(const QString &office) const;
    Result<std::optional<QUuid>> uuidAtOfficeSeq(const QString &office, qint64 officeSeq) const;
    Status moveOfficeHead(const QString &office, const eventlog::ChainHead &from, const Event &e);
    Status advanceOfficeHead(const QString &office);
    QList<Event> query(const QString &where, const QVariantList &binds, const QString &order) const;
    Result<QList<Event>> queryChecked(const QString &where, const QVariantList &binds, const QString &order) const;
    // The events whose `column` is one of `values` (chunks within SQLite's 999 bound parameters).
    Result<QList<Event>> queryIn(const QString &column, const QStringList &values) const;

    QDateTime now() const;

    QSqlDatabase m_db;
    QString m_deviceId;
    StateMachine m_machine;
    std::shared_ptr<const Clock> m_clock;
    mutable std::optional<ChainScope> m_scope; // read once from workspace_meta and offices
};

} // namespace motcua
