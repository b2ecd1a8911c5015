#include "portal/sync/PushPlan.h"

#include "domain/audit/ChainHash.h"
#include "domain/codes/DossierCode.h"
#include "portal/files/FileStore.h"

namespace motcua::portal {

QJsonObject PushItemResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("uuid"), uuid);
    if (error) {
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), error->code}, {QStringLiteral("message"), error->detail}});
    } else {
        o.insert(QStringLiteral("portalSeq"), double(portalSeq));
        o.insert(QStringLiteral("officeSeq"), double(officeSeq));
        o.insert(QStringLiteral("portalHash"), QString::fromLatin1(portalHash.toHex()));
    }
    return o;
}

namespace {

// Why an event that extends the device's chain is refused on its merits, if it is.
std::optional<Error> meritRefusal(const DeviceContext &dev, const Event &e, const QString &office, const QStringList &pages)
{
    if (office.isEmpty() || !DossierCode::parse(e.dossier))
        return Error(QStringLiteral("event.bad-json"), QStringLiteral("the dossier code is not valid"));
    if (!dev.sees(office))
        return Error(QStringLiteral("auth.forbidden"), QStringLiteral("the dossier's office is not visible to this device"));
    if (e.office != dev.office)
        return Error(QStringLiteral("auth.forbidden"), QStringLiteral("the event names another acting office than the device's"));
    for (const QString &sha : pages) {
        if (!FileStore::isValidHash(sha))
            return Error(QStringLiteral("event.bad-json"), QStringLiteral("a page reference is not a SHA-256"));
    }
    return std::nullopt;
}

} // namespace

BatchPlan planBatch(const DeviceContext &dev, const QList<PushedEvent> &events, BatchFacts facts)
{
    BatchPlan plan;
    plan.items.reserve(events.size());
    eventlog::ChainHead head = facts.head;
    for (const PushedEvent &pushed : events) {
        PlannedItem item;
        item.result.uuid = pushed.uuid;
        if (!pushed.event) {
            item.result.error = pushed.parseError;
            plan.items << std::move(item);
            continue;
        }
        const Event &e = *pushed.event;
        if (e.device != dev.device) {
            // Neither recorded: that device's chain is not this batch's to move.
            item.result.error = Error(QStringLiteral("auth.forbidden"), QStringLiteral("the event was sealed by another device"));
            plan.items << std::move(item);
            continue;
        }
        const auto stored = facts.stored.constFind(e.uuid);
        const std::optional<Event> storedEvent = stored == facts.stored.constEnd() ? std::nullopt : std::optional<Event>(*stored);
        const auto atSeq = facts.uuidAtSeq.constFind(e.deviceSeq);
        const std::optional<QUuid> uuidAtSeq = atSeq == facts.uuidAtSeq.constEnd() ? std::nullopt : std::optional<QUuid>(*atSeq);
        const eventlog::ImportDecision decision = eventlog::decideImport(e, storedEvent, uuidAtSeq, head, pushed.canonicalBytes);
        if (decision.verdict == eventlog::ImportVerdict::AlreadyHere) {
            item.result = facts.storedAnswers.value(e.uuid);
            item.result.uuid = pushed.uuid;
            plan.items << std::move(item);
            continue;
        }
        if (decision.verdict == eventlog::ImportVerdict::Refuse) {
            item.result.error = decision.error;
            plan.items << std::move(item);
            continue;
        }
        const QString office = chain::receivingOffice(e);
        const QStringList pages = eventlog::pagesReferenced(e);
        if (std::optional<Error> why = meritRefusal(dev, e, office, pages)) {
            item.step = PlannedItem::Step::RecordRefusal;
            item.result.error = why;
        } else {
            bool readable = true;
            for (const QString &sha : pages)
                readable = readable && facts.readablePages.contains(sha);
            if (!readable) {
                // Not recorded: retried after the upload; the events after it meet the gap.
                item.result.error = Error(QStringLiteral("files.missing"), QStringLiteral("a page this event refers to is not uploaded yet"));
                plan.items << std::move(item);
                continue;
            }
            item.step = PlannedItem::Step::Accept;
            item.office = office;
            item.pages = pages;
            for (const QString &sha : pages)
                facts.readablePages.insert(sha);   // its event_files row makes it readable to the device
        }
        item.event = e;
        item.canonicalPayload = pushed.canonicalPayload;
        item.canonicalBytes = pushed.canonicalBytes;
        head = {e.deviceSeq, e.deviceHash};
        facts.uuidAtSeq.insert(e.deviceSeq, e.uuid);
        ++plan.sequenced;
        plan.items << std::move(item);
    }
    plan.head = head;
    return plan;
}

} // namespace motcua::portal
