#pragma once
// The composition root a test thread uses (app/workspace/WorkspaceServices), built over the test's
// own connection with the calendar and catalog the test chose.

#include "app/workspace/WorkspaceServices.h"

#include <memory>

namespace motcua::test {

// nullptr (with the reason in *error when given) when the workspace's tables cannot be read.
std::unique_ptr<WorkspaceServices> servicesFor(QSqlDatabase db, const SessionInfo &session,
                                               std::shared_ptr<const Catalog> catalog = {},
                                               std::shared_ptr<const WorkingCalendar> calendar = {},
                                               std::shared_ptr<const Clock> clock = {}, QString *error = nullptr);

} // namespace motcua::test
