// motcua-cli catalog list | show CODE | validate FILE | import FILE
// Without --workspace, list/show use the catalog bundled in the program and need no password.
#include "app/catalog/CatalogService.h"
#include "app/cli/CliCommand.h"
#include "domain/catalog/CatalogJson.h"

#include <QFile>
#include <QJsonDocument>

namespace motcua::cli {
namespace {

// The catalog the command reads.
// TODO(integrator): with --workspace, open the workspace session (officer + MOTCUA_PASSWORD),
// construct CatalogStore over its Database and CatalogService::attachStore(store, officer); then
// return service.catalog(). Until that session API exists, a workspace cannot be read here.
Result<std::shared_ptr<const Catalog>> catalogFor(CliContext &ctx)
{
    if (!ctx.global().workspace.isEmpty())
        return Error(QStringLiteral("cli.workspace-unsupported"),
                     QStringLiteral("catalog with --workspace is not available yet; run it without --workspace "
                                    "for the bundled catalog"));
    return CatalogService::bundledCatalog();
}

int list(CliContext &ctx)
{
    auto c = catalogFor(ctx);
    if (!c)
        return ctx.fail(ExitFailed, c.error().toString());
    for (const Procedure &p : c.value()->procedures()) // kept sorted by code
        ctx.out() << p.code << '\t' << p.name << '\n';
    return ExitOk;
}

int show(CliContext &ctx, const QString &code)
{
    auto c = catalogFor(ctx);
    if (!c)
        return ctx.fail(ExitFailed, c.error().toString());
    const Procedure *p = c.value()->find(code.trimmed());
    if (!p)
        return ctx.fail(ExitFailed, QStringLiteral("no procedure with code '%1' in catalog %2").arg(code, c.value()->version()));
    ctx.out() << QString::fromUtf8(QJsonDocument(CatalogJson::toJson(*p)).toJson(QJsonDocument::Indented));
    return ExitOk;
}

// Checks a catalog file as an import would, without a workspace: prints "ok VERSION N" or fails
// with the line and reason.
int validate(CliContext &ctx, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(ExitFailed, QStringLiteral("cannot open %1: %2").arg(path, f.errorString()));
    if (f.size() > CatalogService::kMaxImportBytes)
        return ctx.fail(ExitFailed, QStringLiteral("%1 is too large").arg(path));
    auto c = CatalogJson::parse(f.readAll());
    if (!c)
        return ctx.fail(ExitFailed, path + QStringLiteral(": ") + c.error().toString());
    ctx.out() << "ok " << c->version() << ' ' << c->size() << Qt::endl;
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
    if (sub == QLatin1String("import") && args.size() == 2) {
        if (ctx.global().workspace.isEmpty())
            return ctx.usage(QStringLiteral("catalog import needs --workspace DIR --officer LOGIN"));
        // TODO(integrator): open the workspace session as for catalogFor(), then
        // CatalogService::importFile(args[1]); print "imported VERSION N" or fail with the error.
        return ctx.fail(ExitFailed, QStringLiteral("catalog import with a workspace is not available yet"));
    }
    return ctx.usage(QStringLiteral("usage: catalog list | catalog show CODE | catalog validate FILE | catalog import FILE"));
}

const RegisterCommand reg{{QStringLiteral("catalog"),
                           QStringLiteral("catalog list | show CODE | validate FILE | import FILE"), false, &runCatalog}};

} // namespace
} // namespace motcua::cli
