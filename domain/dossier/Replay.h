#pragma once

#include "domain/dossier/DossierState.h"
#include "domain/dossier/Event.h"
#include "domain/dossier/StateMachine.h"

#include <QList>

namespace motcua {

// The verdict of replay on one event. A refused event stays in the log: it is a conflict with a reason.
struct EventVerdict {
    QUuid event;
    bool accepted = true;
    QString reason;  // a StateMachine reason code when refused
    QString detail;
    friend bool operator==(const EventVerdict &, const EventVerdict &) = default;
};

struct ReplayResult {
    DossierState state;
    QList<EventVerdict> verdicts; // one per input event, same order
    QList<EventVerdict> conflicts() const;
};

// The one replay order: events the portal sequenced first, by portal sequence; then local events not
// yet synced, by (device, device sequence). A strict weak order; ties (same device and sequence, which
// the stores forbid) fall back to the uuid so the result never depends on the input order.
bool replayOrderLess(const Event &a, const Event &b);
void sortForReplay(QList<Event> &events);

// Replays a dossier's events in the order given (sort them with sortForReplay first). Deterministic.
// Refused events — including a second copy of a uuid — are kept as conflicts and change nothing.
ReplayResult replay(const QList<Event> &eventsInOrder, const StateMachine &machine);

} // namespace motcua
