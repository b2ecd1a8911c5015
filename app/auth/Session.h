#pragma once

#include "domain/auth/Role.h"

#include <QString>

#include <memory>

namespace motcua {

class SessionHandle; // opaque here: app/auth/SessionHandle.h (app/ only; it carries the database key)

// The officer at work, as the GUI may see it: names, roles, office, device — no key material.
// `handle` is what later app services take to reach the encrypted store; it expires when the
// session is locked (AuthService::lock drops the only strong reference), so a hidden window
// keeping an old Session cannot open the database any more.
struct Session {
    QString workspaceDirectory;
    QString login;
    QString fullName;
    Roles roles;
    QString officeCode;
    QString officeName;
    int deviceNumber = 0;
    int failedAttemptsBefore = 0;   // failed unlocks for this officer since the last success
    std::weak_ptr<const SessionHandle> handle;

    bool isValid() const { return !login.isEmpty() && !handle.expired(); }
};

} // namespace motcua
