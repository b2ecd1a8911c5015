#include "domain/dossier/EventLog.h"

#include <QJsonArray>

#include "domain/audit/ChainHash.h"

namespace motcua::eventlog {

void sealLocal(Event &e, const DossierState &current, const QString &device, const ChainHead &head, const QDateTime &now)
{
    if (e.uuid.isNull())
        e.uuid = QUuid::createUuid();
    if (e.parent.isNull())
        e.parent = current.lastEvent;
    const QDateTime at = e.wallTime.isValid() ? e.wallTime : now;
    e.wallTime = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    e.device = device;
    e.portalSeq = 0;
    e.portalHash.clear();
    chain::sealOnDevice(e, head.seq, head.hash);
}

ImportDecision decideImport(const Event &e, const std::optional<Event> &storedWithUuid,
                            const std::optional<QUuid> &uuidAtSeq, const ChainHead &head)
{
    if (storedWithUuid) {
        if (storedWithUuid->deviceHash == e.deviceHash && storedWithUuid->device == e.device
            && storedWithUuid->deviceSeq == e.deviceSeq)
            return {ImportVerdict::AlreadyHere, std::nullopt};
        return {ImportVerdict::Refuse,
                Error(QStringLiteral("events.bad-link"),
                      QStringLiteral("an event with this uuid is stored with other content (device %1 seq %2)")
                          .arg(e.device)
                          .arg(e.deviceSeq))};
    }
    if (uuidAtSeq && *uuidAtSeq != e.uuid)
        return {ImportVerdict::Refuse,
                Error(QStringLiteral("events.seq-taken"),
                      QStringLiteral("device %1 seq %2 is another event here").arg(e.device).arg(e.deviceSeq))};
    const QByteArray prev = head.hash.isEmpty() ? chain::genesis() : head.hash;
    if (e.deviceSeq != head.seq + 1 || chain::deviceLink(prev, e) != e.deviceHash)
        return {ImportVerdict::Refuse,
                Error(QStringLiteral("events.bad-link"), QStringLiteral("device %1 seq %2 does not extend the chain at %3")
                                                             .arg(e.device)
                                                             .arg(e.deviceSeq)
                                                             .arg(head.seq))};
    return {ImportVerdict::Accept, std::nullopt};
}

QStringList pagesReferenced(const Event &e)
{
    QStringList out;
    if (e.type != EventType::ComponentAttached)
        return out;
    for (const QJsonValue &v : e.payload.value(QStringLiteral("pages")).toArray()) {
        const QString h = v.toString();
        if (!h.isEmpty() && !out.contains(h))
            out << h;
    }
    return out;
}

} // namespace motcua::eventlog
