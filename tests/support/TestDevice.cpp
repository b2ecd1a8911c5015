#include "support/TestDevice.h"

#include "domain/calendar/TimeLimit.h"
#include "domain/codes/DossierCode.h"
#include "domain/codes/LookupCode.h"
#include "domain/dossier/DossierState.h"
#include "domain/dossier/EventLog.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

namespace motcua::test {

TestDevice::TestDevice(QUrl portal) : m_portal(std::move(portal))
{
    if (sodium_init() < 0)
        qFatal("libsodium did not initialise");
    m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    m_secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(m_publicKey.data()),
                        reinterpret_cast<unsigned char *>(m_secretKey.data()));
}

QByteArray TestDevice::sign(const QByteArray &text) const
{
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(text.constData()), quint64(text.size()),
                         reinterpret_cast<const unsigned char *>(m_secretKey.constData()));
    return sig;
}

QString TestDevice::enroll(const QString &login, const QString &password)
{
    const HttpReply in = httpJson(m_portal, "POST", QStringLiteral("/v1/auth/login"),
                                  {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
    if (in.status != 200)
        return QStringLiteral("login: HTTP %1 %2").arg(in.status).arg(QString::fromUtf8(in.body));
    m_officerToken = in.json().value(QStringLiteral("token")).toString();
    m_officer = login;
    const HttpReply dev = httpJson(m_portal, "POST", QStringLiteral("/v1/devices"),
                                   {{QStringLiteral("publicKey"), QString::fromLatin1(m_publicKey.toBase64())},
                                    {QStringLiteral("name"), QStringLiteral("test device")}},
                                   m_officerToken);
    if (dev.status != 201)
        return QStringLiteral("enroll: HTTP %1 %2").arg(dev.status).arg(QString::fromUtf8(dev.body));
    const QJsonObject o = dev.json();
    m_id = o.value(QStringLiteral("device")).toString();
    m_number = o.value(QStringLiteral("number")).toInt();
    m_office = o.value(QStringLiteral("office")).toObject().value(QStringLiteral("code")).toString();
    m_boxKey = QByteArray::fromBase64(o.value(QStringLiteral("portalKeys")).toObject().value(QStringLiteral("box")).toString().toLatin1());
    if (m_id.isEmpty() || m_number < 1 || m_office.isEmpty())
        return QStringLiteral("enroll: unexpected answer %1").arg(QString::fromUtf8(dev.body));
    return refreshToken();
}

QString TestDevice::refreshToken()
{
    const QString at = isoUtcMs(QDateTime::currentDateTimeUtc());
    const QByteArray text = QByteArrayLiteral("motcua.device-token.v1\n") + m_id.toUtf8() + '\n' + at.toUtf8();
    const HttpReply r = httpJson(m_portal, "POST", QStringLiteral("/v1/auth/device"),
                                 {{QStringLiteral("device"), m_id},
                                  {QStringLiteral("at"), at},
                                  {QStringLiteral("signature"), QString::fromLatin1(sign(text).toBase64())}});
    if (r.status != 200)
        return QStringLiteral("device token: HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
    m_token = r.json().value(QStringLiteral("token")).toString();
    return {};
}

Event TestDevice::seal(Event e)
{
    DossierState current;
    current.lastEvent = m_lastOnDossier.value(e.dossier);
    if (e.device.isEmpty())
        e.device = m_id;
    const QString device = e.device;
    eventlog::sealLocal(e, current, device, eventlog::ChainHead{m_seq, m_hash}, QDateTime::currentDateTimeUtc());
    m_seq = e.deviceSeq;
    m_hash = e.deviceHash;
    m_lastOnDossier.insert(e.dossier, e.uuid);
    return e;
}

Event TestDevice::receive(const QString &lookup, const QDate &day)
{
    const DossierCode code{m_office, day, m_number, ++m_daySeq};
    Event e;
    e.dossier = code.toString();
    e.type = EventType::Received;
    e.payload = QJsonObject{{QStringLiteral("procedure"), QStringLiteral("1.001193")},
                            {QStringLiteral("limit"), TimeLimit::days(5).toJson()},
                            {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("idNumber"), QStringLiteral("001090123456")},
                                                                      {QStringLiteral("name"), QStringLiteral("Nguyễn Văn An")}}},
                            {QStringLiteral("lookupCode"), lookup.isEmpty() ? LookupCode::generate() : lookup}};
    e.officer = m_officer;
    e.role = Role::Counter;
    e.office = m_office;
    return seal(e);
}

Event TestDevice::act(const QString &dossier, EventType type, const QJsonObject &payload, Role role)
{
    Event e;
    e.dossier = dossier;
    e.type = type;
    e.payload = payload;
    e.officer = m_officer;
    e.role = role;
    e.office = m_office;
    return seal(e);
}

QJsonObject TestDevice::pushBody(const QList<Event> &events) const
{
    QJsonArray array;
    for (const Event &e : events)
        array.append(e.toJson());
    const qint64 lastSeq = events.isEmpty() ? 0 : events.last().deviceSeq;
    const QString lastHash = events.isEmpty() ? QString() : QString::fromLatin1(events.last().deviceHash.toHex());
    const QByteArray text = QByteArrayLiteral("motcua.push.v1\n") + m_id.toUtf8() + '\n' + QByteArray::number(lastSeq) + '\n'
                            + lastHash.toLatin1();
    return QJsonObject{{QStringLiteral("device"), m_id},
                       {QStringLiteral("events"), array},
                       {QStringLiteral("last"), QJsonObject{{QStringLiteral("seq"), double(lastSeq)}, {QStringLiteral("hash"), lastHash}}},
                       {QStringLiteral("signature"), QString::fromLatin1(sign(text).toBase64())}};
}

HttpReply TestDevice::push(const QList<Event> &events) const
{
    return pushBodyAs(pushBody(events));
}

HttpReply TestDevice::pushBodyAs(const QJsonObject &body) const
{
    return httpJson(m_portal, "POST", QStringLiteral("/v1/sync/push"), body, m_token);
}

QByteArray TestDevice::bundle(const QList<Event> &events, const QHash<QString, QByteArray> &files) const
{
    QJsonObject inner = pushBody(events);
    inner.insert(QStringLiteral("format"), QStringLiteral("motcua.bundle.v1"));
    QJsonObject f;
    for (auto it = files.begin(); it != files.end(); ++it)
        f.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    inner.insert(QStringLiteral("files"), f);
    const QByteArray plain = QJsonDocument(inner).toJson(QJsonDocument::Compact);
    QByteArray out(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (m_boxKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(plain.constData()),
                    quint64(plain.size()), reinterpret_cast<const unsigned char *>(m_boxKey.constData()));
    return out;
}

} // namespace motcua::test
