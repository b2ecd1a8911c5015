#include "domain/dossier/CalendarBinding.h"

namespace motcua {

DueMomentFn dueMomentFrom(const WorkingCalendar &calendar)
{
    return [&calendar](const QDateTime &received, const TimeLimit &limit, const QList<PauseInterval> &pauses,
                       const QList<TimeLimit> &extensions) {
        return calendar.dueMoment(received, limit, pauses, extensions);
    };
}

MachineContext machineContextFor(const WorkingCalendar &calendar, OfficeCoversFn officeCovers, int calendarVersion)
{
    return MachineContext{dueMomentFrom(calendar), std::move(officeCovers), calendarVersion};
}

} // namespace motcua
