#pragma once

#include "domain/Result.h"
#include "portal/sync/DeviceContext.h"
#include "portal/sync/PortalRules.h"

#include <QSqlDatabase>

namespace motcua::portal {

// The enrolled device `uuid` with its key and visible offices: device.unknown when it was never
// enrolled, device.revoked once revoked (a revoked device's pushes and bundles are refused).
Result<DeviceContext> loadDevice(QSqlDatabase &db, const QString &uuid, const RulesSnapshot &rules);

} // namespace motcua::portal
