#include "db/CitizenStore.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"

#include "domain/dossier/Event.h"
#include "domain/text/VietnameseFolding.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace motcua {
namespace {

const char kColumns[] =
    "id_number, old_id_number, full_name, dob, gender, address, issued_on, phone, email, updated_at";

Citizen readRow(const QSqlQuery &q)
{
    Citizen c;
    int i = 0;
    c.idNumber = q.value(i++).toString();
    c.oldIdNumber = q.value(i++).toString();
    c.name = q.value(i++).toString();
    c.dateOfBirth = q.value(i++).toString();
    c.gender = q.value(i++).toString();
    c.address = q.value(i++).toString();
    c.issuedOn = q.value(i++).toString();
    c.phone = q.value(i++).toString();
    c.email = q.value(i++).toString();
    c.updatedAt = parseIsoUtcMs(q.value(i++).toString());
    return c;
}


bool isDigits(const QString &s, int length)
{
    if (s.size() != length)
        return false;
    for (const QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

bool nameMatchesWordPrefixes(const QString &name, const QString &typed)
{
    const QStringList words = foldedWords(typed);
    if (words.isEmpty())
        return false;
    const QStringList nameWords = foldedWords(name);
    qsizetype at = 0;
    for (const QString &w : words) {
        while (at < nameWords.size() && !nameWords.at(at).startsWith(w))
            ++at;
        if (at == nameWords.size())
            return false;
        ++at;
    }
    return true;
}

CitizenStore::CitizenStore(QSqlDatabase db) : m_db(std::move(db)) {}

Status CitizenStore::upsert(const Citizen &c)
{
    if (!isDigits(c.idNumber, 12))
        return Error(QStringLiteral("citizens.bad-id"), QStringLiteral("an ID number has 12 digits"));
    if (c.name.trimmed().isEmpty())
        return Error(QStringLiteral("citizens.no-name"));
    const QString updated = isoUtcMs(c.updatedAt.isValid() ? c.updatedAt : QDateTime::currentDateTimeUtc());

    // SQLite 3.15 has no UPSERT: an UPDATE first, an INSERT when it touched nothing. Both run in
    // the caller's transaction. COALESCE keeps the stored phone and e-mail when none is given.
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral(
            "UPDATE citizens SET old_id_number = ?, full_name = ?, full_name_folded = ?, dob = ?, gender = ?, "
            "address = ?, address_folded = ?, issued_on = ?, phone = COALESCE(?, phone), email = COALESCE(?, email), "
            "updated_at = ? WHERE id = ?")))
        return sqlError(q, "prepare citizen update");
    const QVariantList common{textOrNull(c.oldIdNumber), c.name, foldVietnamese(c.name), textOrNull(c.dateOfBirth),
                              textOrNull(c.gender), textOrNull(c.address),
                              textOrNull(c.address.isEmpty() ? QString() : foldVietnamese(c.address)),
                              textOrNull(c.issuedOn), textOrNull(c.phone), textOrNull(c.email), updated};
    // The row id is the ID number read as an integer (0008_citizens_keyed_by_id).
    const qint64 rowId = c.idNumber.toLongLong();
    int i = 0;
    for (const QVariant &v : common)
        q.bindValue(i++, v);
    q.bindValue(i, rowId);
    if (!q.exec())
        return sqlError(q, "update citizen");
    if (q.numRowsAffected() > 0)
        return {};

    QSqlQuery ins(m_db);
    if (!ins.prepare(QStringLiteral(
            "INSERT INTO citizens(old_id_number, full_name, full_name_folded, dob, gender, address, address_folded, "
            "issued_on, phone, email, updated_at, id_number, id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)")))
        return sqlError(ins, "prepare citizen insert");
    i = 0;
    for (const QVariant &v : common)
        ins.bindValue(i++, v);
    ins.bindValue(i++, c.idNumber);
    ins.bindValue(i, rowId);
    if (!ins.exec())
        return sqlError(ins, "insert citizen");
    return {};
}

QList<Citizen> CitizenStore::select(const QString &where, const QVariantList &binds, const QString &tail) const
{
    return selectRows<Citizen>(m_db, QStringLiteral("SELECT ") + QLatin1String(kColumns) + QStringLiteral(" FROM citizens WHERE ")
                                         + where + QLatin1Char(' ') + tail,
                               binds, readRow, &m_failure);
}

std::optional<Citizen> CitizenStore::byIdNumber(const QString &idNumber) const
{
    if (idNumber.isEmpty())
        return std::nullopt;
    // The current number wins over an old number that happens to be equal. A 12-digit number is
    // the row id: one B-tree descent.
    if (isDigits(idNumber, 12)) {
        const QList<Citizen> exact = select(QStringLiteral("id = ?"), {idNumber.toLongLong()}, QStringLiteral("LIMIT 1"));
        if (!exact.isEmpty())
            return exact.first();
    }
    const QList<Citizen> old = select(QStringLiteral("old_id_number = ?"), {idNumber},
                                      QStringLiteral("ORDER BY updated_at DESC LIMIT 1"));
    if (!old.isEmpty())
        return old.first();
    return std::nullopt;
}

QList<Citizen> CitizenStore::byPhone(const QString &phone, int limit) const
{
    if (phone.isEmpty())
        return {};
    return select(QStringLiteral("phone = ?"), {phone}, QStringLiteral("ORDER BY updated_at DESC LIMIT %1").arg(limit));
}

QList<Citizen> CitizenStore::searchName(const QString &text, int limit) const
{
    const QString pattern = ftsPrefixPattern(text);
    if (pattern.isEmpty() || limit <= 0)
        return {};
    // FTS4 finds rows having every word as a prefix of some name word, in any order; the in-order
    // rule of nameMatchesWordPrefixes is applied on the candidates.
    const QList<Citizen> candidates = select(
        QStringLiteral("id IN (SELECT docid FROM citizens_fts WHERE full_name_folded MATCH ?)"), {pattern},
        QStringLiteral("ORDER BY full_name_folded, id_number LIMIT %1").arg(limit * 4));
    QList<Citizen> out;
    for (const Citizen &c : candidates) {
        if (nameMatchesWordPrefixes(c.name, text))
            out << c;
        if (out.size() == limit)
            break;
    }
    return out;
}

QStringList CitizenStore::auditColumns()
{
    return {QStringLiteral("id"),      QStringLiteral("id_number"),        QStringLiteral("old_id_number"),
            QStringLiteral("full_name"), QStringLiteral("full_name_folded"), QStringLiteral("dob"),
            QStringLiteral("gender"),  QStringLiteral("address"),          QStringLiteral("address_folded"),
            QStringLiteral("issued_on"), QStringLiteral("phone"),          QStringLiteral("email"),
            QStringLiteral("updated_at")};
}

QVariantList CitizenStore::auditRowOf(const Citizen &c)
{
    // The same values as upsert()'s binds, NULL as an invalid QVariant (what a read gives back).
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    return {QVariant(qlonglong(c.idNumber.toLongLong())),
            QVariant(c.idNumber),
            orNull(c.oldIdNumber),
            QVariant(c.name),
            QVariant(foldVietnamese(c.name)),
            orNull(c.dateOfBirth),
            orNull(c.gender),
            orNull(c.address),
            orNull(c.address.isEmpty() ? QString() : foldVietnamese(c.address)),
            orNull(c.issuedOn),
            orNull(c.phone),
            orNull(c.email),
            QVariant(isoUtcMs(c.updatedAt.isValid() ? c.updatedAt : QDateTime::currentDateTimeUtc()))};
}

Status CitizenStore::forEachAuditRow(const std::function<void(const QVariantList &row)> &visit) const
{
    return forEachRawRow(m_db,
                         QStringLiteral("SELECT ") + auditColumns().join(QStringLiteral(", "))
                             + QStringLiteral(" FROM citizens ORDER BY id"),
                         "read citizens", visit);
}

int CitizenStore::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM citizens")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace motcua
