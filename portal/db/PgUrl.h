#pragma once

#include "domain/Result.h"

#include <QString>

namespace motcua::portal {

// A PostgreSQL URL as the commands take it: postgresql://user[:password]@host[:port]/dbname
// (also postgres://). The host may be the folder of a Unix-domain socket, URL-encoded
// (postgresql://motcua@%2Fvar%2Frun%2Fpostgresql/motcua): a PostgreSQL on the same machine.
struct PgUrl {
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;

    static Result<PgUrl> parse(const QString &text);   // Error "portal.bad-db-url"
    QString display() const;                           // without the password, for logs and errors
};

} // namespace motcua::portal
