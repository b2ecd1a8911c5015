#include "domain/auth/Role.h"

namespace motcua {

QString roleName(Role role)
{
    switch (role) {
    case Role::Counter: return QStringLiteral("counter");
    case Role::Processing: return QStringLiteral("processing");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Role r : kAllRoles)
        if (roleName(r) == n)
            return r;
    return std::nullopt;
}

QString rolesToString(Roles roles)
{
    QStringList names;
    for (Role r : kAllRoles)
        if (roles.testFlag(r))
            names << roleName(r);
    return names.join(QLatin1Char(','));
}

std::optional<Roles> rolesFromString(const QString &text, QString *bad)
{
    Roles roles;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        if (bad)
            *bad = text;
        return std::nullopt;
    }
    for (const QString &p : parts) {
        const auto r = roleFromName(p);
        if (!r) {
            if (bad)
                *bad = p.trimmed();
            return std::nullopt;
        }
        roles |= *r;
    }
    return roles;
}

Roles allRoles()
{
    return Roles(Role::Counter) | Role::Processing | Role::Supervisor | Role::Admin;
}

} // namespace motcua
