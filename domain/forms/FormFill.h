#pragma once

#include "domain/Result.h"
#include "domain/forms/FormDefinition.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace motcua::forms {

// A declaration the applicant made earlier (a dossier's event), for fields marked "reuse".
struct EarlierDeclaration {
    QString dossier;                   // the dossier code it was filed with
    QString formId;
    QMap<QString, QString> fields;     // name → stored value
    int version = 0;                   // the form's version it was printed with (0: unknown)
};

// Everything a fill may draw on besides what the officer types.
struct FillInput {
    // Pre-fill sources by key (FormDefinition prefillSources(): "applicant.name", "today" …) with the
    // value and where it came from ("card-qr", "officer", "office", "clock").
    QMap<QString, QPair<QString, QString>> known;
    QList<EarlierDeclaration> earlier;          // newest first
    QList<QPair<QString, QString>> typed;       // --field NAME=VALUE / the form view, in order
    // Fields whose suggestion (suggestedValue) the officer accepted in the form view: filled with
    // it, source "suggested". A suggestion nobody accepted is never used by fillForm.
    QStringList accepted;
    // Fields the officer filled by taking a person in the form view's lookup (FormPeople.h): field →
    // (value, source: "cache", "dossier:<code>"). Used as found, after what is typed.
    QMap<QString, QPair<QString, QString>> looked;
};

// A filled declaration: every field of the definition (empty when not known), in stored form.
struct FilledForm {
    QString formId;
    int version = 0;
    QMap<QString, QString> values;     // name → value ("" when empty)
    QMap<QString, QString> sources;    // name → "typed", "card-qr", "dossier:<code>", "default", "office", "clock", "suggested"

    QStringList orderedValues(const FormDefinition &definition) const;   // in the definition's field order
};

// Fills `definition`: typed values first, then a person taken in the form view (`looked`), then the pre-fill source, then the applicant's newest
// earlier declaration holding the field (fields marked reuse), then the field's default. Every
// value is checked (FieldCheck.h). Errors (the first found; the detail names fields, never values):
//   form.unknown-field     a typed name the form does not have
//   form.duplicate-field   a name typed twice
//   form.bad-*             a value of the wrong shape (FieldCheck.h)
//   form.missing-required  required fields left empty (detail: their names, comma-separated)
//   form.too-long          the filled form does not fit its printed QR (FormPayload::kMaxBytes)
Result<FilledForm> fillForm(const FormDefinition &definition, const FillInput &input);

// A field's suggestion: its first "suggest" source that gives a value of the right shape, "" when
// none. "relationship.parent": "Mẹ" for a woman card holder, "Cha" for a man, aged 15 to 59 today
// (applicant.gender, applicant.birth_date, today); "applicant.province" / "office.province": that
// key of `input.known` (the app finds the province: AdminUnits::provinceIn).
QString suggestedValue(const FormField &field, const FillInput &input);

// What a form view shows before anything is typed: `input.typed` ignored, the pre-fill source, the
// earlier declaration (reuse), the default and then the suggestion (source "suggested": the view
// asks the officer to accept it), each checked; a value of the wrong shape is left empty (the
// officer types it). No required or length check: the view runs fillForm at print.
FilledForm prefillForm(const FormDefinition &definition, const FillInput &input);

} // namespace motcua::forms
