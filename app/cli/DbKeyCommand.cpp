#include "app/cli/CliSession.h"

namespace motcua::cli {
namespace {

// For an administrator who needs the stock sqlcipher shell: the raw key, then any PRAGMAs.
int runDbKey(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(Cli::tr("db-key takes no arguments"));
    int code = ExitOk;
    auto ws = openSession(ctx, &code);
    if (!ws)
        return code;
    if (!ws->session().officer.has(Role::Admin))
        return failWith(ctx, Error(QStringLiteral("auth.not-admin")));
    ctx.out() << QString::fromLatin1(ws->session().database.rawKey.toHex()) << '\n';
    for (const QString &pragma : Database::extraShellPragmas())
        ctx.out() << pragma << '\n';
    ctx.out().flush();
    return ExitOk;
}

const RegisterCommand reg{{QStringLiteral("db-key"), QStringLiteral("db-key                       (administrators)"), false, &runDbKey}};

} // namespace
} // namespace motcua::cli
