#include "portal/sync/DeviceDirectory.h"

#include "portal/sync/SqlTx.h"

#include <QUuid>
#include <QVariant>

namespace motcua::portal {

Result<DeviceContext> loadDevice(QSqlDatabase &db, const QString &uuid, const RulesSnapshot &rules)
{
    const QUuid id = QUuid::fromString(uuid);
    const Error unknown(QStringLiteral("device.unknown"), QStringLiteral("no such enrolled device"));
    if (id.isNull())
        return unknown;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT office, public_key, revoked_at IS NOT NULL FROM devices WHERE uuid = ?::uuid"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return sqlError(q, "read device");
    if (!q.next())
        return unknown;
    if (q.value(2).toBool())
        return Error(QStringLiteral("device.revoked"), QStringLiteral("the device is revoked"));
    DeviceContext d;
    d.device = id.toString(QUuid::WithoutBraces);
    d.office = q.value(0).toString();
    d.publicKey = QByteArray::fromBase64(q.value(1).toString().toLatin1());
    d.visibleOffices = rules.visibleFrom(d.office);
    return d;
}

} // namespace motcua::portal
