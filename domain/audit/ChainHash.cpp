#include "domain/audit/ChainHash.h"

#include <QCryptographicHash>

namespace motcua::chain {

QByteArray genesis()
{
    return QByteArray(32, '\0');
}

QByteArray deviceLink(const QByteArray &prevDeviceHash, const Event &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevDeviceHash);
    h.addData(e.canonicalBytes());
    return h.result();
}

QByteArray portalLink(const QByteArray &prevPortalHash, qint64 portalSeq, const Event &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevPortalHash);
    h.addData(QByteArrayView("motcua.portal.v1"));
    h.addData(QByteArray::number(portalSeq));
    h.addData(QByteArrayView("\n"));
    h.addData(e.deviceHash);
    h.addData(e.canonicalBytes());
    return h.result();
}

void sealOnDevice(Event &e, qint64 prevSeq, const QByteArray &prevDeviceHash)
{
    e.deviceSeq = prevSeq + 1;
    e.deviceHash = deviceLink(prevSeq == 0 ? genesis() : prevDeviceHash, e);
}

void sealOnPortal(Event &e, qint64 portalSeq, const QByteArray &prevPortalHash)
{
    e.portalSeq = portalSeq;
    e.portalHash = portalLink(portalSeq == 1 ? genesis() : prevPortalHash, portalSeq, e);
}

} // namespace motcua::chain
