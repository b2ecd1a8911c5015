#pragma once

#include "domain/Result.h"
#include "domain/audit/ChainVerifier.h"
#include "domain/codes/DossierCode.h"
#include "domain/dossier/Actor.h"
#include "domain/dossier/Event.h"
#include "domain/dossier/Replay.h"
#include "domain/dossier/StateMachine.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace motcua {

// The append-only event log of one workspace (tables of 0004_events.sql) and its derived state.
// Every write is one transaction: the event, its outbox row, the device-chain head and the dossier's
// derived-state row (and, for a receipt, the minted code's sequence and the lookup code) together.
// Uses the caller's connection: call from the thread that owns it; do not call inside an open
// transaction of your own.
class EventStore {
public:
    // deviceId: this installation's device (whose chain append() extends). ctx: the calendar binding
    // and office coverage used for replay.
    EventStore(QSqlDatabase db, QString deviceId, MachineContext ctx = {});

    const QString &deviceId() const { return m_deviceId; }
    const StateMachine &machine() const { return m_machine; }

    // Appends an event authored on this device. Fills device, device sequence, device hash, and, when
    // unset, uuid, parent (the dossier's last event) and wall time (now, UTC). Refused (nothing
    // written, the state machine's reason as the error code) when the machine refuses it in the
    // dossier's current state — with `actor`, also when the officer may not author it (checkAuthor).
    Result<Event> append(Event event, const Actor *actor = nullptr);

    // A Received (or Form 02 / Form 03) event for a new dossier: mints the dossier code from this
    // device's day sequence and draws a lookup code unique for the office and year, in the same
    // transaction as the event. Sets event.dossier and payload "lookupCode".
    Result<Event> receive(Event event, const DossierCodeMinter &minter, const QDate &officeDay,
                          const Actor *actor = nullptr, int lookupLength = 8);
    // A counter outcome and everything that belongs to it, in ONE transaction: the outcome as
    // receive() writes it, then `followers` (the ComponentAttached events of the new dossier; their
    // dossier is set to the minted code) appended in order, then alsoInTransaction(code) (page
    // references, the citizen record, the draft's removal). Any failure rolls all of it back, so a
    // dossier is never half there. Returns the outcome first, then the followers as stored.
    Result<QList<Event>> receiveTogether(Event outcome, QList<Event> followers, const DossierCodeMinter &minter,
                                         const QDate &officeDay, const Actor *actor,
                                         const std::function<Status(const QString &dossierCode)> &alsoInTransaction,
                                         int lookupLength = 8);

    // Several events of existing dossiers appended in order in ONE transaction (as append() does
    // each), then alsoInTransaction() (page references…): any refusal or failure rolls all of it
    // back. Used when one counter action is several events (a supplement received, its pages and
    // the acceptance that follows).
    Result<QList<Event>> appendTogether(QList<Event> events, const Actor *actor,
                                        const std::function<Status()> &alsoInTransaction = {});

    // Stores an event that was sealed elsewhere (another device via sync or a bundle) exactly as it is,
    // with its outbox-free bookkeeping: a refusal by the machine marks it as a conflict, it is kept.
    // Idempotent by uuid. "events.bad-link" when it does not extend its device's chain here.
    Status import(const Event &event);
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
    Status insertEvent(const Event &e);
    Status updateDerived(const QString &dossierCode);
    QList<Event> query(const QString &where, const QVariantList &binds, const QString &order) const;

    QSqlDatabase m_db;
    QString m_deviceId;
    StateMachine m_machine;
};

} // namespace motcua
