#include "portal/auth/Access.h"

#include "portal/db/Sql.h"
#include "portal/db/Statements.h"

namespace motcua::portal::Access {

Result<QStringList> visibleOffices(QSqlDatabase &db, const TokenClaims &claims)
{
    QStringList offices{claims.office};
    const bool mayCover = claims.kind == TokenClaims::Kind::Device
        || claims.roles.testFlag(Role::Supervisor) || claims.roles.testFlag(Role::Admin);
    if (!mayCover)
        return offices;
    auto q = exec(db, QStringLiteral("SELECT c.code FROM offices p JOIN offices c ON c.province = p.code"
                                     " WHERE p.code = ? AND p.level = 'province' ORDER BY c.code"),
                  {claims.office});
    if (!q)
        return q.error();
    while (q->next())
        offices << q->value(0).toString();
    return offices;
}

Result<Principal> authenticate(Statements &sql, const Tokens &tokens, const HttpRequest &request, const QDateTime &now)
{
    const auto bearer = request.bearerToken();
    if (!bearer)
        return Error(QStringLiteral("auth.token-missing"), QStringLiteral("This request needs a bearer token."));
    auto claims = tokens.verify(*bearer, now);
    if (!claims)
        return Error(claims.error().code, claims.error().code == QLatin1String("auth.token-expired")
                                              ? QStringLiteral("The token has expired; sign in again.")
                                              : QStringLiteral("The token is not valid."));
    Principal p;
    p.claims = *claims;
    // One round trip per request: the device's (or officer's) row and, when the token may cover
    // them, the communes of its office if that office is a province centre.
    const bool mayCover = p.isDevice() || p.has(Role::Supervisor) || p.has(Role::Admin);
    const QString communes = QStringLiteral(
        "(SELECT string_agg(c.code, ',' ORDER BY c.code) FROM offices c JOIN offices pc ON c.province = pc.code"
        " WHERE pc.code = ? AND pc.level = 'province' AND ?)");
    QString extra;
    if (p.isDevice()) {
        // Kept prepared on the connection (Statements): planned once, not at every request.
        Result<PgRows *> r = sql.run("authenticate device",
                                        QStringLiteral("SELECT office, revoked_at IS NOT NULL, %1, public_key FROM devices "
                                                       "WHERE uuid = ?::uuid").arg(communes),
                                        {p.claims.office, mayCover, p.claims.subject});
        if (!r)
            return r.error();
        PgRows &q = **r;
        const bool found = q.next();
        const QString office = found ? q.value(0).toString() : QString();
        const bool revoked = found && q.value(1).toBool();
        extra = found ? q.value(2).toString() : QString();
        const QByteArray key = found ? QByteArray::fromBase64(q.value(3).toString().toLatin1()) : QByteArray();
        sql.finish();
        if (!found)
            return Error(QStringLiteral("device.unknown"), QStringLiteral("This device is not enrolled."));
        if (revoked)
            return Error(QStringLiteral("device.revoked"), QStringLiteral("This device has been revoked."));
        if (office != p.claims.office)
            return Error(QStringLiteral("auth.token-invalid"), QStringLiteral("The token is not valid."));
        p.devicePublicKey = key;
    } else {
        Result<PgRows *> r = sql.run("authenticate officer",
                                        QStringLiteral("SELECT %1 FROM officers WHERE login = ? AND office = ? AND active").arg(communes),
                                        {p.claims.office, mayCover, p.claims.subject, p.claims.office});
        if (!r)
            return r.error();
        const bool found = (*r)->next();
        extra = found ? (*r)->value(0).toString() : QString();
        sql.finish();
        if (!found)
            return Error(QStringLiteral("auth.token-invalid"), QStringLiteral("The token is not valid."));
    }
    p.visibleOffices = QStringList{p.claims.office};
    if (!extra.isEmpty())
        p.visibleOffices += extra.split(QLatin1Char(','));
    return p;
}

} // namespace motcua::portal::Access
