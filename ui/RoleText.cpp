#include "ui/RoleText.h"

#include <QCoreApplication>
#include <QStringList>

namespace motcua {

QString roleText(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("motcua::RoleText", "Administrator");
    case Role::Supervisor:
        return QCoreApplication::translate("motcua::RoleText", "Supervisor");
    case Role::Counter:
        return QCoreApplication::translate("motcua::RoleText", "Counter");
    case Role::Processing:
        return QCoreApplication::translate("motcua::RoleText", "Processing");
    }
    return roleName(role);
}

QString rolesText(Roles roles)
{
    QStringList parts;
    for (Role r : kAllRoles)
        if (roles.testFlag(r))
            parts << roleText(r);
    return parts.join(QStringLiteral(", "));
}

} // namespace motcua
