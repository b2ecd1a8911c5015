#pragma once

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua {

class SqlCipherDriver;

// One statement of QSQLCIPHER. Placeholders: the driver declares PositionalPlaceholders and
// not NamedPlaceholders, so QSqlResult::savePrepare rewrites ":name" to "?" and keeps the
// name→positions map; boundValues() then arrives in positional order for both styles.
//
// Rows of a select are stepped lazily. When the query is not forward-only, every row read so far
// is kept so fetch(i)/fetchPrevious/fetchFirst work (QSqlQueryModel needs them); a forward-only
// query keeps only the current row. When the statement runs out of rows it is reset at once so
// it does not hold a WAL read snapshot.
//
// Values: NULL → invalid QVariant (isNull() true); INTEGER → qlonglong; REAL → double;
// TEXT → QString (UTF-8); BLOB → QByteArray. Bound QDateTime/QDate/QTime become ISO text.
class SqlCipherResult final : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

    // Called by the driver before it closes the connection.
    void finalizeForClose();

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int i) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;
    void virtual_hook(int id, void *data) override;

private:
    sqlite3 *db() const;
    void finalizeStatement();
    void clearRows();
    bool execute(bool withBinds);
    // Steps once; on SQLITE_ROW the row is appended to m_rows. Returns the SQLite code
    // (SQLITE_ROW, SQLITE_DONE, or an error already set as lastError()).
    int stepRow();
    // Makes row i available in m_rows (stepping as needed). False when there is no such row.
    bool ensureRow(int i);
    bool bindAll();
    void fail(const QString &context, QSqlError::ErrorType type, int rc);
    const QList<QVariant> *currentRow() const;

    const SqlCipherDriver *m_driver;
    sqlite3_stmt *m_stmt = nullptr;
    QList<QList<QVariant>> m_rows;   // buffered rows; m_rows[0] is row m_firstRow
    int m_firstRow = 0;
    bool m_done = true;              // no more rows to step
    int m_rowsAffected = -1;
    QSqlRecord m_record;
};

} // namespace motcua
