#include "app/sync/SyncLogging.h"

Q_LOGGING_CATEGORY(lcSync, "motcua.sync", QtInfoMsg)
