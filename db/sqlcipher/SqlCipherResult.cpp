#include "db/sqlcipher/SqlCipherResult.h"

#include "db/sqlcipher/SqlCipherDriver.h"
#include "db/sqlcipher/SqlCipherTypes.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QTime>

#include <sqlite3.h>

#include <limits>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace motcua {

namespace {

// SQL NULL: an empty QVariant, a typed "null" QVariant (QVariant(QMetaType) holds no value),
// a null QString/QByteArray, or an invalid date/time (whose ISO text would be empty).
bool isNullValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(v.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(v.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(v.constData())->isValid();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt *stmt, int idx, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(stmt, idx, utf8.constData(), quint64(utf8.size()), SQLITE_TRANSIENT,
                               SQLITE_UTF8);
}

QMetaType metaTypeForSqliteType(int type)
{
    switch (type) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<qlonglong>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    case SQLITE_TEXT:
        return QMetaType::fromType<QString>();
    default:
        return QMetaType();
    }
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver), m_driver(driver)
{
    m_driver->attach(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalizeStatement();
    // The driver finalizes our statement when it closes first; it then still lists us until
    // we go, so detach only while it exists (driver() is a guarded pointer inside QSqlResult).
    if (driver())
        m_driver->detach(this);
}

sqlite3 *SqlCipherResult::db() const
{
    return driver() ? m_driver->sqliteHandle() : nullptr;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

void SqlCipherResult::finalizeStatement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_done = true;
}

void SqlCipherResult::finalizeForClose()
{
    finalizeStatement();
    clearRows();
    setActive(false);
}

void SqlCipherResult::clearRows()
{
    m_rows.clear();
    m_firstRow = 0;
}

void SqlCipherResult::fail(const QString &context, QSqlError::ErrorType type, int rc)
{
    setLastError(SqlCipherDriver::makeError(db(), context, type, rc));
}

bool SqlCipherResult::reset(const QString &query)
{
    // QSqlQuery::exec(QString): no bind values belong to this text (boundValues() may still
    // hold those of an earlier prepare), so bind nothing.
    if (!prepare(query))
        return false;
    return execute(false);
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalizeStatement();
    clearRows();
    setSelect(false);
    setActive(false);
    m_record = QSqlRecord();
    m_rowsAffected = -1;

    sqlite3 *h = db();
    if (!h) {
        setLastError(QSqlError(QStringLiteral("the connection is not open"),
                               QStringLiteral("Unable to prepare statement"),
                               QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        fail(QStringLiteral("Unable to prepare statement"), QSqlError::StatementError, rc);
        finalizeStatement();
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("no SQL statement in the query"),
                               QStringLiteral("Unable to prepare statement"),
                               QSqlError::StatementError));
        return false;
    }
    // One statement per query: anything but whitespace/comments after it would be silently
    // ignored by sqlite3_prepare, so refuse it (migrations run scripts their own way).
    const char *end = sql.constData() + sql.size();
    if (tail && tail < end) {
        sqlite3_stmt *next = nullptr;
        const int rc2 = sqlite3_prepare_v2(h, tail, int(end - tail), &next, nullptr);
        sqlite3_finalize(next);
        if (rc2 != SQLITE_OK || next) {
            finalizeStatement();
            setLastError(QSqlError(QStringLiteral("unable to execute multiple statements at a time"),
                                   QStringLiteral("Unable to prepare statement"),
                                   QSqlError::StatementError));
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    return execute(true);
}

bool SqlCipherResult::execute(bool withBinds)
{
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("no prepared statement"),
                               QStringLiteral("Unable to execute statement"),
                               QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_rowsAffected = -1;
    m_done = false;

    if (withBinds && !bindAll()) {
        m_done = true;
        return false;
    }

    const int columns = sqlite3_column_count(m_stmt);
    // Step once now so errors (constraints, busy, wrong key …) surface in exec() as callers
    // expect; the row, if any, becomes row 0 of the buffer.
    const int rc = stepRow();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return false;

    setSelect(columns > 0);
    if (columns > 0) {
        QSqlRecord rec;
        for (int c = 0; c < columns; ++c) {
            const char *decl = sqlite3_column_decltype(m_stmt, c);
            QMetaType type = decl ? metaTypeForDeclType(QString::fromUtf8(decl)) : QMetaType();
            // Expression columns have no declared type: take the first row's (the statement
            // still stands on it after the step above).
            if (!type.isValid() && rc == SQLITE_ROW)
                type = metaTypeForSqliteType(sqlite3_column_type(m_stmt, c));
            const char *table = sqlite3_column_table_name(m_stmt, c);
            rec.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_stmt, c)), type,
                                 table ? QString::fromUtf8(table) : QString()));
        }
        m_record = rec;
    } else {
        m_rowsAffected = sqlite3_changes(db());
    }
    setActive(true);
    return true;
}

bool SqlCipherResult::bindAll()
{
    const QList<QVariant> &values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (expected != values.size()) {
        setLastError(QSqlError(QStringLiteral("parameter count mismatch: the statement has %1 "
                                              "placeholders, %2 values are bound")
                                   .arg(expected)
                                   .arg(values.size()),
                               QStringLiteral("Unable to bind parameters"),
                               QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int idx = i + 1;
        int rc = SQLITE_OK;
        if (isNullValue(v)) {
            rc = sqlite3_bind_null(m_stmt, idx);
        } else {
            switch (v.typeId()) {
            case QMetaType::QByteArray: {
                const auto *ba = static_cast<const QByteArray *>(v.constData());
                rc = sqlite3_bind_blob64(m_stmt, idx, ba->constData(), quint64(ba->size()),
                                         SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
            case QMetaType::Long:
                rc = sqlite3_bind_int64(m_stmt, idx, v.toLongLong());
                break;
            case QMetaType::ULong:
            case QMetaType::ULongLong: {
                const qulonglong u = v.toULongLong();
                if (u > qulonglong(std::numeric_limits<qint64>::max())) {
                    setLastError(QSqlError(QStringLiteral("unsigned value at position %1 does not "
                                                          "fit a 64-bit SQLite integer")
                                               .arg(idx),
                                           QStringLiteral("Unable to bind parameters"),
                                           QSqlError::StatementError));
                    return false;
                }
                rc = sqlite3_bind_int64(m_stmt, idx, qint64(u));
                break;
            }
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, idx, v.toDouble());
                break;
            case QMetaType::QDateTime:
                rc = bindText(m_stmt, idx, v.toDateTime().toString(Qt::ISODateWithMs));
                break;
            case QMetaType::QDate:
                rc = bindText(m_stmt, idx, v.toDate().toString(Qt::ISODate));
                break;
            case QMetaType::QTime:
                rc = bindText(m_stmt, idx, v.toTime().toString(QStringLiteral("HH:mm:ss.zzz")));
                break;
            case QMetaType::QString:
                rc = bindText(m_stmt, idx, *static_cast<const QString *>(v.constData()));
                break;
            default:
                if (!v.canConvert<QString>()) {
                    setLastError(QSqlError(QStringLiteral("cannot bind a value of type %1 at "
                                                          "position %2")
                                               .arg(QString::fromLatin1(v.typeName()))
                                               .arg(idx),
                                           QStringLiteral("Unable to bind parameters"),
                                           QSqlError::StatementError));
                    return false;
                }
                rc = bindText(m_stmt, idx, v.toString());
                break;
            }
        }
        if (rc != SQLITE_OK) {
            fail(QStringLiteral("Unable to bind parameters"), QSqlError::StatementError, rc);
            return false;
        }
    }
    return true;
}

int SqlCipherResult::stepRow()
{
    if (m_done || !m_stmt)
        return SQLITE_DONE;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        const int columns = sqlite3_column_count(m_stmt);
        QList<QVariant> row;
        row.reserve(columns);
        const QSql::NumericalPrecisionPolicy policy = numericalPrecisionPolicy();
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(m_stmt, c)) {
            case SQLITE_INTEGER: {
                const qint64 n = sqlite3_column_int64(m_stmt, c);
                row.append(policy == QSql::LowPrecisionInt32 ? QVariant(int(n))
                                                             : QVariant(qlonglong(n)));
                break;
            }
            case SQLITE_FLOAT: {
                const double d = sqlite3_column_double(m_stmt, c);
                if (policy == QSql::LowPrecisionInt32)
                    row.append(QVariant(int(d)));
                else if (policy == QSql::LowPrecisionInt64)
                    row.append(QVariant(qlonglong(d)));
                else
                    row.append(QVariant(d));
                break;
            }
            case SQLITE_TEXT: {
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
                const int n = sqlite3_column_bytes(m_stmt, c);
                row.append(QVariant(QString::fromUtf8(t ? t : "", n)));
                break;
            }
            case SQLITE_BLOB: {
                // sqlite3_column_blob must come before _bytes; a zero-length blob gives nullptr,
                // which we keep as an empty (not null) QByteArray.
                const auto *b = static_cast<const char *>(sqlite3_column_blob(m_stmt, c));
                const int n = sqlite3_column_bytes(m_stmt, c);
                row.append(QVariant(QByteArray(b ? b : "", n)));
                break;
            }
            default:
                row.append(QVariant());
                break;
            }
        }
        if (isForwardOnly()) {
            m_firstRow += int(m_rows.size());
            m_rows.clear();
        }
        m_rows.append(std::move(row));
        return rc;
    }
    m_done = true;
    if (rc != SQLITE_DONE)
        fail(QStringLiteral("Unable to fetch row"), QSqlError::StatementError, rc);
    // Release the statement's read snapshot/locks now that it is exhausted.
    sqlite3_reset(m_stmt);
    return rc;
}

bool SqlCipherResult::ensureRow(int i)
{
    while (i >= m_firstRow + m_rows.size()) {
        if (stepRow() != SQLITE_ROW)
            return false;
    }
    return i >= m_firstRow;
}

const QList<QVariant> *SqlCipherResult::currentRow() const
{
    const int idx = at() - m_firstRow;
    if (idx < 0 || idx >= m_rows.size())
        return nullptr;
    return &m_rows.at(idx);
}

QVariant SqlCipherResult::data(int field)
{
    const QList<QVariant> *row = currentRow();
    if (!row || field < 0 || field >= row->size())
        return QVariant();
    return row->at(field);
}

bool SqlCipherResult::isNull(int field)
{
    const QList<QVariant> *row = currentRow();
    if (!row || field < 0 || field >= row->size())
        return true;
    return !row->at(field).isValid();
}

bool SqlCipherResult::fetch(int i)
{
    if (!isActive() || !isSelect() || i < 0)
        return false;
    if (!ensureRow(i))
        return false;
    setAt(i);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    while (stepRow() == SQLITE_ROW) {
    }
    if (m_rows.isEmpty())
        return false;
    setAt(m_firstRow + int(m_rows.size()) - 1);
    return true;
}

int SqlCipherResult::size()
{
    return -1; // QuerySize is not a feature of SQLite
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    if (!isActive() || !isSelect())
        return QSqlRecord();
    return m_record;
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (isActive()) {
        if (sqlite3 *h = db()) {
            const qint64 id = sqlite3_last_insert_rowid(h);
            if (id != 0)
                return QVariant(qlonglong(id));
        }
    }
    return QVariant();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
    clearRows();
}

void SqlCipherResult::virtual_hook(int id, void *data)
{
    QSqlResult::virtual_hook(id, data);
}

} // namespace motcua
