#include "portal/api/PortalServices.h"
#include "portal/api/Routes.h"
#include "portal/api/Handlers.h"
#include "portal/api/SyncState.h"
#include "portal/http/HttpServer.h"
#include "portal/sync/FileRecords.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <memory>

namespace motcua::portal {

HttpResponse syncFailure(PortalServices &services, const HttpRequest &request, const Error &e);

namespace {

struct Range {
    qint64 start = 0;
    qint64 end = 0;     // inclusive
    qint64 total = 0;
};

// "bytes START-END/TOTAL"; nullopt when malformed.
std::optional<Range> parseContentRange(const QByteArray &header)
{
    static const QRegularExpression re(QStringLiteral("^bytes (\\d{1,15})-(\\d{1,15})/(\\d{1,15})$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(header.trimmed()));
    if (!m.hasMatch())
        return std::nullopt;
    Range r{m.captured(1).toLongLong(), m.captured(2).toLongLong(), m.captured(3).toLongLong()};
    if (r.end < r.start || r.end >= r.total)
        return std::nullopt;
    return r;
}


} // namespace

void registerFileRoutes(HttpServer &server, PortalServices &services, std::shared_ptr<SyncState> state)
{
    const QString pattern = QStringLiteral("/v1/files/{sha256}");

    // HEAD: 200 when complete and readable by the caller (Upload-Length: its size) — then an event
    // may refer to it; else 404 with the held offset of an unfinished upload in Upload-Offset (0
    // when none), the same answer for a file only another office holds: its existence is not
    // revealed, and uploading it proves possession (the caller's office then holds it).
    // HEAD and PUT also take a connector's credential (its uploads are held by its office); GET not.
    server.route(HttpMethod::Head, pattern, authedOrConnector(services, [state](RequestContext &ctx) {
        const HttpRequest &request = ctx.request;
        auto fail = [&ctx](const Error &e) { return syncFailure(ctx.services, ctx.request, e); };
        const QString sha = request.args.value(0);
        if (!FileStore::isValidHash(sha))
            return HttpResponse::empty(404).withHeader("Upload-Offset", "0");
        const FileStore::State s = state->files.state(sha);
        Result<bool> visible = filerecords::visibleTo(ctx.db, sha, ctx.principal.visibleOffices);
        if (!visible)
            return fail(visible.error());
        if (s.complete && *visible)
            return HttpResponse::empty(200).withHeader("Upload-Length", QByteArray::number(s.size))
                .withHeader("Upload-Offset", QByteArray::number(s.size));
        return HttpResponse::empty(404).withHeader("Upload-Offset", QByteArray::number(s.complete ? 0 : s.heldOffset));
    }));

    server.route(HttpMethod::Put, pattern, authedOrConnector(services, [state](RequestContext &ctx) {
        const HttpRequest &request = ctx.request;
        auto fail = [&ctx](const Error &e) { return syncFailure(ctx.services, ctx.request, e); };
        const QString sha = request.args.value(0);
        if (!FileStore::isValidHash(sha))
            return fail(Error(QStringLiteral("request.malformed"), QStringLiteral("not a lowercase SHA-256")));
        std::optional<Range> range;
        if (request.hasHeader("Content-Range")) {
            range = parseContentRange(request.header("Content-Range"));
            if (!range || range->end - range->start + 1 != request.body.size())
                return fail(Error(QStringLiteral("request.malformed"), QStringLiteral("bad Content-Range")));
        }
        // Already complete and readable by the caller: nothing to do (idempotent).
        const FileStore::State s = state->files.state(sha);
        if (s.complete) {
            Result<bool> held = filerecords::visibleTo(ctx.db, sha, ctx.principal.visibleOffices);
            if (!held)
                return fail(held.error());
            if (*held)
                return HttpResponse::json(QJsonObject{}, 200);
        }
        Result<FileStore::PutResult> put = range ? state->files.putChunk(sha, range->start, range->total, request.body)
                                                 : state->files.putWhole(sha, request.body);
        const qint64 total = range ? range->total : request.body.size();
        if (!put)
            return fail(put.error());
        switch (put->outcome) {
        case FileStore::Outcome::Partial:
            return HttpResponse::json(QJsonObject{{QStringLiteral("offset"), double(put->offset)}}, 200);
        case FileStore::Outcome::BadOffset:
            return fail(Error(QStringLiteral("files.bad-offset"), QStringLiteral("the chunk does not start at the held offset")))
                .withHeader("Upload-Offset", QByteArray::number(put->offset));
        case FileStore::Outcome::HashMismatch:
            return fail(Error(QStringLiteral("files.hash-mismatch"), QStringLiteral("the bytes do not hash to the file's name")));
        case FileStore::Outcome::Completed:
            break;
        }
        const QString device = ctx.principal.isDevice() ? ctx.principal.claims.subject : QString();
        if (Status held = filerecords::recordHolder(ctx.db, sha, total, device, ctx.principal.office()); !held)
            return fail(held.error());
        return HttpResponse::json(QJsonObject{}, 201);
    }), FileStore::kMaxChunkBytes);

    server.route(HttpMethod::Get, pattern, authed(services, [state](RequestContext &ctx) {
        const HttpRequest &request = ctx.request;
        auto fail = [&ctx](const Error &e) { return syncFailure(ctx.services, ctx.request, e); };
        const QString sha = request.args.value(0);
        const Error notFound(QStringLiteral("not-found"), QStringLiteral("no such file"));
        if (!FileStore::isValidHash(sha))
            return fail(notFound);
        Result<bool> visible = filerecords::visibleTo(ctx.db, sha, ctx.principal.visibleOffices);
        if (!visible)
            return fail(visible.error());
        if (!*visible)
            return fail(notFound);
        Result<QByteArray> bytes = state->files.read(sha);
        if (!bytes)
            return fail(bytes.error());
        return HttpResponse::bytes(std::move(bytes.value()));
    }));
}

} // namespace motcua::portal
