// Administrators edit a workspace's calendar (the layer above the official table and the rules):
//   calendar-set DATE off|work "DESCRIPTION"   a day off, or a make-up working day
//   calendar-unset DATE                        back to the official table / the rules
// The result shows in `calendar --year` and in every due moment computed with --workspace.
#include "app/cli/CliSession.h"
#include "db/CalendarStore.h"

namespace motcua::cli {
namespace {

struct AdminDb {
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Database> db;
};

std::optional<AdminDb> openAsAdmin(CliContext &ctx, int *exitCode)
{
    if (ctx.global().workspace.isEmpty()) {
        *exitCode = ctx.usage(ctx.command() + QStringLiteral(" needs --workspace DIR --officer LOGIN (an administrator)"));
        return std::nullopt;
    }
    AdminDb a;
    a.workspace = openSession(ctx, exitCode);
    if (!a.workspace)
        return std::nullopt;
    if (!a.workspace->session().officer.has(Role::Admin)) {
        *exitCode = failWith(ctx, Error(QStringLiteral("auth.not-admin")));
        return std::nullopt;
    }
    if (refusePortalManaged(ctx, *a.workspace, exitCode))
        return std::nullopt;
    auto db = a.workspace->openDatabase();
    if (!db.ok()) {
        *exitCode = failWith(ctx, db.error());
        return std::nullopt;
    }
    a.db = std::move(*db);
    return a;
}

QDate parseDate(const QString &text)
{
    return text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
}

int runSet(CliContext &ctx)
{
    const QStringList a = ctx.args();
    const QDate date = parseDate(a.value(0));
    const QString kind = a.value(1);
    if (a.size() != 3 || !date.isValid() || (kind != QLatin1String("off") && kind != QLatin1String("work"))
        || a.at(2).trimmed().isEmpty())
        return ctx.usage(Cli::tr("usage: calendar-set YYYY-MM-DD off|work \"DESCRIPTION\""));
    int code = ExitOk;
    auto admin = openAsAdmin(ctx, &code);
    if (!admin)
        return code;
    CalendarDay day;
    day.date = date;
    day.kind = kind == QLatin1String("off") ? CalendarDay::Kind::Off : CalendarDay::Kind::Work;
    day.description = a.at(2).trimmed();
    day.source = QStringLiteral("admin:") + admin->workspace->session().officer.login;
    if (Status s = CalendarStore(admin->db->sql()).setDay(day); !s.ok())
        return failWith(ctx, s.error());
    return ExitOk;
}

int runUnset(CliContext &ctx)
{
    const QDate date = parseDate(ctx.args().value(0));
    if (ctx.args().size() != 1 || !date.isValid())
        return ctx.usage(Cli::tr("usage: calendar-unset YYYY-MM-DD"));
    int code = ExitOk;
    auto admin = openAsAdmin(ctx, &code);
    if (!admin)
        return code;
    if (Status s = CalendarStore(admin->db->sql()).removeDay(date); !s.ok())
        return failWith(ctx, s.error());
    return ExitOk;
}

const RegisterCommand regSet{{QStringLiteral("calendar-set"),
                              QStringLiteral("calendar-set YYYY-MM-DD off|work \"DESCRIPTION\"   (administrators, with --workspace)"),
                              false, &runSet}};
const RegisterCommand regUnset{{QStringLiteral("calendar-unset"),
                                QStringLiteral("calendar-unset YYYY-MM-DD                      (administrators, with --workspace)"),
                                false, &runUnset}};

} // namespace
} // namespace motcua::cli
