#pragma once

#include "domain/dossier/Event.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUuid>

#include <optional>

namespace motcua {

enum class ChainKind { Device, Office };
enum class BreakKind {
    HashMismatch, // the stored hash is not the link of the stored content (a field was changed)
    WrongPrev,    // the stored hash links to another predecessor (an event moved or inserted)
    SequenceGap,  // a sequence number is missing (an event deleted)
    Reordered,    // a sequence number goes back or repeats in the stored order
    Truncated,    // the chain ends before its recorded head (events deleted at the end)
    BeyondHead,   // the chain goes on past its recorded head (events added at the end)
};
QString chainKindName(ChainKind k);  // "device", "office"
QString breakKindName(BreakKind k);  // "hash-mismatch", "wrong-prev", "sequence-gap", "reordered", "truncated",
                                     // "beyond-head"

struct ChainBreak {
    ChainKind chain = ChainKind::Device;
    BreakKind kind = BreakKind::HashMismatch;
    qsizetype index = -1;  // position in the verified list; the list size for Truncated
    QUuid event;           // the first event that does not verify (null for Truncated)
    QString device;        // the device chain, or the event's device for an office chain
    QString office;        // the office chain (receiving office); empty for a device chain
    qint64 seq = 0;        // device or office sequence number where it broke (expected one for gaps)
    QString detail;
    // One line naming the event: "event <uuid> (device D seq N): device chain hash-mismatch: ..." or
    // "event <uuid> (office O seq N, device D): office chain ...".
    QString describe() const;
};

struct ChainReport {
    qsizetype eventsChecked = 0;
    QList<ChainBreak> breaks; // the first break of every broken chain, by position in the list
    bool ok() const { return breaks.isEmpty(); }
    const ChainBreak *first() const { return breaks.isEmpty() ? nullptr : &breaks.first(); }
};

// The last link a chain is known to have reached (kept by the store beside the events: chain_heads
// for device chains, office_heads for office chains). Deleting the newest events leaves a shorter
// chain that still verifies; comparing with the head catches it.
struct ChainHead {
    qint64 seq = 0;
    QByteArray hash;
};

struct ChainExpectations {
    QHash<QString, ChainHead> deviceHeads; // device id → head; devices not listed are not checked for truncation
    QHash<QString, ChainHead> officeHeads; // receiving office → the newest link pulled in order
    // device → sequence → hash of links the portal attested without the event (tombstones of events
    // it refused on their merits): present in the device's chain, stored nowhere.
    QHash<QString, QHash<qint64, QByteArray>> attestedLinks;
};

// What a workspace is entitled to see, and so can verify completely.
struct ChainScope {
    // The workspace's office. A device is of this office when its events here were acted in it (an
    // officer signs in only on devices of their own office). Empty: every device is "own" (a
    // stand-alone workspace, or a test).
    QString ownOffice;
    // The office chains the workspace receives whole (its office; for a province centre, also its
    // communes). Empty: every office chain present is treated as entitled.
    QSet<QString> entitledOffices;
};

// Verifies the chains over the events a workspace holds, given in stored order:
// - the device chain, completely (from sequence 1, no gaps, against its head), of every device of
//   the own office and of every device with an unsynced event here (a local event has no other
//   link); another office's device, all of whose events here are synced, is seen only in part (a
//   province supervisor's device acting on this commune's dossiers): its events are checked
//   through their office link only, and never reported for gaps in a chain this workspace cannot see;
// - every office chain (events with portal fields, grouped by chain::receivingOffice, in officeSeq
//   order): an entitled one completely from officeSeq 1 up to its recorded head (no gaps, each link
//   to its predecessor); events past a gap beyond the head are links the push reply gave before the
//   pull brought what precedes them (they are still covered by their own device chain). Another
//   office's chain is checked link by link where the predecessor is here.
class ChainVerifier {
public:
    static ChainReport verify(const QList<Event> &eventsInStoredOrder, const ChainExpectations &expect = {},
                              const ChainScope &scope = {});
};

} // namespace motcua
