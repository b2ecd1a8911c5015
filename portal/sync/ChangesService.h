#pragma once

#include "domain/Result.h"
#include "portal/db/Statements.h"
#include "portal/sync/DeviceContext.h"

#include <QJsonObject>
#include <QList>
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

// A change-feed request: the cursor and the page size, checked (GET ?after=&limit=, or a push's
// "changesAfter" / "changesLimit").
struct FeedRequest {
    qint64 after = 0;
    int limit = kDefaultChangesLimit;
};

// A device asking for its change feed.
struct FeedAsk {
    DeviceContext dev;
    FeedRequest feed;
};

QJsonObject refusedTombstone(const QString &uuid, const QString &device, qint64 deviceSeq, const QString &deviceHash,
                             qint64 portalSeq, const QString &reason);

// The change feed's answer for a device, as JSON object text: the page, then what a device checks at
// every round besides the events (read after the page): "catalogVersion", "calendarVersion" (the
// catalog or calendar is fetched when one moved), "policy" (the offline policy: no GET /v1/policy)
// and "officersVersion" (a digest of the office's active officers: GET /v1/officers only when it
// moved). What GET /v1/sync/changes answers, and what a push with "changesAfter" carries as
// "changes" (read after the batch's commit).
Result<QByteArray> changesAnswer(Statements &sql, const DeviceContext &dev, const FeedRequest &feed);
// The answers of several devices at once, in order, as changesAnswer would give each: the pages of
// the devices that see one office (a commune's) in ONE statement, those of a province centre's
// devices one by one, then the versions of every office asked for in one statement.
// A push group's leader reads its group's feeds so (PushGroups): two statements instead of two per
// device. A failed statement fails every answer it was to make.
QList<Result<QByteArray>> changesAnswers(Statements &sql, const QList<FeedAsk> &asks);

} // namespace motcua::portal
