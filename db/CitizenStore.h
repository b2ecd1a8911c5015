#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace motcua {

// A citizen known to this workspace (read from a CCCD card or typed at the counter).
// Personal data: never log any of it.
struct Citizen {
    QString idNumber;      // 12 digits
    QString oldIdNumber;   // 9 digits or empty
    QString name;
    QString dateOfBirth;   // "YYYY-MM-DD" (or "YYYY" when only the year is known)
    QString gender;        // as on the card: "Nam" / "Nữ"
    QString address;
    QString issuedOn;      // "YYYY-MM-DD" or empty
    QString phone;
    QString email;
    QDateTime updatedAt;   // UTC

    friend bool operator==(const Citizen &, const Citizen &) = default;
};

// The `citizens` table (0001_core, 0006_citizens_lookup, 0008_citizens_keyed_by_id: the row id is
// the 12-digit ID number as an integer) and its FTS4 shadow `citizens_fts`, which triggers keep in
// step. Uses the caller's connection, on the thread that owns it.
// Errors: citizens.bad-id (not 12 digits), citizens.no-name, db.query-failed.
class CitizenStore {
public:
    explicit CitizenStore(QSqlDatabase db);

    // Insert or update by idNumber, in the caller's transaction (opens none). Empty phone/email in
    // `c` keep the stored ones. An invalid updatedAt is stored as now.
    Status upsert(const Citizen &c);
    std::optional<Citizen> byIdNumber(const QString &idNumber) const;  // also matches oldIdNumber
    QList<Citizen> byPhone(const QString &phone, int limit = 20) const;
    // Name (diacritics optional, word prefixes: "ng v an" finds "Nguyễn Văn An") via folded prefix / FTS4.
    QList<Citizen> searchName(const QString &text, int limit = 20) const;
    int count() const;

    // For `audit verify`: the stored columns (auditColumns(): id, id_number, … updated_at), the
    // values upsert() writes for `c` into a new row (NULL as an invalid QVariant), and every row
    // as stored (TEXT as QString, INTEGER as qlonglong, NULL as an invalid QVariant), by id.
    static QStringList auditColumns();
    static QVariantList auditRowOf(const Citizen &c);
    Status forEachAuditRow(const std::function<void(const QVariantList &row)> &visit) const;

    // The first query of this store object that failed, if any (see DossierStateStore::failure).
    const std::optional<Error> &failure() const { return m_failure; }

private:
    QList<Citizen> select(const QString &where, const QVariantList &binds, const QString &tail) const;
    QSqlDatabase m_db;
    mutable std::optional<Error> m_failure;
};

// Whether every word of `typed` (folded) is a prefix of a word of `name` (folded), in order:
// "ng v an" matches "Nguyễn Văn An", "van an" matches too, "an van" does not.
bool nameMatchesWordPrefixes(const QString &name, const QString &typed);

} // namespace motcua
