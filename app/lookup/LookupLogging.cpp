#include "app/lookup/LookupLogging.h"

Q_LOGGING_CATEGORY(lcLookup, "motcua.lookup")
