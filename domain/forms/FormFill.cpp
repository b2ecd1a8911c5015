#include "domain/forms/FormFill.h"

#include "domain/forms/FieldCheck.h"
#include "domain/forms/FormPayload.h"

#include <QDate>
#include <QSet>

namespace motcua::forms {

QStringList FilledForm::orderedValues(const FormDefinition &definition) const
{
    QStringList out;
    for (const FormField &f : definition.fields)
        out << values.value(f.name);
    return out;
}

namespace {

// A field's value when not typed: its pre-fill source, else the applicant's newest earlier
// declaration holding it (reuse), else its default; checked as typed text is.
Result<QString> untypedValue(const FormField &f, const FillInput &input, QString *source)
{
    QString value;
    if (!f.prefill.isEmpty() && input.known.contains(f.prefill) && !input.known.value(f.prefill).first.isEmpty()) {
        value = input.known.value(f.prefill).first;
        *source = input.known.value(f.prefill).second;
    }
    if (value.isEmpty() && f.reuse) {
        for (const EarlierDeclaration &e : input.earlier) {
            if (!e.fields.value(f.name).isEmpty()) {
                value = e.fields.value(f.name);
                *source = QStringLiteral("dossier:") + e.dossier;
                break;
            }
        }
    }
    if (value.isEmpty() && !f.defaultValue.isEmpty()) {
        value = f.defaultValue;
        *source = QStringLiteral("default");
    }
    if (value.isEmpty())
        return value;
    // What the card or an earlier dossier holds is checked as typed text is: a stored value
    // of the wrong shape is left for the officer rather than printed.
    Result<QString> checked = checkFieldValue(f, value);
    if (!checked)
        return Error(checked.error().code, checked.error().detail + QStringLiteral(" (from ") + source->section(QLatin1Char(':'), 0, 0) + QLatin1Char(')'));
    return checked;
}

} // namespace

QString suggestedValue(const FormField &f, const FillInput &input)
{
    for (const QString &source : f.suggest) {
        QString value;
        if (source == QLatin1String("relationship.parent")) {
            const QDate born = QDate::fromString(input.known.value(QStringLiteral("applicant.birth_date")).first, Qt::ISODate);
            const QDate today = QDate::fromString(input.known.value(QStringLiteral("today")).first, Qt::ISODate);
            const QString gender = input.known.value(QStringLiteral("applicant.gender")).first;
            if (born.isValid() && today.isValid()) {
                int age = today.year() - born.year();
                if (today.month() < born.month() || (today.month() == born.month() && today.day() < born.day()))
                    --age;
                if (age >= 15 && age < 60)
                    value = gender == QStringLiteral("Nữ") ? QStringLiteral("Mẹ") : gender == QLatin1String("Nam") ? QStringLiteral("Cha") : QString();
            }
        } else {
            value = input.known.value(source).first;
        }
        if (value.isEmpty())
            continue;
        if (const Result<QString> checked = checkFieldValue(f, value); checked && !checked->isEmpty())
            return *checked;
    }
    return {};
}

FilledForm prefillForm(const FormDefinition &d, const FillInput &input)
{
    FilledForm filled;
    filled.formId = d.id;
    filled.version = d.version;
    for (const FormField &f : d.fields) {
        QString source;
        const Result<QString> value = untypedValue(f, input, &source);
        QString shown = value ? *value : QString();
        if (shown.isEmpty()) {
            shown = suggestedValue(f, input);
            source = QStringLiteral("suggested");
        }
        filled.values.insert(f.name, shown);
        if (!shown.isEmpty())
            filled.sources.insert(f.name, source);
    }
    return filled;
}

Result<FilledForm> fillForm(const FormDefinition &d, const FillInput &input)
{
    FilledForm filled;
    filled.formId = d.id;
    filled.version = d.version;

    QSet<QString> seen;
    for (const auto &[name, value] : input.typed) {
        const FormField *f = d.field(name);
        if (!f)
            return Error(QStringLiteral("form.unknown-field"), QStringLiteral("form %1 has no field '%2'").arg(d.id, name));
        if (seen.contains(name))
            return Error(QStringLiteral("form.duplicate-field"), QStringLiteral("field '%1' given twice").arg(name));
        seen.insert(name);
        Result<QString> checked = checkFieldValue(*f, value);
        if (!checked)
            return checked.error();
        filled.values.insert(name, *checked);
        filled.sources.insert(name, QStringLiteral("typed"));
    }

    for (const FormField &f : d.fields) {
        if (seen.contains(f.name))
            continue;
        QString source;
        Result<QString> value = QString();
        if (input.looked.contains(f.name)) {
            value = checkFieldValue(f, input.looked.value(f.name).first);
            source = input.looked.value(f.name).second;
        } else {
            value = untypedValue(f, input, &source);
        }
        if (!value)
            return value.error();
        if (value->isEmpty() && input.accepted.contains(f.name)) {
            value = suggestedValue(f, input);
            source = QStringLiteral("suggested");
        }
        filled.values.insert(f.name, *value);
        if (!value->isEmpty())
            filled.sources.insert(f.name, source);
    }

    QStringList missing;
    for (const FormField &f : d.fields)
        if (f.required && filled.values.value(f.name).isEmpty())
            missing << f.name;
    if (!missing.isEmpty())
        return Error(QStringLiteral("form.missing-required"), missing.join(QStringLiteral(", ")));
    // Printed without its QR the declaration could not be read back: refuse instead.
    const qsizetype bytes = FormPayload::encode(d.id, d.version, filled.orderedValues(d)).toUtf8().size();
    if (bytes > FormPayload::kMaxBytes)
        return Error(QStringLiteral("form.too-long"), QStringLiteral("%1 bytes for a QR of at most %2").arg(bytes).arg(FormPayload::kMaxBytes));
    return filled;
}

} // namespace motcua::forms
