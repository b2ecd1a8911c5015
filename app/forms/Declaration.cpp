#include "app/forms/Declaration.h"

#include "app/catalog/AdminUnitsCatalog.h"

#include "app/barcode/DecodeJson.h"
#include "app/barcode/PageCodes.h"
#include "app/forms/FormsLogging.h"
#include "db/EventStore.h"
#include "db/SqlError.h"
#include "domain/forms/FieldCheck.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace motcua::forms {

FillInput fillInputFor(const intake::Applicant &a, const QString &authority, const QDate &today)
{
    FillInput in;
    const QString source = a.source.isEmpty() || a.source == QLatin1String("card-qr") ? QStringLiteral("card-qr") : a.source;
    const QList<QPair<QString, QString>> card{
        {QStringLiteral("name"), a.name},
        {QStringLiteral("id_number"), a.idNumber},
        {QStringLiteral("old_id_number"), a.oldIdNumber},
        {QStringLiteral("birth_date"), a.dateOfBirth},
        {QStringLiteral("birth_year"), a.dateOfBirth.left(4)},
        {QStringLiteral("gender"), a.gender},
        {QStringLiteral("address"), a.address},
        {QStringLiteral("id_issued"), a.issuedOn},
    };
    const bool female = a.gender == QStringLiteral("Nữ");
    const bool male = a.gender == QLatin1String("Nam");
    for (const auto &[key, value] : card) {
        if (value.isEmpty())
            continue;
        in.known.insert(QStringLiteral("applicant.") + key, {value, source});
        if (female)
            in.known.insert(QStringLiteral("female_applicant.") + key, {value, source});
        if (male)
            in.known.insert(QStringLiteral("male_applicant.") + key, {value, source});
    }
    if (!a.phone.isEmpty())
        in.known.insert(QStringLiteral("applicant.phone"), {a.phone, QStringLiteral("officer")});
    if (!a.email.isEmpty())
        in.known.insert(QStringLiteral("applicant.email"), {a.email, QStringLiteral("officer")});
    if (!authority.isEmpty())
        in.known.insert(QStringLiteral("office.authority"), {authority, QStringLiteral("office")});
    if (today.isValid())
        in.known.insert(QStringLiteral("today"), {today.toString(Qt::ISODate), QStringLiteral("clock")});
    // For suggestions only (FormField::suggest): the provinces the card's address and the office name.
    const AdminUnits &units = bundledAdminUnits();
    if (const QString p = units.provinceIn(a.address); !p.isEmpty())
        in.known.insert(QStringLiteral("applicant.province"), {p, source});
    if (const QString p = units.provinceIn(authority); !p.isEmpty())
        in.known.insert(QStringLiteral("office.province"), {p, QStringLiteral("office")});
    return in;
}

QString filledJson(const FormDefinition &d, const FilledForm &filled)
{
    QString out = QStringLiteral("{");
    for (const FormField &f : d.fields)
        out += jsonQuoted(f.name) + QLatin1Char(':') + jsonQuoted(filled.values.value(f.name)) + QLatin1Char(',');
    out += QStringLiteral("\"_sources\":{");
    bool first = true;
    for (const FormField &f : d.fields) {
        if (!filled.sources.contains(f.name))
            continue;
        if (!first)
            out += QLatin1Char(',');
        first = false;
        out += jsonQuoted(f.name) + QLatin1Char(':') + jsonQuoted(filled.sources.value(f.name));
    }
    return out + QStringLiteral("}}");
}

namespace {

// A stored value as the paper shows it: dates dd/MM/yyyy as Vietnamese papers write them (a
// date-or-year field's year alone as is).
QString printed(const FormField &f, const QString &value)
{
    return f.type == FieldType::Date || f.type == FieldType::DateOrYear ? shownDateValue(value) : value;
}

} // namespace

printing::FormData declarationForm(const FormDefinition &d, const FilledForm &filled, const QDateTime &issuedAt)
{
    printing::FormData data;
    data.kind = printing::FormKind::Declaration;
    data.issuedAt = issuedAt;
    printing::DeclarationContent &c = data.declaration;
    c.title = d.titleVi;
    c.formNumber = d.formNumber;
    c.reference = QStringLiteral("%1 v%2").arg(d.id).arg(d.version);
    if (const FormField *a = d.field(d.addressee))
        c.addressee = {a->labelVi, filled.values.value(a->name)};
    for (const FormSection &s : d.sections) {
        printing::DeclarationSection section;
        section.heading = s.titleVi;
        if (s.layout == SectionLayout::Table) {
            for (const FormColumn &column : s.columns)
                section.columns << column.titleVi;
            for (qsizetype r = 0; r < s.rowCount(); ++r) {
                printing::DeclarationRow row;
                for (qsizetype k = 0; k < s.columns.size(); ++k) {
                    const FormField *f = d.field(s.cell(r, k));
                    row.label = f->labelVi;
                    row.values << printed(*f, filled.values.value(f->name));
                }
                section.rows << row;
            }
            c.sections << section;
            continue;
        }
        for (const QString &name : s.fields) {
            const FormField *f = d.field(name);
            const printing::DeclarationCell cell{f->labelVi, printed(*f, filled.values.value(name))};
            if (f->sameLine && !section.lines.isEmpty())
                section.lines.last() << cell;
            else
                section.lines << QList<printing::DeclarationCell>{cell};
        }
        c.sections << section;
    }
    c.pledge = d.pledgeVi;
    c.signer = d.signerVi;
    c.cosigner = d.cosignerVi;
    c.signatureNote = d.signatureNoteVi;
    c.place = d.placeVi;
    // The signer is the applicant, the first name field filled from the card; a cosigner (the
    // marriage form's other side) signs over the next filled field naming an applicant.
    QStringList names;
    for (const FormField &f : d.fields)
        if (f.prefill.endsWith(QLatin1String("applicant.name")) && !filled.values.value(f.name).isEmpty())
            names << filled.values.value(f.name);
    c.signerName = names.value(0);
    if (!c.cosigner.isEmpty())
        c.cosignerName = names.value(1);
    c.qrText = FormPayload::encode(d.id, d.version, filled.orderedValues(d));
    return data;
}

QJsonObject DeclarationReading::facts() const
{
    QJsonObject f;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        f.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("form"), formId}, {QStringLiteral("version"), version},
                       {QStringLiteral("hash"), hash}, {QStringLiteral("fields"), f}};
}

DeclarationReading readDeclaration(const QStringList &codeTexts, const FormRegistry &registry)
{
    DeclarationReading r;
    for (const QString &text : codeTexts) {
        Result<FormPayload> p = FormPayload::parse(text);
        if (!p && p.error().code == QLatin1String("form.not-form"))
            continue;
        if (!p) {
            r.outcome = DeclarationReading::Outcome::Unreadable;
            r.error = p.error();
            return r;
        }
        r.formId = p->formId;
        r.version = p->version;
        r.hash = p->hash;
        const FormDefinition *d = registry.find(p->formId, p->version);
        if (!d) {
            r.outcome = DeclarationReading::Outcome::UnknownForm;
            r.error = Error(QStringLiteral("form.unknown-version"), QStringLiteral("%1 version %2").arg(p->formId).arg(p->version));
            return r;
        }
        Result<QMap<QString, QString>> bound = p->bind(*d);
        if (!bound) {
            r.outcome = bound.error().code == QLatin1String("form.tampered") ? DeclarationReading::Outcome::Tampered
                                                                             : DeclarationReading::Outcome::Unreadable;
            r.error = bound.error();
            qCWarning(lcForms) << "declaration payload refused:" << r.error.code << r.formId << r.version;
            return r;
        }
        r.outcome = DeclarationReading::Outcome::Verified;
        r.fields = *bound;
        return r;
    }
    return r;
}

DeclarationReading readDeclarationFromFiles(const QStringList &files, const FormRegistry &registry)
{
    DeclarationReading found;
    for (const QString &file : files) {
        (void)PageCodes::forEach(file, [&](int, const PageCodes::Codes &codes) {
            if (!codes)
                return true;
            QStringList texts;
            for (const DecodedBarcode &c : *codes)
                texts << c.text;
            found = readDeclaration(texts, registry);
            return found.outcome == DeclarationReading::Outcome::None;   // stop at the first form QR
        });
        if (found.outcome != DeclarationReading::Outcome::None)
            break;
    }
    return found;
}

void applyReading(const DeclarationReading &reading, intake::DraftComponent &component)
{
    component.declaration = {};
    component.declarationIssue.clear();
    if (reading.outcome == DeclarationReading::Outcome::Verified)
        component.declaration = reading.facts();
    else if (reading.outcome != DeclarationReading::Outcome::None)
        component.declarationIssue = reading.error.code;
}

Result<QList<EarlierDeclaration>> earlierDeclarations(const QSqlDatabase &db, const EventStore &events, const QString &idNumber)
{
    QList<EarlierDeclaration> out;
    if (idNumber.isEmpty())
        return out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT code FROM dossiers WHERE applicant_id_number = ? "
                             "AND status_code NOT IN (3) ORDER BY received_at DESC LIMIT 50"));
    q.addBindValue(idNumber);
    if (!q.exec())
        return sqlError(q, "earlier declarations");
    while (q.next()) {
        const QString code = q.value(0).toString();
        const QList<Event> log = events.eventsOf(code);
        for (auto it = log.crbegin(); it != log.crend(); ++it) {
            if (it->type != EventType::ComponentAttached)
                continue;
            const QJsonObject decl = it->payload.value(QStringLiteral("declaration")).toObject();
            if (decl.isEmpty())
                continue;
            EarlierDeclaration e;
            e.dossier = code;
            e.formId = decl.value(QStringLiteral("form")).toString();
            e.version = decl.value(QStringLiteral("version")).toInt();
            const QJsonObject fields = decl.value(QStringLiteral("fields")).toObject();
            for (auto f = fields.begin(); f != fields.end(); ++f)
                e.fields.insert(f.key(), f.value().toString());
            out << e;
        }
    }
    return out;
}

} // namespace motcua::forms
