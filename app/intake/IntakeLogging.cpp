#include "app/intake/IntakeLogging.h"

Q_LOGGING_CATEGORY(lcIntake, "motcua.intake", QtInfoMsg)
