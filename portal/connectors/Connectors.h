#pragma once

#include "domain/Result.h"
#include "portal/auth/Access.h"
#include "portal/http/HttpRequest.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace motcua::portal {

// The credentials of connectors (the National Public Service Portal's side that hands citizens'
// online submissions over HTTP), table `connectors` (migration 0006). A credential is the bearer
// value "mcc1.<connector uuid>.<secret>" (secret: 32 random bytes, base64url without padding),
// shown once by `motcua-portal connector-add`; the portal keeps only the secret's SHA-256. It is
// not an officer's or a device's token: Access::authenticate refuses it (not a signed token), and
// a token is refused where a connector credential is required.
struct NewConnector {
    QString id;
    QString office;
    QByteArray credential;   // the whole bearer value: shown once, never stored
};

class Connectors {
public:
    explicit Connectors(QSqlDatabase &db) : m_db(db) {}

    // A new credential for `office` ("online.unknown-office" when there is no such office).
    Result<NewConnector> add(const QString &office, const QString &name);
    // Revokes it ("not-found" for an unknown id); a revoked credential is refused from then on.
    Status revoke(const QString &id);

    // Whether the request's bearer value has the connector shape (then it is never a token).
    static bool isCredential(const HttpRequest &request);
    // The connector's principal (kind Connector, subject = its id, office = its office, the office
    // alone visible) or "auth.token-missing" / "auth.token-invalid" (malformed, unknown, wrong
    // secret, revoked: one answer, so nothing is learnt by trying).
    Result<Principal> authenticate(const HttpRequest &request);

private:
    QSqlDatabase &m_db;
};

} // namespace motcua::portal
