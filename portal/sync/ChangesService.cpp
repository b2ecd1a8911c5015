#include "portal/sync/ChangesService.h"

#include "portal/sync/EventRows.h"
#include "portal/db/PgArrays.h"
#include "portal/sync/SqlTx.h"

#include <QJsonObject>
#include <QVariant>

namespace motcua::portal {

QJsonObject refusedTombstone(const QString &uuid, const QString &device, qint64 deviceSeq, const QString &deviceHash,
                             qint64 portalSeq, const QString &reason)
{
    return QJsonObject{{QStringLiteral("uuid"), uuid},
                       {QStringLiteral("device"), device},
                       {QStringLiteral("deviceSeq"), double(deviceSeq)},
                       {QStringLiteral("deviceHash"), deviceHash},
                       {QStringLiteral("portalSeq"), double(portalSeq)},
                       {QStringLiteral("refused"), reason}};
}

Result<ChangesPage> readChanges(Statements &sql, const QStringList &visibleOffices, qint64 after, int limit)
{
    ChangesPage page;
    page.cursor = after;
    // Accepted events of the visible receiving offices, and tombstones of the events refused from
    // the devices of the visible offices, in one portal_seq order. The tombstone row fills the
    // event columns it has (uuid, device, device_seq, device_hash, portal_seq) and puts its reason
    // where the portal hash goes; column 0 tells them apart. Each branch is limited on its own, so
    // PostgreSQL reads at most limit + 1 rows of each index ((receiving_office, portal_seq),
    // (office, portal_seq)) in order instead of every row after the cursor.
    const QString offices = pgTextArray(visibleOffices);
    Result<QSqlQuery *> r = sql.run(
        "read changes",
        QStringLiteral("(SELECT 0, ") + eventrows::selectColumns()
            + QStringLiteral(" FROM events WHERE portal_seq > ? AND receiving_office = ANY(?::text[]) ORDER BY portal_seq LIMIT ?) "
                             "UNION ALL (SELECT 1, uuid::text, '', '', '', '', '', '', device, device_seq, '', '', device_hash, "
                             "portal_seq, 0::bigint, reason FROM refused_events WHERE portal_seq > ? AND office = ANY(?::text[]) "
                             "ORDER BY portal_seq LIMIT ?) ORDER BY 14 LIMIT ?"),
        {after, offices, limit + 1, after, offices, limit + 1, limit + 1});
    if (!r)
        return r.error();
    QSqlQuery &q = **r;
    while (q.next()) {
        if (page.events.size() == limit) {
            page.more = true;
            break;
        }
        if (q.value(0).toInt() == 1) {
            const qint64 seq = q.value(13).toLongLong();
            page.events.append(refusedTombstone(q.value(1).toString(), q.value(8).toString(), q.value(9).toLongLong(),
                                                q.value(12).toString(), seq, q.value(15).toString()));
            page.cursor = seq;
            continue;
        }
        Result<Event> e = eventrows::eventFromRow(q, 1);
        if (!e)
            return e.error();
        page.events.append(e->toJson());
        page.cursor = e->portalSeq;
    }
    return page;
}

} // namespace motcua::portal
