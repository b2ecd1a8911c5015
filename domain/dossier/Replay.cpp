#include "domain/dossier/Replay.h"

#include <QSet>

#include <algorithm>

namespace motcua {

QList<EventVerdict> ReplayResult::conflicts() const
{
    QList<EventVerdict> out;
    for (const EventVerdict &v : verdicts) {
        if (!v.accepted)
            out << v;
    }
    return out;
}

bool replayOrderLess(const Event &a, const Event &b)
{
    const bool as = a.isSynced();
    const bool bs = b.isSynced();
    if (as != bs)
        return as; // synced first
    if (as && a.portalSeq != b.portalSeq)
        return a.portalSeq < b.portalSeq;
    if (a.device != b.device)
        return a.device < b.device;
    if (a.deviceSeq != b.deviceSeq)
        return a.deviceSeq < b.deviceSeq;
    return a.uuid < b.uuid;
}

void sortForReplay(QList<Event> &events)
{
    std::stable_sort(events.begin(), events.end(), &replayOrderLess);
}

ReplayResult replay(const QList<Event> &eventsInOrder, const StateMachine &machine)
{
    ReplayResult r;
    r.verdicts.reserve(eventsInOrder.size());
    QSet<QUuid> seen;
    seen.reserve(eventsInOrder.size());
    for (const Event &e : eventsInOrder) {
        EventVerdict v;
        v.event = e.uuid;
        if (seen.contains(e.uuid)) {
            v.accepted = false;
            v.reason = QStringLiteral("dossier.duplicate-event");
            ++r.state.conflicts;
        } else {
            seen.insert(e.uuid);
            const Verdict mv = machine.step(r.state, e);
            v.accepted = mv.allowed;
            v.reason = mv.reason;
            v.detail = mv.detail;
        }
        r.verdicts << v;
    }
    return r;
}

} // namespace motcua
