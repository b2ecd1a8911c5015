#pragma once

#include "domain/auth/Role.h"

#include <QString>

namespace motcua {

// The officer-facing (translated) names of roles; the stable names stay in domain/auth/Role.h.
QString roleText(Role role);
QString rolesText(Roles roles);   // "Administration, Supervisor, …" in the order of kAllRoles

} // namespace motcua
