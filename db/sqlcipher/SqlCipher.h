#pragma once

// Public entry points of our QSQLCIPHER Qt SQL driver. Nothing here includes <sqlite3.h>: the
// SQLCipher C API stays private to motcua_db (code that needs the raw handle includes it itself).

#include <QByteArray>
#include <QString>

class QSqlDatabase;
struct sqlite3;

namespace motcua {

// The driver name to pass to QSqlDatabase::addDatabase().
inline QString sqlCipherDriverName() { return QStringLiteral("QSQLCIPHER"); }

// Registers QSQLCIPHER with QSqlDatabase. Idempotent and thread-safe (a function-local static),
// so every Database::open can call it.
void registerSqlCipherDriver();

// The first 16 bytes of every plain (unencrypted) SQLite 3 file.
inline QByteArray plainSqliteHeader() { return QByteArray("SQLite format 3\0", 16); }

// True when the main database file of the open connection `h` starts with the plain SQLite
// header, i.e. it is NOT encrypted. An empty or shorter file is not plain (SQLCipher files start
// with a random salt). The header is read through SQLite's own file handle, never through a file
// descriptor of our own: POSIX advisory locks belong to the process, and closing ANY descriptor
// of the database file drops every lock the process holds on it. A QFile opened and closed on
// motcua.db while a connection was open silently released that connection's SHARED lock, so
// another process's last connection could take the EXCLUSIVE lock, checkpoint and delete the
// WAL under our feet ("database disk image is malformed" until restart; issue 10).
bool fileHasPlainSqliteHeader(sqlite3 *h);

// The sqlite3* of an open QSQLCIPHER connection (QSqlDriver::handle()), nullptr otherwise.
sqlite3 *sqlCipherHandle(const QSqlDatabase &db);

} // namespace motcua
