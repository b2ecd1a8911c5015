#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

// The four roles of DOMAIN.md "Offices, officers and roles". One officer may hold several.
enum class Role {
    Counter = 0x1,     // tiếp nhận: receive, Forms 01/02/03, transfer, supplement received, return
    Processing = 0x2,  // chuyên viên xử lý: appraise, request supplement, submit for approval, result
    Supervisor = 0x4,  // lãnh đạo: approve/reject, extend, stop, reassign, queues and reports
    Admin = 0x8,       // quản trị: officers, catalog, calendar, devices; no dossier actions by itself
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

// In the order the command line and printed lists show them.
inline constexpr Role kAllRoles[] = {Role::Admin, Role::Supervisor, Role::Counter, Role::Processing};

// Stable names used on the command line, in the database and in event payloads.
QString roleName(Role role);                        // "counter", "processing", "supervisor", "admin"
std::optional<Role> roleFromName(const QString &name);
QString rolesToString(Roles roles);                 // "admin,supervisor,counter,processing" (order of kAllRoles)
// Parses "counter,processing"; nullopt (and the offending word in *bad) on an unknown role.
std::optional<Roles> rolesFromString(const QString &text, QString *bad = nullptr);
Roles allRoles();

} // namespace motcua
