#pragma once

#include <QLoggingCategory>

// This module's logging category. Logs never contain personal data: dossier codes, action names,
// counts and error codes, never names, ID numbers, notes, reasons or file names.
Q_DECLARE_LOGGING_CATEGORY(lcCasework)
