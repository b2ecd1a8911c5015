#include "app/casework/CaseworkService.h"

#include "app/casework/CaseworkLogging.h"
#include "app/intake/IntakeDraft.h"
#include "db/CitizenStore.h"
#include "db/EventStore.h"
#include "db/OfficerStore.h"
#include "db/PageStore.h"
#include "db/SqlError.h"
#include "db/SqlTransaction.h"
#include "domain/dossier/BundleParts.h"
#include "domain/dossier/Replay.h"

#include <QJsonArray>
#include <QUuid>

namespace motcua::casework {
namespace {

struct ActionName {
    Action action;
    const char *name;
    EventType type;
};
constexpr ActionName kActions[] = {
    {Action::Accept, "accept", EventType::Received},
    {Action::ReturnForSupplement, "return-for-supplement", EventType::SupplementRequestedAtCounter},
    {Action::Transfer, "transfer", EventType::Transferred},
    {Action::Appraise, "appraise", EventType::Appraised},
    {Action::RequestSupplement, "request-supplement", EventType::SupplementRequested},
    {Action::SupplementReceived, "supplement-received", EventType::SupplementReceived},
    {Action::Extend, "extend", EventType::Extended},
    {Action::Stop, "stop", EventType::Stopped},
    {Action::Approve, "approve", EventType::Approved},
    {Action::Reject, "reject", EventType::Rejected},
    {Action::Result, "result", EventType::ResultReady},
    {Action::Return, "return", EventType::Returned},
};

constexpr Role kRoleOrder[] = {Role::Counter, Role::Processing, Role::Supervisor};

// The applicant as the dossier's first counter event recorded it (an online submission's too).
QJsonValue applicantOf(const QList<Event> &events)
{
    for (const Event &e : events) {
        const QJsonValue a = e.payload.value(QStringLiteral("applicant"));
        if (a.isObject())
            return a;
    }
    return QJsonValue();
}

} // namespace

QString actionName(Action action)
{
    for (const ActionName &a : kActions) {
        if (a.action == action)
            return QString::fromLatin1(a.name);
    }
    return {};
}

std::optional<Action> actionFromName(const QString &name)
{
    for (const ActionName &a : kActions) {
        if (name == QLatin1String(a.name))
            return a.action;
    }
    return std::nullopt;
}

EventType eventTypeOf(Action action)
{
    for (const ActionName &a : kActions) {
        if (a.action == action)
            return a.type;
    }
    return EventType::NoteAdded;
}

CaseworkService::CaseworkService(WorkspaceServices &services)
    : m_services(services), m_db(services.db()), m_session(services.session())
{
}

Roles CaseworkService::allowedRoles(Action action)
{
    switch (action) {
    case Action::Result:
        return Role::Processing; // a supervisor records only a bundle part's result
    default:
        return StateMachine::rolesFor(eventTypeOf(action));
    }
}

motcua::Result<Role> CaseworkService::resolveRole(Action action, Roles held, std::optional<Role> explicitRole)
{
    const Roles allowed = allowedRoles(action);
    if (explicitRole) {
        if (!allowed.testFlag(*explicitRole))
            return Error(QStringLiteral("dossier.role-missing"),
                         actionName(action) + QStringLiteral(" cannot be done as ") + roleName(*explicitRole));
        if (!held.testFlag(*explicitRole))
            return Error(QStringLiteral("dossier.role-missing"), QStringLiteral("the officer does not hold ") + roleName(*explicitRole));
        return *explicitRole;
    }
    for (Role r : kRoleOrder) {
        if (allowed.testFlag(r) && held.testFlag(r))
            return r;
    }
    return Error(QStringLiteral("dossier.role-missing"), actionName(action) + QStringLiteral(" needs another role"));
}

QList<Event> CaseworkService::events(const QString &dossier) const
{
    return m_services.events().eventsOf(dossier);
}

motcua::Result<DossierState> CaseworkService::state(const QString &dossier) const
{
    const EventStore &store = m_services.events();
    const QList<Event> before = store.eventsOf(dossier);
    if (before.isEmpty())
        return Error(QStringLiteral("lookup.no-dossier"), dossier);
    return replay(before, store.machine()).state;
}

bool CaseworkService::submitsForApproval(const ActionRequest &request, Role role) const
{
    if (request.forApproval)
        return true;
    // A processing officer handing the dossier to someone who only supervises asks for approval.
    if (role != Role::Processing)
        return false;
    const std::optional<Officer> target = OfficerStore(m_db).officer(request.to);
    return target && target->has(Role::Supervisor) && !target->has(Role::Processing);
}

motcua::Result<QJsonObject> CaseworkService::payloadFor(const ActionRequest &r, const QList<Event> &before,
                                                        const DossierState &current, Role role) const
{
    QJsonObject p;
    const QString text = r.text.trimmed();
    auto needText = [&](const char *key) -> Status {
        if (text.isEmpty())
            return Error(QStringLiteral("casework.no-reason"), actionName(r.action));
        p.insert(QLatin1String(key), text);
        return {};
    };
    switch (r.action) {
    case Action::Accept: {
        const Procedure *procedure = m_services.catalog().find(current.procedureCode);
        if (!procedure)
            return Error(QStringLiteral("intake.unknown-procedure"), current.procedureCode);
        if (!procedure->limit)
            return Error(QStringLiteral("casework.no-limit"), procedure->code);
        p.insert(QStringLiteral("procedure"), procedure->code);
        p.insert(QStringLiteral("applicant"), applicantOf(before));
        if (!current.lookupCode.isEmpty())
            p.insert(QStringLiteral("lookupCode"), current.lookupCode);
        p.insert(QStringLiteral("limit"), procedure->limit->toJson());
        if (procedure->bundle)
            p.insert(QStringLiteral("parts"), bundlePartsPayload(*procedure->bundle));
        p.insert(QStringLiteral("counterStartedAt"), isoUtcMs(m_services.now()));
        p.insert(QStringLiteral("acceptedSubmission"), true);
        break;
    }
    case Action::ReturnForSupplement:
        if (text.isEmpty())
            return Error(QStringLiteral("casework.no-reason"), actionName(r.action));
        p.insert(QStringLiteral("procedure"), current.procedureCode);
        p.insert(QStringLiteral("applicant"), applicantOf(before));
        p.insert(QStringLiteral("reasons"), QJsonArray{text});
        break;
    case Action::Transfer: {
        if (const std::optional<QString> pool = poolOffice(QJsonObject{{QStringLiteral("to"), r.to}})) {
            // A unit's pool: any processing officer of that office takes it from there.
            if (pool->isEmpty() || !m_services.visibleOffices().contains(*pool))
                return Error(QStringLiteral("casework.unknown-pool"), r.to);
            if (r.forApproval)
                return Error(QStringLiteral("casework.pool-no-approval"));
            p.insert(QStringLiteral("to"), QString(QStringLiteral("pool:") + *pool));
            p.insert(QStringLiteral("toOffice"), *pool);
            if (!text.isEmpty())
                p.insert(QStringLiteral("note"), text);
            break;
        }
        const std::optional<Officer> target = OfficerStore(m_db).officer(r.to);
        if (r.to.isEmpty() || !target || !target->active)
            return Error(QStringLiteral("casework.unknown-officer"), r.to);
        p.insert(QStringLiteral("to"), target->login);
        p.insert(QStringLiteral("toOffice"), target->officeCode);
        if (submitsForApproval(r, role))
            p.insert(QStringLiteral("forApproval"), true);
        if (!text.isEmpty())
            p.insert(QStringLiteral("note"), text);
        break;
    }
    case Action::Appraise:
        if (Status st = needText("note"); !st)
            return st.error();
        if (!r.attachments.isEmpty())
            p.insert(QStringLiteral("attachments"), QJsonArray::fromStringList(r.attachments));
        break;
    case Action::RequestSupplement:
    case Action::Stop:
    case Action::Reject:
        if (Status st = needText("reason"); !st)
            return st.error();
        break;
    case Action::SupplementReceived: {
        QJsonArray numbers;
        for (const SuppliedComponent &c : r.components)
            numbers.append(c.number);
        p.insert(QStringLiteral("components"), numbers);
        break;
    }
    case Action::Extend:
        if (r.days < 1 || r.days > 365)
            return Error(QStringLiteral("casework.bad-days"), QString::number(r.days));
        if (Status st = needText("reason"); !st)
            return st.error();
        p.insert(QStringLiteral("limit"), TimeLimit::days(r.days).toJson());
        break;
    case Action::Approve:
        if (!text.isEmpty())
            p.insert(QStringLiteral("note"), text);
        break;
    case Action::Result: {
        if (r.resultPages.isEmpty() || r.resultNumber.trimmed().isEmpty())
            return Error(QStringLiteral("casework.no-result"));
        QJsonObject result;
        result.insert(QStringLiteral("number"), r.resultNumber.trimmed());
        result.insert(QStringLiteral("pages"), QJsonArray::fromStringList(r.resultPages));
        const Procedure *procedure = m_services.catalog().find(current.procedureCode);
        if (procedure && !procedure->results.isEmpty())
            result.insert(QStringLiteral("name"), procedure->results.first());
        if (!r.resultDocumentType.isEmpty())
            result.insert(QStringLiteral("documentType"), r.resultDocumentType);
        p.insert(QStringLiteral("result"), result);
        break;
    }
    case Action::Return: {
        if (!r.collector || r.collector->idNumber.isEmpty())
            return Error(QStringLiteral("casework.no-collector"));
        if (r.rating && (*r.rating < 1 || *r.rating > 5))
            return Error(QStringLiteral("casework.bad-rating"), QString::number(*r.rating));
        QJsonObject collector;
        collector.insert(QStringLiteral("idNumber"), r.collector->idNumber);
        collector.insert(QStringLiteral("name"), r.collector->name);
        collector.insert(QStringLiteral("isApplicant"), r.collector->idNumber == current.applicantIdNumber);
        p.insert(QStringLiteral("collector"), collector);
        if (r.rating)
            p.insert(QStringLiteral("rating"), *r.rating);
        break;
    }
    }
    return p;
}

motcua::Result<CaseworkService::Prepared> CaseworkService::prepare(const ActionRequest &r, const QList<Event> &before,
                                                                   const DossierState &current, bool pagesStored) const
{
    Result<Role> role = resolveRole(r.action, m_session.officer.roles, r.role);
    if (!role)
        return role.error();
    Result<QJsonObject> payload = payloadFor(r, before, current, *role);
    if (!payload)
        return payload.error();
    const QDateTime now = m_services.now().toUTC();
    auto make = [&](EventType type, QJsonObject p) {
        Event e;
        e.uuid = QUuid::createUuid();
        e.dossier = r.dossier;
        e.type = type;
        e.payload = std::move(p);
        e.officer = m_session.officer.login;
        e.role = *role;
        e.office = m_session.office.code;
        e.wallTime = now;
        return e;
    };
    Prepared out;
    out.role = *role;
    if (r.action == Action::SupplementReceived) {
        // What the citizen brought is filed first, so the dossier is whole when the clock runs again.
        const PageStore pages(m_db);
        const Procedure *procedure = m_services.catalog().find(current.procedureCode);
        for (const SuppliedComponent &c : r.components) {
            if (c.number < 1 || c.pages.isEmpty())
                return Error(QStringLiteral("casework.no-components"), QString::number(c.number));
            for (const QString &sha : c.pages) {
                if (pagesStored && !pages.contains(sha))
                    return Error(QStringLiteral("intake.missing-page"), QStringLiteral("component %1").arg(c.number));
            }
            QJsonObject a;
            a.insert(QStringLiteral("number"), c.number);
            a.insert(QStringLiteral("provenance"), provenanceName(c.provenance));
            a.insert(QStringLiteral("pages"), QJsonArray::fromStringList(c.pages));
            const Component *def = procedure ? procedure->component(c.number) : nullptr;
            if (def && !def->documentType.isEmpty())
                a.insert(QStringLiteral("documentType"), def->documentType);
            out.events << make(EventType::ComponentAttached, a);
        }
    }
    if (r.action == Action::Result || r.action == Action::Appraise) {
        const PageStore pages(m_db);
        const bool result = r.action == Action::Result;
        for (const QString &sha : result ? r.resultPages : r.attachments) {
            if (pagesStored && !pages.contains(sha))
                return Error(QStringLiteral("intake.missing-page"), result ? QStringLiteral("result") : QStringLiteral("attachment"));
        }
    }
    out.events << make(eventTypeOf(r.action), *payload);
    return out;
}

Status CaseworkService::check(const ActionRequest &request) const
{
    const EventStore &store = m_services.events();
    const QList<Event> before = store.eventsOf(request.dossier);
    if (before.isEmpty())
        return Error(QStringLiteral("lookup.no-dossier"), request.dossier);
    DossierState s = replay(before, store.machine()).state;
    Result<Prepared> prepared = prepare(request, before, s, false);
    if (!prepared)
        return prepared.error();
    return verdict(*prepared, std::move(s));
}

Status CaseworkService::verdict(const Prepared &prepared, DossierState s) const
{
    const EventStore &store = m_services.events();
    const Actor actor{m_session.officer.login, m_session.officer.roles, m_session.office.code, {}};
    for (const Event &e : std::as_const(prepared.events)) {
        const Verdict v = store.machine().checkAuthor(s, e, actor);
        if (!v.allowed)
            return Error(v.reason, v.detail);
        store.machine().apply(s, e);
    }
    return {};
}

// A counter outcome written here (accept, return for supplement) records its applicant as intake
// does: the dossier may come from elsewhere (an online submission, a Form 02 of another device), and
// `audit verify` expects a citizens row for every counter outcome of this device.
motcua::Status CaseworkService::rememberApplicant(const Event &e)
{
    if (e.type != EventType::Received && e.type != EventType::SupplementRequestedAtCounter
        && e.type != EventType::ReceiptRefused)
        return {};
    const intake::Applicant a = intake::Applicant::fromJson(e.payload.value(QStringLiteral("applicant")).toObject());
    if (a.kind != intake::Applicant::Kind::Citizen || a.idNumber.isEmpty())
        return {};
    return CitizenStore(m_db).upsert(a.toCitizen(e.wallTime));
}

QList<AvailableAction> CaseworkService::available(const QString &dossier) const
{
    const EventStore &store = m_services.events();
    const QList<Event> before = store.eventsOf(dossier);
    if (before.isEmpty())
        return {};
    const DossierState current = replay(before, store.machine()).state;
    // Each action with stand-in inputs that pass the service's own checks, so only the state
    // machine's verdict (role, holder, state, office) decides what is offered.
    const QString placeholder = QStringLiteral("-");
    QList<AvailableAction> out;
    for (const ActionName &a : kActions) {
        ActionRequest probe;
        probe.action = a.action;
        probe.dossier = dossier;
        probe.to = m_session.officer.login;
        probe.text = placeholder;
        probe.days = 1;
        probe.components << SuppliedComponent{1, {placeholder}, Provenance::ImportedFile};
        probe.resultPages = {placeholder};
        probe.resultNumber = placeholder;
        probe.collector = Collector{placeholder, placeholder};
        for (Role role : kRoleOrder) {
            if (!allowedRoles(a.action).testFlag(role) || !m_session.officer.roles.testFlag(role))
                continue;
            probe.role = role;
            Result<Prepared> prepared = prepare(probe, before, current, false);
            if (prepared && verdict(*prepared, current)) {
                out << AvailableAction{a.action, role};
                break;
            }
        }
    }
    return out;
}

motcua::Result<ActionOutcome> CaseworkService::perform(const ActionRequest &request)
{
    EventStore &store = m_services.events();
    const QList<Event> before = store.eventsOf(request.dossier);
    if (before.isEmpty())
        return Error(QStringLiteral("lookup.no-dossier"), request.dossier);
    const DossierState current = replay(before, store.machine()).state;
    Result<Prepared> prepared = prepare(request, before, current, true);
    if (!prepared) {
        qCInfo(lcCasework) << "refused" << actionName(request.action) << "on" << request.dossier << prepared.error().code;
        return prepared.error();
    }
    const Actor actor{m_session.officer.login, m_session.officer.roles, m_session.office.code, {}};

    // ONE transaction, ours: the action's events and the page references of what they file. A
    // refusal by the state machine rolls everything back: nothing is written.
    QSqlDatabase db = m_db;
    SqlTransaction tx(db);
    if (!tx.began())
        return transactionError(db);
    PageStore pages(m_db);
    ActionOutcome outcome;
    outcome.role = prepared->role;
    for (Event e : std::as_const(prepared->events)) {
        Result<Event> written = store.append(tx, std::move(e), &actor);
        if (!written) {
            qCInfo(lcCasework) << "refused" << actionName(request.action) << "on" << request.dossier << written.error().code;
            return written.error();
        }
        if (Status st = rememberApplicant(*written); !st)
            return st.error();
        QJsonArray hashes;
        if (written->type == EventType::ComponentAttached)
            hashes = written->payload.value(QStringLiteral("pages")).toArray();
        else if (written->type == EventType::Appraised)
            hashes = written->payload.value(QStringLiteral("attachments")).toArray();
        else if (written->type == EventType::ResultReady)
            hashes = written->payload.value(QStringLiteral("result")).toObject().value(QStringLiteral("pages")).toArray();
        const QString owner = QStringLiteral("event:") + uuidText(written->uuid);
        for (int i = 0; i < hashes.size(); ++i) {
            if (Status st = pages.addRef(owner, hashes.at(i).toString(), i); !st)
                return st.error();
        }
        outcome.events << *written;
    }
    if (Status st = tx.commit(); !st)
        return st.error();
    Result<ReplayResult> after = store.replayDossier(request.dossier);
    if (!after)
        return after.error();
    outcome.state = after->state;
    qCInfo(lcCasework) << actionName(request.action) << "on" << request.dossier << "as" << roleName(outcome.role)
                       << "→" << statusName(outcome.state.status);
    return outcome;
}

} // namespace motcua::casework
