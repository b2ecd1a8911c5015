#pragma once

#include "app/casework/QueueTypes.h"
#include "domain/auth/Role.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>
#include <QVariantList>

#include <memory>
#include <optional>

namespace motcua {
class Catalog;
class WorkspaceServices;
}

namespace motcua::casework {

// The working queues of issue 12 as queries over the derived `dossiers` table, for the signed-in
// officer: the offices they see (their own; a province centre's supervisor also its communes), their
// login for "mine", the office's working calendar for "due within one working day". Every list is
// read a page at a time (LIMIT/OFFSET on an ORDER BY that ends with the code), never the whole
// table. Use it on the thread that owns the services' connection.
//
// Queues by role (queuesFor): counter — submissions, received, awaiting supplement, results to
// return, due soon, overdue, stuck in sync; processing — mine, my unit, awaiting supplement,
// awaiting approval, due soon, overdue; supervisor — all of them. A processing officer who is
// neither counter nor supervisor sees only their own dossiers in "due soon" and "overdue".
class DossierQueues {
public:
    explicit DossierQueues(const WorkspaceServices &services);
    ~DossierQueues();

    static QList<QueueId> queuesFor(Roles roles);
    static bool isListable(QueueId id) { return id != QueueId::StuckSync && id != QueueId::Count; }

    // The end of "due within one working day" from `now`: one working day of office time later.
    QDateTime dueSoonLimit(const QDateTime &now) const;
    // Each queue's count (unfiltered) for this officer; -1 for the queues they do not see.
    QueueCounts counts(const QDateTime &now) const;
    // One page of a queue, sorted and filtered; with offset 0 also the filtered total.
    QueuePage page(const QueueRequest &request, const QDateTime &now) const;
    // Up to this many dossiers of the workspace matching the name filter, a page reads them by rowid
    // and sorts them; above, it reads the queue in the sort's order and tests each row (default
    // 2,000; tests set it to cover both ways).
    void setFewNameMatches(int n) { m_fewNameMatches = n; }
    // Urgency of a row at `now` (soon: dueSoonLimit(now)).
    static Urgency urgencyOf(DossierStatus status, bool paused, const QDateTime &dueUtc, const QDateTime &now,
                             const QDateTime &soon);

private:
    struct Clause {
        QString where;
        QVariantList binds;
    };
    bool sees(QueueId id) const;
    // The queue's WHERE (office scope included) at `now`.
    Clause queueClause(QueueId id, const QDateTime &now, const QDateTime &soon) const;
    Clause filterClause(const QueueFilter &filter) const;
    // How a query reads `dossiers`: as the planner likes, from the covering queue index (0014), or
    // by the rowids the name index (0020) gives, then sorted (a name few dossiers carry).
    enum class Access { Plain, QueueIndex, ByName };
    std::optional<int> count(const Clause &clause, Access access) const;
    // Whether the name filter's words match few enough dossiers to read the queue from their rowids.
    bool fewNameMatches(const QueueFilter &filter) const;
    std::optional<int> outboxCount() const;
    const Catalog &catalog() const;
    const QHash<QString, QString> &officerNames() const;

    const WorkspaceServices &m_services;
    QSqlDatabase m_db;
    Roles m_roles;
    QString m_login;
    QStringList m_offices;
    QTimeZone m_zone;
    int m_fewNameMatches = 2000;
    mutable std::optional<Error> m_failure;
    mutable std::unique_ptr<Catalog> m_catalog;
    mutable std::optional<QHash<QString, QString>> m_officerNames;
};

} // namespace motcua::casework
