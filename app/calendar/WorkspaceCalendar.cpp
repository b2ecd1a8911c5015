#include "app/calendar/WorkspaceCalendar.h"

#include "app/calendar/BundledCalendar.h"

namespace motcua {

Result<std::shared_ptr<const WorkingCalendar>> WorkspaceCalendar::build(const CalendarStore &store, const QString &officeCode)
{
    auto official = BundledCalendar::officialTable();
    if (!official.ok())
        return official.error();
    auto holidays = store.holidayCalendar(official.value());
    if (!holidays.ok())
        return holidays.error();
    auto hours = store.officeHours(officeCode);
    if (!hours.ok())
        return hours.error();
    auto zone = store.officeTimeZone(officeCode);
    if (!zone.ok())
        return zone.error();
    return std::make_shared<const WorkingCalendar>(std::move(holidays).value(),
                                                   hours.value().value_or(OfficeHours::standard()), zone.value());
}

} // namespace motcua
