#include "app/audit/AuditVerify.h"
#include "app/cli/CliSession.h"
#include "db/EventStore.h"

namespace motcua::cli {
namespace {

int runAudit(CliContext &ctx)
{
    if (ctx.args() != QStringList{QStringLiteral("verify")})
        return ctx.usage(QStringLiteral("usage: audit verify"));
    int code = ExitOk;
    auto ws = openSession(ctx, &code);
    if (!ws)
        return code;
    auto db = ws->openDatabase();
    if (!db)
        return failWith(ctx, db.error());
    // Verification needs no calendar: it reads the chains, not the derived state.
    EventStore store((*db)->sql(), ws->session().deviceId);
    return runAuditVerify(store, ctx.out(), ctx.err());
}

const RegisterCommand reg{{QStringLiteral("audit"), QStringLiteral("audit verify"), false, &runAudit}};

} // namespace
} // namespace motcua::cli
