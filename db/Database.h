#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace motcua {

// Where a workspace's encrypted database lives and the raw 256-bit key that opens it.
// Cheap to copy; hand it to a worker thread, which opens its own Database (one connection per thread).
struct DatabaseConfig {
    QString path;        // the SQLCipher file
    QByteArray rawKey;   // 32 bytes
};

// One SQLCipher connection (driver QSQLCIPHER) with the cipher parameters, WAL, foreign keys and a
// busy timeout set, and the embedded migrations (:/migrations/NNNN_name.sql) applied, each in one
// transaction and recorded in schema_migrations. Owned and used by one thread.
class Database {
public:
    // Opens (creating when missing) and migrates. Refuses a file that is not SQLCipher-encrypted
    // or a key that does not open it ("db.wrong-key"), with a clear Error.
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config);
    // Opens without applying migrations (tests of the migration runner).
    static Result<std::unique_ptr<Database>> openUnmigrated(const DatabaseConfig &config);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const;               // the QSqlDatabase of this connection
    const DatabaseConfig &config() const { return m_config; }

    Status migrate();                        // applies pending embedded migrations
    int schemaVersion() const;               // highest applied migration number, 0 when none
    Status rekey(const QByteArray &newRawKey); // PRAGMA rekey; config().rawKey follows

    // The PRAGMA statements (each ending with ';') the stock sqlcipher shell needs after
    // `PRAGMA key` to open our files; empty when SQLCipher's defaults are kept.
    static QStringList extraShellPragmas();

private:
    Database(DatabaseConfig config, QString connectionName);
    DatabaseConfig m_config;
    QString m_connectionName;
};

} // namespace motcua
