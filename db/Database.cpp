#include "db/Database.h"

#include "db/SqlError.h"
#include "db/sqlcipher/SqlCipher.h"
#include "db/sqlcipher/SqlCipherScript.h"
#include "db/DbLogging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace motcua {

namespace {

constexpr int kRawKeyBytes = 32;
constexpr int kBusyTimeoutMs = 5000;

// Cipher parameters, set explicitly after the key on every open because SQLCipher does not
// store them in the file. These are SQLCipher 3's defaults, so the stock `sqlcipher` shell
// opens our files with nothing but the key (Database::extraShellPragmas() is empty). With a raw
// key kdf_iter only matters for the HMAC key (fast_kdf_iter); we keep it for clarity.
const char *const kCipherPragmas[] = {
    "PRAGMA cipher_page_size = 1024",   // Database::kPageBytes
    "PRAGMA kdf_iter = 64000",
    "PRAGMA cipher_use_hmac = ON",
};

static_assert(Database::kPageBytes == 1024, "kCipherPragmas sets cipher_page_size = 1024");

std::atomic<int> g_connectionCounter{0};

// Runs one statement on the raw handle, ignoring rows. Used for the key and the pragmas so the
// key never sits in a QSqlQuery's lastQuery().
int execRaw(sqlite3 *h, const char *sql)
{
    return sqlite3_exec(h, sql, nullptr, nullptr, nullptr);
}

QString lastSqliteError(sqlite3 *h)
{
    return QString::fromUtf8(sqlite3_errmsg(h)) + QStringLiteral(" [SQLite code %1]")
                                                     .arg(sqlite3_extended_errcode(h));
}

// A failed step of opening: db.open-failed, or the cause when SQLite names one (db.corrupt,
// db.disk-full, db.read-only, db.io …), with SQLite's message as the detail.
Error openError(sqlite3 *h, const QString &what)
{
    return Error(sqliteFailureCode(sqlite3_extended_errcode(h), QStringLiteral("db.open-failed")),
                 what + lastSqliteError(h));
}

// The single value of a one-row pragma/query, or an invalid QVariant.
QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

// `PRAGMA key|rekey = "x'<hex>'"`, wiping the hex copies afterwards.
int execKeyPragma(sqlite3 *h, const char *pragma, const QByteArray &rawKey)
{
    QByteArray hex = rawKey.toHex();
    QByteArray sql = QByteArray("PRAGMA ") + pragma + " = \"x'" + hex + "'\"";
    const int rc = execRaw(h, sql.constData());
    sodium_memzero(sql.data(), size_t(sql.size()));
    sodium_memzero(hex.data(), size_t(hex.size()));
    return rc;
}

// Reads the header through the connection's own file handle (see fileHasPlainSqliteHeader for
// why the file is never opened a second time).
Status checkNotPlain(sqlite3 *h, const QString &path, const char *when)
{
    if (fileHasPlainSqliteHeader(h))
        return Error(QStringLiteral("db.not-encrypted"),
                     QStringLiteral("%1 starts with the plain SQLite header (%2): refusing to use "
                                    "an unencrypted database")
                         .arg(QFileInfo(path).fileName(), QLatin1String(when)));
    return {};
}

} // namespace

Database::Database(DatabaseConfig config, QString connectionName)
    : m_config(std::move(config)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    } // no QSqlDatabase copy of ours is alive past this point
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QStringList Database::extraShellPragmas()
{
    return {}; // SQLCipher 3 defaults are kept, see kCipherPragmas
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config)
{
    auto opened = openUnmigrated(config);
    if (!opened)
        return opened;
    if (Status st = opened.value()->migrate(); !st)
        return st.error();
    return opened;
}

Result<std::unique_ptr<Database>> Database::openUnmigrated(const DatabaseConfig &config)
{
    registerSqlCipherDriver();
    if (config.rawKey.size() != kRawKeyBytes)
        return Error(QStringLiteral("db.bad-key"),
                     QStringLiteral("the raw key must be %1 bytes, got %2")
                         .arg(kRawKeyBytes)
                         .arg(config.rawKey.size()));
    const bool existed = QFileInfo::exists(config.path);
    if (config.mustExist && !existed)
        return Error(QStringLiteral("db.missing"),
                     QStringLiteral("no database file %1").arg(config.path));

    const QString name = QStringLiteral("motcua-%1").arg(++g_connectionCounter);
    // From here the destructor closes and removes the connection on every failure path.
    std::unique_ptr<Database> self(new Database(config, name));
    sqlite3 *h = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlCipherDriverName(), name);
        db.setDatabaseName(config.path);
        if (!db.open()) {
            const QSqlError e = db.lastError();
            const QString code = e.nativeErrorCode() == QLatin1String("not-sqlcipher")
                ? QStringLiteral("db.not-sqlcipher")
                : e.nativeErrorCode() == QLatin1String("not-encrypted")
                ? QStringLiteral("db.not-encrypted")
                : sqliteFailureCode(e, QStringLiteral("db.open-failed"));
            return Error(code, e.text());
        }
        h = sqlCipherHandle(db);
        // The driver verified cipher_version already; checked again here because this is the
        // guarantee the whole product stands on, and it costs microseconds.
        if (!h || scalar(db, QStringLiteral("PRAGMA cipher_version")).toString().isEmpty())
            return Error(QStringLiteral("db.not-sqlcipher"),
                         QStringLiteral("PRAGMA cipher_version returned no row: the SQLite "
                                        "library in use is not SQLCipher"));
    }

    // The busy timeout before anything that can meet another connection's lock: the first read
    // below (another process's last connection may hold the EXCLUSIVE lock while it checkpoints and
    // deletes the WAL), the WAL setting, the migrations. It is a setting of the connection, not a
    // statement, and touches no file, so PRAGMA key still comes first of all that reads the file
    // (TECH-NOTES). The driver sets the same at sqlite3_open_v2; this open does not rely on that.
    sqlite3_busy_timeout(h, kBusyTimeoutMs);
    if (execKeyPragma(h, "key", config.rawKey) != SQLITE_OK)
        return openError(h, QStringLiteral("PRAGMA key failed: "));
    for (const char *pragma : kCipherPragmas) {
        if (execRaw(h, pragma) != SQLITE_OK)
            return openError(h, QLatin1String(pragma) + QStringLiteral(" failed: "));
    }

    // The first statement that reads the file: with a wrong key SQLCipher cannot decrypt page 1
    // and answers SQLITE_NOTADB ("file is encrypted or is not a database").
    if (int rc = execRaw(h, "SELECT count(*) FROM sqlite_master"); rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_NOTADB)
            return Error(QStringLiteral("db.wrong-key"),
                         QStringLiteral("the key does not open %1 (or it is not a MotCua "
                                        "database): %2")
                             .arg(QFileInfo(config.path).fileName(), lastSqliteError(h)));
        return openError(h, QStringLiteral("cannot read the database: "));
    }

    // Durability. With WAL, synchronous=NORMAL loses no committed transaction when the
    // *process* dies (SIGKILL): the WAL is in the OS page cache. It may lose the last commits
    // on power loss or an OS crash, which at a counter PC means a receipt was printed for a
    // dossier that is gone. FULL fsyncs the WAL at every commit, so "reported committed" means
    // "on disk". Cost: one WAL fsync per commit; measured on the (loaded, ext4) development VM
    // ≈1–8 ms per small transaction with FULL against ≈0.5 ms with NORMAL. A counter action
    // commits a handful of times, so FULL is affordable; bulk work is batched into transactions.
    // temp_store=MEMORY: SQLCipher does not encrypt temporary files (sorts, big FTS merges), so
    // they must never reach the disk. The library is built with TEMP_STORE=2; we say it anyway.
    const char *const sessionPragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA temp_store = MEMORY",
    };
    for (const char *pragma : sessionPragmas) {
        if (execRaw(h, pragma) != SQLITE_OK)
            return openError(h, QLatin1String(pragma) + QStringLiteral(" failed: "));
    }
    {
        const QSqlDatabase db = self->sql();
        const QString mode = scalar(db, QStringLiteral("PRAGMA journal_mode")).toString();
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return Error(QStringLiteral("db.open-failed"),
                         QStringLiteral("journal_mode is %1, not wal").arg(mode));
        if (scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() != 1)
            return Error(QStringLiteral("db.open-failed"),
                         QStringLiteral("foreign keys could not be enabled"));
    }
    // Switching to WAL wrote page 1 of a new file: it must be ciphertext too.
    if (Status st = checkNotPlain(h, config.path, existed ? "after open" : "after creation"); !st)
        return st.error();
    qCDebug(lcDb) << "opened connection" << name << (existed ? "(existing file)" : "(new file)");
    return self;
}

Status Database::migrate()
{
    auto migrations = embeddedMigrations();
    if (!migrations)
        return migrations.error();
    if (Status st = applyMigrations(migrations.value()); !st)
        return st;
    const QList<int> applied = appliedMigrations();
    const int known = migrations.value().isEmpty() ? 0 : migrations.value().last().version;
    if (!applied.isEmpty() && applied.last() > known)
        return Error(QStringLiteral("db.schema-too-new"),
                     QStringLiteral("the database has migration %1, this program knows up to %2")
                         .arg(applied.last())
                         .arg(known));
    // A new file got its first pages now; check once more that none is plaintext.
    return checkNotPlain(sqlCipherHandle(sql()), m_config.path, "after migration");
}

Result<QList<Migration>> Database::loadMigrations(const QString &dirPath)
{
    static const QRegularExpression namePattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(dirPath);
    QList<Migration> out;
    QSet<int> seen;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch m = namePattern.match(file);
        if (!m.hasMatch())
            return Error(QStringLiteral("db.migration-bad-name"),
                         QStringLiteral("%1 is not named NNNN_name.sql").arg(file));
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.name = file.chopped(4);
        if (mig.version <= 0 || seen.contains(mig.version))
            return Error(QStringLiteral("db.migration-bad-name"),
                         QStringLiteral("%1: version %2 is zero or used twice")
                             .arg(file)
                             .arg(mig.version));
        seen.insert(mig.version);
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("db.migration-bad-name"),
                         QStringLiteral("cannot read %1: %2").arg(file, f.errorString()));
        mig.sql = QString::fromUtf8(f.readAll());
        out.append(mig);
    }
    std::sort(out.begin(), out.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

Result<QList<Migration>> Database::embeddedMigrations()
{
    return loadMigrations(QStringLiteral(":/migrations"));
}

QList<int> Database::appliedMigrations() const
{
    QList<int> versions;
    QSqlQuery q(sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")))
        return versions; // no table yet
    while (q.next())
        versions.append(q.value(0).toInt());
    return versions;
}

int Database::schemaVersion() const
{
    const QList<int> applied = appliedMigrations();
    return applied.isEmpty() ? 0 : applied.last();
}

Status Database::applyMigrations(const QList<Migration> &migrations)
{
    QSqlDatabase db = sql();
    if (Status st = executeSqlScript(db, QStringLiteral(
                        "CREATE TABLE IF NOT EXISTS schema_migrations("
                        " version INTEGER PRIMARY KEY,"
                        " name TEXT NOT NULL,"
                        " applied_at TEXT NOT NULL)"));
        !st)
        return Error(QStringLiteral("db.migration-failed"),
                     QStringLiteral("schema_migrations: ") + st.error().detail);

    QList<Migration> ordered = migrations;
    std::sort(ordered.begin(), ordered.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    const QList<int> appliedList = appliedMigrations();
    const QSet<int> applied(appliedList.cbegin(), appliedList.cend());

    for (const Migration &mig : std::as_const(ordered)) {
        if (applied.contains(mig.version))
            continue;
        if (!db.transaction())
            return Error(QStringLiteral("db.migration-failed"),
                         mig.name + QStringLiteral(": cannot begin a transaction: ")
                             + db.lastError().text());
        Status st = executeSqlScript(db, mig.sql);
        if (st) {
            QSqlQuery rec(db);
            rec.prepare(QStringLiteral(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES(?, ?, ?)"));
            rec.addBindValue(mig.version);
            rec.addBindValue(mig.name);
            rec.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!rec.exec())
                st = Error(QStringLiteral("db.sql-failed"),
                           QStringLiteral("recording the migration: ") + rec.lastError().text());
        }
        if (st && !db.commit())
            st = Error(QStringLiteral("db.sql-failed"),
                       QStringLiteral("commit: ") + db.lastError().text());
        if (!st) {
            // SQLite DDL is transactional: the rollback undoes every statement of the file.
            if (!db.rollback())
                qCWarning(lcDb) << "rollback after failed migration" << mig.name
                                << "failed:" << db.lastError().text();
            qCWarning(lcDb) << "migration" << mig.name << "failed";
            return Error(QStringLiteral("db.migration-failed"),
                         mig.name + QStringLiteral(": ") + st.error().detail);
        }
        qCInfo(lcDb) << "applied migration" << mig.name;
    }
    return {};
}

Status Database::rekey(const QByteArray &newRawKey)
{
    if (newRawKey.size() != kRawKeyBytes)
        return Error(QStringLiteral("db.bad-key"),
                     QStringLiteral("the raw key must be %1 bytes").arg(kRawKeyBytes));
    sqlite3 *h = sqlCipherHandle(sql());
    if (!h)
        return Error(QStringLiteral("db.rekey-failed"), QStringLiteral("the database is not open"));
    // Fold the WAL into the main file first and truncate it afterwards, so no page encrypted
    // with the old key stays behind in the -wal file. Other connections must be closed: they
    // would keep the old key.
    if (execRaw(h, "PRAGMA wal_checkpoint(TRUNCATE)") != SQLITE_OK)
        return Error(QStringLiteral("db.rekey-failed"),
                     QStringLiteral("checkpoint before rekey: ") + lastSqliteError(h));
    if (execKeyPragma(h, "rekey", newRawKey) != SQLITE_OK)
        return Error(QStringLiteral("db.rekey-failed"), lastSqliteError(h));
    if (execRaw(h, "SELECT count(*) FROM sqlite_master") != SQLITE_OK
        || execRaw(h, "PRAGMA wal_checkpoint(TRUNCATE)") != SQLITE_OK)
        return Error(QStringLiteral("db.rekey-failed"),
                     QStringLiteral("after rekey: ") + lastSqliteError(h));
    m_config.rawKey = newRawKey;
    qCInfo(lcDb) << "database re-keyed";
    return {};
}

} // namespace motcua
