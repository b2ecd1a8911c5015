#include "db/sqlcipher/SqlCipherDriver.h"

#include "db/sqlcipher/SqlCipher.h"
#include "db/sqlcipher/SqlCipherCrypto.h"
#include "db/sqlcipher/SqlCipherResult.h"
#include "db/sqlcipher/SqlCipherTypes.h"
#include "db/DbLogging.h"

#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

// The handle travels in a QVariant (QSqlDriver::handle()); the same declaration as Qt's QSQLITE
// so code written for it ("sqlite3*" type name) also works with ours.
Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

namespace motcua {

namespace {

// Finalizes a statement when it leaves scope (for the driver's own small queries).
struct StmtGuard {
    sqlite3_stmt *stmt = nullptr;
    ~StmtGuard() { sqlite3_finalize(stmt); }
};

QString columnText(sqlite3_stmt *stmt, int col)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, col));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, col)) : QString();
}

} // namespace

void registerSqlCipherDriver()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(sqlCipherDriverName(),
                                        new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered);
}

bool fileHasPlainSqliteHeader(sqlite3 *h)
{
    sqlite3_file *file = nullptr;
    if (!h || sqlite3_file_control(h, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file
        || !file->pMethods)
        return false;
    char header[16] = {};
    // SQLITE_IOERR_SHORT_READ for a new or short file: not plain.
    if (file->pMethods->xRead(file, header, int(sizeof header), 0) != SQLITE_OK)
        return false;
    return QByteArray(header, int(sizeof header)) == plainSqliteHeader();
}

sqlite3 *sqlCipherHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver() || db.driverName() != sqlCipherDriverName())
        return nullptr;
    const QVariant v = db.driver()->handle();
    return v.canConvert<sqlite3 *>() ? v.value<sqlite3 *>() : nullptr;
}

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

QSqlError SqlCipherDriver::makeError(sqlite3 *db, const QString &context,
                                     QSqlError::ErrorType type, int rc)
{
    const int code = db ? sqlite3_extended_errcode(db) : rc;
    const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return QSqlError(QString::fromUtf8(msg), context, type, QString::number(code));
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders: // named ones are rewritten to '?' by QSqlResult::savePrepare
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:              // SQLite cannot count a result before stepping through it
    case NamedPlaceholders:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &, const QString &,
                           int, const QString &)
{
    if (isOpen())
        close();

    // Before the connection is keyed (Database::open sends PRAGMA key next): the codec copies the
    // provider registered at that moment.
    // MOTCUA_SQLCIPHER_PROVIDER=sqlcipher keeps SQLCipher's own OpenSSL provider: the same file
    // format, for comparing the two (tst_twoprocesses runs its parallel writers with both).
    static const bool stockProvider = qEnvironmentVariable("MOTCUA_SQLCIPHER_PROVIDER") == QLatin1String("sqlcipher");
    if (!stockProvider && !sqlcipher_crypto::install())
        qCWarning(lcDb) << "SQLCipher keeps its own crypto provider (out of memory)";
    const QByteArray path = db.toUtf8();
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX;
    const int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(m_db, QStringLiteral("Unable to open database"),
                               QSqlError::ConnectionError, rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);

    // A plain SQLite file must never be used: SQLCipher would refuse it as "not a database"
    // only once keyed, and a mistake elsewhere could make us write plaintext next to it.
    if (fileHasPlainSqliteHeader(m_db)) {
        setLastError(QSqlError(QStringLiteral("refusing to open a plain (unencrypted) SQLite file"),
                               QStringLiteral("Unable to open database"),
                               QSqlError::ConnectionError, QStringLiteral("not-encrypted")));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }

    if (!verifyCipherVersion()) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

bool SqlCipherDriver::verifyCipherVersion()
{
    // PRAGMA cipher_version is answered by the codec without reading the file, so it is safe
    // before PRAGMA key. Plain SQLite ignores the unknown pragma and returns no row.
    StmtGuard g;
    int rc = sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &g.stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(g.stmt);
    if (rc != SQLITE_ROW || columnText(g.stmt, 0).isEmpty()) {
        setLastError(QSqlError(QStringLiteral("the SQLite library in use is not SQLCipher "
                                              "(PRAGMA cipher_version returned no row)"),
                               QStringLiteral("Unable to open database"),
                               QSqlError::ConnectionError, QStringLiteral("not-sqlcipher")));
        return false;
    }
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    const auto results = m_results;
    for (SqlCipherResult *r : results)
        r->finalizeForClose();
    // close_v2 defers the real close if a statement we do not know about is still alive.
    const int rc = sqlite3_close_v2(m_db);
    if (rc != SQLITE_OK)
        qCWarning(lcDb) << "sqlite3_close_v2 failed with code" << rc;
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

void SqlCipherDriver::attach(SqlCipherResult *result) const
{
    m_results.append(result);
}

void SqlCipherDriver::detach(SqlCipherResult *result) const
{
    m_results.removeAll(result);
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &context,
                                 QSqlError::ErrorType type)
{
    if (!isOpen() || !m_db) {
        setLastError(QSqlError(QStringLiteral("the connection is not open"), context, type));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(makeError(m_db, context, type, rc));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    return execSimple("BEGIN IMMEDIATE", QStringLiteral("Unable to begin transaction"),
                      QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", QStringLiteral("Unable to commit transaction"),
                      QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", QStringLiteral("Unable to roll back transaction"),
                      QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!m_db)
        return out;
    if (type & QSql::SystemTables)
        out << QStringLiteral("sqlite_master");
    StmtGuard g;
    if (sqlite3_prepare_v2(m_db,
                           "SELECT name, type FROM sqlite_master WHERE type IN ('table','view') "
                           "ORDER BY name",
                           -1, &g.stmt, nullptr)
        != SQLITE_OK)
        return out;
    while (sqlite3_step(g.stmt) == SQLITE_ROW) {
        const QString name = columnText(g.stmt, 0);
        const bool view = columnText(g.stmt, 1) == QLatin1String("view");
        const bool system = name.startsWith(QLatin1String("sqlite_"));
        if ((system && (type & QSql::SystemTables)) || (!system && !view && (type & QSql::Tables))
            || (!system && view && (type & QSql::Views)))
            out << name;
    }
    return out;
}

namespace {

struct ColumnInfo {
    QString name;
    QString declType;
    bool notNull = false;
    QString defaultValue;
    int pk = 0;
};

QList<ColumnInfo> tableInfo(sqlite3 *db, const QString &escapedTable)
{
    QList<ColumnInfo> cols;
    const QByteArray sql = QByteArray("PRAGMA table_info(") + escapedTable.toUtf8() + ')';
    StmtGuard g;
    if (!db || sqlite3_prepare_v2(db, sql.constData(), -1, &g.stmt, nullptr) != SQLITE_OK)
        return cols;
    // cid | name | type | notnull | dflt_value | pk
    while (sqlite3_step(g.stmt) == SQLITE_ROW) {
        ColumnInfo c;
        c.name = columnText(g.stmt, 1);
        c.declType = columnText(g.stmt, 2);
        c.notNull = sqlite3_column_int(g.stmt, 3) != 0;
        c.defaultValue = columnText(g.stmt, 4);
        c.pk = sqlite3_column_int(g.stmt, 5);
        cols.append(c);
    }
    return cols;
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    const QString table = stripDelimiters(tableName, TableName);
    const QList<ColumnInfo> cols = tableInfo(m_db, escapeIdentifier(table, TableName));
    int pkCount = 0;
    for (const ColumnInfo &c : cols)
        pkCount += c.pk > 0 ? 1 : 0;
    for (const ColumnInfo &c : cols) {
        QSqlField field(c.name, metaTypeForDeclType(c.declType), table);
        field.setRequiredStatus(c.notNull ? QSqlField::Required : QSqlField::Optional);
        if (!c.defaultValue.isEmpty())
            field.setDefaultValue(c.defaultValue);
        // A lone INTEGER PRIMARY KEY is the rowid: SQLite fills it in.
        field.setAutoValue(pkCount == 1 && c.pk == 1
                           && c.declType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive)
                                  == 0);
        rec.append(field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    const QString table = stripDelimiters(tableName, TableName);
    QList<ColumnInfo> cols = tableInfo(m_db, escapeIdentifier(table, TableName));
    cols.removeIf([](const ColumnInfo &c) { return c.pk == 0; });
    std::sort(cols.begin(), cols.end(),
              [](const ColumnInfo &a, const ColumnInfo &b) { return a.pk < b.pk; });
    QSqlIndex index(table);
    for (const ColumnInfo &c : cols)
        index.append(QSqlField(c.name, metaTypeForDeclType(c.declType), table));
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString inner = identifier;
    inner.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

QString SqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    // The default would quote a blob's hex as *text*; SQLite's blob literal is X'…'.
    if (!field.isNull() && field.metaType().id() == QMetaType::QByteArray)
        return QLatin1String("X'") + QString::fromLatin1(field.value().toByteArray().toHex())
            + QLatin1Char('\'');
    return QSqlDriver::formatValue(field, trimStrings);
}

} // namespace motcua
