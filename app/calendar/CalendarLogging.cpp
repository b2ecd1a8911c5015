#include "app/calendar/CalendarLogging.h"

Q_LOGGING_CATEGORY(lcCalendar, "motcua.calendar", QtInfoMsg)
