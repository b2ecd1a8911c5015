#include "db/DbLogging.h"

Q_LOGGING_CATEGORY(lcDb, "motcua.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeys, "motcua.keys", QtInfoMsg)
