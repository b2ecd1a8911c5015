#include "app/audit/DerivedStateAudit.h"

#include "db/DossierStateStore.h"
#include "domain/dossier/Replay.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua {
namespace {

// Columns whose values are personal data (or a citizen's lookup secret): named, never printed.
bool isPersonal(const QString &column)
{
    return column.startsWith(QLatin1String("applicant_")) || column == QLatin1String("lookup_code");
}

QString shown(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::QString)
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    return v.toString();
}

struct Expected {
    QVariantList row;
    qsizetype events = 0;
};

struct ConflictRow {
    QString dossier;
    QString reason;
};

} // namespace

bool sameStoredValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = !a.isValid() || a.isNull();
    const bool bNull = !b.isValid() || b.isNull();
    if (aNull || bNull)
        return aNull == bNull;
    return a.typeId() == b.typeId() && a == b;
}

namespace {

// The stored conflict flags (event_conflicts) against the replay's refusals.
AuditFindings compareConflicts(const QSqlDatabase &db, const QHash<QUuid, ConflictRow> &expected)
{
    AuditFindings findings;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT event_uuid, dossier_code, reason FROM event_conflicts"))) {
        findings << AuditFinding{QStringLiteral("conflicts.unreadable"), QStringLiteral("table event_conflicts"),
                                 QStringLiteral("could not be read: ") + q.lastError().text()};
        return findings;
    }
    QSet<QUuid> seen;
    while (q.next()) {
        const QUuid event = QUuid::fromString(q.value(0).toString());
        const QString dossier = q.value(1).toString();
        seen.insert(event);
        const auto want = expected.constFind(event);
        if (want == expected.cend())
            findings << AuditFinding{QStringLiteral("conflicts.differs"), QStringLiteral("dossier ") + dossier,
                                     QStringLiteral("event %1 flagged as a conflict, but the replay accepts it").arg(uuidText(event))};
        else if (want->reason != q.value(2).toString() || want->dossier != dossier)
            findings << AuditFinding{QStringLiteral("conflicts.differs"), QStringLiteral("dossier ") + want->dossier,
                                     QStringLiteral("conflict of event %1 stored as %2, replay %3")
                                         .arg(uuidText(event), q.value(2).toString(), want->reason)};
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.contains(it.key()))
            findings << AuditFinding{QStringLiteral("conflicts.missing"), QStringLiteral("dossier ") + it->dossier,
                                     QStringLiteral("event %1 is refused by the replay (%2) but not flagged")
                                         .arg(uuidText(it.key()), it->reason)};
    }
    return findings;
}

} // namespace

DerivedStateAudit::DerivedStateAudit(QSqlDatabase db, MachineContext ctx) : m_db(std::move(db)), m_ctx(std::move(ctx)) {}

AuditFindings DerivedStateAudit::check(const QList<Event> &events, int *dossiersChecked) const
{
    // Positions, not copies: the events of one dossier are copied only while it is replayed.
    QHash<QString, QList<qsizetype>> byDossier;
    for (qsizetype i = 0; i < events.size(); ++i)
        byDossier[events[i].dossier] << i;
    const StateMachine machine(m_ctx);
    QHash<QString, Expected> expected;
    expected.reserve(byDossier.size());
    QHash<QUuid, ConflictRow> expectedConflicts; // event_conflicts is derived state too
    QList<Event> group;
    for (auto it = byDossier.cbegin(); it != byDossier.cend(); ++it) {
        group.clear();
        for (qsizetype i : *it)
            group << events[i];
        sortForReplay(group);
        const ReplayResult r = replay(group, machine);
        for (const EventVerdict &v : r.verdicts) {
            if (!v.accepted)
                expectedConflicts.insert(v.event, ConflictRow{it.key(), v.reason});
        }
        if (!r.state.code.isEmpty()) // only refused events: the writers store no row
            expected.insert(it.key(), Expected{DossierStateStore::rowOf(r.state, int(group.size())), group.size()});
    }

    AuditFindings findings;
    const QStringList columns = DossierStateStore::columnNames();
    QSet<QString> seen;
    int checked = 0;
    const Status read = DossierStateStore(m_db).forEachRow([&](const QVariantList &row) {
        ++checked;
        const QString code = row.value(0).toString();
        seen.insert(code);
        const auto want = expected.constFind(code);
        if (want == expected.cend()) {
            findings << AuditFinding{QStringLiteral("dossiers.no-events"), QStringLiteral("dossier ") + code,
                                     byDossier.contains(code)
                                         ? QStringLiteral("dossiers row, but replay refuses every event of the dossier")
                                         : QStringLiteral("dossiers row without any event")};
            return;
        }
        QStringList differing;
        bool onlyDue = true;
        for (qsizetype i = 1; i < columns.size(); ++i) {
            const QVariant stored = row.value(i);
            const QVariant replayed = want->row.value(i);
            if (sameStoredValue(stored, replayed))
                continue;
            const QString &c = columns.at(i);
            onlyDue = onlyDue && (c == QLatin1String("due_at") || c == QLatin1String("late"));
            differing << (isPersonal(c) ? c
                                        : QStringLiteral("%1 (stored %2, replay %3)").arg(c, shown(stored), shown(replayed)));
        }
        if (differing.isEmpty())
            return;
        QString detail = QStringLiteral("dossiers row differs from the replay of its %1 events in ").arg(want->events)
                         + differing.join(QStringLiteral(", "));
        if (onlyDue)
            detail += QStringLiteral(" (or the workspace calendar was edited after these due moments were derived)");
        findings << AuditFinding{QStringLiteral("dossiers.differs"), QStringLiteral("dossier ") + code, detail};
    });
    if (!read)
        findings << AuditFinding{QStringLiteral("dossiers.unreadable"), QStringLiteral("table dossiers"),
                                 QStringLiteral("could not be read: ") + read.error().detail};
    QStringList missing;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.contains(it.key()))
            missing << it.key();
    }
    missing.sort();
    for (const QString &code : std::as_const(missing))
        findings << AuditFinding{QStringLiteral("dossiers.missing"), QStringLiteral("dossier ") + code,
                                 QStringLiteral("no dossiers row for its %1 events").arg(expected.value(code).events)};
    findings << compareConflicts(m_db, expectedConflicts);
    if (dossiersChecked)
        *dossiersChecked = checked;
    return findings;
}

} // namespace motcua
