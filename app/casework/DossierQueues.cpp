#include "app/casework/DossierQueues.h"

#include "app/catalog/CatalogService.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/CatalogStore.h"
#include "db/OfficerStore.h"
#include "db/SqlRows.h"
#include "domain/calendar/OfficeTime.h"
#include "domain/calendar/TimeLimit.h"
#include "domain/catalog/Catalog.h"
#include "domain/dossier/Event.h"
#include "domain/text/VietnameseFolding.h"

#include <QSqlQuery>

namespace motcua::casework {
namespace {

// Open with a running clock: accepted at the counter or in processing.
const char kOpen[] = "status_code IN (2, 4) AND paused = 0";

QString orderColumn(QueueSort sort)
{
    switch (sort) {
    case QueueSort::Code: return QStringLiteral("code");
    case QueueSort::Applicant: return QStringLiteral("applicant_name_folded");
    case QueueSort::Procedure: return QStringLiteral("procedure_code");
    case QueueSort::Holder: return QStringLiteral("holder");
    case QueueSort::Status: return QStringLiteral("status_code");
    case QueueSort::Received: return QStringLiteral("received_at");
    case QueueSort::Due: return QStringLiteral("due_at");
    }
    return QStringLiteral("code");
}

// The (status_code, column) index a single status's rows are read from in a sort's order (0004,
// 0014, 0019); none for the sorts without one.
std::optional<QString> statusOrderIndex(QueueSort sort)
{
    switch (sort) {
    case QueueSort::Applicant: return QStringLiteral("dossiers_status_name");
    case QueueSort::Received: return QStringLiteral("dossiers_status_received");
    case QueueSort::Procedure: return QStringLiteral("dossiers_status_procedure");
    case QueueSort::Due: return QStringLiteral("dossiers_status");
    case QueueSort::Holder: return QStringLiteral("dossiers_status_holder");   // 0019
    case QueueSort::Code:
    case QueueSort::Status: return std::nullopt;
    }
    return std::nullopt;
}

// Whether a queue's clause (queueClause) tests only columns of the covering queue index
// (status_code, paused, awaiting_approval, office, holder, due_at).
bool coveredByQueueIndex(QueueId id)
{
    return id != QueueId::Conflicts && id != QueueId::StuckSync && id != QueueId::Count;
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

struct RawRow {
    QString code;
    QString procedureCode;
    QString applicantName;
    QString holder;
    int statusCode = 0;
    QDateTime receivedAt;
    QDateTime dueAt;
    bool paused = false;
    bool awaitingApproval = false;
    int conflicts = 0;
};

const char kRowColumns[] =
    "code, procedure_code, applicant_name, holder, status_code, received_at, due_at, paused, awaiting_approval, conflicts";

RawRow readRaw(const QSqlQuery &q)
{
    RawRow r;
    r.code = q.value(0).toString();
    r.procedureCode = q.value(1).toString();
    r.applicantName = q.value(2).toString();
    r.holder = q.value(3).toString();
    r.statusCode = q.value(4).toInt();
    r.receivedAt = parseIsoUtcMs(q.value(5).toString());
    r.dueAt = parseIsoUtcMs(q.value(6).toString());
    r.paused = q.value(7).toInt() != 0;
    r.awaitingApproval = q.value(8).toInt() != 0;
    r.conflicts = q.value(9).toInt();
    return r;
}

} // namespace

DossierQueues::DossierQueues(const WorkspaceServices &services)
    : m_services(services), m_db(services.db()), m_roles(services.session().officer.roles),
      m_login(services.session().officer.login), m_offices(services.visibleOffices()),
      m_zone(services.calendar().zone())
{
}

DossierQueues::~DossierQueues() = default;

QList<QueueId> DossierQueues::queuesFor(Roles roles)
{
    QList<QueueId> out;
    const bool counter = roles.testFlag(Role::Counter);
    const bool processing = roles.testFlag(Role::Processing);
    const bool supervisor = roles.testFlag(Role::Supervisor);
    for (int i = 0; i < kQueueCount; ++i) {
        const auto id = QueueId(i);
        bool shown = supervisor;
        switch (id) {
        case QueueId::Submissions:
        case QueueId::Received:
        case QueueId::ResultsReady:
        case QueueId::StuckSync: shown = shown || counter; break;
        case QueueId::ProcessingMine:
        case QueueId::ProcessingUnit:
        case QueueId::AwaitingApproval: shown = shown || processing; break;
        case QueueId::AwaitingSupplement:
        case QueueId::DueSoon:
        case QueueId::Overdue: shown = shown || counter || processing; break;
        case QueueId::Conflicts:
        case QueueId::Count: break;
        }
        if (shown)
            out << id;
    }
    return out;
}

bool DossierQueues::sees(QueueId id) const
{
    return queuesFor(m_roles).contains(id);
}

QDateTime DossierQueues::dueSoonLimit(const QDateTime &now) const
{
    const QDateTime limit = m_services.calendar().dueMoment(now, TimeLimit::days(1));
    return limit.isValid() ? limit.toUTC() : now.addDays(1);   // outside the calendar's years: a plain day
}

Urgency DossierQueues::urgencyOf(DossierStatus status, bool paused, const QDateTime &dueUtc, const QDateTime &now,
                                 const QDateTime &soon)
{
    if (status == DossierStatus::Processed || isFinal(status))
        return Urgency::Finished;
    if (paused || status == DossierStatus::SupplementRequired)
        return Urgency::Paused;
    if (!dueUtc.isValid() || (status != DossierStatus::Accepted && status != DossierStatus::Processing))
        return Urgency::None;
    if (dueUtc < now)
        return Urgency::Overdue;
    if (dueUtc < soon)
        return Urgency::DueSoon;
    return Urgency::Normal;
}

DossierQueues::Clause DossierQueues::queueClause(QueueId id, const QDateTime &now, const QDateTime &soon) const
{
    Clause c;
    // "+office": never the index on (office, lookup_code), which the planner (no ANALYZE) prefers to the
    // status indexes although nearly every row of the workspace is of the officer's own office.
    c.where = QStringLiteral("+office IN (") + placeholders(int(m_offices.size())) + QStringLiteral(") AND ");
    for (const QString &o : m_offices)
        c.binds << o;
    // A processing officer alone (no counter, no supervisor role) watches their own clocks.
    const bool ownOnly = !m_roles.testFlag(Role::Counter) && !m_roles.testFlag(Role::Supervisor);
    switch (id) {
    case QueueId::Submissions: c.where += QStringLiteral("status_code = 1"); break;
    case QueueId::Received: c.where += QStringLiteral("status_code = 2"); break;
    case QueueId::ProcessingMine:
        c.where += QStringLiteral("status_code = 4 AND awaiting_approval = 0 AND holder = ?");
        c.binds << m_login;
        break;
    case QueueId::ProcessingUnit: c.where += QStringLiteral("status_code = 4 AND awaiting_approval = 0"); break;
    case QueueId::AwaitingSupplement: c.where += QStringLiteral("status_code = 5"); break;
    case QueueId::AwaitingApproval: c.where += QStringLiteral("status_code = 4 AND awaiting_approval = 1"); break;
    case QueueId::DueSoon:
        c.where += QLatin1String(kOpen) + QStringLiteral(" AND due_at >= ? AND due_at < ?");
        c.binds << isoUtcMs(now) << isoUtcMs(soon);
        break;
    case QueueId::Overdue:
        c.where += QLatin1String(kOpen) + QStringLiteral(" AND due_at < ?");
        c.binds << isoUtcMs(now);
        break;
    case QueueId::ResultsReady: c.where += QStringLiteral("status_code = 9"); break;
    case QueueId::Conflicts: c.where += QStringLiteral("conflicts > 0"); break;
    case QueueId::StuckSync:
    case QueueId::Count: c.where += QStringLiteral("0"); break;
    }
    if (ownOnly && (id == QueueId::DueSoon || id == QueueId::Overdue)) {
        c.where += QStringLiteral(" AND holder = ?");
        c.binds << m_login;
    }
    return c;
}

DossierQueues::Clause DossierQueues::filterClause(const QueueFilter &f) const
{
    Clause c;
    auto add = [&c](const QString &cond, const QVariant &bind) {
        c.where += QStringLiteral(" AND ") + cond;
        c.binds << bind;
    };
    if (!f.procedure.trimmed().isEmpty())
        add(QStringLiteral("procedure_code = ?"), f.procedure.trimmed());
    if (!f.officer.trimmed().isEmpty())
        add(QStringLiteral("holder = ?"), f.officer.trimmed());
    // The name: every typed word a prefix of a word of the folded name, in any order ("ng v an" finds
    // "Nguyễn Văn An", as CitizenStore::searchName), through the FTS4 index of the names (0020); a
    // fragment inside a word ("guyen") does not match. Text with no word in it (only punctuation)
    // matches no one.
    if (!f.applicant.trimmed().isEmpty()) {
        const QString words = ftsPrefixPattern(f.applicant);
        if (words.isEmpty())
            c.where += QStringLiteral(" AND 0");
        else
            add(QStringLiteral("rowid IN (SELECT docid FROM dossiers_name_fts WHERE applicant_name_folded MATCH ?)"), words);
    }
    if (f.receivedFrom.isValid())
        add(QStringLiteral("received_at >= ?"), isoUtcMs(QDateTime(f.receivedFrom, QTime(0, 0), m_zone).toUTC()));
    if (f.receivedTo.isValid())
        add(QStringLiteral("received_at < ?"), isoUtcMs(QDateTime(f.receivedTo.addDays(1), QTime(0, 0), m_zone).toUTC()));
    return c;
}

std::optional<int> DossierQueues::count(const Clause &clause, Access access) const
{
    // QueueIndex: the clause tests only columns of the queue index (0014), so the count reads that
    // index alone. Left to itself the planner takes (status_code, due_at) for the due-soon and
    // overdue queues and reads each of their rows from the table for `paused` and `office`.
    // ByName: NOT INDEXED leaves the planner only the rowids of the name index's matches.
    const QString from = access == Access::QueueIndex ? QStringLiteral("SELECT count(*) FROM dossiers INDEXED BY dossiers_queue WHERE ")
        : access == Access::ByName                    ? QStringLiteral("SELECT count(*) FROM dossiers NOT INDEXED WHERE ")
                                                      : QStringLiteral("SELECT count(*) FROM dossiers WHERE ");
    const QList<int> n = selectRows<int>(m_db, from + clause.where,
                                         clause.binds, [](const QSqlQuery &q) { return q.value(0).toInt(); }, &m_failure);
    if (n.isEmpty())
        return std::nullopt;
    return n.first();
}

bool DossierQueues::fewNameMatches(const QueueFilter &filter) const
{
    // Up to 2,000 matches in the whole workspace, reading them by rowid and sorting them costs a few
    // milliseconds (docs/performance.md "Queues").
    const int few = std::max(0, m_fewNameMatches);
    const QString words = ftsPrefixPattern(filter.applicant);
    if (words.isEmpty())
        return false;
    const QList<int> n = selectRows<int>(m_db,
                                         QStringLiteral("SELECT count(*) FROM (SELECT docid FROM dossiers_name_fts "
                                                        "WHERE applicant_name_folded MATCH ? LIMIT %1)").arg(few + 1),
                                         {words}, [](const QSqlQuery &q) { return q.value(0).toInt(); }, &m_failure);
    return !n.isEmpty() && n.first() <= few;
}

std::optional<int> DossierQueues::outboxCount() const
{
    // What the status bar calls "waiting to sync": items the portal has not accepted, on an enrolled
    // workspace; a stand-alone one never syncs, so nothing of it waits (the bar says "stand-alone").
    const QList<int> n = selectRows<int>(m_db, QStringLiteral("SELECT CASE WHEN EXISTS(SELECT 1 FROM sync_identity) "
                                                              "THEN (SELECT count(*) FROM outbox WHERE state <> 'sent') "
                                                              "ELSE 0 END"), {},
                                         [](const QSqlQuery &q) { return q.value(0).toInt(); }, &m_failure);
    if (n.isEmpty())
        return std::nullopt;
    return n.first();
}

QueueCounts DossierQueues::counts(const QDateTime &now) const
{
    m_failure.reset();
    QueueCounts out;
    const QDateTime soon = dueSoonLimit(now);
    for (int i = 0; i < kQueueCount; ++i) {
        const auto id = QueueId(i);
        if (!sees(id)) {
            out.counts << -1;
            continue;
        }
        const std::optional<int> n = id == QueueId::StuckSync ? outboxCount() : count(queueClause(id, now, soon), coveredByQueueIndex(id) ? Access::QueueIndex : Access::Plain);
        out.counts << n.value_or(-1);
    }
    out.failure = m_failure;
    return out;
}

QueuePage DossierQueues::page(const QueueRequest &request, const QDateTime &now) const
{
    m_failure.reset();
    QueuePage out;
    out.request = request;
    if (!sees(request.queue) || !isListable(request.queue)) {
        out.total = 0;
        return out;
    }
    const QDateTime soon = dueSoonLimit(now);
    Clause c = queueClause(request.queue, now, soon);
    const Clause f = filterClause(request.filter);
    c.where += f.where;
    c.binds += f.binds;
    // A name few dossiers carry: their rows by rowid from the name index, sorted (a few hundred at
    // most). A common one ("n", "tran"): the queue read in the sort's order as without a name, each row
    // tested against the matches, which are dense enough for the page to fill early. The other way
    // round each is slow: a rare name over the queue's whole order (the 11,516 overdue rows walked for
    // 23 matches), or every Nguyễn fetched and sorted.
    // The count of a common name reads the queue index too: the rowid it tests is in every index entry
    // (as is the holder); the procedure and the receipt days are not.
    const bool byName = fewNameMatches(request.filter);
    const bool filterCovered = request.filter.procedure.trimmed().isEmpty() && !request.filter.receivedFrom.isValid()
        && !request.filter.receivedTo.isValid();
    const Access access = byName ? Access::ByName
        : filterCovered && coveredByQueueIndex(request.queue) ? Access::QueueIndex
                                                              : Access::Plain;
    if (request.offset == 0)
        out.total = count(c, access).value_or(-1);
    const QString dir = request.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString column = orderColumn(request.sort);
    QString order = column + dir;
    if (request.sort != QueueSort::Code)
        order += QStringLiteral(", code") + dir;
    const int limit = std::max(1, request.limit);
    const int offset = std::max(0, request.offset);
    // One row more than asked tells whether the queue goes on.
    QString sql;
    QVariantList binds = c.binds;
    const std::optional<QString> index = statusOrderIndex(request.sort);
    if (request.queue == QueueId::Overdue && index && !byName) {
        // The two open statuses one after the other, each read in the sort's order from its
        // (status_code, column) index and cut after offset + limit + 1 rows, merged by SQLite: over
        // `status_code IN (2, 4)` no index gives the order, and the whole queue (a tenth of the
        // workspace) would be read and sorted. About half the open rows are overdue, so each scan
        // stops early. Not for "due soon": a few hundred rows, best found by their due range.
        const QString open = QLatin1String(kOpen);
        auto arm = [&](int status) -> QString {
            QString where = c.where;
            where.replace(open, QStringLiteral("status_code = %1 AND paused = 0").arg(status));
            return QStringLiteral("SELECT * FROM (SELECT ") + QLatin1String(kRowColumns)
                + QStringLiteral(", applicant_name_folded FROM dossiers INDEXED BY ") + *index + QStringLiteral(" WHERE ") + where
                + QStringLiteral(" ORDER BY ") + order
                + QStringLiteral(" LIMIT %1)").arg(offset + limit + 1);
        };
        sql = arm(2) + QStringLiteral(" UNION ALL ") + arm(4) + QStringLiteral(" ORDER BY ") + order
            + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit + 1).arg(offset);
        binds += c.binds;
    } else {
        // "Mine": the officer's own rows from the (holder, status_code) index; in any sort's order the
        // planner would walk every row of status 4 (a tenth of the workspace) to find them.
        const QString from = byName ? QStringLiteral(" FROM dossiers NOT INDEXED WHERE ")
            : request.queue == QueueId::ProcessingMine ? QStringLiteral(" FROM dossiers INDEXED BY dossiers_holder WHERE ")
                                                       : QStringLiteral(" FROM dossiers WHERE ");
        sql = QStringLiteral("SELECT ") + QLatin1String(kRowColumns) + from + c.where
            + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit + 1).arg(offset);
    }
    QList<RawRow> raw = selectRows<RawRow>(m_db, sql, binds, readRaw, &m_failure);
    out.atEnd = raw.size() <= limit;
    if (!out.atEnd)
        raw.removeLast();
    for (const RawRow &r : std::as_const(raw)) {
        QueueRow row;
        row.code = r.code;
        row.procedureCode = r.procedureCode;
        if (const Procedure *p = catalog().find(r.procedureCode))
            row.procedureName = p->name;
        row.applicantName = r.applicantName;
        row.holder = r.holder;
        row.holderName = officerNames().value(r.holder);
        row.status = DossierStatus(r.statusCode);
        row.receivedAt = OfficeTime::local(r.receivedAt, m_zone);
        row.dueAt = OfficeTime::local(r.dueAt, m_zone);
        row.paused = r.paused;
        row.awaitingApproval = r.awaitingApproval;
        row.conflicts = r.conflicts;
        row.urgency = urgencyOf(row.status, r.paused, r.dueAt, now, soon);
        out.rows << row;
    }
    out.failure = m_failure;
    return out;
}

const Catalog &DossierQueues::catalog() const
{
    if (!m_services.catalog().procedures().isEmpty())
        return m_services.catalog();
    if (!m_catalog) {
        // The workspace's catalog, or the bundled one while the workspace has imported none.
        auto loaded = CatalogStore(m_db).load();
        if (loaded.ok() && loaded->has_value())
            m_catalog = std::make_unique<Catalog>(std::move(**loaded));
        else if (auto bundled = CatalogService::bundledCatalog(); bundled.ok() && *bundled)
            m_catalog = std::make_unique<Catalog>(**bundled);
        else
            m_catalog = std::make_unique<Catalog>();
    }
    return *m_catalog;
}

const QHash<QString, QString> &DossierQueues::officerNames() const
{
    if (!m_officerNames) {
        QHash<QString, QString> names;
        for (const Officer &o : OfficerStore(m_db).officers(true))
            names.insert(o.login, o.fullName);
        m_officerNames = std::move(names);
    }
    return *m_officerNames;
}

} // namespace motcua::casework
