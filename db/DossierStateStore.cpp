#include "db/DossierStateStore.h"
#include "db/SqlError.h"
#include "db/SqlRows.h"

#include "db/sqlcipher/SqlCipher.h"
#include "domain/dossier/Event.h"
#include "domain/text/VietnameseFolding.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

#include <array>
#include <optional>
#include <variant>

#include <sqlite3.h>

namespace motcua {
namespace {

const char kColumns[] =
    "code, office, procedure_code, status, status_code, holder, holder_office, received_at, due_at, "
    "finished_at, returned_at, paused_ms, paused, late, awaiting_approval, applicant_id_number, applicant_name, "
    "applicant_name_folded, lookup_code, component_count, event_count, conflicts, last_event_at, "
    // 0017_report_facts
    "received_by, received_kind, finished_by, rating, component_numbers, components_paged, components_reused, "
    "limit_used_permille";

DossierSummary readRow(const QSqlQuery &q)
{
    DossierSummary d;
    int i = 0;
    d.code = q.value(i++).toString();
    d.office = q.value(i++).toString();
    d.procedureCode = q.value(i++).toString();
    d.status = statusFromName(q.value(i++).toString()).value_or(DossierStatus::None);
    d.statusCode = q.value(i++).toInt();
    d.holder = q.value(i++).toString();
    d.holderOffice = q.value(i++).toString();
    d.receivedAt = parseIsoUtcMs(q.value(i++).toString());
    d.dueAt = parseIsoUtcMs(q.value(i++).toString());
    d.finishedAt = parseIsoUtcMs(q.value(i++).toString());
    d.returnedAt = parseIsoUtcMs(q.value(i++).toString());
    d.pausedMs = q.value(i++).toLongLong();
    d.paused = q.value(i++).toInt() != 0;
    d.late = q.value(i++).toInt() != 0;
    d.awaitingApproval = q.value(i++).toInt() != 0;
    d.applicantIdNumber = q.value(i++).toString();
    d.applicantName = q.value(i++).toString();
    ++i; // applicant_name_folded
    d.lookupCode = q.value(i++).toString();
    d.componentCount = q.value(i++).toInt();
    d.eventCount = q.value(i++).toInt();
    d.conflicts = q.value(i++).toInt();
    d.lastEventAt = parseIsoUtcMs(q.value(i++).toString());
    return d;
}

} // namespace

DossierStateStore::DossierStateStore(QSqlDatabase db) : m_db(std::move(db)) {}

QString DossierStateStore::insertSql(bool replace)
{
    return (replace ? QStringLiteral("INSERT OR REPLACE INTO dossiers(") : QStringLiteral("INSERT INTO dossiers("))
        + QLatin1String(kColumns)
        + QStringLiteral(") VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
}

// One dossiers row in column order (kColumns): text, integer, or NULL (monostate).
using RowValue = std::variant<std::monostate, QString, qint64>;
using RowValues = std::array<RowValue, 31>;

namespace {

RowValue text(const QString &s)
{
    return s.isEmpty() ? RowValue() : RowValue(s);
}

RowValue time(const QDateTime &t)
{
    return t.isValid() ? RowValue(isoUtcMs(t)) : RowValue();
}

RowValue intOrNull(const std::optional<qint64> &v)
{
    return v ? RowValue(*v) : RowValue();
}

// The report facts of a row (0017_report_facts, docs/reporting.md).
struct ReportFacts {
    qint64 receivedKind = 0;
    QString componentNumbers;
    qint64 paged = 0;
    qint64 reused = 0;
    std::optional<qint64> limitUsedPermille;
};

ReportFacts reportFacts(const DossierState &s, bool finished)
{
    ReportFacts f;
    f.receivedKind = s.digitizedBacklog ? 2 : (s.onlineSubmission ? 1 : 0);
    QStringList numbers;
    for (const ComponentRecord &c : s.components) {
        numbers << QString::number(c.number);
        if (!c.pageHashes.isEmpty())
            ++f.paged;
        if (c.provenance == Provenance::ReusedFromDossier || c.provenance == Provenance::NationalDatabase)
            ++f.reused;
    }
    f.componentNumbers = numbers.join(QLatin1Char(','));
    // Elapsed time from receipt to the result against the time allowed (pauses and extensions move
    // the due moment): ≤ 1000 is on time.
    if (finished && s.receivedAt.isValid() && s.dueAt.isValid() && s.finishedAt.isValid() && s.dueAt > s.receivedAt) {
        const double used = double(s.receivedAt.msecsTo(s.finishedAt)) / double(s.receivedAt.msecsTo(s.dueAt));
        f.limitUsedPermille = qRound64(used * 1000);
    }
    return f;
}

RowValues rowValues(const DossierState &s, int eventCount)
{
    const bool finished = s.status == DossierStatus::Processed || s.status == DossierStatus::ResultReturned;
    const ReportFacts facts = reportFacts(s, finished);
    return RowValues{RowValue(s.code),
                     RowValue(s.receivingOffice),
                     text(s.procedureCode),
                     RowValue(statusName(s.status)),
                     RowValue(qint64(s.nationalCode())),
                     text(s.holder.toText()),
                     text(s.holder.office),
                     time(s.receivedAt),
                     time(s.dueAt),
                     time(s.finishedAt),
                     time(s.returnedAt),
                     RowValue(s.pausedMs(s.lastEventAt)),
                     RowValue(qint64(s.isPaused() ? 1 : 0)),
                     RowValue(qint64(finished && s.isLate(s.finishedAt) ? 1 : 0)),
                     RowValue(qint64(s.awaitingApproval ? 1 : 0)),
                     text(s.applicantIdNumber),
                     text(s.applicantName),
                     text(s.applicantName.isEmpty() ? QString() : foldVietnamese(s.applicantName)),
                     text(s.lookupCode),
                     RowValue(qint64(s.components.size())),
                     RowValue(qint64(eventCount)),
                     RowValue(qint64(s.conflicts)),
                     time(s.lastEventAt),
                     text(s.receivedBy),
                     RowValue(facts.receivedKind),
                     text(s.finishedBy),
                     intOrNull(s.rating > 0 ? std::optional<qint64>(s.rating) : std::nullopt),
                     text(facts.componentNumbers),
                     RowValue(facts.paged),
                     RowValue(facts.reused),
                     intOrNull(facts.limitUsedPermille)};
}

} // namespace

Status DossierStateStore::write(const DossierState &s, int eventCount, QSqlQuery *prepared)
{
    std::optional<QSqlQuery> local; // only when no prepared query is given: creating one is not free
    if (!prepared) {
        local.emplace(m_db);
        if (!local->prepare(insertSql()))
            return sqlError(*local, "prepare dossiers insert");
    }
    QSqlQuery &q = prepared ? *prepared : *local;
    const RowValues values = rowValues(s, eventCount);
    for (int i = 0; i < int(values.size()); ++i) {
        const RowValue &v = values[size_t(i)];
        if (const auto *str = std::get_if<QString>(&v))
            q.bindValue(i, *str);
        else if (const auto *n = std::get_if<qint64>(&v))
            q.bindValue(i, *n);
        else
            q.bindValue(i, QVariant(QMetaType(QMetaType::QString)));
    }
    if (!q.exec())
        return sqlError(q, "write dossier");
    return {};
}

DossierBulkWriter::DossierBulkWriter(const QSqlDatabase &db) : m_h(sqlCipherHandle(db))
{
    const QByteArray sql = DossierStateStore::insertSql(false).toUtf8();
    if (!m_h || sqlite3_prepare_v2(m_h, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

DossierBulkWriter::~DossierBulkWriter()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Status DossierBulkWriter::write(const DossierState &s, int eventCount)
{
    if (!m_stmt)
        return Error(QStringLiteral("db.query-failed"), QStringLiteral("bulk dossiers insert not prepared"));
    sqlite3_reset(m_stmt);
    const RowValues values = rowValues(s, eventCount);
    for (int i = 0; i < int(values.size()); ++i) {
        const RowValue &v = values[size_t(i)];
        int rc;
        if (const auto *str = std::get_if<QString>(&v)) {
            const QByteArray utf8 = str->toUtf8();
            rc = sqlite3_bind_text(m_stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else if (const auto *n = std::get_if<qint64>(&v)) {
            rc = sqlite3_bind_int64(m_stmt, i + 1, *n);
        } else {
            rc = sqlite3_bind_null(m_stmt, i + 1);
        }
        if (rc != SQLITE_OK)
            return Error(QStringLiteral("db.query-failed"), QString::fromUtf8(sqlite3_errmsg(m_h)));
    }
    if (sqlite3_step(m_stmt) != SQLITE_DONE)
        return Error(QStringLiteral("db.query-failed"),
                     QStringLiteral("write dossier: ") + QString::fromUtf8(sqlite3_errmsg(m_h)));
    return {};
}

QStringList DossierStateStore::columnNames()
{
    QStringList names = QString::fromLatin1(kColumns).split(QLatin1Char(','));
    for (QString &n : names)
        n = n.trimmed();
    return names;
}

QVariantList DossierStateStore::rowOf(const DossierState &state, int eventCount)
{
    QVariantList out;
    for (const RowValue &v : rowValues(state, eventCount)) {
        if (const auto *str = std::get_if<QString>(&v))
            out << QVariant(*str);
        else if (const auto *n = std::get_if<qint64>(&v))
            out << QVariant(qlonglong(*n));
        else
            out << QVariant();
    }
    return out;
}

Status DossierStateStore::forEachRow(const std::function<void(const QVariantList &row)> &visit) const
{
    return forEachRawRow(m_db, QStringLiteral("SELECT ") + QLatin1String(kColumns) + QStringLiteral(" FROM dossiers ORDER BY code"),
                         "read dossiers", visit);
}

Result<QHash<QString, QVariantList>> DossierStateStore::rowsOf(const QStringList &codes) const
{
    constexpr qsizetype kChunk = 400;   // SQLite 3.15 binds at most 999 parameters
    QHash<QString, QVariantList> out;
    out.reserve(codes.size());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (qsizetype from = 0; from < codes.size(); from += kChunk) {
        const QStringList chunk = codes.mid(from, kChunk);
        const QString marks = QStringLiteral("?") + QStringLiteral(",?").repeated(chunk.size() - 1);
        if (!q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) + QStringLiteral(" FROM dossiers WHERE code IN (")
                       + marks + QLatin1Char(')')))
            return sqlError(q, "prepare dossiers read");
        for (int i = 0; i < chunk.size(); ++i)
            q.bindValue(i, chunk.at(i));
        if (!q.exec())
            return sqlError(q, "read dossiers");
        const int columns = q.record().count();
        while (q.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i)
                row << q.value(i);
            out.insert(row.constFirst().toString(), row);
        }
        if (q.lastError().isValid())
            return sqlError(q, "read dossiers");
    }
    return out;
}

bool DossierStateStore::sameRow(const QVariantList &stored, const DossierState &state, int eventCount)
{
    const RowValues values = rowValues(state, eventCount);
    if (stored.size() != qsizetype(values.size()))
        return false;
    for (size_t i = 0; i < values.size(); ++i) {
        const QVariant &have = stored.at(qsizetype(i));
        const bool haveNull = !have.isValid() || have.isNull();
        const RowValue &want = values[i];
        if (std::holds_alternative<std::monostate>(want)) {
            if (!haveNull)
                return false;
        } else if (haveNull) {
            return false;
        } else if (const auto *str = std::get_if<QString>(&want)) {
            if (have.typeId() != QMetaType::QString || have.toString() != *str)
                return false;
        } else if (have.typeId() != QMetaType::LongLong || have.toLongLong() != std::get<qint64>(want)) {
            return false;
        }
    }
    return true;
}

Status DossierStateStore::clear()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM dossiers")))
        return sqlError(q, "clear dossiers");
    return {};
}

QList<DossierSummary> DossierStateStore::select(const QString &where, const QVariantList &binds,
                                                const QString &tail) const
{
    return selectRows<DossierSummary>(m_db, QStringLiteral("SELECT ") + QLatin1String(kColumns)
                                                + QStringLiteral(" FROM dossiers WHERE ") + where + QLatin1Char(' ') + tail,
                                      binds, readRow, &m_failure);
}

std::optional<DossierSummary> DossierStateStore::byCode(const QString &code) const
{
    const auto rows = select(QStringLiteral("code = ?"), {code});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<DossierSummary> DossierStateStore::byLookupCode(const QString &office, const QString &lookupCode) const
{
    const auto rows = select(QStringLiteral("office = ? AND lookup_code = ?"), {office, lookupCode},
                             QStringLiteral("ORDER BY received_at DESC LIMIT 1"));
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<DossierSummary> DossierStateStore::byApplicantId(const QString &idNumber) const
{
    return select(QStringLiteral("applicant_id_number = ?"), {idNumber}, QStringLiteral("ORDER BY received_at DESC"));
}

QList<DossierSummary> DossierStateStore::byApplicantName(const QString &typed, int limit) const
{
    const QString folded = foldVietnamese(typed).trimmed();
    if (folded.isEmpty())
        return {};
    // A prefix range on the index instead of LIKE (which would not use it with our collation).
    QString upper = folded;
    upper.append(QChar(0xFFFF));
    return select(QStringLiteral("applicant_name_folded >= ? AND applicant_name_folded < ?"), {folded, upper},
                  QStringLiteral("ORDER BY applicant_name_folded LIMIT %1").arg(limit));
}

QList<DossierSummary> DossierStateStore::byCodePrefix(const QString &prefix, int limit) const
{
    if (prefix.isEmpty())
        return {};
    QString upper = prefix;
    upper.append(QChar(0xFFFF));
    return select(QStringLiteral("code >= ? AND code < ?"), {prefix, upper},
                  QStringLiteral("ORDER BY code DESC LIMIT %1").arg(limit));
}

QList<DossierSummary> DossierStateStore::receivedOnDays(const QString &office, const QDate &from, const QDate &to,
                                                        int limit) const
{
    if (office.isEmpty() || !from.isValid() || !to.isValid() || to < from)
        return {};
    const QString low = office + QLatin1Char('-') + from.toString(QStringLiteral("yyMMdd"));
    const QString high = office + QLatin1Char('-') + to.addDays(1).toString(QStringLiteral("yyMMdd"));
    // Codes carry two-digit years (2000–2099): a range that crosses 2099 would wrap; none does.
    return select(QStringLiteral("code >= ? AND code < ?"), {low, high},
                  QStringLiteral("ORDER BY received_at DESC, code DESC LIMIT %1").arg(limit));
}

QList<DossierSummary> DossierStateStore::heldBy(const QString &login) const
{
    return select(QStringLiteral("holder = ?"), {login}, QStringLiteral("ORDER BY due_at"));
}

QList<DossierSummary> DossierStateStore::counterPool(const QString &office) const
{
    return select(QStringLiteral("holder = ?"), {QString(QStringLiteral("pool:") + office)},
                  QStringLiteral("ORDER BY last_event_at"));
}

QList<DossierSummary> DossierStateStore::withStatus(DossierStatus status, int limit) const
{
    return select(QStringLiteral("status_code = ?"), {int(status)},
                  QStringLiteral("ORDER BY due_at LIMIT %1").arg(limit));
}

QList<DossierSummary> DossierStateStore::overdue(const QDateTime &now, int limit) const
{
    return select(QStringLiteral("status_code IN (2, 4) AND due_at IS NOT NULL AND due_at < ?"), {isoUtcMs(now)},
                  QStringLiteral("ORDER BY due_at LIMIT %1").arg(limit));
}

QList<DossierSummary> DossierStateStore::withConflicts() const
{
    return select(QStringLiteral("conflicts > 0"), {}, QStringLiteral("ORDER BY last_event_at DESC"));
}

int DossierStateStore::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM dossiers")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace motcua
