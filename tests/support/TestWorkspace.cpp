#include "support/TestWorkspace.h"

namespace motcua::test {

Result<std::unique_ptr<Workspace>> createTestWorkspace(const QString &dir, const TestWorkspaceSpec &spec)
{
    Workspace::InitRequest r;
    r.directory = dir;
    r.office = Office{spec.officeCode, spec.officeName, OfficeLevel::Commune, {}, {}};
    r.login = spec.login;
    r.fullName = spec.fullName;
    r.password = spec.password;
    r.cost = spec.cost;
    return Workspace::create(r);
}

} // namespace motcua::test
