#include "db/ReportSums.h"

#include "db/SqlError.h"

#include <QSqlQuery>

namespace motcua {
namespace {

// The sums of the rows as they are (the same grouping as the tail of 0018_report_sums).
const char kRefillReceived[] =
    "INSERT INTO report_received_sums(office, month, procedure_code, received_by, received_kind, component_numbers, dossiers, "
    "components_paged, components_reused, timed, timed_ms) "
    "SELECT ifnull(d.office, ''), substr(d.received_at, 1, 7), ifnull(d.procedure_code, ''), ifnull(d.received_by, ''), "
    "d.received_kind, ifnull(d.component_numbers, ''), count(*), sum(d.components_paged), sum(d.components_reused), "
    "count(c.dossier_code), ifnull(sum(CAST(round((julianday(c.decided_at) - julianday(c.started_at)) * 86400000.0) AS INTEGER)), 0) "
    "FROM dossiers d LEFT JOIN counter_times c ON c.dossier_code = d.code AND c.outcome = 'Received' "
    "WHERE d.received_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6";
const char kRefillReturned[] =
    "INSERT INTO report_returned_sums(office, month, procedure_code, finished_by, late, dossiers, rating_sum, ratings, used_sum, used) "
    "SELECT ifnull(office, ''), substr(returned_at, 1, 7), ifnull(procedure_code, ''), ifnull(finished_by, ''), late, count(*), "
    "ifnull(sum(rating), 0), count(rating), ifnull(sum(limit_used_permille), 0), count(limit_used_permille) "
    "FROM dossiers WHERE returned_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5";

} // namespace

ReportSums::ReportSums(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QStringList> ReportSums::suspend()
{
    QSqlQuery list(m_db);
    if (!list.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'dossiers' "
                                  "AND name LIKE 'dossiers_sums_%'")))
        return sqlError(list, "list the sums triggers");
    QStringList names;
    QStringList sql;
    while (list.next()) {
        names << list.value(0).toString();
        sql << list.value(1).toString();
    }
    list.finish();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop(m_db);
        if (!drop.exec(QStringLiteral("DROP TRIGGER \"") + name + QLatin1Char('"')))
            return sqlError(drop, "drop a sums trigger");
    }
    return sql;
}

Status ReportSums::refill(const QStringList &triggerSql)
{
    QSqlQuery q(m_db);
    for (const char *sql : {"DELETE FROM report_received_sums", "DELETE FROM report_returned_sums", kRefillReceived, kRefillReturned})
        if (!q.exec(QLatin1String(sql)))
            return sqlError(q, "refill the report sums");
    for (const QString &sql : triggerSql)
        if (!q.exec(sql))
            return sqlError(q, "recreate a sums trigger");
    return {};
}

} // namespace motcua
