#pragma once

#include "domain/calendar/WorkingCalendar.h"
#include "domain/dossier/StateMachine.h"

namespace motcua {

// Binds a WorkingCalendar as the state machine's due-moment function. The calendar is captured by
// reference: keep it alive as long as the machine (it is immutable and thread-safe).
DueMomentFn dueMomentFrom(const WorkingCalendar &calendar);
MachineContext machineContextFor(const WorkingCalendar &calendar, OfficeCoversFn officeCovers = {},
                                 int calendarVersion = 0);

} // namespace motcua
