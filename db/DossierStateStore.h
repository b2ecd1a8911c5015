#pragma once

#include "domain/Result.h"
#include "domain/dossier/DossierState.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua {

// One row of the `dossiers` table: the derived state, flattened for queries and lists.
// Personal data (applicant*) is for display and lookup only: never log it.
struct DossierSummary {
    QString code;
    QString office;
    QString procedureCode;
    DossierStatus status = DossierStatus::None;
    int statusCode = 0;
    QString holder;        // login, or "pool:<office>", or empty
    QString holderOffice;
    QDateTime receivedAt;
    QDateTime dueAt;
    QDateTime finishedAt;
    QDateTime returnedAt;
    qint64 pausedMs = 0;
    bool paused = false;
    bool late = false;     // finished after the due moment (open dossiers: compare dueAt with now)
    bool awaitingApproval = false;
    QString applicantIdNumber;
    QString applicantName;
    QString lookupCode;
    int componentCount = 0;
    int eventCount = 0;
    int conflicts = 0;
    QDateTime lastEventAt;
};

// Reads (and, for EventStore, writes) the derived-state table. Uses the caller's connection.
class DossierStateStore {
public:
    explicit DossierStateStore(QSqlDatabase db);

    std::optional<DossierSummary> byCode(const QString &code) const;
    std::optional<DossierSummary> byLookupCode(const QString &office, const QString &lookupCode) const;
    QList<DossierSummary> byApplicantId(const QString &idNumber) const;
    // Folded prefix match on the applicant's name ("nguyen van" finds "Nguyễn Văn An").
    QList<DossierSummary> byApplicantName(const QString &typed, int limit = 100) const;
    // Codes that start with `prefix` ("H55.242-2612", "H55.242-261207-01"): a range on the primary
    // key, newest code first.
    QList<DossierSummary> byCodePrefix(const QString &prefix, int limit = 100) const;
    // The dossiers `office` received on the office days from..to (inclusive), newest first: the range
    // of codes "<office>-<from yyMMdd>" up to the day after `to` on the primary key (a code's yyMMdd
    // is the office day of its receipt), so no index on received_at is needed.
    QList<DossierSummary> receivedOnDays(const QString &office, const QDate &from, const QDate &to, int limit = 500) const;
    QList<DossierSummary> heldBy(const QString &login) const;       // an officer's queue
    QList<DossierSummary> counterPool(const QString &office) const; // supplement awaited, results to return
    QList<DossierSummary> withStatus(DossierStatus status, int limit = 1000) const;
    // Open (accepted / processing) and past the due moment at `now`, oldest due first.
    QList<DossierSummary> overdue(const QDateTime &now, int limit = 1000) const;
    QList<DossierSummary> withConflicts() const;                   // the supervisor's conflict queue
    int count() const;

    // Writes one dossier's derived state (EventStore::append and rebuild). `prepared` may be a query
    // prepared with insertSql() on the same connection, reused across calls for speed.
    Status write(const DossierState &state, int eventCount, QSqlQuery *prepared = nullptr);
    // replace: INSERT OR REPLACE (one dossier after an append). A rebuild empties the table first and
    // uses a plain INSERT: measured ten times faster per row than OR REPLACE on this SQLCipher.
    static QString insertSql(bool replace = true);
    Status clear();

    // For `audit verify`: the columns of a row (in table order), the values write() stores for a
    // state (NULL as an invalid QVariant), and every stored row as the database holds it (TEXT as
    // QString, INTEGER as qlonglong, NULL as an invalid QVariant), by code.
    static QStringList columnNames();
    static QVariantList rowOf(const DossierState &state, int eventCount);
    Status forEachRow(const std::function<void(const QVariantList &row)> &visit) const;
    // The stored rows of these dossiers (as forEachRow gives them), by code; one statement per few
    // hundred codes. sameRow: whether write(state, eventCount) would store exactly `stored` again.
    Result<QHash<QString, QVariantList>> rowsOf(const QStringList &codes) const;
    static bool sameRow(const QVariantList &stored, const DossierState &state, int eventCount);

    // The first query of this store object that failed (db.corrupt, db.busy …), if any: the lists
    // and lookups above answer "none" on failure, so a caller that shows "nothing found" checks
    // this first.
    const std::optional<Error> &failure() const { return m_failure; }

private:
    QList<DossierSummary> select(const QString &where, const QVariantList &binds, const QString &tail = {}) const;
    QSqlDatabase m_db;
    mutable std::optional<Error> m_failure;
};

// The rebuild's writer: the same rows as DossierStateStore::write (plain INSERT, the table emptied
// first), straight through the SQLCipher statement API on the caller's connection.
class DossierBulkWriter {
public:
    explicit DossierBulkWriter(const QSqlDatabase &db);
    ~DossierBulkWriter();
    DossierBulkWriter(const DossierBulkWriter &) = delete;
    DossierBulkWriter &operator=(const DossierBulkWriter &) = delete;
    Status write(const DossierState &state, int eventCount);

private:
    ::sqlite3 *m_h = nullptr;
    ::sqlite3_stmt *m_stmt = nullptr;
};

} // namespace motcua
