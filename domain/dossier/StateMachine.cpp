#include "domain/dossier/StateMachine.h"

#include "domain/dossier/BundleParts.h"

#include <QJsonArray>

// The rules (checks) of the one state machine. What an allowed event changes is in
// StateMachineApply.cpp. Order of checks, so that a refusal names the most basic problem first:
// dossier → role → payload → status → holder / office.
//
// The table (status names: none, 1 newly-registered, 2 accepted, 4 processing [awaiting approval or
// not], 5 supplement-required, 9 processed; final: 3, 7, 8, 10). "holder" = the acting login holds
// the dossier; "office" = any officer whose event office is the pool's / receiving office; a
// supervisor "covers" an office when it is theirs (or MachineContext::officeCovers says so).
// "5c" is status 5 reached by a Form 02 at the counter: never accepted (no receivedAt, no clock).
//   Received, SupplementRequestedAtCounter (Form 02), ReceiptRefused (Form 03)
//                        counter      none (anyone) | 1, 5c (office)  → 2 / 5c / 3
//   ComponentAttached    counter      1, 2, 5 (office)  | processing: 4 not awaiting (holder)
//   Transferred          counter      2 (holder), not forApproval     → 4, holder = to
//                        processing   4 not awaiting (holder, or the pool of the actor's office)
//                                                                     → holder = to; forApproval:
//                                                                       awaiting, submittedBy = actor
//                        "to": "pool:OFFICE" hands it to that office's pool (holder without a login);
//                        never forApproval (dossier.bad-payload)
//                        supervisor   2, 4, 5 not 5c (holder or covers) → reassign (in 5: who gets it back)
//   Appraised            processing   4 not awaiting (holder)
//   SupplementRequested  processing   4 not awaiting (holder)         → 5, pause opens, holder = pool
//   SupplementReceived   counter      5 (office)                      → 4, pause closes, back to requester
//                                     5c (office)                     → 1, still at the counter
//   Approved / Rejected  supervisor   4 awaiting (holder)             → decision, holder = submittedBy
//   ResultReady          processing   4 approved, not awaiting (holder) → 9, holder = pool
//   Returned             counter      9 (office)                      → 10
//   Withdrawn            counter (office) / supervisor (covers)  1, 2, 4, 5 → 7
//   Stopped              supervisor   2, 4, 5 not 5c (covers)         → 8
//   Extended             supervisor   2, 4, 5 not 5c (covers)         → extension added, due recomputed
//   NoteAdded            counter, processing, supervisor; any status but none
//   SubmittedOnline      counter      none only (the portal authors it  → 1, holder = pool, no clock;
//                                     for the office's counter pool)      then as any status-1 dossier
// Bundled procedures (liên thông; payload shapes in BundleParts.h). A Received with "parts" lists the
// parts, each Pending. Routing a part names it ("part": n) and changes neither status nor holder:
//   Transferred {part}   processing   4 not awaiting (holder)         → part Pending → Sent
//                        supervisor   4 (holder or covers)
//   ResultReady {part}   processing   4 not awaiting (holder)         → part Pending / Sent → Done
//                        supervisor   4 (holder or covers)
//   (counter: role-missing; no such part, or another authority than the part's: unknown-part; the
//   part already Sent / Done: wrong-state)
//   ResultReady          as above, and for a bundle every part Done, else parts-pending
// Admin is never a dossier role. tst_statemachine checks every cell of this table; tst_bundle the
// bundle rows.
namespace motcua {
namespace {

using S = DossierStatus;

bool in(S s, std::initializer_list<S> set)
{
    for (S x : set) {
        if (x == s)
            return true;
    }
    return false;
}

Verdict wrongState(const DossierState &s, const Event &e)
{
    return Verdict::refuse(QStringLiteral("dossier.wrong-state"),
                           eventTypeName(e.type) + QStringLiteral(" not possible when ") + statusName(s.status));
}

Verdict notHolder(const DossierState &s)
{
    return Verdict::refuse(QStringLiteral("dossier.not-holder"), QStringLiteral("held by ") + s.holder.toText());
}

Verdict wrongOffice(const QString &needed)
{
    return Verdict::refuse(QStringLiteral("dossier.wrong-office"), QStringLiteral("needs office ") + needed);
}

bool isHolder(const DossierState &s, const Event &e)
{
    return !s.holder.login.isEmpty() && s.holder.login == e.officer;
}

} // namespace

std::optional<QString> poolOffice(const QJsonObject &transferPayload)
{
    static const QString prefix = QStringLiteral("pool:");
    const QString to = transferPayload.value(QStringLiteral("to")).toString();
    if (!to.startsWith(prefix))
        return std::nullopt;
    return to.mid(prefix.size());
}

StateMachine::StateMachine(MachineContext ctx) : m_ctx(std::move(ctx)) {}

Roles StateMachine::rolesFor(EventType type)
{
    switch (type) {
    case EventType::Received:
    case EventType::SupplementRequestedAtCounter:
    case EventType::ReceiptRefused:
    case EventType::SupplementReceived:
    case EventType::Returned: return Role::Counter;
    case EventType::SupplementRequested:
    case EventType::Appraised: return Role::Processing;
    case EventType::ResultReady: return Role::Processing | Role::Supervisor; // supervisor: a bundle part's only
    case EventType::Approved:
    case EventType::Rejected:
    case EventType::Stopped:
    case EventType::Extended: return Role::Supervisor;
    case EventType::Transferred:
    case EventType::NoteAdded: return Role::Counter | Role::Processing | Role::Supervisor;
    case EventType::Withdrawn: return Role::Counter | Role::Supervisor;
    case EventType::ComponentAttached: return Role::Counter | Role::Processing;
    case EventType::SubmittedOnline: return Role::Counter;
    }
    return {};
}

bool StateMachine::covers(const QString &actorOffice, const QString &dossierOffice) const
{
    if (actorOffice == dossierOffice)
        return true;
    return m_ctx.officeCovers && m_ctx.officeCovers(actorOffice, dossierOffice);
}

Verdict StateMachine::checkPayload(const Event &e) const
{
    auto bad = [](const QString &d) { return Verdict::refuse(QStringLiteral("dossier.bad-payload"), d); };
    const QJsonObject &p = e.payload;
    switch (e.type) {
    case EventType::Received:
        if (p.value(QStringLiteral("procedure")).toString().isEmpty())
            return bad(QStringLiteral("Received needs procedure"));
        if (!TimeLimit::fromJson(p.value(QStringLiteral("limit")).toObject()))
            return bad(QStringLiteral("Received needs a valid limit"));
        if (p.contains(QStringLiteral("receivedAt"))
            && !parseIsoUtcMs(p.value(QStringLiteral("receivedAt")).toString()).isValid())
            return bad(QStringLiteral("invalid receivedAt"));
        if (const auto parts = partsFromPayload(p); !parts.ok())
            return bad(parts.error().detail);
        break;
    case EventType::Transferred:
        if (namesPart(e)) {
            if (!partNumber(p))
                return bad(QStringLiteral("part must be a number >= 1"));
            if (p.contains(QStringLiteral("to")) || p.contains(QStringLiteral("forApproval")))
                return bad(QStringLiteral("a part is sent to its authority, not to an officer"));
            if (p.contains(QStringLiteral("authority")) && p.value(QStringLiteral("authority")).toString().isEmpty())
                return bad(QStringLiteral("empty authority"));
            break;
        }
        if (p.value(QStringLiteral("to")).toString().isEmpty())
            return bad(QStringLiteral("Transferred needs to"));
        if (const std::optional<QString> pool = poolOffice(p)) {
            // A unit's pool has nobody to approve: it is a place to wait for an officer.
            if (pool->isEmpty() || p.value(QStringLiteral("forApproval")).toBool())
                return bad(QStringLiteral("a pool needs its office and takes no approval"));
        }
        break;
    case EventType::ResultReady:
        if (namesPart(e) && !partNumber(p))
            return bad(QStringLiteral("part must be a number >= 1"));
        break;
    case EventType::Extended:
        if (!TimeLimit::fromJson(p.value(QStringLiteral("limit")).toObject()))
            return bad(QStringLiteral("Extended needs a valid limit"));
        break;
    case EventType::ComponentAttached: {
        if (p.value(QStringLiteral("number")).toInt() < 1)
            return bad(QStringLiteral("ComponentAttached needs number >= 1"));
        const auto prov = provenanceFromName(p.value(QStringLiteral("provenance")).toString());
        if (!prov)
            return bad(QStringLiteral("unknown provenance"));
        if (*prov == Provenance::ReusedFromDossier && p.value(QStringLiteral("fromDossier")).toString().isEmpty())
            return bad(QStringLiteral("reused component needs fromDossier"));
        if (!p.value(QStringLiteral("pages")).isArray())
            return bad(QStringLiteral("ComponentAttached needs pages"));
        // A signed declaration's data (issue 13): {"form","version","hash","fields":{name: text}}.
        if (p.contains(QStringLiteral("declaration"))) {
            const QJsonObject d = p.value(QStringLiteral("declaration")).toObject();
            const QJsonObject fields = d.value(QStringLiteral("fields")).toObject();
            if (d.value(QStringLiteral("form")).toString().isEmpty() || d.value(QStringLiteral("version")).toInt() < 1
                || d.value(QStringLiteral("hash")).toString().isEmpty() || !d.value(QStringLiteral("fields")).isObject())
                return bad(QStringLiteral("declaration needs form, version, hash and fields"));
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if (!it.value().isString())
                    return bad(QStringLiteral("declaration fields are text"));
        }
        if (p.contains(QStringLiteral("declarationIssue")) && !p.value(QStringLiteral("declarationIssue")).toString().startsWith(QLatin1String("form.")))
            return bad(QStringLiteral("declarationIssue is a form.* code"));
        break;
    }
    case EventType::SubmittedOnline: {
        // {"procedure", "externalRef", "applicant": {…facts as Received}, "components": [{"number",
        //  "pages": [sha256…], "documentType"?}…], "lookupCode"?, "submittedAt"?}
        if (p.value(QStringLiteral("procedure")).toString().isEmpty())
            return bad(QStringLiteral("SubmittedOnline needs procedure"));
        if (p.value(QStringLiteral("externalRef")).toString().isEmpty())
            return bad(QStringLiteral("SubmittedOnline needs externalRef"));
        if (!p.value(QStringLiteral("applicant")).isObject())
            return bad(QStringLiteral("SubmittedOnline needs applicant"));
        const QJsonValue components = p.value(QStringLiteral("components"));
        if (!components.isArray())
            return bad(QStringLiteral("SubmittedOnline needs components"));
        for (const QJsonValue &c : components.toArray()) {
            if (c.toObject().value(QStringLiteral("number")).toInt() < 1)
                return bad(QStringLiteral("a component needs number >= 1"));
            if (!c.toObject().value(QStringLiteral("pages")).isArray())
                return bad(QStringLiteral("a component needs pages"));
        }
        break;
    }
    default: break;
    }
    return Verdict::ok();
}

Verdict StateMachine::check(const DossierState &s, const Event &e) const
{
    if (!s.code.isEmpty() && e.dossier != s.code)
        return Verdict::refuse(QStringLiteral("dossier.wrong-dossier"), e.dossier);
    if (e.role == Role::Admin || !rolesFor(e.type).testFlag(e.role))
        return Verdict::refuse(QStringLiteral("dossier.role-missing"),
                               eventTypeName(e.type) + QStringLiteral(" cannot be done as ") + roleName(e.role));
    if (Verdict v = checkPayload(e); !v.allowed)
        return v;
    return checkState(s, e);
}

Verdict StateMachine::checkState(const DossierState &s, const Event &e) const
{
    const bool open = in(s.status, {S::NewlyRegistered, S::Accepted, S::Processing, S::SupplementRequired});
    switch (e.type) {
    case EventType::Received:
    case EventType::SupplementRequestedAtCounter:
    case EventType::ReceiptRefused:
        // First event, or the counter's answer when the citizen comes back after a Form 02 (after
        // SupplementReceived, or straight away as logs written before that event existed do).
        if (!in(s.status, {S::None, S::NewlyRegistered}) && !s.awaitsCounterSupplement())
            return wrongState(s, e);
        if (s.status != S::None && e.office != s.receivingOffice)
            return wrongOffice(s.receivingOffice);
        return Verdict::ok();

    case EventType::SupplementRequested:
    case EventType::Appraised:
        // While a supervisor is asked to approve, only supervisor actions apply.
        if (s.status != S::Processing || s.awaitingApproval)
            return wrongState(s, e);
        if (!isHolder(s, e))
            return notHolder(s);
        return Verdict::ok();

    case EventType::SupplementReceived:
        if (s.status != S::SupplementRequired)
            return wrongState(s, e);
        // Any counter officer of the pool's office: the citizen comes to whichever counter is free.
        if (e.office != s.holder.office)
            return wrongOffice(s.holder.office);
        return Verdict::ok();

    case EventType::Transferred: {
        if (namesPart(e))
            return checkPart(s, e);
        const bool forApproval = e.payload.value(QStringLiteral("forApproval")).toBool();
        if (e.role == Role::Supervisor) {
            // A supervisor may reassign any open dossier of their offices; holding it is not needed.
            if (!in(s.status, {S::Accepted, S::Processing, S::SupplementRequired}) || s.awaitsCounterSupplement())
                return wrongState(s, e);
            if (isHolder(s, e) || covers(e.office, s.receivingOffice) || covers(e.office, s.holder.office))
                return Verdict::ok();
            return wrongOffice(s.receivingOffice);
        }
        if (e.role == Role::Counter) {
            if (forApproval)
                return Verdict::refuse(QStringLiteral("dossier.role-missing"),
                                       QStringLiteral("counter cannot submit for approval"));
            if (s.status != S::Accepted)
                return wrongState(s, e);
        } else if (s.status != S::Processing || s.awaitingApproval) {
            return wrongState(s, e);
        } else if (s.holder.isPool() && s.holder.office == e.office) {
            // The unit's pool: any processing officer of that office takes it (or passes it on).
            return Verdict::ok();
        }
        if (!isHolder(s, e))
            return notHolder(s);
        return Verdict::ok();
    }

    case EventType::Approved:
    case EventType::Rejected:
        if (s.status != S::Processing || !s.awaitingApproval)
            return wrongState(s, e);
        if (!isHolder(s, e))
            return notHolder(s);
        return Verdict::ok();

    case EventType::ResultReady: {
        if (namesPart(e))
            return checkPart(s, e);
        if (e.role != Role::Processing)
            return Verdict::refuse(QStringLiteral("dossier.role-missing"),
                                   QStringLiteral("only processing attaches the dossier's result"));
        if (s.status != S::Processing || s.awaitingApproval || s.decision != Decision::Approved)
            return wrongState(s, e);
        if (!isHolder(s, e))
            return notHolder(s);
        if (const QList<int> missing = s.partsWithoutResult(); !missing.isEmpty()) {
            QStringList numbers;
            for (int n : missing)
                numbers << QString::number(n);
            return Verdict::refuse(QStringLiteral("dossier.parts-pending"),
                                   QStringLiteral("no result yet for part ") + numbers.join(QStringLiteral(", ")));
        }
        return Verdict::ok();
    }

    case EventType::Returned:
        if (s.status != S::Processed)
            return wrongState(s, e);
        if (e.office != s.holder.office)
            return wrongOffice(s.holder.office);
        return Verdict::ok();

    case EventType::Withdrawn:
        if (!open)
            return wrongState(s, e);
        if (e.role == Role::Counter ? e.office != s.receivingOffice
                                    : !(covers(e.office, s.receivingOffice) || covers(e.office, s.holder.office)))
            return wrongOffice(s.receivingOffice);
        return Verdict::ok();

    case EventType::Stopped:
    case EventType::Extended:
        // Not before acceptance: there is no processing to stop, no clock to extend.
        if (!in(s.status, {S::Accepted, S::Processing, S::SupplementRequired}) || s.awaitsCounterSupplement())
            return wrongState(s, e);
        if (!(covers(e.office, s.receivingOffice) || covers(e.office, s.holder.office)))
            return wrongOffice(s.receivingOffice);
        return Verdict::ok();

    case EventType::ComponentAttached:
        if (e.role == Role::Counter) {
            // At receipt (before or after acceptance) and when a supplement comes in.
            if (!in(s.status, {S::NewlyRegistered, S::Accepted, S::SupplementRequired}))
                return wrongState(s, e);
            if (e.office != s.receivingOffice)
                return wrongOffice(s.receivingOffice);
            return Verdict::ok();
        }
        if (s.status != S::Processing || s.awaitingApproval)
            return wrongState(s, e);
        if (!isHolder(s, e))
            return notHolder(s);
        return Verdict::ok();

    case EventType::NoteAdded:
        if (s.status == S::None)
            return wrongState(s, e);
        return Verdict::ok();

    case EventType::SubmittedOnline:
        // Only the first event: a submission never lands on a dossier that exists.
        if (s.status != S::None)
            return wrongState(s, e);
        return Verdict::ok();
    }
    return wrongState(s, e);
}

Verdict StateMachine::checkPart(const DossierState &s, const Event &e) const
{
    // Sending a part or recording its result: processing coordinates the dossier it holds; a supervisor
    // of the dossier's offices may do it for them (as for a reassignment).
    if (e.role == Role::Counter)
        return Verdict::refuse(QStringLiteral("dossier.role-missing"), QStringLiteral("counter cannot route a part"));
    if (s.status != S::Processing)
        return wrongState(s, e);
    if (e.role == Role::Processing) {
        if (s.awaitingApproval)
            return wrongState(s, e);
        if (!isHolder(s, e))
            return notHolder(s);
    } else if (!(isHolder(s, e) || covers(e.office, s.receivingOffice) || covers(e.office, s.holder.office))) {
        return wrongOffice(s.receivingOffice);
    }
    const int number = partNumber(e.payload).value_or(0);
    const BundlePart *part = s.part(number);
    if (!part)
        return Verdict::refuse(QStringLiteral("dossier.unknown-part"),
                               s.isBundle() ? QStringLiteral("no part ") + QString::number(number)
                                            : QStringLiteral("not a bundled dossier"));
    auto partState = [&] {
        return Verdict::refuse(QStringLiteral("dossier.wrong-state"), QStringLiteral("part ") + QString::number(number)
                                   + QStringLiteral(" is ") + partStatusName(part->status));
    };
    if (e.type == EventType::Transferred) {
        const QJsonValue authority = e.payload.value(QStringLiteral("authority"));
        if (!authority.isUndefined() && authority.toString() != part->authority)
            return Verdict::refuse(QStringLiteral("dossier.unknown-part"),
                                   QStringLiteral("part ") + QString::number(number) + QStringLiteral(" goes elsewhere"));
        if (part->status != PartStatus::Pending)
            return partState();
    } else if (part->status == PartStatus::Done) {
        return partState();
    }
    return Verdict::ok();
}

Verdict StateMachine::checkAuthor(const DossierState &state, const Event &event, const Actor &actor) const
{
    if (actor.login != event.officer)
        return Verdict::refuse(QStringLiteral("dossier.not-author"), QStringLiteral("event officer differs"));
    if (!actor.mayActOnDossiers() || !actor.roles.testFlag(event.role))
        return Verdict::refuse(QStringLiteral("dossier.role-missing"),
                               QStringLiteral("officer does not hold ") + roleName(event.role));
    if (event.office != actor.office)
        return Verdict::refuse(QStringLiteral("dossier.wrong-office"), QStringLiteral("event office differs"));
    if (event.role == Role::Supervisor && !actor.coveredOffices.isEmpty()) {
        // At authoring time the session knows which offices the supervisor covers.
        MachineContext ctx = m_ctx;
        const QStringList covered = actor.coveredOffices;
        const QString own = actor.office;
        ctx.officeCovers = [covered, own](const QString &sup, const QString &dossierOffice) {
            return sup == own && covered.contains(dossierOffice);
        };
        return StateMachine(std::move(ctx)).check(state, event);
    }
    return check(state, event);
}

Verdict StateMachine::step(DossierState &state, const Event &event) const
{
    Verdict v = check(state, event);
    if (v.allowed)
        apply(state, event);
    else
        ++state.conflicts;
    return v;
}

} // namespace motcua
