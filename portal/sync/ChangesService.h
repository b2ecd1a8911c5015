#pragma once

#include "domain/Result.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QStringList>

namespace motcua::portal {

// GET /v1/sync/changes: the accepted events after a cursor whose receiving office is visible, in
// portal_seq order, with their portal fields. portal_seq values become visible in their order (see
// PushService), so a cursor never passes over an event that commits later.
struct ChangesPage {
    QJsonArray events;   // Event::toJson() with portalSeq, officeSeq, portalHash
    qint64 cursor = 0;   // the last one's portalSeq, or the cursor asked for
    bool more = false;
};

constexpr int kDefaultChangesLimit = 500;
constexpr int kMaxChangesLimit = 1000;

Result<ChangesPage> readChanges(QSqlDatabase &db, const QStringList &visibleOffices, qint64 after, int limit);

} // namespace motcua::portal
