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

Error badFeedRequest()
{
    return Error(QStringLiteral("request.malformed"), QStringLiteral("after must be a cursor, limit 1 to 1000"));
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
        Result<PushReply> reply = state->pushes.push(sql, state->rules, PushRequest{*dev, std::move(*batch), *feed});
        if (!reply)
            return fail(reply.error());
        if (!reply->changes)
            return HttpResponse::json(reply->toJson());
        // The change feed as GET /v1/sync/changes would answer it now, the batch committed (read by
        // the group's leader, PushGroups): one exchange for the round (docs/sync-protocol.md, Push).
        // A failure here is a 5xx like the GET's: the batch is stored, the client sends it again and
        // is answered as the first time.
        const Result<QByteArray> &changes = *reply->changes;
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
