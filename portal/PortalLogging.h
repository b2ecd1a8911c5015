#pragma once

#include <QLoggingCategory>

// The portal's logging category. Logs never contain personal data, tokens or keys: routes, office
// codes, device uuids, counts and error codes; never a name, an ID number, an address, a login's
// password or a bearer token.
Q_DECLARE_LOGGING_CATEGORY(lcPortal)
