#include "domain/dossier/EventLog.h"

#include <QJsonArray>

#include "domain/audit/ChainHash.h"

namespace motcua::eventlog {

void recordDue(Event &e, const DossierState &current, const StateMachine &machine)
{
    if (!StateMachine::changesDue(e.type) || !machine.hasCalendar())
        return;
    e.payload.remove(QStringLiteral("due")); // the machine's, never a caller's
    e.payload.remove(QStringLiteral("calendarVersion"));
    if (!machine.check(current, e).allowed)
        return;
    DossierState after = current;
    machine.apply(after, e);
    e.payload.insert(QStringLiteral("due"), isoUtcMs(after.dueAt));
    e.payload.insert(QStringLiteral("calendarVersion"), machine.calendarVersion());
}

void sealLocal(Event &e, const DossierState &current, const QString &device, const ChainHead &head, const QDateTime &now,
               const StateMachine *machine)
{
    if (e.uuid.isNull())
        e.uuid = QUuid::createUuid();
    if (e.parent.isNull())
        e.parent = current.lastEvent;
    const QDateTime at = e.wallTime.isValid() ? e.wallTime : now;
    e.wallTime = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    e.device = device;
    e.portalSeq = 0;
    e.officeSeq = 0;
    e.portalHash.clear();
    if (machine)
        recordDue(e, current, *machine);
    chain::sealOnDevice(e, head.seq, head.hash);
}

namespace {

ImportDecision refuse(const char *code, QString detail)
{
    return {ImportVerdict::Refuse, Error(QString::fromLatin1(code), std::move(detail)), false, false};
}

bool sameContent(const Event &stored, const Event &e)
{
    return stored.deviceHash == e.deviceHash && stored.device == e.device && stored.deviceSeq == e.deviceSeq;
}

bool samePortalFields(const Event &a, const Event &b)
{
    return a.portalSeq == b.portalSeq && a.officeSeq == b.officeSeq && a.portalHash == b.portalHash;
}

bool extendsDeviceChain(const Event &e, const ChainHead &head, const QByteArray &canonicalBytes)
{
    const QByteArray prev = head.hash.isEmpty() ? chain::genesis() : head.hash;
    return e.deviceSeq == head.seq + 1
        && chain::deviceLink(prev, canonicalBytes.isEmpty() ? e.canonicalBytes() : canonicalBytes) == e.deviceHash;
}

bool extendsOfficeChain(const Event &e, const ChainHead &head)
{
    const QByteArray prev = head.seq == 0 || head.hash.isEmpty() ? chain::genesis() : head.hash;
    return !chain::receivingOffice(e).isEmpty() && e.portalSeq > 0 && e.officeSeq == head.seq + 1
        && chain::officeLink(prev, e.officeSeq, e.portalSeq, e) == e.portalHash;
}

ImportDecision badDeviceLink(const Event &e, const ChainHead &head)
{
    return refuse("events.bad-link", QStringLiteral("device %1 seq %2 does not extend the chain at %3")
                                         .arg(e.device)
                                         .arg(e.deviceSeq)
                                         .arg(head.seq));
}

ImportDecision badOfficeLink(const Event &e, const ChainHead &head)
{
    return refuse("events.bad-link", QStringLiteral("office %1 seq %2 does not extend the office chain at %3")
                                         .arg(chain::receivingOffice(e))
                                         .arg(e.officeSeq)
                                         .arg(head.seq));
}

} // namespace

ImportDecision decideImport(const Event &e, const std::optional<Event> &storedWithUuid,
                            const std::optional<QUuid> &uuidAtSeq, const ChainHead &head,
                            const QByteArray &canonicalBytes)
{
    Event pushed = e;
    pushed.portalSeq = 0;
    pushed.officeSeq = 0;
    pushed.portalHash.clear();
    ImportContext here;
    here.storedWithUuid = storedWithUuid;
    if (here.storedWithUuid) { // what is stored already may have its portal fields: same event all the same
        here.storedWithUuid->portalSeq = 0;
        here.storedWithUuid->officeSeq = 0;
        here.storedWithUuid->portalHash.clear();
    }
    here.uuidAtSeq = uuidAtSeq;
    here.deviceHead = head;
    here.canonicalBytes = canonicalBytes;
    return decideImport(pushed, here);
}

ImportDecision decideImport(const Event &e, const ImportContext &here)
{
    const bool pulled = e.isSynced() || e.officeSeq > 0 || !e.portalHash.isEmpty();
    if (here.storedWithUuid) {
        const Event &stored = *here.storedWithUuid;
        if (!sameContent(stored, e))
            return refuse("events.bad-link", QStringLiteral("an event with this uuid is stored with other content "
                                                            "(device %1 seq %2)")
                                                 .arg(e.device)
                                                 .arg(e.deviceSeq));
        if (!pulled || (stored.isSynced() && samePortalFields(stored, e)))
            return {ImportVerdict::AlreadyHere, std::nullopt, false, false};
        if (stored.isSynced() || stored.officeSeq > 0 || !stored.portalHash.isEmpty())
            return refuse("events.portal-mismatch",
                          QStringLiteral("device %1 seq %2 is stored with other portal fields (set once)")
                              .arg(e.device)
                              .arg(e.deviceSeq));
        if (here.uuidAtOfficeSeq && *here.uuidAtOfficeSeq != e.uuid)
            return refuse("events.office-seq-taken", QStringLiteral("office %1 seq %2 is another event here")
                                                         .arg(chain::receivingOffice(e))
                                                         .arg(e.officeSeq));
        if (!extendsOfficeChain(e, here.officeHead))
            return badOfficeLink(e, here.officeHead);
        return {ImportVerdict::SetPortal, std::nullopt, false, true};
    }
    if (here.uuidAtSeq && *here.uuidAtSeq != e.uuid)
        return refuse("events.seq-taken",
                      QStringLiteral("device %1 seq %2 is another event here").arg(e.device).arg(e.deviceSeq));
    if (!pulled) {
        if (!extendsDeviceChain(e, here.deviceHead, here.canonicalBytes))
            return badDeviceLink(e, here.deviceHead);
        return {ImportVerdict::Accept, std::nullopt, true, false};
    }
    if (here.uuidAtOfficeSeq && *here.uuidAtOfficeSeq != e.uuid)
        return refuse("events.office-seq-taken",
                      QStringLiteral("office %1 seq %2 is another event here").arg(chain::receivingOffice(e)).arg(e.officeSeq));
    if (!extendsOfficeChain(e, here.officeHead))
        return badOfficeLink(e, here.officeHead);
    if (here.ownOfficeDevice) {
        if (!extendsDeviceChain(e, here.deviceHead, here.canonicalBytes))
            return badDeviceLink(e, here.deviceHead);
        return {ImportVerdict::Accept, std::nullopt, true, true};
    }
    return {ImportVerdict::Accept, std::nullopt, false, true};
}

Result<Tombstone> Tombstone::fromJson(const QJsonObject &o)
{
    Tombstone t;
    t.uuid = QUuid::fromString(o.value(QStringLiteral("uuid")).toString());
    t.device = o.value(QStringLiteral("device")).toString();
    t.deviceSeq = qint64(o.value(QStringLiteral("deviceSeq")).toDouble());
    t.deviceHash = QByteArray::fromHex(o.value(QStringLiteral("deviceHash")).toString().toLatin1());
    t.portalSeq = qint64(o.value(QStringLiteral("portalSeq")).toDouble());
    t.refused = o.value(QStringLiteral("refused")).toString();
    if (t.uuid.isNull() || t.device.isEmpty() || t.deviceSeq < 1 || t.deviceHash.size() != 32 || t.portalSeq < 1
        || t.refused.isEmpty())
        return Error(QStringLiteral("event.bad-json"), QStringLiteral("malformed tombstone"));
    return t;
}

ImportDecision decideTombstone(const Tombstone &t, const TombstoneContext &here)
{
    if (t.device == here.ownDevice)
        return {ImportVerdict::AlreadyHere, std::nullopt, false, false}; // the event itself is here
    if (here.storedAtSeq) {
        if (here.storedAtSeq->uuid == t.uuid && here.storedAtSeq->deviceHash == t.deviceHash)
            return {ImportVerdict::AlreadyHere, std::nullopt, false, false};
        return refuse("events.seq-taken", QStringLiteral("device %1 seq %2 is another refused event here")
                                              .arg(t.device)
                                              .arg(t.deviceSeq));
    }
    if (here.uuidAtSeq)
        return refuse("events.seq-taken",
                      QStringLiteral("device %1 seq %2 is an event here").arg(t.device).arg(t.deviceSeq));
    if (!here.ownOfficeDevice)
        return {ImportVerdict::Accept, std::nullopt, false, false};
    if (t.deviceSeq != here.deviceHead.seq + 1)
        return refuse("events.bad-link", QStringLiteral("refused device %1 seq %2 does not follow the chain at %3")
                                             .arg(t.device)
                                             .arg(t.deviceSeq)
                                             .arg(here.deviceHead.seq));
    return {ImportVerdict::Accept, std::nullopt, true, false};
}

QStringList pagesReferenced(const Event &e)
{
    QStringList out;
    auto add = [&out](const QJsonValue &pages) {
        for (const QJsonValue &v : pages.toArray()) {
            const QString h = v.toString();
            if (!h.isEmpty() && !out.contains(h))
                out << h;
        }
    };
    if (e.type == EventType::ComponentAttached) {
        add(e.payload.value(QStringLiteral("pages")));
    } else if (e.type == EventType::SubmittedOnline) {
        for (const QJsonValue &c : e.payload.value(QStringLiteral("components")).toArray())
            add(c.toObject().value(QStringLiteral("pages")));
    }
    return out;
}

} // namespace motcua::eventlog
