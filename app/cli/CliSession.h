#pragma once

#include "app/cli/CliCommand.h"
#include "db/Workspace.h"

#include <memory>

namespace motcua::cli {

// The workspace folder the command acts on: --workspace, else the default location.
QString workspaceDirectory(const CliContext &ctx);

// Unlocks the workspace as --officer with $MOTCUA_PASSWORD (or a prompt on a terminal), waiting
// out the throttle, and attaches the workspace's log file. On failure it has already printed one
// line and set *exitCode (2 usage, 3 authentication, 1 anything else).
// With `databaseError`, a failure to read the database after the key slot opened (an Error whose
// code starts with "db.") is not printed but stored there, for the caller to word (`audit verify`
// reports it as a damaged file).
std::unique_ptr<Workspace> openSession(CliContext &ctx, int *exitCode, Error *databaseError = nullptr);

// In a workspace enrolled on a portal, officers, the catalog and the calendar come from the portal
// (docs/sync-protocol.md "Client"): local `officer add`, `catalog import` and `calendar-set` /
// `calendar-unset` are refused with sync.portal-managed. Returns true (reason printed, *exitCode
// set) when the command must stop.
bool refusePortalManaged(CliContext &ctx, const Workspace &workspace, int *exitCode);

// Maps an Error to its exit code: auth.* → 3, everything else → 1.
int exitCodeFor(const Error &error);

// Prints errorText(error), its detail (not for auth.*; in English runs or with --verbose only: it is
// technical English) and its code as one line on stderr and returns exitCodeFor(error).
int failWith(CliContext &ctx, const Error &error);
// The same with `where` (e.g. "component 2, file 1") instead of the error's detail: for errors about
// what a citizen gave (files, the card), whose detail may carry a file name or the card's data —
// never printed nor logged (issue 10).
int failWithAt(CliContext &ctx, const Error &error, const QString &where);

} // namespace motcua::cli
