#include "db/SqlError.h"

#include <sqlite3.h>

namespace motcua {

QString sqliteFailureCode(int extendedCode, const QString &otherwise)
{
    switch (extendedCode & 0xff) {
    case SQLITE_FULL:
        return QStringLiteral("db.disk-full");
    case SQLITE_READONLY:
        return QStringLiteral("db.read-only");
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        // ENOSPC while writing surfaces as SQLITE_FULL; other I/O errors are a failing or
        // vanished disk (a removed USB drive, a network share gone).
        return QStringLiteral("db.io");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QStringLiteral("db.corrupt");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("db.busy");
    case SQLITE_NOMEM:
        return QStringLiteral("db.no-memory");
    default:
        return otherwise;
    }
}

QString sqliteFailureCode(const QSqlError &error, const QString &otherwise)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? sqliteFailureCode(code, otherwise) : otherwise;
}

} // namespace motcua
