#pragma once

#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace motcua {

class SqlCipherResult;

// QSQLCIPHER: a Qt SQL driver over the SQLCipher C API, written against the public Qt API only
// (QSqlCachedResult is private). See TECH-NOTES "SQLCipher from Qt" for why we do not use the
// stock QSQLITE plugin.
//
// open() refuses a file that starts with the plain SQLite header and a library that is not
// SQLCipher (PRAGMA cipher_version returns no row). It does not read the database itself:
// sqlite3_open_v2 is lazy, so the caller sets the key (PRAGMA key) right after open.
//
// Transactions use BEGIN IMMEDIATE: a deferred transaction that later upgrades to a write lock
// can fail with SQLITE_BUSY at once (the busy handler cannot help: it would deadlock), while an
// immediate one waits for the busy timeout. Almost all our transactions write.
//
// QSqlErrors: driverText() = sqlite3_errmsg, databaseText() = what we were doing,
// nativeErrorCode() = the extended SQLite result code as a decimal number.
//
// Like every QSqlDriver, one instance (one QSqlDatabase connection) is used by one thread only.
class SqlCipherDriver final : public QSqlDriver {
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password,
              const QString &host, int port, const QString &connOpts) override;
    void close() override;
    QSqlResult *createResult() const override;
    QVariant handle() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;

    // Busy timeout applied at open (sqlite3_busy_timeout).
    static constexpr int kBusyTimeoutMs = 5000;

    sqlite3 *sqliteHandle() const { return m_db; }

    // Builds an error from the connection's last error (errmsg + extended code).
    static QSqlError makeError(sqlite3 *db, const QString &context, QSqlError::ErrorType type,
                               int rc);

private:
    friend class SqlCipherResult;
    void attach(SqlCipherResult *result) const;
    void detach(SqlCipherResult *result) const;
    bool execSimple(const char *sql, const QString &context, QSqlError::ErrorType type);
    bool verifyCipherVersion();

    sqlite3 *m_db = nullptr;
    // Live results: their statements are finalized before the connection closes.
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace motcua
