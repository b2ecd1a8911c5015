#include "app/intake/ReusableDocuments.h"

#include "db/EventStore.h"
#include "db/SqlError.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace motcua::intake {

QList<ReusableDocument> ReusableDocuments::fromRegistry(const lookup::RegistryAnswer &answer)
{
    QList<ReusableDocument> out;
    if (!answer.hasRecord())
        return out;
    for (const lookup::RegistryDocument &r : answer.record.documents) {
        if (!r.available)
            continue;
        ReusableDocument d;
        d.origin = ReusableDocument::Origin::PortalWarehouse;
        d.dossierCode = r.dossier;
        d.documentType = r.kind;
        d.pages = {r.sha256};
        d.attachedAt = r.issuedAt.startOfDay(QTimeZone::utc());
        d.documentNumber = r.number;
        d.issuer = r.issuer;
        d.issuedAt = r.issuedAt;
        d.fromCache = answer.source == lookup::RegistryAnswer::Source::Cache;
        out << d;
    }
    return out;
}

QList<ReusableDocument> ReusableDocuments::merged(const QList<ReusableDocument> &local, const QList<ReusableDocument> &warehouse)
{
    QList<ReusableDocument> out = local;
    for (const ReusableDocument &w : warehouse) {
        const bool known = std::any_of(local.begin(), local.end(), [&](const ReusableDocument &l) { return l.pages == w.pages; });
        if (!known)
            out << w;
    }
    return out;
}

Result<QList<ReusableDocument>> ReusableDocuments::find(const QSqlDatabase &db, const EventStore &events, const Catalog *catalog,
                                                        const QString &idNumber)
{
    QList<ReusableDocument> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT code, procedure_code FROM dossiers WHERE applicant_id_number = ? "
                             "AND status_code NOT IN (3) ORDER BY received_at DESC LIMIT 50"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return sqlError(q, "reusable documents");
    while (q.next()) {
        const QString code = q.value(0).toString();
        const QString procedure = q.value(1).toString();
        const Procedure *p = catalog ? catalog->find(procedure) : nullptr;
        const QList<Event> log = events.eventsOf(code);
        const ReplayResult replayed = replay(log, events.machine());
        for (const ComponentRecord &c : replayed.state.components) {
            if (c.documentType.isEmpty() || c.pageHashes.isEmpty())
                continue;
            ReusableDocument d;
            d.dossierCode = code;
            d.procedureCode = procedure;
            d.procedureName = p ? p->name : QString();
            d.number = c.number;
            d.documentType = c.documentType;
            d.pages = c.pageHashes;
            d.attachedAt = c.attachedAt;
            out.append(d);
        }
        // The result issued for the dossier (only an accepted ResultReady: a conflict issued nothing).
        for (const Event &e : log) {
            const QJsonObject result = e.payload.value(QStringLiteral("result")).toObject();
            if (e.type != EventType::ResultReady || result.isEmpty() || !replayed.state.accepted.contains(e.uuid))
                continue;
            ReusableDocument d;
            d.dossierCode = code;
            d.procedureCode = procedure;
            d.procedureName = p ? p->name : QString();
            d.documentType = result.value(QStringLiteral("documentType")).toString();
            for (const QJsonValue &v : result.value(QStringLiteral("pages")).toArray())
                d.pages << v.toString();
            d.attachedAt = e.wallTime;
            d.isResult = true;
            d.resultNumber = result.value(QStringLiteral("number")).toString();
            d.name = result.value(QStringLiteral("name")).toString();
            if (!d.pages.isEmpty())
                out.append(d);
        }
    }
    return out;
}

} // namespace motcua::intake
