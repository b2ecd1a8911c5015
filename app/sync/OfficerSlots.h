#pragma once

#include "domain/Result.h"
#include "domain/auth/Officer.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace motcua::sync {

class PortalClient;

struct SlotGrantRequest {
    QString directory;        // an enrolled workspace
    QString login;
    QString password;         // the officer's portal password, also their new key slot's here
    QString portalOverride;   // another portal URL (empty: the enrolled one, from workspace.json)
};

// A second officer on an enrolled PC (docs/sync-protocol.md "Officers on an enrolled device"):
// the officer signs in on the portal (Argon2id there), the portal hands the device's portal-slot
// secret to an officer of the device's own office, and the workspace adds a key slot for them
// with the same password and their roles there (Workspace::addOfficerFromPortal). Errors:
// sync.not-enrolled (no portal in workspace.json), the portal's (auth.bad-credentials,
// auth.throttled, auth.forbidden for another office, device.revoked), the workspace's
// (keys.slot-exists, auth.revoked, auth.other-office). Blocking (network, Argon2id): a worker
// thread or the CLI.
Result<Officer> addOfficerSlot(const SlotGrantRequest &request);

// At every sync round: the officers of the device's office on the portal (GET /v1/officers). A
// local officer the portal lists as inactive, or no longer lists (moved to another office), is
// revoked here and their key slot removed, so it stops opening the workspace. The portal slot
// and an empty list (never a real office's answer) revoke nobody. Returns how many were revoked.
Result<int> followPortalOfficers(PortalClient &portal, QSqlDatabase db, const QString &directory, const QDateTime &now);

} // namespace motcua::sync
