#include "portal/db/PgUrl.h"

#include <QUrl>

namespace motcua::portal {

Result<PgUrl> PgUrl::parse(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return Error(QStringLiteral("portal.bad-db-url"), QStringLiteral("expected postgresql://user@host:port/dbname"));
    PgUrl out;
    out.user = url.userName(QUrl::FullyDecoded);
    out.password = url.password(QUrl::FullyDecoded);
    out.host = url.host(QUrl::FullyDecoded);
    out.port = url.port(5432);
    out.database = url.path(QUrl::FullyDecoded).mid(1);
    if (out.host.isEmpty() || out.database.isEmpty() || out.database.contains(QLatin1Char('/')))
        return Error(QStringLiteral("portal.bad-db-url"), QStringLiteral("expected postgresql://user@host:port/dbname"));
    return out;
}

QString PgUrl::display() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace motcua::portal
