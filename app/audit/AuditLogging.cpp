#include "app/audit/AuditLogging.h"

Q_LOGGING_CATEGORY(lcAudit, "motcua.audit", QtInfoMsg)
