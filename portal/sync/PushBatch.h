#pragma once

#include "domain/Result.h"
#include "domain/dossier/Event.h"
#include "portal/sync/DeviceContext.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace motcua::portal {

// One event of a push as it came: its uuid text (for the answer, even when it does not parse) and
// the parsed event, or why it did not parse (answered event.bad-json for that item only).
struct PushedEvent {
    QString uuid;
    std::optional<Event> event;
    Error parseError;
    // Of a parsed event: canonicalJson(event->payload) and event->canonicalBytes(), made once on the
    // request's own thread and used to check its link, seal it and store it (the group's leader
    // writes while holding the portal's locks: it should not make them again).
    QByteArray canonicalPayload;
    QByteArray canonicalBytes;

    static PushedEvent parsed(QString uuid, Event e);
};

// The text a device signs for a push or a bundle: "motcua.push.v1\n" + device + "\n" + seq + "\n" + hex.
QByteArray pushSigningText(const QString &device, qint64 lastSeq, const QString &lastHashHex);

// The whole-batch checks of POST /v1/sync/push, before anything is stored:
// - request.malformed: not the documented shape;
// - request.too-large: more than 500 events;
// - auth.forbidden: the batch names another device than `dev`;
// - sync.bad-signature: `last` is not the last event, the events do not follow each other on the
//   device's chain, or the signature is not the device key's over `last`.
// The signature covers `last`, and `last` hashes every event before it in the batch, so a batch
// that passes is exactly what the device sealed.
constexpr int kMaxPushEvents = 500;
Result<QList<PushedEvent>> checkPushBatch(const QJsonObject &body, const DeviceContext &dev);

} // namespace motcua::portal
