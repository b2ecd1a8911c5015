#include "app/cli/CliSession.h"

namespace motcua::cli {
namespace {

int runWhoami(CliContext &ctx)
{
    if (!ctx.args().isEmpty())
        return ctx.usage(Cli::tr("whoami takes no arguments"));
    int code = ExitOk;
    auto ws = openSession(ctx, &code);
    if (!ws)
        return code;
    const SessionInfo &s = ws->session();
    ctx.out() << "login: " << s.officer.login << '\n'
              << "name: " << s.officer.fullName << '\n'
              << "roles: " << rolesToString(s.officer.roles) << '\n'
              << "office: " << s.office.code;
    if (!s.office.name.isEmpty() && s.office.name != s.office.code)
        ctx.out() << " (" << s.office.name << ')';
    ctx.out() << Qt::endl;
    if (s.failedAttemptsBefore > 0)
        ctx.err() << "motcua-cli: " << Cli::tr("%n failed login attempt(s) since the last login", nullptr, s.failedAttemptsBefore) << Qt::endl;
    return ExitOk;
}

const RegisterCommand reg{{QStringLiteral("whoami"), QStringLiteral("whoami"), false, &runWhoami}};

} // namespace
} // namespace motcua::cli
