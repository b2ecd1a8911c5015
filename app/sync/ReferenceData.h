#pragma once

#include "app/sync/PortalClient.h"
#include "domain/Result.h"
#include "domain/calendar/OfficialDayTable.h"
#include "domain/catalog/Catalog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>

namespace motcua::sync {

// The portal's catalog and holiday calendar feeds (GET /v1/catalog?after=V, /v1/calendar?after=V):
// in an enrolled workspace the portal is their source of truth; each sync fetches them when the
// change feed says their versions moved.
struct CatalogFeed {
    qint64 version = 0;
    std::optional<Catalog> catalog;   // none: nothing newer than asked
};
struct CalendarFeed {
    qint64 version = 0;
    std::optional<OfficialDayTable> table;
};

Result<CatalogFeed> parseCatalogFeed(const QJsonObject &answer);
Result<CalendarFeed> parseCalendarFeed(const QJsonObject &answer);

// Fetches and parses (transport failures keep PortalReply's error codes).
Result<CatalogFeed> fetchCatalog(PortalClient &portal, qint64 after);
Result<CalendarFeed> fetchCalendar(PortalClient &portal, qint64 after);

// Stores them in the workspace (each in one transaction of its own) and records the version.
Status storeCatalog(QSqlDatabase db, const CatalogFeed &feed, const QDateTime &now);
Status storeCalendar(QSqlDatabase db, const CalendarFeed &feed);

} // namespace motcua::sync
