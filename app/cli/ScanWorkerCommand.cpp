// `motcua-cli scan-worker`: the scan worker process started by SaneScanner (internal; speaks the
// protocol of app/capture/WorkerProtocol.h on stdin/stdout, never for people).
#include "app/capture/SaneWorker.h"
#include "app/cli/CliCommand.h"

namespace motcua::cli {
namespace {
int runScanWorker(CliContext &)
{
    return motcua::capture::runSaneWorker();
}
const RegisterCommand reg{{QStringLiteral("scan-worker"), QStringLiteral("scan-worker  (internal: the scanner driver process)"),
                           false, &runScanWorker}};
} // namespace
} // namespace motcua::cli
