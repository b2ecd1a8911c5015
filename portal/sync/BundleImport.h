#pragma once

#include "domain/Result.h"
#include "portal/files/FileStore.h"
#include "portal/sync/PortalRules.h"
#include "portal/sync/PushService.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace motcua::portal {

// A hand-carried bundle, through POST /v1/sync/bundle or `motcua-portal import-bundle`: opened with
// the portal's box key pair (bundle.tampered when any byte changed), its device looked up
// (device.unknown, device.revoked), checked like a push (sync.bad-signature), then its files
// stored and held by the device's office, then its events pushed. Every step is idempotent, so
// importing a bundle twice gives the same answer and stores nothing more than once.
Result<PushReply> importBundle(QSqlDatabase &db, FileStore &files, PortalRules &rules, const QByteArray &boxPublic,
                               const QByteArray &boxSecret, const QByteArray &sealed);

} // namespace motcua::portal
