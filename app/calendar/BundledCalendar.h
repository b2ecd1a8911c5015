#pragma once

#include "domain/Result.h"
#include "domain/calendar/HolidayCalendar.h"
#include "domain/calendar/WorkingCalendar.h"

#include <memory>

namespace motcua {

// The calendar shipped with the program: the official table embedded as
// :/resources/calendar/official-days.json on top of the Labor Code rules, with the default office
// hours (07:30–11:30, 13:00–17:00, Mon–Fri, Asia/Ho_Chi_Minh). Used when there is no workspace.
class BundledCalendar {
public:
    static QString resourcePath() { return QStringLiteral(":/resources/calendar/official-days.json"); }
    static Result<OfficialDayTable> officialTable();
    static Result<HolidayCalendar> holidays();
    // Built once (≈ a few ms) and shared; an error when the embedded table is unreadable.
    static Result<std::shared_ptr<const WorkingCalendar>> working();
};

} // namespace motcua
