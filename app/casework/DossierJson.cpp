#include "app/casework/DossierJson.h"

#include <QJsonArray>

namespace motcua::casework {
namespace {

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoUtcMs(t)) : QJsonValue(QJsonValue::Null);
}

QString decisionName(Decision d)
{
    switch (d) {
    case Decision::Approved: return QStringLiteral("approved");
    case Decision::Rejected: return QStringLiteral("rejected");
    case Decision::None: break;
    }
    return QStringLiteral("none");
}

} // namespace

QJsonObject dossierJson(const DossierState &s, const QList<Event> &events)
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), s.code);
    o.insert(QStringLiteral("status"), statusName(s.status));
    o.insert(QStringLiteral("national_status"), s.nationalCode());
    o.insert(QStringLiteral("holder"), s.holder.isNobody() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.holder.toText()));
    o.insert(QStringLiteral("due"), timeOrNull(s.dueAt));
    o.insert(QStringLiteral("received_at"), timeOrNull(s.receivedAt));
    o.insert(QStringLiteral("finished_at"), timeOrNull(s.finishedAt));
    o.insert(QStringLiteral("returned_at"), timeOrNull(s.returnedAt));
    o.insert(QStringLiteral("procedure"), s.procedureCode);
    o.insert(QStringLiteral("awaiting_approval"), s.awaitingApproval);
    o.insert(QStringLiteral("decision"), decisionName(s.decision));
    o.insert(QStringLiteral("paused"), s.isPaused());
    o.insert(QStringLiteral("extensions"), int(s.extensions.size()));
    QJsonArray list;
    for (const Event &e : events) {
        QJsonObject je;
        je.insert(QStringLiteral("uuid"), uuidText(e.uuid));
        je.insert(QStringLiteral("type"), eventTypeName(e.type));
        je.insert(QStringLiteral("officer"), e.officer);
        je.insert(QStringLiteral("role"), roleName(e.role));
        je.insert(QStringLiteral("office"), e.office);
        je.insert(QStringLiteral("at"), isoUtcMs(e.wallTime));
        if (e.type == EventType::Returned && e.payload.contains(QStringLiteral("rating")))
            je.insert(QStringLiteral("rating"), e.payload.value(QStringLiteral("rating")).toInt());
        list.append(je);
    }
    o.insert(QStringLiteral("events"), list);
    return o;
}

} // namespace motcua::casework
