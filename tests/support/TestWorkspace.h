#pragma once

#include "db/Workspace.h"

#include <memory>

namespace motcua::test {

// A workspace for tests: office 000.00.12.H30 "UBND xã Tân Lập", first officer "an"
// (Nguyễn Văn An, every role) with `password`; cheap key slots unless `cost` says otherwise.
struct TestWorkspaceSpec {
    QString password;
    KdfCost cost = KdfCost::fastForTests();
    QString login = QStringLiteral("an");
    QString fullName = QStringLiteral("Nguyễn Văn An");
    QString officeCode = QStringLiteral("000.00.12.H30");
    QString officeName = QStringLiteral("UBND xã Tân Lập");
};

Result<std::unique_ptr<Workspace>> createTestWorkspace(const QString &dir, const TestWorkspaceSpec &spec);

} // namespace motcua::test
