#include "portal/sync/SyncLogging.h"

Q_LOGGING_CATEGORY(lcPortalSync, "motcua.portal.sync")
