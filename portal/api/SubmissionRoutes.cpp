#include "portal/api/Handlers.h"
#include "portal/api/PortalServices.h"
#include "portal/api/Routes.h"
#include "portal/api/SyncState.h"
#include "portal/http/HttpServer.h"
#include "portal/submissions/OnlineSubmissions.h"
#include "portal/sync/SyncLogging.h"

#include <QJsonObject>

#include <memory>

namespace motcua::portal {

HttpResponse syncFailure(PortalServices &services, const HttpRequest &request, const Error &e);

namespace {

// POST /v1/submissions (docs/sync-protocol.md "Online submissions"): a connector's credential only,
// for its own office; the pages uploaded through /v1/files first. 201 a new dossier, 200 the same
// external reference again (the same code); 422 with every refused field.
HttpResponse submit(RequestContext &ctx, SyncState &state)
{
    if (!ctx.principal.isConnector())
        return forbidden(QStringLiteral("Online submissions are made with a connector credential."));
    Result<QJsonObject> body = ctx.request.jsonObject();
    if (!body)
        return syncFailure(ctx.services, ctx.request, body.error());
    OnlineSubmission s;
    QList<FieldError> fields = submissioncheck::read(*body, s);
    if (!s.office.isEmpty() && s.office != ctx.principal.office()) {
        qCWarning(lcPortalSync, "refused POST /v1/submissions: another office; connector of office %s",
                  qUtf8Printable(ctx.principal.office()));
        return forbidden(QStringLiteral("This connector submits for its own office only."));
    }
    if (fields.isEmpty()) {
        s.connector = ctx.principal.claims.subject;
        Result<SubmittedDossier> done = OnlineSubmissions(ctx.db, state.files, state.rules).submit(s, &fields);
        if (done) {
            return HttpResponse::json(QJsonObject{{QStringLiteral("code"), done->code},
                                                  {QStringLiteral("lookupCode"), done->lookupCode},
                                                  {QStringLiteral("existed"), done->existed}},
                                      done->existed ? 200 : 201);
        }
        if (done.error().code != QLatin1String("online.bad-submission"))
            return syncFailure(ctx.services, ctx.request, done.error());
    }
    // The fields and codes only: never a value (personal data).
    qCInfo(lcPortalSync, "refused POST /v1/submissions: online.bad-submission (%lld fields); connector of office %s",
           qlonglong(fields.size()), qUtf8Printable(ctx.principal.office()));
    return HttpResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("online.bad-submission")},
                                          {QStringLiteral("message"), QStringLiteral("Some fields of the submission were refused.")},
                                          {QStringLiteral("fields"), toJson(fields)}},
                              422);
}

} // namespace

void registerSubmissionRoutes(HttpServer &server, PortalServices &services, std::shared_ptr<SyncState> state)
{
    constexpr qint64 kMaxSubmissionBody = 1024 * 1024;   // facts and page hashes; the pages go to /v1/files
    server.route(HttpMethod::Post, QStringLiteral("/v1/submissions"),
                 authedOrConnector(services, [state](RequestContext &ctx) { return submit(ctx, *state); }), kMaxSubmissionBody);
}

} // namespace motcua::portal
