#include "domain/dossier/DossierState.h"

namespace motcua {
namespace {

struct StatusName {
    DossierStatus status;
    const char *name;
};
constexpr StatusName kStatusNames[] = {
    {DossierStatus::None, "none"},
    {DossierStatus::NewlyRegistered, "newly-registered"},
    {DossierStatus::Accepted, "accepted"},
    {DossierStatus::NotAccepted, "not-accepted"},
    {DossierStatus::Processing, "processing"},
    {DossierStatus::SupplementRequired, "supplement-required"},
    {DossierStatus::FinancialObligation, "financial-obligation"},
    {DossierStatus::Withdrawn, "withdrawn"},
    {DossierStatus::Stopped, "stopped"},
    {DossierStatus::Processed, "processed"},
    {DossierStatus::ResultReturned, "result-returned"},
};

struct ProvenanceName {
    Provenance p;
    const char *name;
};
constexpr ProvenanceName kProvenanceNames[] = {
    {Provenance::ScannedAtCounter, "scanned"},
    {Provenance::ImportedFile, "imported"},
    {Provenance::ReusedFromDossier, "reused"},
    {Provenance::NationalDatabase, "national-db"},
    {Provenance::OnlineSubmission, "online"},
};

struct PartStatusName {
    PartStatus status;
    const char *name;
};
constexpr PartStatusName kPartStatusNames[] = {
    {PartStatus::Pending, "pending"},
    {PartStatus::Sent, "sent"},
    {PartStatus::Done, "done"},
};

// PauseInterval is the calendar's type; compare it here without claiming a global operator.
bool samePauses(const QList<PauseInterval> &a, const QList<PauseInterval> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].from != b[i].from || a[i].to != b[i].to)
            return false;
    }
    return true;
}

} // namespace

QString statusName(DossierStatus s)
{
    for (const auto &n : kStatusNames) {
        if (n.status == s)
            return QString::fromLatin1(n.name);
    }
    return {};
}

std::optional<DossierStatus> statusFromName(const QString &name)
{
    for (const auto &n : kStatusNames) {
        if (name == QLatin1String(n.name))
            return n.status;
    }
    return std::nullopt;
}

bool isFinal(DossierStatus s)
{
    return s == DossierStatus::NotAccepted || s == DossierStatus::Withdrawn || s == DossierStatus::Stopped
        || s == DossierStatus::ResultReturned;
}

QString provenanceName(Provenance p)
{
    for (const auto &n : kProvenanceNames) {
        if (n.p == p)
            return QString::fromLatin1(n.name);
    }
    return {};
}

std::optional<Provenance> provenanceFromName(const QString &name)
{
    for (const auto &n : kProvenanceNames) {
        if (name == QLatin1String(n.name))
            return n.p;
    }
    return std::nullopt;
}

QString partStatusName(PartStatus s)
{
    for (const auto &n : kPartStatusNames) {
        if (n.status == s)
            return QString::fromLatin1(n.name);
    }
    return {};
}

std::optional<PartStatus> partStatusFromName(const QString &name)
{
    for (const auto &n : kPartStatusNames) {
        if (name == QLatin1String(n.name))
            return n.status;
    }
    return std::nullopt;
}

QString Holder::toText() const
{
    if (!login.isEmpty())
        return login;
    if (!office.isEmpty())
        return QStringLiteral("pool:") + office;
    return {};
}

qint64 DossierState::pausedMs(const QDateTime &now) const
{
    qint64 total = 0;
    for (const PauseInterval &p : pauses) {
        const QDateTime end = p.to.isValid() ? p.to : now;
        if (end.isValid() && p.from.isValid() && end > p.from)
            total += p.from.msecsTo(end);
    }
    return total;
}

bool DossierState::isLate(const QDateTime &now) const
{
    if (!dueAt.isValid())
        return false;
    switch (status) {
    case DossierStatus::Processed:
    case DossierStatus::ResultReturned:
        return finishedAt.isValid() && finishedAt > dueAt;
    case DossierStatus::Accepted:
    case DossierStatus::Processing:
    case DossierStatus::FinancialObligation:
        return now.isValid() && now > dueAt;
    case DossierStatus::SupplementRequired: // the clock is stopped while the citizen is awaited
    default:
        return false;
    }
}

const ComponentRecord *DossierState::component(int number) const
{
    for (const ComponentRecord &c : components) {
        if (c.number == number)
            return &c;
    }
    return nullptr;
}

const BundlePart *DossierState::part(int number) const
{
    for (const BundlePart &p : parts) {
        if (p.number == number)
            return &p;
    }
    return nullptr;
}

QList<int> DossierState::partsWithoutResult() const
{
    QList<int> out;
    for (const BundlePart &p : parts) {
        if (p.status != PartStatus::Done)
            out << p.number;
    }
    return out;
}

bool operator==(const DossierState &a, const DossierState &b)
{
    return a.code == b.code && a.receivingOffice == b.receivingOffice && a.procedureCode == b.procedureCode
        && a.lookupCode == b.lookupCode && a.applicantIdNumber == b.applicantIdNumber
        && a.applicantName == b.applicantName && a.status == b.status && a.holder == b.holder
        && a.submittedBy == b.submittedBy && a.awaitingApproval == b.awaitingApproval
        && a.decision == b.decision && a.supplementReturnTo == b.supplementReturnTo
        && a.appraisals == b.appraisals && a.notes == b.notes && a.receivedAt == b.receivedAt
        && a.limit == b.limit && samePauses(a.pauses, b.pauses) && a.extensions == b.extensions
        && a.dueAt == b.dueAt && a.finishedAt == b.finishedAt && a.returnedAt == b.returnedAt
        && a.components == b.components && a.parts == b.parts && a.accepted == b.accepted && a.conflicts == b.conflicts
        && a.receivedBy == b.receivedBy && a.digitizedBacklog == b.digitizedBacklog
        && a.onlineSubmission == b.onlineSubmission && a.finishedBy == b.finishedBy && a.rating == b.rating
        && a.lastEvent == b.lastEvent && a.lastEventAt == b.lastEventAt;
}

} // namespace motcua
