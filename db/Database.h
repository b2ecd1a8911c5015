#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace motcua {

// Where a workspace's encrypted database lives and the raw 256-bit key that opens it.
// Cheap to copy; hand it to a worker thread, which opens its own Database (one connection per thread).
struct DatabaseConfig {
    QString path;        // the SQLCipher file
    QByteArray rawKey;   // 32 bytes
    bool mustExist = false; // true: fail with "db.missing" instead of creating a new file
};

// One versioned migration: file NNNN_name.sql → version NNNN, name "NNNN_name".
struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

// One SQLCipher connection (driver QSQLCIPHER) with the cipher parameters, WAL, foreign keys and a
// busy timeout set, and the embedded migrations (:/migrations/NNNN_name.sql) applied, each in one
// transaction and recorded in schema_migrations.
//
// Threads: a Database (its QSqlDatabase connection and every QSqlQuery on it) must be used only
// from the thread that opened it. Another thread opens its own Database with the same config.
//
// Errors (Error::code): db.bad-key, db.missing, db.not-encrypted, db.not-sqlcipher,
// db.open-failed, db.wrong-key, db.migration-failed, db.migration-bad-name, db.schema-too-new,
// db.rekey-failed.
class Database {
public:
    // SQLCipher 3's page size, set on every open (kCipherPragmas): a whole file is made of pages.
    static constexpr int kPageBytes = 1024;

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
    // PRAGMA rekey (WAL checkpointed before and truncated after, so no old-key page remains);
    // config().rawKey follows. Close every other connection to the file first: they keep the
    // old key and would fail afterwards.
    Status rekey(const QByteArray &newRawKey);

    // The PRAGMA statements (each ending with ';') the stock sqlcipher shell needs after
    // `PRAGMA key` to open our files; empty when SQLCipher's defaults are kept.
    static QStringList extraShellPragmas();

    // Migrations from a folder of NNNN_name.sql files, sorted by number ("db.migration-bad-name"
    // for a file not named so or a duplicate number). embeddedMigrations() reads :/migrations.
    static Result<QList<Migration>> loadMigrations(const QString &dir);
    static Result<QList<Migration>> embeddedMigrations();
    // Applies those of `migrations` not yet recorded in schema_migrations, in version order, each
    // in one transaction with its schema_migrations row. migrate() calls it with the embedded
    // ones; tests call it directly (older schemas, a broken migration).
    Status applyMigrations(const QList<Migration> &migrations);
    QList<int> appliedMigrations() const;    // versions recorded in schema_migrations, ascending

private:
    Database(DatabaseConfig config, QString connectionName);
    DatabaseConfig m_config;
    QString m_connectionName;
};

} // namespace motcua
