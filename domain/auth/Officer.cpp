#include "domain/auth/Officer.h"

#include <QRegularExpression>

namespace motcua {

bool isValidLogin(const QString &login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    return re.match(login).hasMatch();
}

} // namespace motcua
