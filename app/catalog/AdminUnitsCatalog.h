#pragma once

#include "domain/catalog/AdminUnits.h"

namespace motcua {

// The bundled administrative units (resources/catalog/admin-units.json, embedded as
// :/resources/catalog/admin-units.json), read once. The file is tested (tst_adminunits), so a
// failure here is a build defect: logged (the reason, no personal data), and the table is empty
// (the pickers offer nothing, no suggestion names a province).
const AdminUnits &bundledAdminUnits();

} // namespace motcua
