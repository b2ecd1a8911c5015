#pragma once

#include <QLoggingCategory>

// This module's logging category (motcua.lookup). Never a name, an ID number or a file name:
// codes, counts and error codes only.
Q_DECLARE_LOGGING_CATEGORY(lcLookup)
