#pragma once

#include "domain/dossier/Event.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace motcua {

enum class ChainKind { Device, Portal };
enum class BreakKind {
    HashMismatch, // the stored hash is not the link of the stored content (a field was changed)
    WrongPrev,    // the stored hash links to another predecessor (an event moved or inserted)
    SequenceGap,  // a sequence number is missing (an event deleted)
    Reordered,    // a sequence number goes back or repeats in the stored order
    Truncated,    // the chain ends before its recorded head (events deleted at the end)
    BeyondHead,   // the chain goes on past its recorded head (events added at the end)
};
QString chainKindName(ChainKind k);  // "device", "portal"
QString breakKindName(BreakKind k);  // "hash-mismatch", "wrong-prev", "sequence-gap", "reordered", "truncated",
                                     // "beyond-head"

struct ChainBreak {
    ChainKind chain = ChainKind::Device;
    BreakKind kind = BreakKind::HashMismatch;
    qsizetype index = -1;  // position in the verified list; the list size for Truncated
    QUuid event;           // the first event that does not verify (null for Truncated)
    QString device;        // the device chain, or the event's device for the portal chain
    qint64 seq = 0;        // device or portal sequence number where it broke (expected one for gaps)
    QString detail;
    // One line naming the event: "event <uuid> (device D seq N): device chain hash-mismatch: ...".
    QString describe() const;
};

struct ChainReport {
    qsizetype eventsChecked = 0;
    QList<ChainBreak> breaks; // the first break of every broken chain, by position in the list
    bool ok() const { return breaks.isEmpty(); }
    const ChainBreak *first() const { return breaks.isEmpty() ? nullptr : &breaks.first(); }
};

// The last link a chain is known to have reached (kept by the store beside the events, and by the
// sync cursor for the portal chain). Deleting the newest events leaves a shorter chain that still
// verifies; comparing with the head catches it.
struct ChainHead {
    qint64 seq = 0;
    QByteArray hash;
};

struct ChainExpectations {
    QHash<QString, ChainHead> deviceHeads; // device id → head; devices not listed are not checked for truncation
    std::optional<ChainHead> portalHead;
};

// Verifies both chains over a complete set of events, given in stored order (each device's events in
// their stored order; the portal chain is checked in portal-sequence order). Every device chain must
// start at 1 and the portal chain at 1: the local store holds complete chains (see the report's notes
// on partial chains once sync brings other offices' subsets).
class ChainVerifier {
public:
    static ChainReport verify(const QList<Event> &eventsInStoredOrder, const ChainExpectations &expect = {});
};

} // namespace motcua
