#include "app/intake/IntakeService.h"
#include "app/sync/OfflineGuard.h"

#include "app/intake/IntakeForms.h"
#include "app/intake/IntakeLogging.h"
#include "db/CitizenStore.h"
#include "db/DraftStore.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "db/SqlError.h"
#include "db/SqlTransaction.h"
#include "domain/dossier/BundleParts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace motcua::intake {
namespace {

QString numbersText(const QList<int> &numbers)
{
    QStringList parts;
    for (int n : numbers)
        parts << QString::number(n);
    return parts.join(QStringLiteral(", "));
}

} // namespace

IntakeService::IntakeService(WorkspaceServices &services)
    : m_services(services), m_db(services.db()), m_session(services.session()), m_catalog(services.sharedCatalog()),
      m_calendar(services.sharedCalendar())
{
}

QList<int> IntakeService::missingRequired(const Procedure &procedure, const IntakeDraft &draft)
{
    QList<int> missing;
    for (const Component &c : procedure.components) {
        const DraftComponent *given = draft.component(c.number);
        if (c.required && (!given || !given->isProvided()))
            missing << c.number;
    }
    return missing;
}

Result<const Procedure *> IntakeService::procedureOf(const IntakeDraft &draft) const
{
    if (draft.procedureCode.isEmpty())
        return Error(QStringLiteral("intake.no-procedure"));
    const Procedure *p = m_catalog->find(draft.procedureCode);
    if (!p)
        return Error(QStringLiteral("intake.unknown-procedure"), draft.procedureCode);
    return p;
}

Status IntakeService::checkApplicant(const IntakeDraft &draft) const
{
    const Applicant &a = draft.applicant;
    if (a.isEmpty())
        return Error(QStringLiteral("intake.no-applicant"));
    static const QRegularExpression twelveDigits(QStringLiteral("^[0-9]{12}$"));
    if (a.kind == Applicant::Kind::Citizen && a.name.trimmed().isEmpty())
        return Error(QStringLiteral("intake.no-name"));
    if (a.kind == Applicant::Kind::Citizen && !twelveDigits.match(a.idNumber).hasMatch())
        return Error(QStringLiteral("intake.bad-id-number"));
    return {};
}

Result<IntakeOutcome> IntakeService::receive(const IntakeDraft &draft, const QDateTime &now)
{
    Result<const Procedure *> p = procedureOf(draft);
    if (!p)
        return p.error();
    if (Status st = checkApplicant(draft); !st)
        return st.error();
    const QList<int> missing = missingRequired(**p, draft);
    if (!missing.isEmpty())
        return Error(QStringLiteral("intake.incomplete"), numbersText(missing));
    return receiveWith(draft, **p, {}, now);
}

Result<IntakeOutcome> IntakeService::receiveDigitized(const IntakeDraft &draft, const std::optional<StackPart> &part,
                                                      const QDateTime &now)
{
    Result<const Procedure *> p = procedureOf(draft);
    if (!p)
        return p.error();
    if (!draft.applicant.isEmpty()) {
        if (Status st = checkApplicant(draft); !st)
            return st.error();
    }
    if (draft.allPages().isEmpty())
        return Error(QStringLiteral("intake.no-pages"));
    QJsonObject payload;
    payload.insert(QStringLiteral("origin"), QStringLiteral("digitized"));
    return receiveWith(draft, **p, payload, now, part);
}

Result<IntakeOutcome> IntakeService::receiveWith(const IntakeDraft &draft, const Procedure &procedure, QJsonObject payload,
                                                 const QDateTime &now, const std::optional<StackPart> &part)
{
    const std::optional<TimeLimit> limit = draft.limitOverride ? draft.limitOverride : procedure.limit;
    if (!limit)
        return Error(QStringLiteral("intake.no-limit"), procedure.code);
    payload.insert(QStringLiteral("limit"), limit->toJson());
    if (procedure.bundle)
        payload.insert(QStringLiteral("parts"), bundlePartsPayload(*procedure.bundle));
    return commit(EventType::Received, draft, procedure, payload, now, part);
}

Result<IntakeOutcome> IntakeService::requestSupplement(const IntakeDraft &draft, QList<SupplementItem> items,
                                                       const QStringList &notes, const QDateTime &now)
{
    Result<const Procedure *> p = procedureOf(draft);
    if (!p)
        return p.error();
    if (Status st = checkApplicant(draft); !st)
        return st.error();
    if (items.isEmpty()) {
        for (int n : missingRequired(**p, draft))
            items.append({n, QString()});
    }
    if (items.isEmpty() && notes.isEmpty())
        return Error(QStringLiteral("intake.nothing-missing"));
    QJsonArray missing;
    for (const SupplementItem &item : std::as_const(items)) {
        QJsonObject o;
        o.insert(QStringLiteral("number"), item.number);
        // Facts only in a hashed event: the officer's own words when given, else no reason (the
        // slip and the dossier view say "Not provided" in their reader's language).
        if (!item.reason.isEmpty())
            o.insert(QStringLiteral("reason"), item.reason);
        missing.append(o);
    }
    QJsonObject payload;
    payload.insert(QStringLiteral("missing"), missing);
    if (!notes.isEmpty())
        payload.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(notes));
    return commit(EventType::SupplementRequestedAtCounter, draft, **p, payload, now);
}

Result<IntakeOutcome> IntakeService::refuse(const IntakeDraft &draft, const QStringList &reasons, const QDateTime &now)
{
    Result<const Procedure *> p = procedureOf(draft);
    if (!p)
        return p.error();
    QStringList given;
    for (const QString &r : reasons) {
        if (!r.trimmed().isEmpty())
            given << r.trimmed();
    }
    if (given.isEmpty())
        return Error(QStringLiteral("intake.no-reasons"));
    if (draft.applicant.isEmpty())
        return Error(QStringLiteral("intake.no-applicant"));
    QJsonObject payload;
    payload.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(given));
    return commit(EventType::ReceiptRefused, draft, **p, payload, now);
}

Result<IntakeOutcome> IntakeService::commit(EventType type, const IntakeDraft &draft, const Procedure &procedure,
                                            QJsonObject payload, const QDateTime &nowIn, const std::optional<StackPart> &part)
{
    if (!m_session.officer.has(Role::Counter))
        return Error(QStringLiteral("auth.not-counter"));
    const QDateTime now = (nowIn.isValid() ? nowIn : m_services.now()).toUTC();
    // An enrolled device offline too long (or with too much unsent) takes no new dossier: the
    // portal's policy, so a counter PC never drifts far from what the others see.
    Result<sync::OfflineStanding> standing = sync::offlineStanding(m_services.db(), now);
    if (!standing)
        return standing.error();
    if (standing->block)
        return *standing->block;
    payload.insert(QStringLiteral("procedure"), procedure.code);
    payload.insert(QStringLiteral("applicant"), draft.applicant.toJson());
    payload.insert(QStringLiteral("counterStartedAt"), isoUtcMs(draft.startedAt.isValid() ? draft.startedAt : now));

    Event outcome;
    outcome.type = type;
    outcome.payload = payload;
    outcome.officer = m_session.officer.login;
    outcome.role = Role::Counter;
    outcome.office = m_session.office.code;
    outcome.wallTime = now;

    // Components filed with the dossier (a refused dossier files none: nothing was accepted).
    PageStore pages(m_db);
    QList<Event> attachments;
    if (type != EventType::ReceiptRefused) {
        Result<QList<Event>> made = attachmentEvents(draft.components, procedure, pages, now);
        if (!made)
            return made.error();
        attachments = *made;
    }

    Actor actor{m_session.officer.login, m_session.officer.roles, m_session.office.code, {}};
    EventStore &store = m_services.events();
    const DossierCodeMinter minter(m_session.office.code, m_session.deviceId, m_session.deviceNumber);
    const QDate officeDay = now.toTimeZone(m_calendar->zone()).date();
    const bool isCitizen = draft.applicant.kind == Applicant::Kind::Citizen && !draft.applicant.idNumber.isEmpty();

    // ONE transaction, ours: the outcome with its minted code, its attachments, their page
    // references, the citizen, the draft's removal, the stack part and the counter time. Any
    // failure rolls all of it back, so a dossier is never half there.
    QSqlDatabase db = m_db;
    SqlTransaction tx(db);
    if (!tx.began())
        return transactionError(db);
    Result<Event> first = store.receive(tx, outcome, minter, officeDay, &actor);
    if (!first)
        return first.error();
    const QString code = first->dossier;
    QList<Event> written{*first};
    for (Event a : std::as_const(attachments)) {
        a.dossier = code;
        Result<Event> r = store.append(tx, std::move(a), &actor);
        if (!r)
            return r.error();
        written.append(*r);
    }
    if (Status st = addPageRefs(pages, attachments); !st)
        return st.error();
    if (isCitizen) {
        if (Status st = CitizenStore(m_db).upsert(draft.applicant.toCitizen(now)); !st)
            return st.error();
    }
    if (!draft.id.isEmpty()) {
        if (Status st = DraftStore(m_db).removeInTransaction(draft.id); !st)
            return st.error();
    }
    if (part) {
        if (Status st = DigitizedPartStore(m_db).record(*part, code); !st)
            return st.error();
    }
    CounterTimeStore::Entry t;
    t.dossierCode = code;
    t.officer = m_session.officer.login;
    t.outcome = eventTypeName(type);
    t.startedAt = draft.startedAt.isValid() ? draft.startedAt : now;
    t.decidedAt = now;
    t.actions = draft.actions;
    if (Status st = CounterTimeStore(m_db).record(t); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();

    IntakeOutcome result;
    result.type = type;
    result.events = written;
    result.dossierCode = code;
    result.lookupCode = first->payload.value(QStringLiteral("lookupCode")).toString();
    result.decidedAt = now;
    if (Result<ReplayResult> replay = store.replayDossier(result.dossierCode); replay)
        result.dueAt = replay->state.dueAt;
    qCInfo(lcIntake) << "counter outcome" << eventTypeName(type) << "with" << attachments.size() << "components";
    result.form = IntakeForms::build(result, draft, procedure, m_session, m_calendar->zone());
    return result;
}

Result<QList<Event>> IntakeService::attachmentEvents(const QList<DraftComponent> &components, const Procedure &procedure,
                                                     PageStore &pages, const QDateTime &now) const
{
    QList<Event> attachments;
    for (const DraftComponent &c : components) {
        const QStringList filed = c.filedPages();
        if (filed.isEmpty())
            continue;
        for (const QString &sha : filed) {
            if (!pages.contains(sha))
                return Error(QStringLiteral("intake.missing-page"), QStringLiteral("component %1").arg(c.number));
        }
        Event a;
        a.uuid = QUuid::createUuid();
        a.type = EventType::ComponentAttached;
        QJsonObject ap;
        ap.insert(QStringLiteral("number"), c.number);
        ap.insert(QStringLiteral("provenance"), provenanceName(c.provenance));
        ap.insert(QStringLiteral("pages"), QJsonArray::fromStringList(filed));
        if (!c.fromDossier.isEmpty())
            ap.insert(QStringLiteral("fromDossier"), c.fromDossier);
        const Component *def = procedure.component(c.number);
        const QString docType = !c.documentType.isEmpty() ? c.documentType : (def ? def->documentType : QString());
        if (!docType.isEmpty())
            ap.insert(QStringLiteral("documentType"), docType);
        if (!c.form.isEmpty())
            ap.insert(QStringLiteral("form"), c.form);
        if (!c.declaration.isEmpty())
            ap.insert(QStringLiteral("declaration"), c.declaration);
        if (!c.declarationIssue.isEmpty())
            ap.insert(QStringLiteral("declarationIssue"), c.declarationIssue);
        a.payload = ap;
        a.officer = m_session.officer.login;
        a.role = Role::Counter;
        a.office = m_session.office.code;
        a.wallTime = now;
        attachments.append(a);
    }
    return attachments;
}

Status IntakeService::addPageRefs(PageStore &pages, const QList<Event> &attachments)
{
    for (const Event &a : attachments) {
        const QString owner = QStringLiteral("event:") + uuidText(a.uuid);
        const QJsonArray hashes = a.payload.value(QStringLiteral("pages")).toArray();
        for (int i = 0; i < hashes.size(); ++i) {
            if (Status st = pages.addRef(owner, hashes.at(i).toString(), i); !st)
                return st;
        }
    }
    return {};
}

Result<IntakeOutcome> IntakeService::receiveSupplement(const QString &dossierCode, const QList<DraftComponent> &supplied,
                                                       const QDateTime &nowIn)
{
    if (!m_session.officer.has(Role::Counter))
        return Error(QStringLiteral("auth.not-counter"));
    const QDateTime now = (nowIn.isValid() ? nowIn : m_services.now()).toUTC();
    EventStore &store = m_services.events();
    const QList<Event> before = store.eventsOf(dossierCode);
    if (before.isEmpty())
        return Error(QStringLiteral("lookup.no-dossier"), dossierCode);
    const ReplayResult current = replay(before, store.machine());   // the events just read, not read again
    if (!current.state.awaitsCounterSupplement())
        return Error(QStringLiteral("intake.not-awaiting-supplement"), statusName(current.state.status));

    // The Form 02 the citizen holds: its procedure, applicant and lookup code carry over.
    const Event *form02 = nullptr;
    for (const Event &e : before) {
        if (e.type == EventType::SupplementRequestedAtCounter)
            form02 = &e;
    }
    if (!form02)
        return Error(QStringLiteral("intake.not-awaiting-supplement"), QStringLiteral("no Form 02"));
    IntakeDraft draft;
    draft.procedureCode = form02->payload.value(QStringLiteral("procedure")).toString();
    draft.applicant = Applicant::fromJson(form02->payload.value(QStringLiteral("applicant")).toObject());
    Result<const Procedure *> p = procedureOf(draft);
    if (!p)
        return p.error();
    const Procedure &procedure = **p;
    if (!procedure.limit)
        return Error(QStringLiteral("intake.no-limit"), procedure.code);
    // Complete with what was filed with the Form 02 and what the citizen brings now.
    for (const Event &e : before) {
        if (e.type != EventType::ComponentAttached)
            continue;
        DraftComponent &c = draft.componentRef(e.payload.value(QStringLiteral("number")).toInt());
        for (const QJsonValue &v : e.payload.value(QStringLiteral("pages")).toArray())
            c.pages << DraftPage{v.toString(), false, {}};
    }
    for (const DraftComponent &c : supplied) {
        if (!c.filedPages().isEmpty())
            draft.componentRef(c.number) = c;
    }
    if (const QList<int> missing = missingRequired(procedure, draft); !missing.isEmpty())
        return Error(QStringLiteral("intake.incomplete"), numbersText(missing));

    PageStore pages(m_db);
    Result<QList<Event>> attachments = attachmentEvents(supplied, procedure, pages, now);
    if (!attachments)
        return attachments.error();

    Event received;   // SupplementReceived first, then the pages, then Form 01
    received.dossier = dossierCode;
    received.type = EventType::SupplementReceived;
    QJsonArray numbers;
    for (const Event &a : std::as_const(*attachments))
        numbers.append(a.payload.value(QStringLiteral("number")));
    received.payload.insert(QStringLiteral("components"), numbers);
    QList<Event> events{received};
    events += *attachments;
    Event accepted;
    accepted.dossier = dossierCode;
    accepted.type = EventType::Received;
    QJsonObject payload;
    payload.insert(QStringLiteral("procedure"), procedure.code);
    payload.insert(QStringLiteral("applicant"), form02->payload.value(QStringLiteral("applicant")));
    payload.insert(QStringLiteral("lookupCode"), form02->payload.value(QStringLiteral("lookupCode")));
    payload.insert(QStringLiteral("limit"), procedure.limit->toJson());
    if (procedure.bundle)
        payload.insert(QStringLiteral("parts"), bundlePartsPayload(*procedure.bundle));
    payload.insert(QStringLiteral("counterStartedAt"), isoUtcMs(now));
    payload.insert(QStringLiteral("afterSupplement"), true);
    accepted.payload = payload;
    events << accepted;
    for (Event &e : events) {
        e.dossier = dossierCode;
        e.officer = m_session.officer.login;
        e.role = Role::Counter;
        e.office = m_session.office.code;
        e.wallTime = now;
    }

    const Actor actor{m_session.officer.login, m_session.officer.roles, m_session.office.code, {}};
    const QList<Event> attached = *attachments;
    // ONE transaction, ours: the supplement, its attachments, their page references and the
    // acceptance that follows.
    QSqlDatabase db = m_db;
    SqlTransaction tx(db);
    if (!tx.began())
        return transactionError(db);
    QList<Event> written;
    for (Event &e : events) {
        Result<Event> r = store.append(tx, std::move(e), &actor);
        if (!r)
            return r.error();
        written.append(*r);
    }
    if (Status st = addPageRefs(pages, attached); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();

    IntakeOutcome result;
    result.type = EventType::Received;
    result.events = written;
    result.dossierCode = dossierCode;
    result.lookupCode = payload.value(QStringLiteral("lookupCode")).toString();
    result.decidedAt = now;
    if (Result<ReplayResult> replayed = store.replayDossier(dossierCode); replayed)
        result.dueAt = replayed->state.dueAt;
    qCInfo(lcIntake) << "supplement received at the counter with" << attached.size() << "components; Form 01";
    // The receipt lists every component the dossier now holds (IntakeForms reads the events, as a reprint does).
    Result<printing::FormData> form = IntakeForms::fromEvents(store.eventsOf(dossierCode), result.dueAt, *m_catalog,
                                                              m_session, m_calendar->zone(), QString());
    if (form)
        result.form = *form;
    return result;
}

Status IntakeService::markPrinted(const QString &dossierCode, const QDateTime &at)
{
    return CounterTimeStore(m_db).markPrinted(dossierCode, at.isValid() ? at.toUTC() : m_services.now());
}

} // namespace motcua::intake
