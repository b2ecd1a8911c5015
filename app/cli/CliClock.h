#pragma once

#include "domain/Clock.h"

#include <memory>

namespace motcua::cli {

// The clock of a command-line run: the system's, or — for tests that must be the same on every run,
// and only in builds with MOTCUA_TEST_CLOCK (Debug, as tools/test builds; a release ignores it with a
// warning) — the moment in $MOTCUA_NOW (ISO-8601 UTC, e.g. 2026-12-08T03:00:00.000Z), noted in the
// log as a warning. A malformed MOTCUA_NOW is ignored with a warning. CommandData::services() builds
// every command's WorkspaceServices with it.
std::shared_ptr<const Clock> cliClock();

} // namespace motcua::cli
