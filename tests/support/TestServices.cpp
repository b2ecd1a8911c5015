#include "support/TestServices.h"

namespace motcua::test {

std::unique_ptr<WorkspaceServices> servicesFor(QSqlDatabase db, const SessionInfo &session,
                                               std::shared_ptr<const Catalog> catalog,
                                               std::shared_ptr<const WorkingCalendar> calendar,
                                               std::shared_ptr<const Clock> clock, QString *error)
{
    WorkspaceServices::Options options;
    options.calendar = std::move(calendar);
    options.clock = std::move(clock);
    Result<std::unique_ptr<WorkspaceServices>> built =
        WorkspaceServices::build(std::move(db), session, std::move(catalog), std::move(options));
    if (!built) {
        if (error)
            *error = built.error().code + QStringLiteral(": ") + built.error().detail;
        return nullptr;
    }
    return std::move(built).value();
}

} // namespace motcua::test
