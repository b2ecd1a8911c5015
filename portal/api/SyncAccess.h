#pragma once

#include "domain/Result.h"
#include "domain/auth/Role.h"
#include "portal/http/HttpRequest.h"

#include <QSqlDatabase>
#include <QString>

namespace motcua::portal {

struct PortalServices;

// Who sent a request to a sync, file, bundle or statistics route, from its bearer token.
struct Caller {
    enum class Kind { Officer, Device };
    Kind kind = Kind::Officer;
    QString subject;   // login, or device uuid
    QString office;
    Roles roles;
    bool isDevice() const { return kind == Kind::Device; }
};

// The token of `request` checked (auth.token-missing, auth.token-invalid, auth.token-expired) and,
// for a device, that it is still enrolled (device.revoked, device.unknown).
Result<Caller> authenticate(const HttpRequest &request, PortalServices &services, QSqlDatabase &db);

} // namespace motcua::portal
