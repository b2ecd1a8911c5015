#include "portal/db/PgUrl.h"

#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace motcua::portal {

namespace {

Error badUrl()
{
    return Error(QStringLiteral("portal.bad-db-url"), QStringLiteral("expected postgresql://user@host:port/dbname"));
}

// postgresql://user[:password]@%2Fsocket%2Ffolder[:port]/dbname: QUrl takes no '/' in a host, even
// encoded, so a socket folder's URL is read here.
std::optional<PgUrl> socketUrl(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?(%2[Ff][^:@/]*)(?::([0-9]{1,5}))?/([^/?#]+)$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    auto decoded = [&m](int i) { return QUrl::fromPercentEncoding(m.captured(i).toUtf8()); };
    PgUrl out;
    out.user = decoded(1);
    out.password = decoded(2);
    out.host = decoded(3);
    out.port = m.captured(4).isEmpty() ? 5432 : m.captured(4).toInt();
    out.database = decoded(5);
    return out;
}

} // namespace

Result<PgUrl> PgUrl::parse(const QString &text)
{
    if (std::optional<PgUrl> socket = socketUrl(text)) {
        if (socket->port < 1 || socket->port > 65535 || socket->database.contains(QLatin1Char('/')))
            return badUrl();
        return *socket;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return badUrl();
    PgUrl out;
    out.user = url.userName(QUrl::FullyDecoded);
    out.password = url.password(QUrl::FullyDecoded);
    out.host = url.host(QUrl::FullyDecoded);
    out.port = url.port(5432);
    out.database = url.path(QUrl::FullyDecoded).mid(1);
    if (out.host.isEmpty() || out.database.isEmpty() || out.database.contains(QLatin1Char('/')))
        return badUrl();
    return out;
}

QString PgUrl::display() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace motcua::portal
