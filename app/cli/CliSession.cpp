#include "app/cli/CliSession.h"

#include "app/common/ErrorText.h"
#include "app/logging/LogSetup.h"
#include "db/SyncStore.h"

namespace motcua::cli {

QString workspaceDirectory(const CliContext &ctx)
{
    return ctx.global().workspace.isEmpty() ? Workspace::defaultDirectory() : ctx.global().workspace;
}

int exitCodeFor(const Error &error)
{
    return error.code.startsWith(QLatin1String("auth.")) ? ExitAuth : ExitFailed;
}

int failWith(CliContext &ctx, const Error &error)
{
    // The detail says which file, page or code (the officer typed or chose it); never for auth.*,
    // whose answers must not tell a wrong password from an unknown login.
    // The detail is technical English: shown in an English run (or with --verbose), left out of a
    // Vietnamese one, whose every line is Vietnamese (issue 10); the code says the rest.
    QString line = errorText(error);
    const bool detailFits = ctx.global().language == QLatin1String("en") || ctx.global().verbose;
    if (detailFits && !error.detail.isEmpty() && !error.code.startsWith(QLatin1String("auth.")))
        line += QStringLiteral(" (") + error.detail.simplified() + QLatin1Char(')');
    return ctx.fail(exitCodeFor(error), line + QStringLiteral(" [") + error.code + QLatin1Char(']'));
}

int failWithAt(CliContext &ctx, const Error &error, const QString &where)
{
    QString line = where.isEmpty() ? errorText(error) : where + QStringLiteral(": ") + errorText(error);
    return ctx.fail(exitCodeFor(error), line + QStringLiteral(" [") + error.code + QLatin1Char(']'));
}

std::unique_ptr<Workspace> openSession(CliContext &ctx, int *exitCode, Error *databaseError)
{
    if (ctx.global().officer.isEmpty()) {
        *exitCode = ctx.usage(Cli::tr("this command needs --officer LOGIN before the command"));
        return nullptr;
    }
    const QString dir = workspaceDirectory(ctx);
    if (!Workspace::exists(dir)) {
        *exitCode = failWith(ctx, Error(QStringLiteral("workspace.missing"), dir));
        return nullptr;
    }
    auto password = ctx.password();
    if (!password.ok()) {
        *exitCode = ctx.fail(ExitAuth, password.error().detail);
        return nullptr;
    }
    LogSetup::attachWorkspace(dir);
    auto ws = Workspace::unlock(dir, ctx.global().officer, *password, Workspace::Wait::UntilAllowed);
    if (!ws.ok() && databaseError
        && (ws.error().code.startsWith(QLatin1String("db.")) || ws.error().code.startsWith(QLatin1String("workspace.db-")))) {
        *databaseError = ws.error();
        *exitCode = ExitFailed;
        return nullptr;
    }
    if (!ws.ok()) {
        *exitCode = failWith(ctx, ws.error());
        return nullptr;
    }
    *exitCode = ExitOk;
    return std::move(*ws);
}

bool refusePortalManaged(CliContext &ctx, const Workspace &workspace, int *exitCode)
{
    auto db = workspace.openDatabase();
    if (!db) {
        *exitCode = failWith(ctx, db.error());
        return true;
    }
    Result<bool> enrolled = SyncStore((*db)->sql()).isEnrolled();
    if (!enrolled) {
        *exitCode = failWith(ctx, enrolled.error());
        return true;
    }
    if (*enrolled) {
        *exitCode = failWith(ctx, Error(QStringLiteral("sync.portal-managed"), ctx.command()));
        return true;
    }
    return false;
}

} // namespace motcua::cli
