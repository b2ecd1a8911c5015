#pragma once

#include "domain/auth/Role.h"

#include <QString>
#include <QStringList>

namespace motcua {

// Who is acting, as the session knows them when an officer authors an event. Replay of stored events
// does not need it: each event records its login, role and office.
struct Actor {
    QString login;
    Roles roles;
    QString office;             // the officer's own office code
    QStringList coveredOffices; // further offices a supervisor may act for (communes of a province centre)

    // Admin alone gives no dossier action (DOMAIN.md).
    bool mayActOnDossiers() const
    {
        return roles.testFlag(Role::Counter) || roles.testFlag(Role::Processing) || roles.testFlag(Role::Supervisor);
    }
};

} // namespace motcua
