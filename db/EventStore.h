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

    // Stores an event that was sealed elsewhere (another device via sync or a bundle) exactly as it is,
    // with its outbox-free bookkeeping: a refusal by the machine marks it as a conflict, it is kept.
    // Idempotent by uuid. "events.bad-link" when it does not extend its device's chain here.
    Status import(SqlTransaction &tx, const Event &event);
    Status import(const Event &event);   // in a transaction of its own
    // The portal accepted an event: sets its portal sequence and hash (once).
    Status setPortal(const QUuid &event, qint64 portalSeq, const QByteArray &portalHash);

    std::optional<Event> event(const QUuid &uuid) const;
    QList<Event> eventsOf(const QString &dossierCode) const; // in replay order
    QList<Event> allInOrder() const;                          // all events, in replay order
    QList<Event> allInStoredOrder() const;                    // as stored (rowid): what the audit reads
    qint64 eventCount() const;
    ChainExpectations chainHeads() const;                     // device heads kept beside the events

    Result<ReplayResult> replayDossier(const QString &dossierCode) const;
    // Recomputes the whole `dossiers` table from the events in one transaction; returns the number of
    // dossiers. Records first-time conflicts in events.conflict_reason.
    Result<int> rebuildDerivedState();
    // Both audit chains over everything stored.
    ChainReport verifyChains() const;

private:
    Result<Event> appendInTransaction(Event event, const Actor *actor);
    Result<eventlog::ChainHead> chainHead(const QString &device) const;
    Status insertEvent(const Event &e);
    Status updateDerived(const QString &dossierCode);
    QList<Event> query(const QString &where, const QVariantList &binds, const QString &order) const;

    QDateTime now() const;

    QSqlDatabase m_db;
    QString m_deviceId;
    StateMachine m_machine;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace motcua
