#pragma once

#include <QLoggingCategory>

// This module's logging category. Logs never contain personal data or keys: dossier codes,
// counts, event uuids and error codes, never names, ID numbers, tokens or passwords.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
