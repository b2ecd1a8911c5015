#pragma once

#include <QLoggingCategory>

// This module's logging category. Logs never contain personal data or keys: dossier codes,
// counts and error codes, never names, ID numbers, phone numbers, file names, addresses or passwords.
Q_DECLARE_LOGGING_CATEGORY(lcCapture)
