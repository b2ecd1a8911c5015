#include "portal/sync/EventRows.h"

#include "domain/audit/ChainHash.h"
#include "domain/dossier/CanonicalJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace motcua::portal::eventrows {

QString selectColumns()
{
    return QStringLiteral("uuid::text, dossier_code, type, payload, officer, role, office, device, device_seq, "
                          "wall_time, COALESCE(parent::text, ''), device_hash, portal_seq, office_seq, portal_hash");
}

Result<Event> eventFromRow(const QSqlQuery &q, int first)
{
    auto bad = [](const QString &what) { return Error(QStringLiteral("server.error"), QStringLiteral("stored event: ") + what); };
    auto col = [&q, first](int i) { return q.value(first + i); };
    Event e;
    e.uuid = QUuid::fromString(col(0).toString());
    e.dossier = col(1).toString();
    const auto type = eventTypeFromName(col(2).toString());
    if (!type)
        return bad(QStringLiteral("unknown type"));
    e.type = *type;
    QJsonParseError err{};
    const QJsonDocument payload = QJsonDocument::fromJson(col(3).toString().toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !payload.isObject())
        return bad(QStringLiteral("payload is not a JSON object"));
    e.payload = payload.object();
    e.officer = col(4).toString();
    const auto role = roleFromName(col(5).toString());
    if (!role)
        return bad(QStringLiteral("unknown role"));
    e.role = *role;
    e.office = col(6).toString();
    e.device = col(7).toString();
    e.deviceSeq = col(8).toLongLong();
    e.wallTime = parseIsoUtcMs(col(9).toString());
    const QString parent = col(10).toString();
    if (!parent.isEmpty())
        e.parent = QUuid::fromString(parent);
    e.deviceHash = QByteArray::fromHex(col(11).toString().toLatin1());
    e.portalSeq = col(12).toLongLong();
    e.officeSeq = col(13).toLongLong();
    e.portalHash = QByteArray::fromHex(col(14).toString().toLatin1());
    return e;
}

bool insert(QSqlQuery &q, const Event &e)
{
    q.prepare(QStringLiteral(
        "INSERT INTO events (uuid, dossier_code, receiving_office, type, payload, officer, role, office, device, "
        "device_seq, wall_time, parent, device_hash, portal_seq, office_seq, portal_hash) "
        "VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, '')::uuid, ?, ?, ?, ?)"));
    q.addBindValue(uuidText(e.uuid));
    q.addBindValue(e.dossier);
    q.addBindValue(chain::receivingOffice(e));
    q.addBindValue(eventTypeName(e.type));
    q.addBindValue(QString::fromUtf8(canonicalJson(e.payload)));
    q.addBindValue(e.officer);
    q.addBindValue(roleName(e.role));
    q.addBindValue(e.office);
    q.addBindValue(e.device);
    q.addBindValue(e.deviceSeq);
    q.addBindValue(isoUtcMs(e.wallTime));
    q.addBindValue(uuidText(e.parent));
    q.addBindValue(QString::fromLatin1(e.deviceHash.toHex()));
    q.addBindValue(e.portalSeq);
    q.addBindValue(e.officeSeq);
    q.addBindValue(QString::fromLatin1(e.portalHash.toHex()));
    return q.exec();
}

} // namespace motcua::portal::eventrows
