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
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(prevOfficeHash);
    h.addData(QByteArrayView("motcua.office.v1\n"));
    h.addData(receivingOffice(e).toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(QByteArray::number(officeSeq));
    h.addData(QByteArrayView("\n"));
    h.addData(QByteArray::number(portalSeq));
    h.addData(QByteArrayView("\n"));
    h.addData(e.deviceHash);
    h.addData(e.canonicalBytes());
    return h.result();
}

void sealInOffice(Event &e, qint64 portalSeq, qint64 officeSeq, const QByteArray &prevOfficeHash)
{
    e.portalSeq = portalSeq;
    e.officeSeq = officeSeq;
    e.portalHash = officeLink(officeSeq == 1 ? genesis() : prevOfficeHash, officeSeq, portalSeq, e);
}

} // namespace motcua::chain
