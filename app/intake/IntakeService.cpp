#include "app/intake/IntakeService.h"

#include "app/intake/IntakeForms.h"
#include "db/CitizenStore.h"
#include "db/DraftStore.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "domain/Logging.h"
#include "domain/dossier/BundleParts.h"
#include "domain/dossier/CalendarBinding.h"

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

IntakeService::IntakeService(QSqlDatabase db, SessionInfo session, std::shared_ptr<const Catalog> catalog,
                             std::shared_ptr<const WorkingCalendar> calendar)
    : m_db(std::move(db)), m_session(std::move(session)), m_catalog(std::move(catalog)), m_calendar(std::move(calendar))
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
        o.insert(QStringLiteral("reason"), item.reason.isEmpty() ? QCoreApplication::translate("motcua::intake::IntakeService", "Not provided") : item.reason);
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
    const QDateTime now = (nowIn.isValid() ? nowIn : QDateTime::currentDateTimeUtc()).toUTC();
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
        for (const DraftComponent &c : draft.components) {
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
            a.payload = ap;
            a.officer = outcome.officer;
            a.role = Role::Counter;
            a.office = outcome.office;
            a.wallTime = now;
            attachments.append(a);
        }
    }

    Actor actor{m_session.officer.login, m_session.officer.roles, m_session.office.code, {}};
    EventStore store(m_db, m_session.deviceId, machineContextFor(*m_calendar));
    const DossierCodeMinter minter(m_session.office.code, m_session.deviceId, m_session.deviceNumber);
    const QDate officeDay = now.toTimeZone(m_calendar->zone()).date();
    const bool isCitizen = draft.applicant.kind == Applicant::Kind::Citizen && !draft.applicant.idNumber.isEmpty();

    auto inTransaction = [&](const QString &code) -> Status {
        for (const Event &a : std::as_const(attachments)) {
            const QStringList hashes = [&a] {
                QStringList out;
                for (const QJsonValue &v : a.payload.value(QStringLiteral("pages")).toArray())
                    out << v.toString();
                return out;
            }();
            const QString owner = QStringLiteral("event:") + uuidText(a.uuid);
            for (int i = 0; i < hashes.size(); ++i) {
                if (Status st = pages.addRef(owner, hashes.at(i), i); !st)
                    return st;
            }
        }
        if (isCitizen) {
            if (Status st = CitizenStore(m_db).upsert(draft.applicant.toCitizen(now)); !st)
                return st;
        }
        if (!draft.id.isEmpty()) {
            if (Status st = DraftStore(m_db).removeInTransaction(draft.id); !st)
                return st;
        }
        if (part) {
            if (Status st = DigitizedPartStore(m_db).record(*part, code); !st)
                return st;
        }
        CounterTimeStore::Entry t;
        t.dossierCode = code;
        t.officer = m_session.officer.login;
        t.outcome = eventTypeName(type);
        t.startedAt = draft.startedAt.isValid() ? draft.startedAt : now;
        t.decidedAt = now;
        t.actions = draft.actions;
        return CounterTimeStore(m_db).record(t);
    };

    Result<QList<Event>> written = store.receiveTogether(outcome, attachments, minter, officeDay, &actor, inTransaction);
    if (!written)
        return written.error();

    IntakeOutcome result;
    result.type = type;
    result.events = *written;
    result.dossierCode = written->first().dossier;
    result.lookupCode = written->first().payload.value(QStringLiteral("lookupCode")).toString();
    result.decidedAt = now;
    if (Result<ReplayResult> replay = store.replayDossier(result.dossierCode); replay)
        result.dueAt = replay->state.dueAt;
    qCInfo(lcIntake) << "counter outcome" << eventTypeName(type) << "with" << attachments.size() << "components";
    result.form = IntakeForms::build(result, draft, procedure, m_session, m_calendar->zone());
    return result;
}

Status IntakeService::markPrinted(const QString &dossierCode, const QDateTime &at)
{
    return CounterTimeStore(m_db).markPrinted(dossierCode, at);
}

} // namespace motcua::intake
