#include "portal/api/PortalServices.h"
#include "portal/api/Routes.h"
#include "portal/api/SyncAccess.h"
#include "portal/api/SyncState.h"
#include "portal/db/Sql.h"
#include "portal/http/HttpServer.h"
#include "portal/sync/BundleImport.h"
#include "portal/sync/ChangesService.h"
#include "portal/sync/DeviceDirectory.h"
#include "portal/sync/PushBatch.h"
#include "portal/sync/PushService.h"
#include "portal/sync/SyncLogging.h"

#include <QJsonObject>
#include <QVariant>

#include <memory>

namespace motcua::portal {
namespace {

} // namespace

HttpResponse refusedSync(const HttpRequest &request, const Error &e)
{
    const int status = HttpResponse::statusOf(e.code);
    if (status >= 500)
        qCWarning(lcPortalSync).noquote() << request.path << "failed:" << e.toString();
    else
        qCInfo(lcPortalSync).noquote() << methodName(request.method) << request.path << "refused:" << e.code;
    return HttpResponse::error(e);
}

namespace {

HttpResponse refused(const HttpRequest &request, const Error &e)
{
    return refusedSync(request, e);
}

// The device a device token speaks for, with its key and visible offices.
Result<DeviceContext> deviceOf(const HttpRequest &request, PortalServices &services, QSqlDatabase &db, const RulesSnapshot &rules)
{
    Result<Caller> caller = authenticate(request, services, db);
    if (!caller)
        return caller.error();
    if (!caller->isDevice())
        return Error(QStringLiteral("auth.forbidden"), QStringLiteral("this route needs a device token"));
    return loadDevice(db, caller->subject, rules);
}

Result<int> feedVersion(QSqlDatabase &db, const QString &table)
{
    Result<QSqlQuery> q = exec(db, QStringLiteral("SELECT COALESCE(max(version), 0) FROM ") + table);
    if (!q)
        return q.error();
    if (!q->next())
        return 0;
    return q->value(0).toInt();
}

} // namespace

void registerSyncRoutes(HttpServer &server, PortalServices &services, std::shared_ptr<SyncState> state)
{
    // 500 events of a few KB each, with room to spare.
    constexpr qint64 kMaxPushBody = 16LL * 1024 * 1024;
    server.route(HttpMethod::Post, QStringLiteral("/v1/sync/push"), [&services, state](const HttpRequest &request) {
        Result<QSqlDatabase> db = services.db.get();
        if (!db)
            return refused(request, db.error());
        Result<RulesSnapshot> rules = state->rules.snapshot(*db);
        if (!rules)
            return refused(request, rules.error());
        Result<DeviceContext> dev = deviceOf(request, services, *db, *rules);
        if (!dev)
            return refused(request, dev.error());
        Result<QJsonObject> body = request.jsonObject();
        if (!body)
            return refused(request, body.error());
        Result<QList<PushedEvent>> batch = checkPushBatch(*body, *dev);
        if (!batch)
            return refused(request, batch.error());
        const StateMachine machine = rules->machine();
        PushService push(*db, machine);
        Result<PushReply> reply = push.push(*dev, *batch);
        if (!reply) {
            if (reply.error().code == QLatin1String("server.unavailable"))
                services.db.discard();
            return refused(request, reply.error());
        }
        return HttpResponse::json(reply->toJson());
    }, kMaxPushBody);

    server.route(HttpMethod::Get, QStringLiteral("/v1/sync/changes"), [&services, state](const HttpRequest &request) {
        Result<QSqlDatabase> db = services.db.get();
        if (!db)
            return refused(request, db.error());
        Result<RulesSnapshot> rules = state->rules.snapshot(*db);
        if (!rules)
            return refused(request, rules.error());
        Result<DeviceContext> dev = deviceOf(request, services, *db, *rules);
        if (!dev)
            return refused(request, dev.error());
        bool okAfter = true;
        bool okLimit = true;
        const QString afterText = request.queryValue(QStringLiteral("after"));
        const QString limitText = request.queryValue(QStringLiteral("limit"));
        const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&okAfter);
        const int limit = limitText.isEmpty() ? kDefaultChangesLimit : limitText.toInt(&okLimit);
        if (!okAfter || !okLimit || after < 0 || limit < 1 || limit > kMaxChangesLimit)
            return refused(request, Error(QStringLiteral("request.malformed"), QStringLiteral("after must be a cursor, limit 1 to 1000")));
        Result<ChangesPage> page = readChanges(*db, dev->visibleOffices, after, limit);
        if (!page)
            return refused(request, page.error());
        Result<int> catalog = feedVersion(*db, QStringLiteral("catalog_versions"));
        Result<int> calendar = feedVersion(*db, QStringLiteral("calendar_versions"));
        if (!catalog || !calendar)
            return refused(request, !catalog ? catalog.error() : calendar.error());
        return HttpResponse::json(QJsonObject{{QStringLiteral("events"), page->events},
                                              {QStringLiteral("cursor"), double(page->cursor)},
                                              {QStringLiteral("more"), page->more},
                                              {QStringLiteral("catalogVersion"), *catalog},
                                              {QStringLiteral("calendarVersion"), *calendar}});
    });

    // Pages travel inside: up to the file store's limit, base64 (4/3) and the events.
    constexpr qint64 kMaxBundleBody = FileStore::kMaxFileBytes;
    server.route(HttpMethod::Post, QStringLiteral("/v1/sync/bundle"), [&services, state](const HttpRequest &request) {
        Result<QSqlDatabase> db = services.db.get();
        if (!db)
            return refused(request, db.error());
        // Any officer or device may carry a bundle in: what it holds is authorised by the device's
        // own signature and the visibility of that device's office, never the carrier's.
        Result<Caller> caller = authenticate(request, services, *db);
        if (!caller)
            return refused(request, caller.error());
        Result<PushReply> reply = importBundle(*db, state->files, state->rules, services.secrets.boxPublic,
                                               services.secrets.boxSecret, request.body);
        if (!reply)
            return refused(request, reply.error());
        return HttpResponse::json(reply->toJson());
    }, kMaxBundleBody);
}

} // namespace motcua::portal
