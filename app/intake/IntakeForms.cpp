#include "app/intake/IntakeForms.h"

#include "app/intake/IntakeService.h"
#include "app/printing/OfficialText.h"
#include "domain/text/VietnameseFolding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace motcua::intake {

using printing::OfficialText;   // the receipt and Forms 02/03 are printed in Vietnamese
namespace {

// How a component reached the dossier, in the citizen's words; "" when it does not concern the
// citizen (scanned at the counter or taken from their file: they handed in the paper either way).
QString provenanceText(Provenance p)
{
    switch (p) {
    case Provenance::ScannedAtCounter:
    case Provenance::ImportedFile: return {};
    case Provenance::ReusedFromDossier: return OfficialText::translate("motcua::intake::IntakeForms", "reused from dossier");
    case Provenance::NationalDatabase: return OfficialText::translate("motcua::intake::IntakeForms", "from the national database");
    case Provenance::OnlineSubmission: return OfficialText::translate("motcua::intake::IntakeForms", "submitted online");
    }
    return {};
}

QString money(qint64 amount)
{
    // Vietnamese grouping with dots whatever the UI language: "8.000".
    QString digits = QString::number(amount);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return digits;
}

} // namespace

QString IntakeForms::providedText(const DraftComponent &c)
{
    QStringList parts;
    if (const auto form = acceptedFormFromKey(c.form))
        parts << acceptedFormName(*form);
    QStringList how;
    if (QString from = provenanceText(c.provenance); !from.isEmpty()) {
        if (c.provenance == Provenance::ReusedFromDossier && !c.fromDossier.isEmpty())
            from += QLatin1Char(' ') + c.fromDossier;
        how << from;
    }
    const int n = int(c.filedPages().size());
    if (n > 0)
        how << OfficialText::translate("motcua::intake::IntakeForms", "%n page(s)", nullptr, n);
    if (!how.isEmpty())
        parts << how.join(QStringLiteral(", "));
    return parts.join(QStringLiteral("; "));
}

QString IntakeForms::feesText(const Procedure &p)
{
    if (p.fees.isEmpty())
        return p.feesVerified ? OfficialText::translate("motcua::intake::IntakeForms", "No fee") : QString();
    QStringList lines;
    for (const Fee &f : p.fees) {
        QString line = f.description;
        if (f.free) {
            // Unless the description says so already ("Lệ phí …: miễn").
            if (!foldVietnamese(line).contains(QLatin1String("mien")))
                line += (line.isEmpty() ? QString() : QStringLiteral(": "))
                        + OfficialText::translate("motcua::intake::IntakeForms", "free of charge");
        } else if (f.amount)
            line += (line.isEmpty() ? QString() : QStringLiteral(": ")) + money(*f.amount) + QStringLiteral(" đ")
                    + (f.unit.isEmpty() ? QString() : QStringLiteral("/") + f.unit);
        else
            line += (line.isEmpty() ? QString() : QStringLiteral(": ")) + OfficialText::translate("motcua::intake::IntakeForms", "as set by the province");
        lines << line;
    }
    return lines.join(QStringLiteral("; "));
}

printing::FormData IntakeForms::build(const IntakeOutcome &outcome, const IntakeDraft &draft, const Procedure &procedure,
                                      const SessionInfo &session, const QTimeZone &zone)
{
    printing::FormData f;
    switch (outcome.type) {
    case EventType::SupplementRequestedAtCounter: f.kind = printing::FormKind::Supplement02; break;
    case EventType::ReceiptRefused: f.kind = printing::FormKind::Refusal03; break;
    default: f.kind = printing::FormKind::Receipt01; break;
    }
    f.officeName = session.office.name;
    f.officeCode = session.office.code;
    f.authority = procedure.authority;
    f.dossierCode = outcome.dossierCode;
    f.lookupCode = outcome.lookupCode;
    f.procedureCode = procedure.code;
    f.procedureName = procedure.name;
    const Applicant &a = draft.applicant;
    f.applicantName = a.kind == Applicant::Kind::Citizen
                          ? a.name
                          : a.organisationName + (a.representative.isEmpty() ? QString() : QStringLiteral(" (") + a.representative + QLatin1Char(')'));
    f.applicantIdNumber = a.kind == Applicant::Kind::Citizen ? a.idNumber : a.businessCode;
    f.applicantAddress = a.address;
    f.applicantPhone = a.phone;
    f.applicantEmail = a.email;

    QHash<int, QString> missingReasons;
    const QJsonObject payload = outcome.events.isEmpty() ? QJsonObject() : outcome.events.first().payload;
    for (const QJsonValue &v : payload.value(QStringLiteral("missing")).toArray())
        missingReasons.insert(v.toObject().value(QStringLiteral("number")).toInt(), v.toObject().value(QStringLiteral("reason")).toString());
    for (const Component &c : procedure.components) {
        const DraftComponent *given = draft.component(c.number);
        const bool provided = given && given->isProvided();
        if (!provided && !missingReasons.contains(c.number) && !c.required)
            continue; // optional and not brought: not part of this dossier
        printing::FormComponentLine line;
        line.number = c.number;
        line.name = c.name;
        if (provided && outcome.type != EventType::ReceiptRefused)
            line.provided = providedText(*given);
        if (missingReasons.contains(c.number)) {
            line.missing = true;
            const QString reason = missingReasons.value(c.number);
            line.missingReason = reason.isEmpty() ? OfficialText::translate("motcua::intake::IntakeForms", "Not provided") : reason;
        }
        f.components.append(line);
    }
    f.feesText = feesText(procedure);
    f.receivedAt = outcome.decidedAt.toTimeZone(zone);
    if (outcome.dueAt.isValid())
        f.dueAt = outcome.dueAt.toTimeZone(zone);
    for (const QJsonValue &v : payload.value(QStringLiteral("reasons")).toArray())
        f.reasons << v.toString();
    f.officerName = session.officer.fullName.isEmpty() ? session.officer.login : session.officer.fullName;
    return f;
}

Result<printing::FormData> IntakeForms::fromEvents(const QList<Event> &events, const QDateTime &dueAt, const Catalog &catalog,
                                                    const SessionInfo &session, const QTimeZone &zone, const QString &officerName)
{
    // The last counter outcome is the one the citizen holds (a Received after a Form 02 replaces it).
    const Event *outcome = nullptr;
    for (const Event &e : events) {
        if (e.type == EventType::Received || e.type == EventType::SupplementRequestedAtCounter
            || e.type == EventType::ReceiptRefused)
            outcome = &e;
    }
    if (!outcome)
        return Error(QStringLiteral("lookup.no-dossier"), QStringLiteral("no counter outcome"));
    const QJsonObject &p = outcome->payload;
    IntakeDraft draft;
    draft.procedureCode = p.value(QStringLiteral("procedure")).toString();
    draft.applicant = Applicant::fromJson(p.value(QStringLiteral("applicant")).toObject());
    for (const Event &e : events) {
        if (e.type != EventType::ComponentAttached)
            continue;
        DraftComponent c;
        c.number = e.payload.value(QStringLiteral("number")).toInt();
        c.provenance = provenanceFromName(e.payload.value(QStringLiteral("provenance")).toString()).value_or(Provenance::ScannedAtCounter);
        c.fromDossier = e.payload.value(QStringLiteral("fromDossier")).toString();
        c.form = e.payload.value(QStringLiteral("form")).toString();
        for (const QJsonValue &v : e.payload.value(QStringLiteral("pages")).toArray())
            c.pages << DraftPage{v.toString(), false, {}};
        draft.componentRef(c.number) = c;   // a later attachment (supplement) replaces the earlier
    }
    Procedure procedure;
    if (const Procedure *known = catalog.find(draft.procedureCode))
        procedure = *known;
    else
        procedure.code = draft.procedureCode;   // not in today's catalog: print what the events say
    IntakeOutcome o;
    o.type = outcome->type;
    o.dossierCode = outcome->dossier;
    o.lookupCode = p.value(QStringLiteral("lookupCode")).toString();
    const QDateTime at = parseIsoUtcMs(p.value(QStringLiteral("receivedAt")).toString());
    o.decidedAt = at.isValid() ? at : outcome->wallTime;
    o.dueAt = outcome->type == EventType::Received ? dueAt : QDateTime();
    o.events = {*outcome};
    printing::FormData f = build(o, draft, procedure, session, zone);
    if (!officerName.isEmpty())
        f.officerName = officerName;   // who received it, not who reprints it
    return f;
}

} // namespace motcua::intake
