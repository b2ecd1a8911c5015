#include "portal/feeds/FeedStore.h"

#include "domain/calendar/OfficialDayTable.h"
#include "domain/catalog/CatalogJson.h"
#include "portal/PortalLogging.h"
#include "portal/db/Sql.h"
#include "portal/sync/DossierSummaries.h"
#include "portal/sync/PortalRules.h"

#include <QFile>
#include <QJsonDocument>

namespace motcua::portal::FeedStore {

namespace {

QString table(Feed feed)
{
    return feed == Feed::Catalog ? QStringLiteral("catalog_versions") : QStringLiteral("calendar_versions");
}

Result<QByteArray> checked(Feed feed, const QByteArray &file)
{
    if (feed == Feed::Catalog) {
        auto c = CatalogJson::parse(file);
        if (!c)
            return c.error();
    } else {
        auto t = OfficialDayTable::fromJson(file);
        if (!t)
            return t.error();
    }
    // Compact, to go through a bound text parameter into jsonb.
    return QJsonDocument::fromJson(file).toJson(QJsonDocument::Compact);
}

Result<QByteArray> bundled(const char *path)
{
    QFile f(QString::fromLatin1(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("server.error"), QStringLiteral("missing bundled resource %1").arg(QString::fromLatin1(path)));
    return f.readAll();
}

Result<void> storeVersionOne(QSqlDatabase &db, Feed feed, const char *path)
{
    auto file = bundled(path);
    if (!file)
        return file.error();
    auto body = checked(feed, *file);
    if (!body)
        return body.error();
    auto q = exec(db, QStringLiteral("INSERT INTO %1 (version, body) SELECT 1, ?::jsonb WHERE NOT EXISTS (SELECT 1 FROM %1)"
                                     " ON CONFLICT (version) DO NOTHING").arg(table(feed)),
                  {QString::fromUtf8(*body)});
    if (!q)
        return q.error();
    return {};
}

// The stored summaries' due moments (public status, statistics) follow the calendar: replayed with
// the new version inside the publishing transaction. Every office head row is locked first (in code
// order, as a push locks them), so no push writes a summary with the old calendar meanwhile; a push
// reads the calendar version again under those locks (PushService).
Status recomputeSummaries(QSqlDatabase &db)
{
    if (auto l = exec(db, QStringLiteral("SELECT office FROM office_heads ORDER BY office FOR UPDATE")); !l)
        return l.error();
    PortalRules rules;
    Result<RulesSnapshot> snapshot = rules.snapshot(db);
    if (!snapshot)
        return snapshot.error();
    Result<int> changed = summaries::recomputeAll(db, snapshot->machine());
    if (!changed)
        return changed.error();
    qCInfo(lcPortal, "calendar version %d: %d dossier summaries recomputed", snapshot->calendarVersion, *changed);
    return {};
}

} // namespace

Result<void> loadBundled(QSqlDatabase &db)
{
    if (auto r = storeVersionOne(db, Feed::Catalog, ":/portal/resources/catalog/procedures.json"); !r)
        return r;
    return storeVersionOne(db, Feed::Calendar, ":/portal/resources/calendar/official-days.json");
}

Result<int> publish(QSqlDatabase &db, Feed feed, const QByteArray &file)
{
    auto body = checked(feed, file);
    if (!body)
        return body.error();
    return inTransaction(db, [&]() -> Result<int> {
        // One publisher at a time per feed: the table lock orders concurrent publishers.
        if (auto l = exec(db, QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(table(feed))); !l)
            return l.error();
        auto q = exec(db, QStringLiteral("INSERT INTO %1 (version, body) SELECT COALESCE(max(version), 0) + 1, ?::jsonb FROM %1"
                                         " RETURNING version").arg(table(feed)),
                      {QString::fromUtf8(*body)});
        if (!q)
            return q.error();
        if (!q->next())
            return Error(QStringLiteral("server.error"), QStringLiteral("no version returned"));
        const int version = q->value(0).toInt();
        q->finish();
        if (feed == Feed::Calendar) {
            if (Status s = recomputeSummaries(db); !s)
                return s.error();
        }
        return version;
    });
}

Result<int> latestVersion(QSqlDatabase &db, Feed feed)
{
    auto q = exec(db, QStringLiteral("SELECT COALESCE(max(version), 0) FROM %1").arg(table(feed)));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<Latest> latest(QSqlDatabase &db, Feed feed, int after)
{
    auto q = exec(db, QStringLiteral("SELECT version, CASE WHEN version > ? THEN body::text END FROM %1"
                                     " ORDER BY version DESC LIMIT 1").arg(table(feed)),
                  {after});
    if (!q)
        return q.error();
    Latest out;
    if (!q->next())
        return out;
    out.version = q->value(0).toInt();
    if (!q->isNull(1))
        out.file = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
    return out;
}

} // namespace motcua::portal::FeedStore
