#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QString>

namespace motcua::sync {

struct EnrollRequest {
    QString directory;    // missing or empty: enrollment makes a new workspace, never converts one
    QString portalUrl;
    QString login;
    QString password;     // the officer's portal password, also their key slot's on this device
    QString deviceName;   // shown on the portal's device list (the host name)
};

struct EnrollOutcome {
    QString directory;
    QString device;       // uuid
    int deviceNumber = 0;
    QString office;
};

// Enrollment (docs/sync-protocol.md "Offices, enrollment, devices"): the officer logs in on the
// portal, this device makes its Ed25519 key pair, the portal gives the device its uuid and number
// within the office, and the workspace is created from the portal's facts: the office, the device
// number, this officer's key slot with the same password and their roles there, the catalog and
// the calendar. Everything is fetched before the workspace is made, so a failure leaves no folder.
// An existing workspace is refused (sync.workspace-exists): its dossier codes were minted as a
// device number the portal never gave (docs/sync-protocol.md "Client").
// Blocking (network, Argon2id): a worker thread or the CLI.
Result<EnrollOutcome> enroll(const EnrollRequest &request, const Clock &clock);

} // namespace motcua::sync
