#pragma once

#include "domain/Result.h"
#include "domain/dossier/DossierState.h"
#include "domain/dossier/Event.h"

#include <QByteArray>
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
// the next device sequence and its hash.
void sealLocal(Event &e, const DossierState &current, const QString &device, const ChainHead &head, const QDateTime &now);

enum class ImportVerdict {
    Accept,        // extends its device's chain here: store it
    AlreadyHere,   // the same event (uuid) is stored: importing is idempotent, nothing to do
    Refuse,        // see the error
};

struct ImportDecision {
    ImportVerdict verdict = ImportVerdict::Refuse;
    std::optional<Error> error;   // when refused: events.bad-link, events.seq-taken
};

// Whether an event sealed elsewhere is accepted, idempotent by uuid and by (device, sequence):
// `storedWithUuid` is the event this log holds under e.uuid, `uuidAtSeq` the uuid it holds at
// (e.device, e.deviceSeq), `head` e.device's chain head here. An event whose uuid is known but
// whose content differs, or whose (device, sequence) is taken by another uuid, is refused: a
// device chain never forks.
ImportDecision decideImport(const Event &e, const std::optional<Event> &storedWithUuid,
                            const std::optional<QUuid> &uuidAtSeq, const ChainHead &head);

// The page hashes (lowercase hex SHA-256) an event refers to: ComponentAttached's payload "pages".
// Sync uploads them before the event and fetches them before storing a pulled one.
QStringList pagesReferenced(const Event &e);

} // namespace motcua::eventlog
