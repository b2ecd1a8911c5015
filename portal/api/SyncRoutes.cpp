#include "portal/api/Handlers.h"
#include "portal/api/PortalServices.h"
#include "portal/api/Routes.h"
#include "portal/api/SyncState.h"
#include "portal/db/Sql.h"
#include "portal/http/HttpServer.h"
#include "portal/sync/BundleImport.h"
#include "portal/sync/ChangesService.h"
#include "portal/sync/PushBatch.h"
#include "portal/sync/PushService.h"
#include "portal/sync/SyncLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QVariant>

#include <memory>
#include <optional>

namespace motcua::portal {

HttpResponse syncFailure(PortalServices &services, const HttpRequest &request, const Error &e)
{
    const int status = HttpResponse::statusOf(e.code);
    // 5xx by failure() (details logged, a lost connection dropped); 401/403 by the server; the
    // other refusals here: the route pattern and the code, nothing from the request.
    if (status >= 500)
        return failure(services, request, e);
    if (status != 401 && status != 403)
        qCInfo(lcPortalSync, "refused %s %s: %s", qUtf8Printable(methodName(request.method)), qUtf8Printable(request.route),
               qUtf8Printable(e.code));
    return HttpResponse::error(e);
}

namespace {

// The device a device token speaks for, with its key (read by Access::authenticate with its
// revocation, one statement); it sees what its token sees.
Result<DeviceContext> deviceOf(const RequestContext &ctx)
{
    if (!ctx.principal.isDevice())
        return Error(QStringLiteral("auth.forbidden"), QStringLiteral("this route needs a device token"));
    DeviceContext d;
    d.device = QUuid::fromString(ctx.principal.claims.subject).toString(QUuid::WithoutBraces);
    d.office = ctx.principal.office();
    d.publicKey = ctx.principal.devicePublicKey;
    d.visibleOffices = ctx.principal.visibleOffices;
    return d;
}

// What a device checks at every round besides the events, read in one statement after the change
// feed's page (merged into the page's statement it cost more: 0.158 against 0.072 + 0.052 ms): the feed versions (the catalog or calendar is fetched when one moved), the offline
// policy itself (three numbers: no GET /v1/policy), and a digest of the office's active officers
// (GET /v1/officers only when it moved since the device last followed the list).
struct FeedVersions {
    int catalog = 0;
    int calendar = 0;
    int warnAfterDays = 3;
    int blockAfterDays = 14;
    int blockAfterUnsynced = 500;
    QString officers;
};

Result<FeedVersions> feedVersions(Statements &sql, const QString &office)
{
    Result<QSqlQuery *> q = sql.run(
        "feed versions",
        QStringLiteral("SELECT (SELECT COALESCE(max(version), 0) FROM catalog_versions), "
                       "(SELECT COALESCE(max(version), 0) FROM calendar_versions), "
                       "p.warn_after_days, p.block_after_days, p.block_after_unsynced, "
                       "(SELECT md5(COALESCE(string_agg(login, ',' ORDER BY login), '')) FROM officers "
                       "WHERE office = ? AND active) "
                       "FROM (SELECT 1) one LEFT JOIN policy p ON p.id = 1"),
        {office});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return Error(QStringLiteral("server.error"), QStringLiteral("feed versions: no row"));
    QSqlQuery &r = **q;
    FeedVersions v;
    v.catalog = r.value(0).toInt();
    v.calendar = r.value(1).toInt();
    if (!r.isNull(2)) {
        v.warnAfterDays = r.value(2).toInt();
        v.blockAfterDays = r.value(3).toInt();
        v.blockAfterUnsynced = r.value(4).toInt();
    }
    v.officers = r.value(5).toString();
    return v;
}

// A change-feed request: the cursor and the page size, checked (GET ?after=&limit=, or a push's
// "changesAfter" / "changesLimit").
struct FeedRequest {
    qint64 after = 0;
    int limit = kDefaultChangesLimit;
};

Error badFeedRequest()
{
    return Error(QStringLiteral("request.malformed"), QStringLiteral("after must be a cursor, limit 1 to 1000"));
}

// The change feed's answer for a device, as JSON object text: what GET /v1/sync/changes answers,
// and what a push with "changesAfter" carries as "changes" (read after the batch's commit). The
// events go in as the text readChanges wrote.
Result<QByteArray> changesAnswer(Statements &sql, const DeviceContext &dev, const FeedRequest &feed)
{
    Result<ChangesPage> page = readChanges(sql, dev.visibleOffices, feed.after, feed.limit);
    if (!page) {
        sql.finish();
        return page.error();
    }
    Result<FeedVersions> versions = feedVersions(sql, dev.office);
    sql.finish();
    if (!versions)
        return versions.error();
    const QJsonObject rest{{QStringLiteral("cursor"), double(page->cursor)},
                           {QStringLiteral("more"), page->more},
                           {QStringLiteral("catalogVersion"), versions->catalog},
                           {QStringLiteral("calendarVersion"), versions->calendar},
                           {QStringLiteral("policy"),
                            QJsonObject{{QStringLiteral("warnAfterDays"), versions->warnAfterDays},
                                        {QStringLiteral("blockAfterDays"), versions->blockAfterDays},
                                        {QStringLiteral("blockAfterUnsynced"), versions->blockAfterUnsynced}}},
                           {QStringLiteral("officersVersion"), versions->officers}};
    // {"events":[…],"cursor":…}: the rest's members after the events.
    return QByteArray(QByteArray("{\"events\":") + page->eventsJson + ',' + QJsonDocument(rest).toJson(QJsonDocument::Compact).mid(1));
}

// A push body's optional "changesAfter" (a cursor: an integer ≥ 0) and "changesLimit" (1 to 1000,
// default 500). nullopt: the push asks for no change feed.
Result<std::optional<FeedRequest>> pushFeedRequest(const QJsonObject &body)
{
    const QJsonValue after = body.value(QStringLiteral("changesAfter"));
    const QJsonValue limit = body.value(QStringLiteral("changesLimit"));
    if (after.isUndefined()) {
        if (!limit.isUndefined())
            return badFeedRequest();
        return std::optional<FeedRequest>();
    }
    auto wholeNumber = [](const QJsonValue &v, double low, double high) {
        return v.isDouble() && v.toDouble() >= low && v.toDouble() <= high && v.toDouble() == double(qint64(v.toDouble()));
    };
    FeedRequest feed;
    if (!wholeNumber(after, 0, 9007199254740991.0))
        return badFeedRequest();
    feed.after = qint64(after.toDouble());
    if (!limit.isUndefined()) {
        if (!wholeNumber(limit, 1, kMaxChangesLimit))
            return badFeedRequest();
        feed.limit = int(limit.toDouble());
    }
    return std::optional<FeedRequest>(feed);
}

} // namespace

void registerSyncRoutes(HttpServer &server, PortalServices &services, std::shared_ptr<SyncState> state)
{
    // 500 events of a few KB each, with room to spare.
    constexpr qint64 kMaxPushBody = 16LL * 1024 * 1024;
    server.route(HttpMethod::Post, QStringLiteral("/v1/sync/push"), authed(services, [state](RequestContext &ctx) {
        auto fail = [&ctx](const Error &e) { return syncFailure(ctx.services, ctx.request, e); };
        Result<DeviceContext> dev = deviceOf(ctx);
        if (!dev)
            return fail(dev.error());
        Result<QJsonObject> body = ctx.request.jsonObject();
        if (!body)
            return fail(body.error());
        Result<std::optional<FeedRequest>> feed = pushFeedRequest(*body);
        if (!feed)
            return fail(feed.error());
        Result<QList<PushedEvent>> batch = checkPushBatch(*body, *dev);
        if (!batch)
            return fail(batch.error());
        // The connection's prepared statements: a failure drops them with the connection (withDb).
        Statements &sql = ctx.services.db.statements();
        Result<PushReply> reply = state->pushes.push(sql, state->rules, PushRequest{*dev, std::move(*batch)});
        if (!reply)
            return fail(reply.error());
        if (!*feed)
            return HttpResponse::json(reply->toJson());
        // The change feed as GET /v1/sync/changes would answer it now, the batch committed: one
        // exchange for the round (docs/sync-protocol.md, Push). A failure here is a 5xx like the
        // GET's: the batch is stored, the client sends it again and is answered as the first time.
        Result<QByteArray> changes = changesAnswer(sql, *dev, **feed);
        if (!changes)
            return fail(changes.error());
        QByteArray answer = QJsonDocument(reply->toJson()).toJson(QJsonDocument::Compact);
        answer.chop(1);   // the closing brace: "changes" goes last
        answer += ",\"changes\":" + *changes + '}';
        return HttpResponse::bytes(std::move(answer), "application/json");
    }), kMaxPushBody);

    server.route(HttpMethod::Get, QStringLiteral("/v1/sync/changes"), authed(services, [state](RequestContext &ctx) {
        auto fail = [&ctx](const Error &e) { return syncFailure(ctx.services, ctx.request, e); };
        Result<DeviceContext> dev = deviceOf(ctx);
        if (!dev)
            return fail(dev.error());
        bool okAfter = true;
        bool okLimit = true;
        const QString afterText = ctx.request.queryValue(QStringLiteral("after"));
        const QString limitText = ctx.request.queryValue(QStringLiteral("limit"));
        FeedRequest feed;
        feed.after = afterText.isEmpty() ? 0 : afterText.toLongLong(&okAfter);
        feed.limit = limitText.isEmpty() ? kDefaultChangesLimit : limitText.toInt(&okLimit);
        if (!okAfter || !okLimit || feed.after < 0 || feed.limit < 1 || feed.limit > kMaxChangesLimit)
            return fail(badFeedRequest());
        Result<QByteArray> changes = changesAnswer(ctx.services.db.statements(), *dev, feed);
        if (!changes)
            return fail(changes.error());
        return HttpResponse::bytes(std::move(*changes), "application/json");
    }));

    // Pages travel inside, base64: up to the file store's limit for the whole bundle.
    constexpr qint64 kMaxBundleBody = FileStore::kMaxFileBytes;
    server.route(HttpMethod::Post, QStringLiteral("/v1/sync/bundle"), authed(services, [state](RequestContext &ctx) {
        // Any officer or device may carry a bundle in (a courier from another office too): what it
        // holds is authorised by its device's signature and that device's office, never the
        // carrier's, and the answer tells nothing but that device's own push results.
        Result<PushReply> reply = importBundle(ctx.db, state->files, state->rules, ctx.services.secrets.boxPublic,
                                               ctx.services.secrets.boxSecret, ctx.request.body);
        if (!reply)
            return syncFailure(ctx.services, ctx.request, reply.error());
        return HttpResponse::json(reply->toJson());
    }), kMaxBundleBody);
}

} // namespace motcua::portal
