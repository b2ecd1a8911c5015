#include "app/lookup/DossierText.h"

#include "domain/dossier/StateMachine.h"

#include <QJsonArray>
#include <QStringList>

namespace motcua::lookup {
namespace {

QString nameOf(const QString &login, const QHash<QString, QString> &names)
{
    return names.value(login, login);
}

// The free-text fields events may carry (reason, note, text), in that order of preference.
QString freeText(const QJsonObject &p)
{
    for (const char *key : {"reason", "text", "note", "opinion"}) {
        const QString v = p.value(QLatin1String(key)).toString().simplified();
        if (!v.isEmpty())
            return v.size() > 120 ? v.left(119) + QChar(0x2026) : v;
    }
    return {};
}

} // namespace

QString DossierText::procedureText(const QString &code, const QString &name)
{
    if (name.isEmpty())
        return code;
    return code.isEmpty() ? name : code + QStringLiteral(" — ") + name;
}

QString DossierText::componentName(int number, const Procedure *procedure)
{
    if (procedure)
        if (const Component *c = procedure->component(number); c && !c->name.isEmpty())
            return c->name;
    return tr("Component %1").arg(number);
}

QString DossierText::receiptSummary(const Event &e, const Procedure *procedure)
{
    const QJsonObject &p = e.payload;
    QStringList parts;
    if (const QString proc = p.value(QStringLiteral("procedure")).toString(); !proc.isEmpty())
        parts << tr("procedure %1").arg(procedureText(proc, procedure && procedure->code == proc ? procedure->name : QString()));
    if (const QString name = p.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("name")).toString();
        !name.isEmpty())
        parts << tr("applicant %1").arg(name);
    if (const auto limit = TimeLimit::fromJson(p.value(QStringLiteral("limit")).toObject()))
        parts << tr("limit %1").arg(limitText(*limit));
    if (const QString code = p.value(QStringLiteral("lookupCode")).toString(); !code.isEmpty())
        parts << tr("lookup code %1").arg(code);
    QString text = parts.join(QStringLiteral(" · "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();   // the first part starts the sentence
    return text;
}

QString DossierText::transferSummary(const Event &e, const QHash<QString, QString> &names)
{
    const QJsonObject &p = e.payload;
    const QString to = p.value(QStringLiteral("to")).toString();
    const QString toOffice = p.value(QStringLiteral("toOffice")).toString();
    const std::optional<QString> pool = poolOffice(p);
    QString text = pool          ? tr("To the pool of unit %1").arg(*pool)
                   : to.isEmpty() ? tr("To the counter of %1").arg(toOffice.isEmpty() ? e.office : toOffice)
                                  : tr("To %1").arg(nameOf(to, names));
    if (p.value(QStringLiteral("forApproval")).toBool())
        text += QLatin1Char(' ') + tr("(for approval)");
    return text;
}

QString DossierText::componentSummary(const Event &e, const Procedure *procedure)
{
    const QJsonObject &p = e.payload;
    const int pages = int(p.value(QStringLiteral("pages")).toArray().size());
    const auto provenance = provenanceFromName(p.value(QStringLiteral("provenance")).toString())
                                .value_or(Provenance::ScannedAtCounter);
    return tr("%1: %n page(s), %2", "component name, pages, where they came from", pages)
        .arg(componentName(p.value(QStringLiteral("number")).toInt(), procedure),
             provenanceText(provenance, p.value(QStringLiteral("fromDossier")).toString()));
}

QString DossierText::statusText(DossierStatus status)
{
    switch (status) {
    case DossierStatus::None: return tr("Not registered");
    case DossierStatus::NewlyRegistered: return tr("Newly registered");
    case DossierStatus::Accepted: return tr("Accepted");
    case DossierStatus::NotAccepted: return tr("Not accepted");
    case DossierStatus::Processing: return tr("Processing");
    case DossierStatus::SupplementRequired: return tr("Supplement required");
    case DossierStatus::FinancialObligation: return tr("Financial obligation required");
    case DossierStatus::Withdrawn: return tr("Withdrawn");
    case DossierStatus::Stopped: return tr("Processing stopped");
    case DossierStatus::Processed: return tr("Processed, result ready");
    case DossierStatus::ResultReturned: return tr("Result returned");
    }
    return {};
}

QString DossierText::eventTypeText(EventType type)
{
    switch (type) {
    case EventType::Received: return tr("Received");
    case EventType::SupplementRequestedAtCounter: return tr("Supplement requested at the counter");
    case EventType::ReceiptRefused: return tr("Refused at the counter");
    case EventType::SupplementRequested: return tr("Supplement requested");
    case EventType::SupplementReceived: return tr("Supplement received");
    case EventType::Transferred: return tr("Transferred");
    case EventType::Appraised: return tr("Appraised");
    case EventType::Approved: return tr("Approved");
    case EventType::Rejected: return tr("Rejected");
    case EventType::ResultReady: return tr("Result ready");
    case EventType::Returned: return tr("Result returned");
    case EventType::Withdrawn: return tr("Withdrawn");
    case EventType::Stopped: return tr("Processing stopped");
    case EventType::Extended: return tr("Time limit extended");
    case EventType::ComponentAttached: return tr("Component attached");
    case EventType::NoteAdded: return tr("Note");
    case EventType::SubmittedOnline: return tr("Submitted online");
    }
    return {};
}

QString DossierText::provenanceText(Provenance provenance, const QString &sourceDossier)
{
    switch (provenance) {
    case Provenance::ScannedAtCounter: return tr("scanned at the counter");
    case Provenance::ImportedFile: return tr("from an electronic file");
    case Provenance::ReusedFromDossier:
        return sourceDossier.isEmpty() ? tr("reused from an earlier dossier")
                                       : tr("reused from dossier %1").arg(sourceDossier);
    case Provenance::NationalDatabase: return tr("from the national database");
    case Provenance::OnlineSubmission: return tr("submitted online");
    }
    return {};
}

QString DossierText::limitText(const TimeLimit &limit)
{
    QString text;
    switch (limit.unit) {
    case TimeLimit::Unit::WorkingDays: text = tr("%n working day(s)", nullptr, limit.amount); break;
    case TimeLimit::Unit::WorkingHours: text = tr("%n working hour(s)", nullptr, limit.amount); break;
    case TimeLimit::Unit::WithinDay: text = tr("within the day"); break;
    }
    if (limit.nextDayAfter15)
        text += QStringLiteral(", ") + tr("next day when received after 15:00");
    return text;
}

QString DossierText::eventSummary(const Event &e, const QHash<QString, QString> &officerNames, const Procedure *procedure)
{
    QString main;
    switch (e.type) {
    case EventType::Received:
    case EventType::SupplementRequestedAtCounter:
    case EventType::ReceiptRefused: main = receiptSummary(e, procedure); break;
    case EventType::Transferred: main = transferSummary(e, officerNames); break;
    case EventType::ComponentAttached: main = componentSummary(e, procedure); break;
    case EventType::Extended:
        if (const auto limit = TimeLimit::fromJson(e.payload.value(QStringLiteral("limit")).toObject()))
            main = tr("Extended by %1").arg(limitText(*limit));
        break;
    default: break;
    }
    const QString extra = freeText(e.payload);
    if (main.isEmpty())
        return extra;
    return extra.isEmpty() ? main : main + QStringLiteral(" — ") + extra;
}

} // namespace motcua::lookup
