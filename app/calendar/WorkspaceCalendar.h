#pragma once

#include "db/CalendarStore.h"
#include "domain/Result.h"
#include "domain/calendar/WorkingCalendar.h"

#include <memory>

namespace motcua {

// The working calendar of one office of a workspace: the bundled official table and the rules,
// the workspace's calendar_days on top, the office's stored hours (default hours when none) and
// its time zone. Build it once per office and share it (WorkingCalendar is immutable); rebuild
// after the administrator edits the calendar or the hours.
class WorkspaceCalendar {
public:
    static Result<std::shared_ptr<const WorkingCalendar>> build(const CalendarStore &store, const QString &officeCode);
};

} // namespace motcua
