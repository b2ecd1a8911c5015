#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace motcua::portal {

// The versioned catalog and holiday-calendar feeds (catalog_versions, calendar_versions of
// 0001_core). Every version is the whole file, checked by the domain codecs (CatalogJson,
// OfficialDayTable) before it is stored, so a client can parse what it gets with the same code.
namespace FeedStore {
enum class Feed { Catalog, Calendar };

// Stores the bundled resources/catalog/procedures.json and resources/calendar/official-days.json
// as version 1 when the feed has no version yet (what `migrate` does; idempotent).
Result<void> loadBundled(QSqlDatabase &db);
// Checks `file` with the feed's codec and stores it as the next version; returns that version.
// Error "catalog.bad-json"/"catalog.invalid"/"calendar.bad-json" for a bad file.
Result<int> publish(QSqlDatabase &db, Feed feed, const QByteArray &file);

struct Latest {
    int version = 0;                       // 0: the feed is empty
    std::optional<QJsonObject> file;       // the whole file, only when version > after
};
Result<Latest> latest(QSqlDatabase &db, Feed feed, int after);
Result<int> latestVersion(QSqlDatabase &db, Feed feed);
} // namespace FeedStore

} // namespace motcua::portal
