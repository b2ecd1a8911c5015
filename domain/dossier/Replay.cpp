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
    // A dossier has a handful of events: a linear look-back is cheaper than hashing, until it is not.
    const bool useSet = eventsInOrder.size() > 32;
    QSet<QUuid> seen;
    if (useSet)
        seen.reserve(eventsInOrder.size());
    for (qsizetype i = 0; i < eventsInOrder.size(); ++i) {
        const Event &e = eventsInOrder[i];
        EventVerdict v;
        v.event = e.uuid;
        bool duplicate = false;
        if (useSet) {
            duplicate = seen.contains(e.uuid);
        } else {
            for (qsizetype j = 0; j < i && !duplicate; ++j)
                duplicate = eventsInOrder[j].uuid == e.uuid;
        }
        if (duplicate) {
            v.accepted = false;
            v.reason = QStringLiteral("dossier.duplicate-event");
            ++r.state.conflicts;
        } else {
            if (useSet)
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
