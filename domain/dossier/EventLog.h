#pragma once

#include "domain/Result.h"
#include "domain/dossier/DossierState.h"
#include "domain/dossier/Event.h"
#include "domain/dossier/StateMachine.h"

#include <QByteArray>
#include <QJsonObject>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

// The rules of the event log, once, in pure code: what a device fills in before sealing an event
// of its own, and whether an event sealed elsewhere (another device through sync, a bundle) is
// accepted. The client's EventStore and the portal call these; they only read and write rows.
// (The replay order is sortForReplay in Replay.h; the chain hashes are in audit/ChainHash.h.)
namespace motcua::eventlog {

// A device's last event as the log holds it: sequence 0 and an empty hash before its first.
struct ChainHead {
    qint64 seq = 0;
    QByteArray hash;   // raw SHA-256; empty means genesis
};

// Completes an event authored on `device` against the dossier's current state and seals it on
// that device's chain: a new uuid and the dossier's last event as parent when unset, the wall time
// (`now` when unset) cut to whole milliseconds in UTC (what the hash covers), no portal fields,
// with `machine` the due moment as a fact (recordDue), the next device sequence and its hash.
void sealLocal(Event &e, const DossierState &current, const QString &device, const ChainHead &head, const QDateTime &now,
               const StateMachine *machine = nullptr);

// The due moment is a recorded fact, not recomputed by each reader: an event that changes the
// clock's inputs (StateMachine::changesDue) carries in its payload "due" (ISO-8601 UTC with
// milliseconds; "" when there is none, e.g. no time limit or while paused) as its author's machine
// computed it after the event, and "calendarVersion" (MachineContext::calendarVersion). Replay takes
// the recorded value; older events without it are recomputed with the reader's calendar. Nothing
// is recorded without a calendar, or for an event the machine refuses (it is not written).
void recordDue(Event &e, const DossierState &current, const StateMachine &machine);

enum class ImportVerdict {
    Accept,        // store it (see ImportDecision::extendsDevice for the device chain's head)
    AlreadyHere,   // the same event (uuid) is stored: importing is idempotent, nothing to do
    SetPortal,     // the same event is stored without portal fields (this device pushed it and the
                   // reply was lost): record the pulled portal fields on it (once)
    Refuse,        // see the error
};

struct ImportDecision {
    ImportVerdict verdict = ImportVerdict::Refuse;
    std::optional<Error> error;   // when refused: events.bad-link, events.seq-taken, events.office-seq-taken,
                                  // events.portal-mismatch
    bool extendsDevice = false;   // Accept: the event is the next link of its device's chain here (the
                                  // store moves that device's head); false for another office's device
    bool extendsOffice = false;   // Accept / SetPortal: the event is the next link of its office chain
};

// Whether an event sealed elsewhere and pushed (no portal fields: what the portal decides for a push,
// against the device's head on the portal) is accepted, idempotent by uuid and by (device, sequence):
// `storedWithUuid` is the event this log holds under e.uuid, `uuidAtSeq` the uuid it holds at
// (e.device, e.deviceSeq), `head` e.device's chain head here. An event whose uuid is known but
// whose content differs, or whose (device, sequence) is taken by another uuid, is refused: a
// device chain never forks. Portal fields on `e` are ignored. `canonicalBytes`: e.canonicalBytes()
// when the caller has them (not computed again), or empty.
ImportDecision decideImport(const Event &e, const std::optional<Event> &storedWithUuid,
                            const std::optional<QUuid> &uuidAtSeq, const ChainHead &head,
                            const QByteArray &canonicalBytes = {});

// What a client's log holds that bears on one pulled (or otherwise imported) event.
struct ImportContext {
    std::optional<Event> storedWithUuid;   // the event stored under e.uuid
    std::optional<QUuid> uuidAtSeq;        // the uuid stored at (e.device, e.deviceSeq)
    std::optional<QUuid> uuidAtOfficeSeq;  // the uuid stored at (receivingOffice(e), e.officeSeq)
    ChainHead deviceHead;                  // e.device's chain head here
    ChainHead officeHead;                  // receivingOffice(e)'s chain head here: the newest link
                                           // pulled in order
    bool ownOfficeDevice = true;           // e.device belongs to this workspace's office
    QByteArray canonicalBytes;             // e.canonicalBytes() if the caller has them, else empty
};

// The client's rule for an event coming from the portal's change feed (or a bundle):
// - idempotent by uuid: the same event again is AlreadyHere; the same event stored without portal
//   fields (this device's own, whose push reply was lost) is SetPortal; the same event with other
//   portal fields is refused (events.portal-mismatch: they are set once);
// - an event with portal fields must be the NEXT link of its receiving office's chain here
//   (officeSeq = head + 1, portalHash = officeLink(head hash)): the change feed sends every event of
//   the offices a workspace sees in portal order, so each office's events arrive in officeSeq order
//   without gaps, and a gap (events.bad-link) means something was lost: the pull stops there
//   instead of storing a chain it cannot verify;
// - an event of a device of this workspace's office must also extend that device's chain here
//   (that chain is verified completely); another office's device (a province supervisor acting on
//   a commune's dossier) is accepted on its office link alone: this workspace sees that device's
//   chain only in part;
// - an event without portal fields (a bundle carried by hand) must extend its device's chain.
// A (device, sequence) or (office, officeSeq) taken by another uuid is refused: no chain forks.
ImportDecision decideImport(const Event &e, const ImportContext &here);

// A change-feed tombstone (docs/sync-protocol.md, Changes): an event the portal refused on its
// merits, shared without content so the devices of its office can follow its device chain across it.
struct Tombstone {
    QUuid uuid;
    QString device;
    qint64 deviceSeq = 0;
    QByteArray deviceHash;   // raw SHA-256: that device's chain link at deviceSeq
    qint64 portalSeq = 0;
    QString refused;         // the portal's refusal code
    // {"uuid", "device", "deviceSeq", "deviceHash" (hex), "portalSeq", "refused"}; event.bad-json.
    static Result<Tombstone> fromJson(const QJsonObject &o);
    static bool isTombstone(const QJsonObject &o) { return o.contains(QLatin1String("refused")); }
};

struct TombstoneContext {
    QString ownDevice;                   // this workspace's device: its own refused event is stored here
    std::optional<QUuid> uuidAtSeq;      // the event stored at (t.device, t.deviceSeq)
    std::optional<Tombstone> storedAtSeq; // the tombstone stored at (t.device, t.deviceSeq)
    ChainHead deviceHead;                // t.device's chain head here
    bool ownOfficeDevice = true;         // t.device belongs to this workspace's office
};

// Whether a tombstone is taken: Accept (store it; extendsDevice: it is the next link of a chain this
// workspace verifies completely, whose head moves to it on the portal's word), AlreadyHere (the same
// tombstone again, or this device's own refused event, which stays stored here), Refuse
// (events.seq-taken: another event or tombstone holds that place; events.bad-link: a gap in an own
// office device's chain).
ImportDecision decideTombstone(const Tombstone &t, const TombstoneContext &here);

// The page hashes (lowercase hex SHA-256) an event refers to: ComponentAttached's payload "pages",
// SubmittedOnline's components' "pages".
// Sync uploads them before the event and fetches them before storing a pulled one.
QStringList pagesReferenced(const Event &e);

} // namespace motcua::eventlog
