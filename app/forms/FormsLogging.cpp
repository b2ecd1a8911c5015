#include "app/forms/FormsLogging.h"

Q_LOGGING_CATEGORY(lcForms, "motcua.forms", QtInfoMsg)
