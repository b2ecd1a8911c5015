#pragma once

#include <QLoggingCategory>

// This module's logging category. Never a citizen's data: form ids, versions, counts and error codes.
Q_DECLARE_LOGGING_CATEGORY(lcForms)
