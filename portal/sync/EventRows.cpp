#include "portal/sync/EventRows.h"

#include "domain/audit/ChainHash.h"
#include "domain/dossier/CanonicalJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace motcua::portal::eventrows {

QString selectColumns(const QString &prefix)
{
    return QStringLiteral("%1uuid::text, %1dossier_code, %1type, %1payload, %1officer, %1role, %1office, %1device, %1device_seq, "
                          "%1wall_time, COALESCE(%1parent::text, ''), %1device_hash, %1portal_seq, %1office_seq, %1portal_hash")
        .arg(prefix);
}

namespace {
template <typename Row>
Result<Event> eventFrom(const Row &q, int first)
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
} // namespace

Result<Event> eventFromRow(const QSqlQuery &q, int first)
{
    return eventFrom(q, first);
}

Result<Event> eventFromRow(const PgRows &q, int first)
{
    return eventFrom(q, first);
}

Status insert(Statements &sql, const Event &e)
{
    Result<PgRows *> q = sql.run(
        "insert event",
        QStringLiteral("INSERT INTO events (uuid, dossier_code, receiving_office, type, payload, officer, role, office, device, "
                       "device_seq, wall_time, parent, device_hash, portal_seq, office_seq, portal_hash) "
                       "VALUES (?::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, '')::uuid, ?, ?, ?, ?)"),
        {uuidText(e.uuid), e.dossier, chain::receivingOffice(e), eventTypeName(e.type),
         QString::fromUtf8(canonicalJson(e.payload)), e.officer, roleName(e.role), e.office, e.device, e.deviceSeq,
         isoUtcMs(e.wallTime), e.parent.isNull() ? QStringLiteral("") : uuidText(e.parent),
         QString::fromLatin1(e.deviceHash.toHex()), e.portalSeq, e.officeSeq, QString::fromLatin1(e.portalHash.toHex())});
    if (!q)
        return q.error();
    return {};
}

} // namespace motcua::portal::eventrows
