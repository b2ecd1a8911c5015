#include "ui/UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "motcua.ui", QtInfoMsg)
