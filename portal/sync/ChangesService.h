#pragma once

#include "domain/Result.h"
#include "portal/db/Statements.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

namespace motcua::portal {

// GET /v1/sync/changes: the accepted events after a cursor whose receiving office is visible, in
// portal_seq order, with their portal fields. portal_seq values become visible in their order (see
// PushService), so a cursor never passes over an event that commits later.
// Besides events, the feed carries a tombstone for each event refused on its merits from a device
// of a visible office: {"uuid", "device", "deviceSeq", "deviceHash", "portalSeq", "refused": code},
// no content. The devices of that office verify their colleague's device chain across it (the next
// event links to its deviceHash) instead of meeting a gap.
struct ChangesPage {
    // The JSON array text of the events: each as Event::toJson() with portalSeq, officeSeq,
    // portalHash writes it (the same members; the payload as stored, canonical), or a tombstone.
    // Written from the rows directly: parsing every payload into a QJsonObject and serialising it
    // again cost a fifth of the portal's CPU per sync round (perf, bench_sync load --wire).
    QByteArray eventsJson = "[]";
    int count = 0;
    qint64 cursor = 0;   // the last one's portalSeq, or the cursor asked for
    bool more = false;
};

constexpr int kDefaultChangesLimit = 500;
constexpr int kMaxChangesLimit = 1000;

QJsonObject refusedTombstone(const QString &uuid, const QString &device, qint64 deviceSeq, const QString &deviceHash,
                             qint64 portalSeq, const QString &reason);
Result<ChangesPage> readChanges(Statements &sql, const QStringList &visibleOffices, qint64 after, int limit);

} // namespace motcua::portal
