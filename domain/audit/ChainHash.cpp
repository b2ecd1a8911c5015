#include "domain/audit/ChainHash.h"

#include "domain/audit/Sha256.h"

namespace motcua::chain {

QByteArray genesis()
{
    return QByteArray(32, '\0');
}

QByteArray deviceLink(const QByteArray &prevDeviceHash, const Event &e)
{
    return deviceLink(prevDeviceHash, e.canonicalBytes());
}

QByteArray deviceLink(const QByteArray &prevDeviceHash, const QByteArray &canonicalBytes)
{
    Sha256 h;
    h.add(prevDeviceHash);
    h.add(canonicalBytes);
    return h.result();
}

void sealOnDevice(Event &e, qint64 prevSeq, const QByteArray &prevDeviceHash)
{
    e.deviceSeq = prevSeq + 1;
    e.deviceHash = deviceLink(prevSeq == 0 ? genesis() : prevDeviceHash, e);
}

QString receivingOffice(const Event &e)
{
    const qsizetype dash = e.dossier.indexOf(QLatin1Char('-'));
    return dash > 0 ? e.dossier.left(dash) : QString();
}

QByteArray officeLink(const QByteArray &prevOfficeHash, qint64 officeSeq, qint64 portalSeq, const Event &e)
{
    return officeLink(prevOfficeHash, officeSeq, portalSeq, e, e.canonicalBytes());
}

QByteArray officeLink(const QByteArray &prevOfficeHash, qint64 officeSeq, qint64 portalSeq, const Event &e,
                      const QByteArray &canonicalBytes)
{
    Sha256 h;
    h.add(prevOfficeHash);
    h.add(QByteArrayView("motcua.office.v1\n"));
    h.add(receivingOffice(e).toUtf8());
    h.add(QByteArrayView("\n"));
    h.add(QByteArray::number(officeSeq));
    h.add(QByteArrayView("\n"));
    h.add(QByteArray::number(portalSeq));
    h.add(QByteArrayView("\n"));
    h.add(e.deviceHash);
    h.add(canonicalBytes);
    return h.result();
}

void sealInOffice(Event &e, qint64 portalSeq, qint64 officeSeq, const QByteArray &prevOfficeHash)
{
    sealInOffice(e, portalSeq, officeSeq, prevOfficeHash, e.canonicalBytes());
}

void sealInOffice(Event &e, qint64 portalSeq, qint64 officeSeq, const QByteArray &prevOfficeHash,
                  const QByteArray &canonicalBytes)
{
    e.portalSeq = portalSeq;
    e.officeSeq = officeSeq;
    e.portalHash = officeLink(officeSeq == 1 ? genesis() : prevOfficeHash, officeSeq, portalSeq, e, canonicalBytes);
}

} // namespace motcua::chain
