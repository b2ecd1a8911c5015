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
// Office chains: see officeLink below. (The single global portal chain of the first version is gone:
// nothing had been synced with it.)
namespace chain {

QByteArray genesis();                                   // 32 zero bytes
QByteArray deviceLink(const QByteArray &prevDeviceHash, const Event &e);
// The same, the event's canonicalBytes() given (computed once by a caller that hashes it again).
QByteArray deviceLink(const QByteArray &prevDeviceHash, const QByteArray &canonicalBytes);

// Sets e.deviceSeq = prevSeq + 1 and e.deviceHash from the device's previous hash (genesis() when
// prevSeq is 0). The one way an authoring device seals an event.
void sealOnDevice(Event &e, qint64 prevSeq, const QByteArray &prevDeviceHash);

// The office chains of ARCHITECTURE.md: the portal gives each accepted event a global portalSeq (the sync
// cursor) and chains it to the previous accepted event of the same RECEIVING office (the office
// part of the dossier code, not the acting officer's office), numbered officeSeq 1, 2, 3 …:
// officeHash(k) = SHA-256(officeHash(k-1) || "motcua.office.v1\n" || office || "\n" || decimal(officeSeq)
//                 || "\n" || decimal(portalSeq) || "\n" || deviceHash || canonicalBytes),
// with genesis() before an office's first event (officeSeq = 1). The result is kept in
// Event::portalHash.
QString receivingOffice(const Event &e);   // "" when the dossier code has no office part
QByteArray officeLink(const QByteArray &prevOfficeHash, qint64 officeSeq, qint64 portalSeq, const Event &e);
QByteArray officeLink(const QByteArray &prevOfficeHash, qint64 officeSeq, qint64 portalSeq, const Event &e,
                      const QByteArray &canonicalBytes);
// Sets e.portalSeq, e.officeSeq and e.portalHash: what the portal does when it accepts an event
// (with its canonicalBytes() when the portal has them already).
void sealInOffice(Event &e, qint64 portalSeq, qint64 officeSeq, const QByteArray &prevOfficeHash);
void sealInOffice(Event &e, qint64 portalSeq, qint64 officeSeq, const QByteArray &prevOfficeHash,
                  const QByteArray &canonicalBytes);

} // namespace chain
} // namespace motcua
