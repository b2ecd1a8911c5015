#include "domain/dossier/StateMachine.h"

#include "domain/dossier/BundleParts.h"

#include <QJsonArray>

#include <algorithm>

// What an allowed event changes in the derived state (the checks are in StateMachine.cpp).
namespace motcua {
namespace {

using S = DossierStatus;

void closeOpenPause(DossierState &s, const QDateTime &at)
{
    if (s.isPaused())
        s.pauses.last().to = at;
}

void takeIdentity(DossierState &s, const Event &e)
{
    // The first counter event names the dossier; a Received after a Form 02 may complete it.
    if (s.code.isEmpty())
        s.code = e.dossier;
    if (s.receivingOffice.isEmpty())
        s.receivingOffice = e.office;
    const QJsonObject &p = e.payload;
    auto take = [&p](QString &field, const char *key) {
        const QString v = p.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            field = v;
    };
    take(s.procedureCode, "procedure");
    take(s.lookupCode, "lookupCode");
    const QJsonObject applicant = p.value(QStringLiteral("applicant")).toObject();
    if (const QString id = applicant.value(QStringLiteral("idNumber")).toString(); !id.isEmpty())
        s.applicantIdNumber = id;
    if (const QString name = applicant.value(QStringLiteral("name")).toString(); !name.isEmpty())
        s.applicantName = name;
}

Holder pool(const QString &office)
{
    return Holder{QString(), office};
}

void attachComponent(DossierState &s, const Event &e)
{
    const QJsonObject &p = e.payload;
    ComponentRecord c;
    c.number = p.value(QStringLiteral("number")).toInt();
    const QJsonArray pages = p.value(QStringLiteral("pages")).toArray();
    for (const QJsonValue &v : pages)
        c.pageHashes << v.toString();
    c.provenance = provenanceFromName(p.value(QStringLiteral("provenance")).toString())
                       .value_or(Provenance::ScannedAtCounter);
    c.sourceDossier = p.value(QStringLiteral("fromDossier")).toString();
    c.documentType = p.value(QStringLiteral("documentType")).toString();
    const QJsonObject declaration = p.value(QStringLiteral("declaration")).toObject();
    c.declarationForm = declaration.value(QStringLiteral("form")).toString();
    c.declarationVersion = declaration.value(QStringLiteral("version")).toInt();
    c.declarationIssue = p.value(QStringLiteral("declarationIssue")).toString();
    c.attachedBy = e.officer;
    c.attachedAt = e.wallTime;
    c.event = e.uuid;
    auto it = std::find_if(s.components.begin(), s.components.end(),
                           [&c](const ComponentRecord &x) { return x.number == c.number; });
    if (it != s.components.end()) {
        c.revision = it->revision + 1; // a supplement replaces the component; the log keeps the old one
        *it = c;
        return;
    }
    const auto pos = std::lower_bound(s.components.begin(), s.components.end(), c.number,
                                      [](const ComponentRecord &x, int n) { return x.number < n; });
    s.components.insert(pos, c);
}

// A routing event of a bundle: the part moves on; the dossier's status and holder stay.
void routePart(DossierState &s, const Event &e)
{
    const int number = partNumber(e.payload).value_or(0);
    for (BundlePart &part : s.parts) {
        if (part.number != number)
            continue;
        if (e.type == EventType::Transferred) {
            part.status = PartStatus::Sent;
            part.sentBy = e.officer;
            part.sentAt = e.wallTime;
            part.sentEvent = e.uuid;
        } else {
            part.status = PartStatus::Done;
            part.doneBy = e.officer;
            part.doneAt = e.wallTime;
            part.doneEvent = e.uuid;
        }
        return;
    }
}

} // namespace

void StateMachine::apply(DossierState &s, const Event &e) const
{
    Q_ASSERT(check(s, e).allowed);
    const QJsonObject &p = e.payload;
    const Holder actor{e.officer, e.office};
    switch (e.type) {
    case EventType::Received: {
        takeIdentity(s, e);
        s.status = S::Accepted;
        s.holder = actor;
        const QDateTime at = parseIsoUtcMs(p.value(QStringLiteral("receivedAt")).toString());
        s.receivedAt = at.isValid() ? at : e.wallTime;
        s.limit = TimeLimit::fromJson(p.value(QStringLiteral("limit")).toObject());
        if (auto parts = partsFromPayload(p); parts.ok())
            s.parts = std::move(*parts);
        if (s.receivedBy.isEmpty()) {
            s.receivedBy = e.officer;
            s.digitizedBacklog = p.value(QStringLiteral("origin")).toString() == QLatin1String("digitized");
            s.onlineSubmission = p.value(QStringLiteral("acceptedSubmission")).toBool();
        }
        break;
    }
    case EventType::SupplementRequestedAtCounter:
        // Waiting for the citizen's supplement (national 5), at the counter: not accepted, no clock.
        takeIdentity(s, e);
        s.status = S::SupplementRequired;
        s.holder = pool(s.receivingOffice);
        break;
    case EventType::ReceiptRefused:
        takeIdentity(s, e);
        s.status = S::NotAccepted;
        s.holder = {};
        s.finishedAt = e.wallTime;
        break;
    case EventType::SupplementRequested:
        s.status = S::SupplementRequired;
        s.pauses.append(PauseInterval{e.wallTime, QDateTime()});
        s.supplementReturnTo = actor;
        s.holder = pool(s.receivingOffice);
        break;
    case EventType::SupplementReceived:
        if (s.awaitsCounterSupplement()) {
            // Brought to the counter after a Form 02: registered, waiting for the counter's outcome.
            s.status = S::NewlyRegistered;
            s.holder = pool(s.receivingOffice);
            break;
        }
        closeOpenPause(s, e.wallTime);
        s.status = S::Processing;
        s.holder = s.supplementReturnTo;
        s.supplementReturnTo = {};
        break;
    case EventType::Transferred: {
        if (namesPart(e)) {
            routePart(s, e);
            break;
        }
        const QString toOffice = p.value(QStringLiteral("toOffice")).toString();
        const std::optional<QString> pool = poolOffice(p);
        const Holder target = pool ? Holder{QString(), *pool}
                                   : Holder{p.value(QStringLiteral("to")).toString(), toOffice.isEmpty() ? e.office : toOffice};
        const bool forApproval = p.value(QStringLiteral("forApproval")).toBool();
        if (s.status == S::SupplementRequired) {
            // Reassigned while the citizen is awaited: the new officer gets it when the supplement comes.
            s.supplementReturnTo = target;
            break;
        }
        if (s.status == S::Accepted)
            s.status = S::Processing;
        s.holder = target;
        if (forApproval) {
            if (!s.awaitingApproval || e.role != Role::Supervisor)
                s.submittedBy = actor; // a supervisor forwarding to another keeps the submitter
            s.awaitingApproval = true;
            s.decision = Decision::None;
        } else {
            s.awaitingApproval = false;
        }
        break;
    }
    case EventType::Appraised:
        ++s.appraisals;
        break;
    case EventType::Approved:
    case EventType::Rejected:
        s.decision = e.type == EventType::Approved ? Decision::Approved : Decision::Rejected;
        s.awaitingApproval = false;
        s.holder = s.submittedBy.isNobody() ? actor : s.submittedBy;
        break;
    case EventType::ResultReady:
        if (namesPart(e)) {
            routePart(s, e);
            break;
        }
        s.status = S::Processed;
        s.finishedAt = e.wallTime;
        s.finishedBy = e.officer;
        s.holder = pool(s.receivingOffice);
        break;
    case EventType::Returned:
        s.status = S::ResultReturned;
        s.returnedAt = e.wallTime;
        s.rating = p.value(QStringLiteral("rating")).toInt();
        s.holder = {};
        break;
    case EventType::Withdrawn:
    case EventType::Stopped:
        closeOpenPause(s, e.wallTime);
        s.status = e.type == EventType::Withdrawn ? S::Withdrawn : S::Stopped;
        s.finishedAt = e.wallTime;
        s.holder = {};
        s.awaitingApproval = false;
        break;
    case EventType::Extended:
        if (auto limit = TimeLimit::fromJson(p.value(QStringLiteral("limit")).toObject()))
            s.extensions.append(*limit);
        break;
    case EventType::ComponentAttached:
        attachComponent(s, e);
        break;
    case EventType::NoteAdded:
        ++s.notes;
        break;
    case EventType::SubmittedOnline:
        // Registered, not accepted (national 1): the office's counters check it; no clock yet.
        takeIdentity(s, e);
        s.status = S::NewlyRegistered;
        s.holder = pool(s.receivingOffice);
        for (const QJsonValue &v : p.value(QStringLiteral("components")).toArray()) {
            Event component = e;
            component.payload = v.toObject();
            component.payload.insert(QStringLiteral("provenance"), provenanceName(Provenance::OnlineSubmission));
            attachComponent(s, component);
        }
        break;
    }
    s.accepted.append(e.uuid);
    s.lastEvent = e.uuid;
    s.lastEventAt = e.wallTime;
    // Only these change the clock's inputs; skipping the rest keeps a full rebuild cheap.
    if (changesDue(e.type))
        recomputeDue(s, e);
}

bool StateMachine::changesDue(EventType type)
{
    switch (type) {
    case EventType::Received:
    case EventType::SupplementRequested:
    case EventType::SupplementReceived:
    case EventType::Extended:
    case EventType::Withdrawn:
    case EventType::Stopped: return true;
    default: return false;
    }
}

void StateMachine::recomputeDue(DossierState &s, const Event &e) const
{
    // A recorded fact first: the due moment its author's calendar gave (eventlog::recordDue), so a
    // client and the portal, or two clients whose calendars differ for a while, never disagree.
    // Events written before it was recorded are recomputed with this machine's calendar.
    if (const auto due = e.payload.constFind(QLatin1String("due")); due != e.payload.constEnd()) {
        s.dueAt = parseIsoUtcMs(due->toString()); // "" (none) → invalid
        return;
    }
    if (!m_ctx.dueMoment || !s.limit || !s.receivedAt.isValid()) {
        s.dueAt = QDateTime();
        return;
    }
    s.dueAt = m_ctx.dueMoment(s.receivedAt, *s.limit, s.pauses, s.extensions);
}

} // namespace motcua
