#pragma once

#include "domain/dossier/Event.h"

#include <QByteArray>

namespace motcua {

// The two audit chains of ARCHITECTURE.md, as pure functions (SHA-256, 32-byte raw hashes).
//
// Device chain: deviceHash(n) = SHA-256(deviceHash(n-1) || canonicalBytes(n)), with 32 zero bytes
// before a device's first event. canonicalBytes includes the device sequence number, so moving an
// event to another place in the chain changes its hash too.
//
// Portal chain: portalHash(k) = SHA-256(portalHash(k-1) || "motcua.portal.v1" || decimal(k) || "\n"
// || deviceHash || canonicalBytes), with 32 zero bytes before the first accepted event (k = 1).
namespace chain {

QByteArray genesis();                                   // 32 zero bytes
QByteArray deviceLink(const QByteArray &prevDeviceHash, const Event &e);
QByteArray portalLink(const QByteArray &prevPortalHash, qint64 portalSeq, const Event &e);

// Sets e.deviceSeq = prevSeq + 1 and e.deviceHash from the device's previous hash (genesis() when
// prevSeq is 0). The one way an authoring device seals an event.
void sealOnDevice(Event &e, qint64 prevSeq, const QByteArray &prevDeviceHash);
// Sets e.portalSeq and e.portalHash (what the portal does when it accepts an event; used by tests and
// by the reference portal).
void sealOnPortal(Event &e, qint64 portalSeq, const QByteArray &prevPortalHash);

} // namespace chain
} // namespace motcua
