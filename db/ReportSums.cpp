#include "db/ReportSums.h"

#include "db/SqlError.h"
#include "db/TriggerSuspension.h"

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
    return dropTriggers(m_db, QStringLiteral("dossiers"), QStringLiteral("dossiers\\_sums\\_%"), "sums trigger");
}

Status ReportSums::refill(const QStringList &triggerSql)
{
    QSqlQuery q(m_db);
    for (const char *sql : {"DELETE FROM report_received_sums", "DELETE FROM report_returned_sums", kRefillReceived, kRefillReturned})
        if (!q.exec(QLatin1String(sql)))
            return sqlError(q, "refill the report sums");
    return recreateTriggers(m_db, triggerSql, "sums trigger");
}

} // namespace motcua
