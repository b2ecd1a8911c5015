#include "app/cli/CliLogging.h"

Q_LOGGING_CATEGORY(lcCli, "motcua.cli", QtInfoMsg)
