#pragma once

#include "domain/auth/Role.h"

#include <QDateTime>
#include <QString>

namespace motcua {

enum class OfficeLevel { Province, Commune };

struct Office {
    QString code;          // agency code, e.g. "000.00.00.H30" or "G12.18"
    QString name;          // e.g. "UBND xã Tân Lập"
    OfficeLevel level = OfficeLevel::Commune;
    QString provinceCode;  // for a commune: its province's office code (may be empty offline)
    QString timeZone = QStringLiteral("Asia/Ho_Chi_Minh");
};

struct Officer {
    QString login;
    QString fullName;
    QString officeCode;
    Roles roles;
    bool active = true;
    QDateTime createdAt;
    QDateTime revokedAt;

    bool has(Role r) const { return roles.testFlag(r); }
};

// Logins are short, lower-case, ASCII: they appear in events, logs and on printed forms.
bool isValidLogin(const QString &login);

} // namespace motcua
