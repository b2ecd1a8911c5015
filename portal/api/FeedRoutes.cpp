#include "portal/api/Handlers.h"
#include "portal/api/Routes.h"
#include "portal/db/Sql.h"
#include "portal/feeds/FeedStore.h"

#include <QJsonArray>

namespace motcua::portal {

namespace {

// ?after=V: a non-negative integer, 0 when absent.
std::optional<int> afterOf(const HttpRequest &request)
{
    if (!request.query.hasQueryItem(QStringLiteral("after")))
        return 0;
    bool ok = false;
    const int v = request.queryValue(QStringLiteral("after")).toInt(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}

// GET /v1/catalog?after=V → {"version": N, "procedures": [...], "file": {...}} when N > V, else
// {"version": N}. "file" is the whole catalog file (docs/catalog-format.md) for CatalogJson::parse.
HttpResponse catalog(RequestContext &ctx)
{
    const auto after = afterOf(ctx.request);
    if (!after)
        return malformed(QStringLiteral("after must be a non-negative integer"));
    auto latest = FeedStore::latest(ctx.db, FeedStore::Feed::Catalog, *after);
    if (!latest)
        return failure(ctx.services, ctx.request, latest.error());
    QJsonObject out{{QStringLiteral("version"), latest->version}};
    if (latest->file) {
        out.insert(QStringLiteral("procedures"), latest->file->value(QStringLiteral("procedures")));
        out.insert(QStringLiteral("file"), *latest->file);
    }
    return HttpResponse::json(out);
}

// GET /v1/calendar?after=V → {"version": N, "days": [...], "file": {...}} when N > V, else
// {"version": N}. "days" lists every day of every year ({"date", "kind", "description", ...} as in
// resources/calendar/official-days.json); "file" is the whole table for OfficialDayTable::fromJson.
HttpResponse calendar(RequestContext &ctx)
{
    const auto after = afterOf(ctx.request);
    if (!after)
        return malformed(QStringLiteral("after must be a non-negative integer"));
    auto latest = FeedStore::latest(ctx.db, FeedStore::Feed::Calendar, *after);
    if (!latest)
        return failure(ctx.services, ctx.request, latest.error());
    QJsonObject out{{QStringLiteral("version"), latest->version}};
    if (latest->file) {
        QJsonArray days;
        const QJsonArray years = latest->file->value(QStringLiteral("years")).toArray();
        for (const auto &y : years) {
            const QJsonArray yearDays = y.toObject().value(QStringLiteral("days")).toArray();
            for (const auto &d : yearDays)
                days.append(d);
        }
        out.insert(QStringLiteral("days"), days);
        out.insert(QStringLiteral("file"), *latest->file);
    }
    return HttpResponse::json(out);
}

// GET /v1/policy: the offline guardrails.
HttpResponse policy(RequestContext &ctx)
{
    auto q = exec(ctx.db, QStringLiteral("SELECT warn_after_days, block_after_days, block_after_unsynced FROM policy WHERE id = 1"));
    if (!q)
        return failure(ctx.services, ctx.request, q.error());
    int warn = 3, block = 14, unsynced = 500;
    if (q->next()) {
        warn = q->value(0).toInt();
        block = q->value(1).toInt();
        unsynced = q->value(2).toInt();
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("warnAfterDays"), warn},
                                          {QStringLiteral("blockAfterDays"), block},
                                          {QStringLiteral("blockAfterUnsynced"), unsynced}});
}

} // namespace

void registerFeedRoutes(HttpServer &server, PortalServices &services)
{
    server.route(HttpMethod::Get, QStringLiteral("/v1/catalog"), authed(services, &catalog));
    server.route(HttpMethod::Get, QStringLiteral("/v1/calendar"), authed(services, &calendar));
    server.route(HttpMethod::Get, QStringLiteral("/v1/policy"), authed(services, &policy));
}

} // namespace motcua::portal
