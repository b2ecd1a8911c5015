#pragma once

#include <QLoggingCategory>

// motcua.portal.sync: push, changes, files, bundles, public status and statistics. Never a name, an
// ID number, a token or a file's content; devices by uuid, dossiers by nothing more than counts.
Q_DECLARE_LOGGING_CATEGORY(lcPortalSync)
