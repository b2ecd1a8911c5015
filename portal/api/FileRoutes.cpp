#include "portal/api/PortalServices.h"
#include "portal/api/Routes.h"
#include "portal/api/SyncAccess.h"
#include "portal/api/SyncState.h"
#include "portal/http/HttpServer.h"
#include "portal/sync/FileRecords.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <memory>

namespace motcua::portal {

HttpResponse refusedSync(const HttpRequest &request, const Error &e);

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

// The offices a caller sees: its own and, for a province centre, its communes.
QStringList visibleOf(const Caller &caller, const RulesSnapshot &rules)
{
    return rules.visibleFrom(caller.office);
}

} // namespace

void registerFileRoutes(HttpServer &server, PortalServices &services, std::shared_ptr<SyncState> state)
{
    const QString pattern = QStringLiteral("/v1/files/{sha256}");

    // HEAD: 200 when complete and readable by the caller (Upload-Length: its size) — then an event
    // may refer to it; else 404 with the held offset of an unfinished upload in Upload-Offset (0
    // when none), the same answer for a file only another office holds: its existence is not
    // revealed, and uploading it proves possession (the caller's office then holds it).
    server.route(HttpMethod::Head, pattern, [&services, state](const HttpRequest &request) {
        Result<QSqlDatabase> db = services.db.get();
        if (!db)
            return refusedSync(request, db.error());
        Result<Caller> caller = authenticate(request, services, *db);
        if (!caller)
            return refusedSync(request, caller.error());
        const QString sha = request.args.value(0);
        if (!FileStore::isValidHash(sha))
            return HttpResponse::empty(404).withHeader("Upload-Offset", "0");
        Result<RulesSnapshot> rules = state->rules.snapshot(*db);
        if (!rules)
            return refusedSync(request, rules.error());
        const FileStore::State s = state->files.state(sha);
        Result<bool> visible = filerecords::visibleTo(*db, sha, visibleOf(*caller, *rules));
        if (!visible)
            return refusedSync(request, visible.error());
        if (s.complete && *visible)
            return HttpResponse::empty(200).withHeader("Upload-Length", QByteArray::number(s.size))
                .withHeader("Upload-Offset", QByteArray::number(s.size));
        return HttpResponse::empty(404).withHeader("Upload-Offset", QByteArray::number(s.complete ? 0 : s.heldOffset));
    });

    server.route(HttpMethod::Put, pattern, [&services, state](const HttpRequest &request) {
        Result<QSqlDatabase> db = services.db.get();
        if (!db)
            return refusedSync(request, db.error());
        Result<Caller> caller = authenticate(request, services, *db);
        if (!caller)
            return refusedSync(request, caller.error());
        const QString sha = request.args.value(0);
        if (!FileStore::isValidHash(sha))
            return refusedSync(request, Error(QStringLiteral("request.malformed"), QStringLiteral("not a lowercase SHA-256")));
        std::optional<Range> range;
        if (request.hasHeader("Content-Range")) {
            range = parseContentRange(request.header("Content-Range"));
            if (!range || range->end - range->start + 1 != request.body.size())
                return refusedSync(request, Error(QStringLiteral("request.malformed"), QStringLiteral("bad Content-Range")));
        }
        // Already complete and readable by the caller: nothing to do (idempotent).
        const FileStore::State s = state->files.state(sha);
        if (s.complete) {
            Result<RulesSnapshot> rules = state->rules.snapshot(*db);
            if (!rules)
                return refusedSync(request, rules.error());
            Result<bool> held = filerecords::visibleTo(*db, sha, visibleOf(*caller, *rules));
            if (!held)
                return refusedSync(request, held.error());
            if (*held)
                return HttpResponse::json(QJsonObject{}, 200);
        }
        Result<FileStore::PutResult> put = range ? state->files.putChunk(sha, range->start, range->total, request.body)
                                                 : state->files.putWhole(sha, request.body);
        const qint64 total = range ? range->total : request.body.size();
        if (!put)
            return refusedSync(request, put.error());
        switch (put->outcome) {
        case FileStore::Outcome::Partial:
            return HttpResponse::json(QJsonObject{{QStringLiteral("offset"), double(put->offset)}}, 200);
        case FileStore::Outcome::BadOffset:
            return refusedSync(request, Error(QStringLiteral("files.bad-offset"), QStringLiteral("the chunk does not start at the held offset")))
                .withHeader("Upload-Offset", QByteArray::number(put->offset));
        case FileStore::Outcome::HashMismatch:
            return refusedSync(request, Error(QStringLiteral("files.hash-mismatch"), QStringLiteral("the bytes do not hash to the file's name")));
        case FileStore::Outcome::Completed:
            break;
        }
        const QString device = caller->isDevice() ? caller->subject : QString();
        if (Status held = filerecords::recordHolder(*db, sha, total, device, caller->office); !held)
            return refusedSync(request, held.error());
        return HttpResponse::json(QJsonObject{}, 201);
    }, FileStore::kMaxChunkBytes);

    server.route(HttpMethod::Get, pattern, [&services, state](const HttpRequest &request) {
        Result<QSqlDatabase> db = services.db.get();
        if (!db)
            return refusedSync(request, db.error());
        Result<Caller> caller = authenticate(request, services, *db);
        if (!caller)
            return refusedSync(request, caller.error());
        const QString sha = request.args.value(0);
        const Error notFound(QStringLiteral("not-found"), QStringLiteral("no such file"));
        if (!FileStore::isValidHash(sha))
            return refusedSync(request, notFound);
        Result<RulesSnapshot> rules = state->rules.snapshot(*db);
        if (!rules)
            return refusedSync(request, rules.error());
        Result<bool> visible = filerecords::visibleTo(*db, sha, visibleOf(*caller, *rules));
        if (!visible)
            return refusedSync(request, visible.error());
        if (!*visible)
            return refusedSync(request, notFound);
        Result<QByteArray> bytes = state->files.read(sha);
        if (!bytes)
            return refusedSync(request, bytes.error());
        return HttpResponse::bytes(std::move(bytes.value()));
    });
}

} // namespace motcua::portal
