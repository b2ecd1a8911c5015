// motcua-cli --workspace DIR --officer LOGIN sync [--portal URL]
// motcua-cli --workspace DIR --officer LOGIN status
// motcua-cli --workspace DIR --officer LOGIN export-bundle --out FILE
// motcua-cli --workspace DIR --officer LOGIN import-bundle FILE
// (docs/sync-protocol.md "Client"). sync exits 0 only when nothing is left to send.
#include "app/cli/CliSession.h"
#include "app/cli/CommandData.h"
#include "app/common/ErrorText.h"
#include "app/sync/Bundle.h"
#include "app/sync/OfflineGuard.h"
#include "app/sync/SyncEngine.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/Database.h"
#include "db/SqlRows.h"
#include "db/SyncStore.h"
#include "domain/dossier/EventLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace motcua::cli {
namespace {

// The workspace's composition root for this command (WorkspaceServices through CommandData).
struct Opened {
    std::unique_ptr<CommandData> data;
    WorkspaceServices *services = nullptr;
    QSqlDatabase db() const { return services->db(); }
    const SessionInfo &session() const { return services->session(); }
};

std::optional<Opened> openWorkspace(CliContext &ctx, int *code)
{
    if (ctx.global().officer.isEmpty()) {
        *code = ctx.usage(Cli::tr("this command needs --officer LOGIN before the command"));
        return std::nullopt;
    }
    if (ctx.global().workspace.isEmpty()) {
        *code = ctx.usage(ctx.command() + QStringLiteral(" needs --workspace DIR --officer LOGIN"));
        return std::nullopt;
    }
    Opened o;
    o.data = CommandData::open(ctx, code);
    if (!o.data)
        return std::nullopt;
    Result<WorkspaceServices *> services = o.data->services();
    if (!services) {
        *code = failWith(ctx, services.error());
        return std::nullopt;
    }
    o.services = *services;
    return o;
}

// A stand-alone workspace never syncs: say so before anything else.
bool refuseStandAlone(CliContext &ctx, QSqlDatabase db, int *code)
{
    Result<bool> enrolled = SyncStore(db).isEnrolled();
    if (!enrolled) {
        *code = failWith(ctx, enrolled.error());
        return true;
    }
    if (!*enrolled) {
        *code = failWith(ctx, Error(QStringLiteral("sync.not-enrolled")));
        return true;
    }
    return false;
}

int runSync(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption portal(QStringLiteral("portal"), QStringLiteral("portal URL for this round"), QStringLiteral("URL"));
    p.addOption(portal);
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("usage: sync [--portal URL]"));
    int code = ExitOk;
    auto o = openWorkspace(ctx, &code);
    if (!o)
        return code;
    if (refuseStandAlone(ctx, o->db(), &code))
        return code;
    sync::SyncEngine engine(*o->services);
    sync::SyncOptions options;
    options.ignoreBackoff = true;   // the officer asked: retry at once
    options.portalOverride = p.value(portal);
    const sync::SyncReport report = engine.runOnce(options);

    const QJsonObject result{{QStringLiteral("accepted"), report.accepted},
                             {QStringLiteral("failed"), report.failed},
                             {QStringLiteral("quarantined"), report.quarantinedTotal},
                             {QStringLiteral("pulled"), report.pulled},
                             {QStringLiteral("pages_uploaded"), report.pagesUploaded},
                             {QStringLiteral("pages_fetched"), report.pagesFetched},
                             {QStringLiteral("left_to_send"), report.leftToSend}};
    ctx.out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    if (report.error)
        return failWith(ctx, *report.error) == ExitAuth ? ExitAuth : ExitFailed;
    if (report.leftToSend > 0)
        return ctx.fail(ExitFailed, Cli::tr("%n item(s) not accepted by the portal, %1 of them quarantined (refused on their merits)",
                                             nullptr, int(report.leftToSend))
                                        .arg(report.quarantinedTotal));
    return ExitOk;
}

// One count for `status`: a statement that fails is an error of the command (exit 1 with the
// reason), never a -1 printed as if it were a count.
Result<qint64> count(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    std::optional<Error> failure;
    const QList<qint64> rows = selectRows<qint64>(
        db, sql, binds, [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, &failure);
    if (failure)
        return *failure;
    if (rows.isEmpty())
        return Error(QStringLiteral("db.query-failed"));
    return rows.constFirst();
}

int runStatus(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(Cli::tr("status takes no arguments"));
    int code = ExitOk;
    auto o = openWorkspace(ctx, &code);
    if (!o)
        return code;
    QSqlDatabase db = o->db();
    const SessionInfo &s = o->session();
    SyncStore store(db);
    Result<std::optional<SyncIdentity>> identity = store.identity();
    Result<SyncState> state = store.state();
    Result<OutboxCounts> counts = store.counts();
    Result<QList<OutboxItem>> items = store.items();
    Result<QSet<QString>> uploaded = store.uploadedPages();
    if (!identity || !state || !counts || !items || !uploaded)
        return failWith(ctx, !identity ? identity.error() : !state ? state.error() : !counts ? counts.error()
                                                         : !items  ? items.error() : uploaded.error());
    Result<sync::OfflineStanding> standing = sync::offlineStanding(db, o->services->now());
    if (!standing)
        return failWith(ctx, standing.error());
    Result<qint64> dossiers = count(db, QStringLiteral("SELECT count(*) FROM dossiers"));
    Result<qint64> written = count(db, QStringLiteral("SELECT count(*) FROM events WHERE device = ?"), {s.deviceId});
    Result<qint64> stored = count(db, QStringLiteral("SELECT count(*) FROM events"));
    if (!dossiers || !written || !stored)
        return failWith(ctx, !dossiers ? dossiers.error() : !written ? written.error() : stored.error());
    // Pages of unsent events the portal is not known to hold.
    QSet<QString> files;
    const EventStore &events = o->services->events();
    for (const OutboxItem &item : std::as_const(*items)) {
        if (const std::optional<Event> e = events.event(item.event)) {
            for (const QString &sha : eventlog::pagesReferenced(*e)) {
                if (!uploaded->contains(sha))
                    files.insert(sha);
            }
        }
    }
    QJsonObject out{
        {QStringLiteral("office"), s.office.code},
        {QStringLiteral("device"), s.deviceId},
        {QStringLiteral("device_number"), s.deviceNumber},
        {QStringLiteral("enrolled"), identity->has_value()},
        {QStringLiteral("portal"), identity->has_value() ? QJsonValue((*identity)->portalUrl) : QJsonValue()},
        {QStringLiteral("dossiers"), *dossiers},
        {QStringLiteral("events"), *written},
        {QStringLiteral("events_stored"), *stored},
        {QStringLiteral("unsynced_events"), counts->unsent},
        {QStringLiteral("unsynced_files"), qint64(files.size())},
        {QStringLiteral("failed"), counts->failed},
        {QStringLiteral("quarantined"), counts->quarantined},
        {QStringLiteral("cursor"), state->cursor},
        {QStringLiteral("last_sync"), state->lastSync.isValid() ? QJsonValue(isoUtcMs(state->lastSync)) : QJsonValue()},
        {QStringLiteral("last_error"), state->lastError.isEmpty() ? QJsonValue() : QJsonValue(state->lastError)},
        {QStringLiteral("offline"),
         QJsonObject{{QStringLiteral("days_without_sync"), standing->daysWithoutSync},
                     {QStringLiteral("unsynced_dossiers"), standing->unsyncedDossiers},
                     {QStringLiteral("warn"), standing->warn},
                     {QStringLiteral("blocked"), standing->block ? QJsonValue(standing->block->code) : QJsonValue()},
                     {QStringLiteral("warn_after_days"), state->policy.warnAfterDays},
                     {QStringLiteral("block_after_days"), state->policy.blockAfterDays},
                     {QStringLiteral("block_after_unsynced"), state->policy.blockAfterUnsynced}}},
    };
    ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    ctx.out().flush();
    return ExitOk;
}

int runExport(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption outOpt(QStringLiteral("out"), QStringLiteral("bundle file to write"), QStringLiteral("FILE"));
    p.addOption(outOpt);
    if (!ctx.parse(p))
        return ExitUsage;
    if (!p.isSet(outOpt) || !p.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("usage: export-bundle --out FILE"));
    int code = ExitOk;
    auto o = openWorkspace(ctx, &code);
    if (!o)
        return code;
    if (refuseStandAlone(ctx, o->db(), &code))
        return code;
    Result<sync::BundleSummary> summary = sync::exportBundle(*o->services, p.value(outOpt));
    if (!summary)
        return failWith(ctx, summary.error());
    ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("events"), summary->events},
                                           {QStringLiteral("files"), summary->files},
                                           {QStringLiteral("bytes"), summary->bytes}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    return ExitOk;
}

int runImport(CliContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption portal(QStringLiteral("portal"), QStringLiteral("portal URL"), QStringLiteral("URL"));
    p.addOption(portal);
    if (!ctx.parse(p))
        return ExitUsage;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(Cli::tr("usage: import-bundle FILE"));
    int code = ExitOk;
    auto o = openWorkspace(ctx, &code);
    if (!o)
        return code;
    if (refuseStandAlone(ctx, o->db(), &code))
        return code;
    Result<sync::BundleImport> r = sync::importBundle(*o->services, p.positionalArguments().constFirst(), p.value(portal));
    if (!r)
        return failWith(ctx, r.error());
    ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("accepted"), r->accepted}, {QStringLiteral("refused"), r->refused}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    return r->refused == 0 ? ExitOk : ExitFailed;
}

const RegisterCommand regSync{{QStringLiteral("sync"), QStringLiteral("sync [--portal URL]   (an enrolled workspace)"), false, &runSync}};
const RegisterCommand regStatus{{QStringLiteral("status"), QStringLiteral("status   (JSON: dossiers, events, unsynced, last sync)"), false, &runStatus}};
const RegisterCommand regExport{{QStringLiteral("export-bundle"), QStringLiteral("export-bundle --out FILE   (hand-carried sync)"), false, &runExport}};
const RegisterCommand regImport{{QStringLiteral("import-bundle"), QStringLiteral("import-bundle FILE   (forwarded to the portal)"), false, &runImport}};

} // namespace
} // namespace motcua::cli
