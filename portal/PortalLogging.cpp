#include "portal/PortalLogging.h"

Q_LOGGING_CATEGORY(lcPortal, "motcua.portal", QtInfoMsg)
