#include "portal/cli/PortalCommand.h"

namespace motcua::portal {

int runSeedDemo(CommandContext &ctx)
{
    return ctx.fail(PortalFailed, PortalCli::tr("seed-demo is not implemented yet"));
}

} // namespace motcua::portal
