#include "app/audit/AuditVerify.h"

#include "app/audit/CitizenAudit.h"
#include "app/audit/DerivedStateAudit.h"
#include "app/audit/PageAudit.h"
#include "db/EventStore.h"
#include "db/FileIntegrity.h"
#include "app/audit/AuditLogging.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSqlQuery>

namespace motcua {
namespace {

// A read transaction: a deferred BEGIN, so every read sees the snapshot of the first one and, in
// WAL mode, the counters keep writing meanwhile (QSqlDatabase::transaction() is BEGIN IMMEDIATE,
// which would hold the write lock for the whole audit and make their writes time out).
class ReadSnapshot {
public:
    explicit ReadSnapshot(QSqlDatabase db) : m_db(std::move(db)), m_open(QSqlQuery(m_db).exec(QStringLiteral("BEGIN")))
    {
    }
    ~ReadSnapshot()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open;
};

QString kindsSummary(const AuditFindings &findings)
{
    QMap<QString, int> counts;
    for (const AuditFinding &f : findings)
        ++counts[f.kind];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

} // namespace

AuditReport verifyWorkspace(const AuditScope &scope)
{
    AuditReport report;
    QElapsedTimer clock;
    clock.start();
    QStringList times; // for the log: where the time goes on a big workspace
    const auto lap = [&](const char *what) { times << QStringLiteral("%1 %2 ms").arg(QLatin1String(what)).arg(clock.restart()); };
    const FileIntegrity file(scope.db);
    if (const QStringList problems = file.pages(); !problems.isEmpty())
        report.file << AuditFinding{QStringLiteral("file.pages"), QStringLiteral("database file"),
                                    QStringLiteral("page check failed: ") + problems.join(QStringLiteral("; "))};
    report.fileDamaged = !report.file.isEmpty();
    lap("page check");
    if (report.fileDamaged)
        return report;

    const ReadSnapshot snapshot(scope.db);
    const EventStore store(scope.db, scope.deviceId);
    const QList<Event> events = store.allInStoredOrder();
    report.eventsChecked = events.size();
    report.chains = ChainVerifier::verify(events, store.chainHeads(), store.chainScope());
    if (const qint64 stored = store.eventCount(); stored != events.size())
        report.content << AuditFinding{QStringLiteral("events.unreadable"), QStringLiteral("table events"),
                                       QStringLiteral("%1 events stored, %2 could be read").arg(stored).arg(events.size())};
    lap("chains");
    if (const Result<MachineContext> machine = scope.machine(); machine)
        report.content << DerivedStateAudit(scope.db, *machine).check(events, &report.dossiersChecked);
    else
        report.content << AuditFinding{QStringLiteral("dossiers.not-checked"), QStringLiteral("table dossiers"),
                                       QStringLiteral("not checked: the working calendar could not be read (")
                                           + machine.error().code + QLatin1Char(')')};
    lap("dossiers");
    report.content << CitizenAudit(scope.db, scope.deviceId).check(events, &report.citizensChecked);
    lap("citizens");
    report.content << PageAudit(scope.db).check(events, &report.pagesChecked);
    lap("pages");
    qCInfo(lcAudit).noquote() << "audit verify times:" << times.join(QStringLiteral(", "));
    return report;
}

int printAuditReport(const AuditReport &report, QTextStream &out, QTextStream &err)
{
    if (report.ok()) {
        out << report.eventsChecked << " events checked" << Qt::endl;
        qCInfo(lcAudit) << "audit verify:" << report.eventsChecked << "events," << report.dossiersChecked << "dossier rows,"
                      << report.citizensChecked << "citizen rows," << report.pagesChecked
                      << "pages; chains, derived tables and pages intact";
        return 0;
    }
    QStringList lines;
    for (const AuditFinding &f : report.file)
        lines << f.describe();
    for (const ChainBreak &b : report.chains.breaks)
        lines << b.describe();
    for (const AuditFinding &f : report.content)
        lines << f.describe();
    for (qsizetype i = 0; i < lines.size(); ++i)
        out << (i == 0 ? "broken: " : "also broken: ") << lines[i] << Qt::endl;

    if (const ChainBreak *b = report.chains.first()) {
        err << "motcua-cli: audit failed at "
            << (b->event.isNull() ? QStringLiteral("the end of a chain") : b->event.toString(QUuid::WithoutBraces)) << " ("
            << report.eventsChecked << " events checked)" << Qt::endl;
        qCWarning(lcAudit) << "audit verify: broken" << chainKindName(b->chain) << "chain," << breakKindName(b->kind);
    } else if (report.fileDamaged) {
        err << "motcua-cli: audit failed: the database file is damaged or was altered; the chains, derived tables "
               "and pages were not checked"
            << Qt::endl;
    } else {
        err << "motcua-cli: audit failed: " << (report.file.size() + report.content.size()) << " problems ("
            << report.eventsChecked << " events checked, chains intact)" << Qt::endl;
    }
    const AuditFindings others = report.file + report.content;
    if (!others.isEmpty())
        qCWarning(lcAudit).noquote() << "audit verify:" << others.size() << "findings:" << kindsSummary(others);
    return 1;
}

int runAuditVerify(const AuditScope &scope, QTextStream &out, QTextStream &err)
{
    return printAuditReport(verifyWorkspace(scope), out, err);
}

} // namespace motcua
