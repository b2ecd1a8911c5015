#include "app/sync/ReferenceData.h"

#include "db/CalendarStore.h"
#include "db/CatalogStore.h"
#include "db/SyncStore.h"
#include "domain/catalog/CatalogJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace motcua::sync {
namespace {

QUrlQuery after(qint64 v)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("after"), QString::number(v));
    return q;
}

} // namespace

Result<CatalogFeed> parseCatalogFeed(const QJsonObject &answer)
{
    CatalogFeed feed;
    feed.version = answer.value(QStringLiteral("version")).toInteger();
    if (!answer.contains(QStringLiteral("procedures")) && !answer.contains(QStringLiteral("catalog")))
        return feed;   // nothing newer
    QJsonObject doc;
    if (answer.value(QStringLiteral("catalog")).isObject()) {
        doc = answer.value(QStringLiteral("catalog")).toObject();
    } else {
        // The feed carries the catalog's fields beside its integer version: rebuild the file form
        // (docs/catalog-format.md), keeping the catalog's own version text when the portal sends one.
        doc.insert(QStringLiteral("format"), QLatin1String(CatalogJson::kFormatName));
        doc.insert(QStringLiteral("formatVersion"), CatalogJson::kFormatVersion);
        const QString label = answer.value(QStringLiteral("catalogVersion")).toString();
        doc.insert(QStringLiteral("version"), label.isEmpty() ? QStringLiteral("portal-%1").arg(feed.version) : label);
        const QString issued = answer.value(QStringLiteral("issued")).toString();
        doc.insert(QStringLiteral("issued"),
                   issued.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : issued);
        const QString source = answer.value(QStringLiteral("source")).toString();
        doc.insert(QStringLiteral("source"), source.isEmpty() ? QStringLiteral("portal") : source);
        doc.insert(QStringLiteral("procedures"), answer.value(QStringLiteral("procedures")));
    }
    Result<Catalog> catalog = CatalogJson::parse(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    if (!catalog)
        return catalog.error();
    feed.catalog = std::move(catalog).value();
    return feed;
}

Result<CalendarFeed> parseCalendarFeed(const QJsonObject &answer)
{
    CalendarFeed feed;
    feed.version = answer.value(QStringLiteral("version")).toInteger();
    QJsonArray years = answer.value(QStringLiteral("years")).toArray();
    const QJsonArray days = answer.value(QStringLiteral("days")).toArray();
    if (!answer.contains(QStringLiteral("years")) && !answer.contains(QStringLiteral("days")))
        return feed;   // nothing newer
    if (years.isEmpty() && !days.isEmpty() && days.first().toObject().contains(QStringLiteral("year"))) {
        years = days;   // the official-days.json "years" list under "days"
    } else if (years.isEmpty()) {
        // A flat list of days: one table year per calendar year.
        QMap<int, QJsonArray> byYear;
        for (const QJsonValue &v : days) {
            const QDate d = QDate::fromString(v.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
            byYear[d.isValid() ? d.year() : 0].append(v);
        }
        for (auto it = byYear.cbegin(); it != byYear.cend(); ++it)
            years.append(QJsonObject{{QStringLiteral("year"), it.key()},
                                     {QStringLiteral("source"), QStringLiteral("portal")},
                                     {QStringLiteral("verified"), true},
                                     {QStringLiteral("days"), it.value()}});
    }
    const QJsonObject doc{{QStringLiteral("format"), 1}, {QStringLiteral("years"), years}};
    Result<OfficialDayTable> table = OfficialDayTable::fromJson(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    if (!table)
        return table.error();
    feed.table = std::move(table).value();
    return feed;
}

Result<CatalogFeed> fetchCatalog(PortalClient &portal, qint64 afterVersion)
{
    const PortalReply r = portal.get(QStringLiteral("/v1/catalog"), after(afterVersion));
    if (!r.ok())
        return r.error;
    return parseCatalogFeed(r.json);
}

Result<CalendarFeed> fetchCalendar(PortalClient &portal, qint64 afterVersion)
{
    const PortalReply r = portal.get(QStringLiteral("/v1/calendar"), after(afterVersion));
    if (!r.ok())
        return r.error;
    return parseCalendarFeed(r.json);
}

Status storeCatalog(QSqlDatabase db, const CatalogFeed &feed, const QDateTime &now)
{
    if (feed.catalog) {
        if (Status st = CatalogStore(db).replace(*feed.catalog, QStringLiteral("portal"), now); !st)
            return st;
    }
    return SyncStore(db).setCatalogVersion(feed.version);
}

Status storeCalendar(QSqlDatabase db, const CalendarFeed &feed)
{
    if (feed.table) {
        CalendarStore store(db);
        for (int year : feed.table->years()) {
            QList<CalendarDay> days = feed.table->days(year);
            for (CalendarDay &d : days)
                d.source = QStringLiteral("portal");
            if (Status st = store.replaceYear(year, days); !st)
                return st;
        }
    }
    return SyncStore(db).setCalendarVersion(feed.version);
}

} // namespace motcua::sync
