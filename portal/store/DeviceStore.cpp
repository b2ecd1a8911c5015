#include "portal/store/DeviceStore.h"

#include "portal/db/Sql.h"

#include <QRegularExpression>
#include <QUuid>

namespace motcua::portal {

bool isUuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

Result<Device> DeviceStore::enroll(const QString &office, const QByteArray &publicKey, const QString &name, const QString &byLogin,
                                   const QString &slotSecret)
{
    return inTransaction(m_db, [&]() -> Result<Device> {
        auto lock = exec(m_db, QStringLiteral("SELECT code FROM offices WHERE code = ? FOR UPDATE"), {office});
        if (!lock)
            return lock.error();
        if (!lock->next())
            return Error(QStringLiteral("not-found"), QStringLiteral("No such office."));
        auto free = exec(m_db, QStringLiteral("SELECT min(n) FROM generate_series(1, 99) AS n"
                                              " WHERE n NOT IN (SELECT number FROM devices WHERE office = ?)"),
                         {office});
        if (!free)
            return free.error();
        if (!free->next() || free->isNull(0))
            return Error(QStringLiteral("devices.office-full"), QStringLiteral("The office already has 99 devices."));
        Device d;
        d.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.office = office;
        d.number = free->value(0).toInt();
        d.publicKey = publicKey;
        d.name = name;
        auto ins = exec(m_db, QStringLiteral("INSERT INTO devices (uuid, office, number, public_key, name, enrolled_by, slot_secret)"
                                             " VALUES (?::uuid, ?, ?, ?, COALESCE(?, ''), ?, ?) RETURNING enrolled_at"),
                        {d.uuid, office, d.number, QString::fromLatin1(publicKey.toBase64()), name, byLogin,
                         slotSecret.isEmpty() ? QVariant() : QVariant(slotSecret)});
        if (!ins)
            return ins.error();
        if (ins->next())
            d.enrolledAt = ins->value(0).toDateTime().toUTC();
        return d;
    });
}

Result<std::optional<Device>> DeviceStore::find(const QString &uuid) const
{
    if (!isUuid(uuid))
        return std::optional<Device>();
    auto q = exec(m_db, QStringLiteral("SELECT uuid::text, office, number, public_key, name, enrolled_at, revoked_at"
                                       " FROM devices WHERE uuid = ?::uuid"),
                  {uuid});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Device>();
    Device d;
    d.uuid = q->value(0).toString();
    d.office = q->value(1).toString();
    d.number = q->value(2).toInt();
    d.publicKey = QByteArray::fromBase64(q->value(3).toString().toLatin1());
    d.name = q->value(4).toString();
    d.enrolledAt = q->value(5).toDateTime().toUTC();
    if (!q->isNull(6))
        d.revokedAt = q->value(6).toDateTime().toUTC();
    return std::optional<Device>(d);
}

Result<QString> DeviceStore::slotSecret(const QString &uuid) const
{
    if (!isUuid(uuid))
        return QString();
    auto q = exec(m_db, QStringLiteral("SELECT slot_secret FROM devices WHERE uuid = ?::uuid"), {uuid});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<void> DeviceStore::revoke(const QString &uuid, const QString &byLogin)
{
    auto q = exec(m_db, QStringLiteral("UPDATE devices SET revoked_at = now(), revoked_by = ? WHERE uuid = ?::uuid AND revoked_at IS NULL"),
                  {byLogin, uuid});
    if (!q)
        return q.error();
    return {};
}

} // namespace motcua::portal
