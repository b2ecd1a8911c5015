#include "app/casework/CaseworkLogging.h"

Q_LOGGING_CATEGORY(lcCasework, "motcua.casework", QtInfoMsg)
