#include "app/cli/CliCommand.h"

namespace motcua::cli {
namespace {
int runVersion(CliContext &ctx)
{
    ctx.out() << "motcua-cli " << MOTCUA_VERSION << Qt::endl;
    return ExitOk;
}
const RegisterCommand reg{{QStringLiteral("version"), QStringLiteral("version"), false, &runVersion}};
} // namespace
} // namespace motcua::cli
