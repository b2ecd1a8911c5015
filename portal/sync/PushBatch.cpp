#include "portal/sync/PushBatch.h"

#include "domain/audit/ChainHash.h"
#include "domain/dossier/CanonicalJson.h"

#include <QJsonArray>

#include <sodium.h>

namespace motcua::portal {

QByteArray pushSigningText(const QString &device, qint64 lastSeq, const QString &lastHashHex)
{
    return QByteArrayLiteral("motcua.push.v1\n") + device.toUtf8() + '\n' + QByteArray::number(lastSeq) + '\n'
           + lastHashHex.toLatin1();
}

PushedEvent PushedEvent::parsed(QString uuid, Event e)
{
    PushedEvent p;
    p.uuid = std::move(uuid);
    p.canonicalPayload = canonicalJson(e.payload);
    p.canonicalBytes = e.canonicalBytes(p.canonicalPayload);
    p.event = std::move(e);
    return p;
}

Result<QList<PushedEvent>> checkPushBatch(const QJsonObject &body, const DeviceContext &dev)
{
    auto malformed = [](const QString &why) { return Error(QStringLiteral("request.malformed"), why); };
    auto badSignature = [](const QString &why) { return Error(QStringLiteral("sync.bad-signature"), why); };
    if (!body.value(QStringLiteral("device")).isString() || !body.value(QStringLiteral("events")).isArray()
        || !body.value(QStringLiteral("last")).isObject() || !body.value(QStringLiteral("signature")).isString())
        return malformed(QStringLiteral("a push needs device, events, last and signature"));
    if (QUuid::fromString(body.value(QStringLiteral("device")).toString()) != QUuid::fromString(dev.device))
        return Error(QStringLiteral("auth.forbidden"), QStringLiteral("the batch names another device"));
    const QJsonArray array = body.value(QStringLiteral("events")).toArray();
    if (array.isEmpty())
        return malformed(QStringLiteral("no events"));
    if (array.size() > kMaxPushEvents)
        return Error(QStringLiteral("request.too-large"), QStringLiteral("more than 500 events in one push"));

    QList<PushedEvent> events;
    events.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return malformed(QStringLiteral("an event is not an object"));
        const QString uuid = v.toObject().value(QStringLiteral("uuid")).toString();
        Result<Event> e = Event::fromJson(v.toObject());
        if (!e) {
            events << PushedEvent{uuid, std::nullopt, e.error(), {}, {}};
            continue;
        }
        // Portal fields are the portal's to set.
        e->portalSeq = 0;
        e->officeSeq = 0;
        e->portalHash.clear();
        events << PushedEvent::parsed(uuid, std::move(e.value()));
    }

    const QJsonObject last = body.value(QStringLiteral("last")).toObject();
    const qint64 lastSeq = qint64(last.value(QStringLiteral("seq")).toDouble(-1));
    const QString lastHash = last.value(QStringLiteral("hash")).toString();
    const QJsonObject lastEvent = array.last().toObject();
    if (lastSeq <= 0 || qint64(lastEvent.value(QStringLiteral("deviceSeq")).toDouble(-2)) != lastSeq
        || lastEvent.value(QStringLiteral("deviceHash")).toString() != lastHash || lastHash.size() != 64)
        return badSignature(QStringLiteral("last is not the batch's last event"));
    for (qsizetype i = 1; i < events.size(); ++i) {
        const auto &prev = events[i - 1].event;
        const auto &cur = events[i].event;
        if (!prev || !cur)
            continue;   // an unreadable event is refused on its own; its neighbours still must chain
        if (cur->deviceSeq != prev->deviceSeq + 1 || chain::deviceLink(prev->deviceHash, events[i].canonicalBytes) != cur->deviceHash)
            return badSignature(QStringLiteral("the batch's events do not follow each other on the device chain"));
    }
    const QByteArray signature = QByteArray::fromBase64(body.value(QStringLiteral("signature")).toString().toLatin1());
    const QByteArray text = pushSigningText(body.value(QStringLiteral("device")).toString(), lastSeq, lastHash);
    if (signature.size() != crypto_sign_BYTES || dev.publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size()),
                                       reinterpret_cast<const unsigned char *>(dev.publicKey.constData()))
               != 0)
        return badSignature(QStringLiteral("the signature is not the device's"));
    return events;
}

} // namespace motcua::portal
