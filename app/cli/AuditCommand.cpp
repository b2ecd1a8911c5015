#include "app/audit/AuditVerify.h"
#include "app/calendar/WorkspaceCalendar.h"
#include "app/cli/CliSession.h"
#include "db/CalendarStore.h"
#include "app/cli/CliLogging.h"
#include "domain/dossier/CalendarBinding.h"

namespace motcua::cli {
namespace {

// The key came out of the officer's key slot, so it is the workspace's key: a file it cannot
// read (page 1, the schema, the migrations or officers table fail their HMAC) is damaged or
// altered — an audit finding, not a "wrong key".
bool fileUnreadable(const Error &e)
{
    return e.code == QLatin1String("db.wrong-key") || e.code == QLatin1String("db.open-failed")
        || e.code == QLatin1String("db.corrupt") || e.code == QLatin1String("workspace.db-damaged")
        || e.code == QLatin1String("workspace.db-foreign") || e.code == QLatin1String("db.migration-failed")
        || e.code == QLatin1String("db.query-failed");
}

int reportUnreadable(CliContext &ctx, const Error &e)
{
    ctx.out() << "broken: database file: cannot be read with the workspace key (" << e.code << ")" << Qt::endl;
    ctx.err() << "motcua-cli: audit failed: the database file is damaged or was altered; nothing else was checked"
              << Qt::endl;
    qCWarning(lcCli) << "audit verify: database file unreadable," << e.code;
    return ExitFailed;
}

int runAudit(CliContext &ctx)
{
    if (ctx.args() != QStringList{QStringLiteral("verify")})
        return ctx.usage(QStringLiteral("usage: audit verify"));
    int code = ExitOk;
    Error unlockDbError;
    auto ws = openSession(ctx, &code, &unlockDbError);
    if (!ws && fileUnreadable(unlockDbError))
        return reportUnreadable(ctx, unlockDbError);
    if (!ws && !unlockDbError.code.isEmpty())
        return failWith(ctx, unlockDbError);
    if (!ws)
        return code;
    auto db = ws->openDatabase();
    if (!db && fileUnreadable(db.error()))
        return reportUnreadable(ctx, db.error());
    if (!db)
        return failWith(ctx, db.error());
    // The derived state is replayed with the office's working calendar, as the writers derive it.
    const QSqlDatabase sql = (*db)->sql();
    const QString office = ws->session().office.code;
    std::shared_ptr<const WorkingCalendar> calendar;
    const AuditScope scope{sql, ws->session().deviceId, [&]() -> Result<MachineContext> {
                               auto built = WorkspaceCalendar::build(CalendarStore(sql), office);
                               if (!built)
                                   return built.error();
                               calendar = *built;
                               return machineContextFor(*calendar);
                           }};
    return runAuditVerify(scope, ctx.out(), ctx.err());
}

const RegisterCommand reg{{QStringLiteral("audit"), QStringLiteral("audit verify"), false, &runAudit}};

} // namespace
} // namespace motcua::cli
