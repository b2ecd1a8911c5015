// motcua-cli catalog list | show CODE | validate FILE | import FILE
// Without --workspace, list/show/validate use the catalog bundled in the program and need no
// password; with --workspace DIR --officer LOGIN (password from MOTCUA_PASSWORD) they read the
// workspace's catalog, and import replaces it (admin role).
#include "app/catalog/CatalogService.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliSession.h"
#include "db/CatalogStore.h"
#include "db/Database.h"
#include "domain/catalog/CatalogJson.h"

#include <QFile>
#include <QJsonDocument>

namespace motcua::cli {
namespace {

// With --workspace: the unlocked workspace's store and the service over it (the workspace's own
// catalog, or the bundled one while it has imported none).
struct WorkspaceCatalog {
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Database> database;
    std::unique_ptr<CatalogStore> store;
    CatalogService service;
};

std::unique_ptr<WorkspaceCatalog> openWorkspaceCatalog(CliContext &ctx, int *exitCode)
{
    auto w = std::make_unique<WorkspaceCatalog>();
    w->workspace = openSession(ctx, exitCode);
    if (!w->workspace)
        return nullptr;
    auto db = w->workspace->openDatabase();
    if (!db) {
        *exitCode = failWith(ctx, db.error());
        return nullptr;
    }
    w->database = std::move(db).value();
    w->store = std::make_unique<CatalogStore>(w->database->sql());
    if (Status st = w->service.attachStore(w->store.get(), w->workspace->session().officer.login); !st) {
        *exitCode = failWith(ctx, st.error());
        return nullptr;
    }
    return w;
}

const QString kReported = QStringLiteral("cli.reported");
bool alreadyReported(const Error &e) { return e.code == kReported; }

// The catalog the command reads: bundled without --workspace (no password needed), else the
// workspace's. `keep` holds the workspace open while the catalog is used.
Result<std::shared_ptr<const Catalog>> catalogFor(CliContext &ctx, std::unique_ptr<WorkspaceCatalog> &keep, int *exitCode)
{
    *exitCode = ExitFailed;
    if (ctx.global().workspace.isEmpty())
        return CatalogService::bundledCatalog();
    keep = openWorkspaceCatalog(ctx, exitCode);
    if (!keep)
        return Error(kReported); // the reason is printed already
    return keep->service.catalog();
}

int list(CliContext &ctx)
{
    std::unique_ptr<WorkspaceCatalog> keep;
    int code = ExitOk;
    auto c = catalogFor(ctx, keep, &code);
    if (!c)
        return alreadyReported(c.error()) ? code : ctx.fail(ExitFailed, c.error().toString());
    for (const Procedure &p : c.value()->procedures()) // kept sorted by code
        ctx.out() << p.code << '\t' << p.name << '\n';
    return ExitOk;
}

int show(CliContext &ctx, const QString &code)
{
    std::unique_ptr<WorkspaceCatalog> keep;
    int exitCode = ExitOk;
    auto c = catalogFor(ctx, keep, &exitCode);
    if (!c)
        return alreadyReported(c.error()) ? exitCode : ctx.fail(ExitFailed, c.error().toString());
    const Procedure *p = c.value()->find(code.trimmed());
    if (!p)
        return ctx.fail(ExitFailed, Cli::tr("no procedure with code '%1' in catalog %2").arg(code, c.value()->version()));
    ctx.out() << QString::fromUtf8(QJsonDocument(CatalogJson::toJson(*p)).toJson(QJsonDocument::Indented));
    return ExitOk;
}

// Checks a catalog file as an import would, without a workspace: prints "ok VERSION N" or fails
// with the line and reason.
int validate(CliContext &ctx, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(ExitFailed, Cli::tr("cannot open %1: %2").arg(path, f.errorString()));
    if (f.size() > CatalogService::kMaxImportBytes)
        return ctx.fail(ExitFailed, Cli::tr("%1 is too large").arg(path));
    auto c = CatalogJson::parse(f.readAll());
    if (!c)
        return ctx.fail(ExitFailed, path + QStringLiteral(": ") + c.error().toString());
    ctx.out() << "ok " << c->version() << ' ' << c->size() << Qt::endl;
    return ExitOk;
}

// Replaces the workspace's catalog (administrators only). A bad file changes nothing.
int import(CliContext &ctx, const QString &path)
{
    if (ctx.global().workspace.isEmpty())
        return ctx.usage(Cli::tr("catalog import needs --workspace DIR --officer LOGIN"));
    int code = ExitOk;
    auto w = openWorkspaceCatalog(ctx, &code);
    if (!w)
        return code;
    if (!w->workspace->session().officer.has(Role::Admin))
        return failWith(ctx, Error(QStringLiteral("auth.not-admin"), QStringLiteral("importing the catalog needs the admin role")));
    if (refusePortalManaged(ctx, *w->workspace, &code))
        return code;
    auto imported = w->service.importFile(path);
    if (!imported)
        return ctx.fail(ExitFailed, path + QStringLiteral(": ") + imported.error().toString());
    ctx.out() << "imported " << imported.value()->version() << ' ' << imported.value()->size() << Qt::endl;
    return ExitOk;
}

int runCatalog(CliContext &ctx)
{
    const QStringList &args = ctx.args();
    const QString sub = args.value(0);
    if (sub == QLatin1String("list") && args.size() == 1)
        return list(ctx);
    if (sub == QLatin1String("show") && args.size() == 2)
        return show(ctx, args[1]);
    if (sub == QLatin1String("validate") && args.size() == 2)
        return validate(ctx, args[1]);
    if (sub == QLatin1String("import") && args.size() == 2)
        return import(ctx, args[1]);
    return ctx.usage(Cli::tr("usage: catalog list | catalog show CODE | catalog validate FILE | catalog import FILE"));
}

const RegisterCommand reg{{QStringLiteral("catalog"),
                           QStringLiteral("catalog list | show CODE | validate FILE | import FILE"), false, &runCatalog}};

} // namespace
} // namespace motcua::cli
