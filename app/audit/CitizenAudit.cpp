#include "app/audit/CitizenAudit.h"

#include "app/audit/DerivedStateAudit.h"
#include "app/intake/IntakeDraft.h"
#include "db/CitizenStore.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace motcua {
namespace {

bool isCounterOutcome(EventType t)
{
    return t == EventType::Received || t == EventType::SupplementRequestedAtCounter || t == EventType::ReceiptRefused;
}

struct ExpectedCitizen {
    Citizen citizen;
    QString dossier;   // of the latest event that wrote it
};

} // namespace

CitizenAudit::CitizenAudit(QSqlDatabase db, QString localDevice) : m_db(std::move(db)), m_device(std::move(localDevice)) {}

AuditFindings CitizenAudit::check(const QList<Event> &events, int *rowsChecked) const
{
    // The outcomes of this device in the order they were committed (device sequence).
    QList<const Event *> outcomes;
    for (const Event &e : events) {
        if (e.device == m_device && isCounterOutcome(e.type))
            outcomes << &e;
    }
    std::sort(outcomes.begin(), outcomes.end(), [](const Event *a, const Event *b) { return a->deviceSeq < b->deviceSeq; });
    QHash<QString, ExpectedCitizen> expected; // by ID number
    for (const Event *e : std::as_const(outcomes)) {
        const intake::Applicant a = intake::Applicant::fromJson(e->payload.value(QStringLiteral("applicant")).toObject());
        if (a.kind != intake::Applicant::Kind::Citizen || a.idNumber.isEmpty())
            continue;
        Citizen c = a.toCitizen(e->wallTime);
        // CitizenStore::upsert keeps the stored phone and e-mail when the new data has none.
        if (const auto before = expected.constFind(a.idNumber); before != expected.cend()) {
            if (c.phone.isEmpty())
                c.phone = before->citizen.phone;
            if (c.email.isEmpty())
                c.email = before->citizen.email;
        }
        expected.insert(a.idNumber, ExpectedCitizen{c, e->dossier});
    }

    AuditFindings findings;
    const QStringList columns = CitizenStore::auditColumns();
    QSet<QString> seen;
    int position = 0;
    const Status read = CitizenStore(m_db).forEachAuditRow([&](const QVariantList &row) {
        ++position;
        const QString id = row.value(1).toString();
        seen.insert(id);
        const auto want = expected.constFind(id);
        if (want == expected.cend()) {
            findings << AuditFinding{QStringLiteral("citizens.unsupported"),
                                     QStringLiteral("citizens row %1 (in row-id order)").arg(position),
                                     QStringLiteral("no counter outcome of this device names its ID number")};
            return;
        }
        const QVariantList replayed = CitizenStore::auditRowOf(want->citizen);
        QStringList differing;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (!sameStoredValue(row.value(i), replayed.value(i)))
                differing << columns.at(i);
        }
        if (!differing.isEmpty())
            findings << AuditFinding{QStringLiteral("citizens.differs"),
                                     QStringLiteral("citizens row of the applicant of dossier ") + want->dossier,
                                     QStringLiteral("differs from the latest applicant data in the events in ")
                                         + differing.join(QStringLiteral(", "))};
    });
    if (!read)
        findings << AuditFinding{QStringLiteral("citizens.unreadable"), QStringLiteral("table citizens"),
                                 QStringLiteral("could not be read: ") + read.error().detail};
    QStringList missing;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.contains(it.key()))
            missing << it->dossier;
    }
    missing.sort();
    for (const QString &dossier : std::as_const(missing))
        findings << AuditFinding{QStringLiteral("citizens.missing"), QStringLiteral("dossier ") + dossier,
                                 QStringLiteral("its applicant has no citizens row")};
    if (rowsChecked)
        *rowsChecked = position;
    return findings;
}

} // namespace motcua
