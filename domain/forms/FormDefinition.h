#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua::forms {

// What a field holds; decides how a value is checked and normalised (domain/forms/FieldCheck.h).
enum class FieldType {
    Text,       // free text, one line
    LongText,   // free text, may wrap over lines when printed
    Date,       // a calendar date: typed ddMMyyyy, dd/MM/yyyy or YYYY-MM-DD; stored YYYY-MM-DD
    Year,       // a year of birth alone (yyyy)
    DateOrYear, // a full date when known, else the year alone: typed ddMMyyyy, dd/MM/yyyy, YYYY-MM-DD
                // or yyyy; stored YYYY-MM-DD or YYYY (a parent's date of birth, "nếu có")
    IdNumber,   // the 12-digit personal number, its first three digits a known province code
    Phone,      // a Vietnamese phone number: 0 or +84, then 8 to 10 digits
    Email,
    Choice,     // one of `choices`
    Number,     // a whole number 0–9999 (copies, "marriage number")
    Province,   // a province or city name, free text checked for shape only
    Commune,    // a commune / ward name, free text checked for shape only
};

QString fieldTypeName(FieldType t);                        // "text", "long-text", "date", "id-number" …
std::optional<FieldType> fieldTypeFromName(const QString &name);

// One field of a declaration form. `name` is the stable key in the filled data, the QR payload
// and the dossier's events (lower-case words joined by '_', e.g. "child_name").
struct FormField {
    QString name;
    QString labelVi;          // the official wording ("Họ, chữ đệm, tên người yêu cầu")
    QString labelEn;
    FieldType type = FieldType::Text;
    bool required = false;
    QString prefill;          // where the value comes from unless typed: "applicant.name" … (kPrefillSources)
    bool reuse = false;       // may be taken from the applicant's earlier declaration of a field of this name
    QString defaultValue;     // e.g. "Việt Nam" for a nationality
    QStringList choices;      // Choice only
    int maxLength = 200;
    bool sameLine = false;    // print hint: on the line of the field before it ("Giới tính: … Dân tộc: …")
    // Suggestions for a field nothing fills (suggestionSources(), first with a value wins): shown
    // pre-selected in the form view, used only once the officer accepts them (source "suggested").
    QStringList suggest;
    bool place = false;       // a place (birth place, residence …): the form view offers the administrative units
    // A field describing one person the form names (the child's father, the deceased …): `person` the
    // group ("father", lower-case word), `personField` what the field is of that person
    // (personFields(): "name", "birth_year" …). Both or neither; the form view looks people up on a
    // group's name and ID-number fields and fills the group (docs/forms.md "Person lookup").
    QString person;
    QString personField;
};

// How a section is printed: its fields line by line ("label: value"), or as the template's table
// (the marriage declaration's "Thông tin | Bên nữ | Bên nam"): a row per label, a column per side.
enum class SectionLayout { Lines, Table };

struct FormColumn {
    QString titleVi;          // "Bên nữ"
    QString titleEn;
};

// A block of the printed form: a heading (may be empty) and its fields in the paper's order.
// A table's fields are listed column after column (the first column's rows, then the second's …),
// which is also the form view's Tab order; row r holds the r-th field of each column, and its
// label (the same in every column) is printed once in the left column under the title.
struct FormSection {
    QString titleVi;          // a table: its top-left cell ("Thông tin")
    QString titleEn;
    QStringList fields;       // names, each field in exactly one section
    SectionLayout layout = SectionLayout::Lines;
    QList<FormColumn> columns;   // Table only: at least two

    qsizetype rowCount() const { return columns.isEmpty() ? fields.size() : fields.size() / columns.size(); }
    // Table: the field of `row` in `column`.
    QString cell(qsizetype row, qsizetype column) const { return fields.value(column * rowCount() + row); }
};

// A declaration form (tờ khai) as data: loaded from resources/catalog/forms/*.json (the bundled
// set) or a province's folder (docs/forms.md). The id and version travel in the printed QR.
struct FormDefinition {
    QString id;               // "to-khai-khai-sinh": lower-case words joined by '-'
    int version = 1;          // 1, 2 …: a new field list is a new version
    QStringList procedures;   // catalog procedure codes that use this form
    QString titleVi;          // "TỜ KHAI ĐĂNG KÝ KHAI SINH"
    QString titleEn;
    QString formNumber;       // as printed on the template's corner ("CT01"), may be empty
    QString source;           // the circular and annex the wording comes from
    QString addressee;        // the "Kính gửi" field's name, or empty
    QStringList pledgeVi;     // the closing commitment paragraphs, official wording
    QString signerVi;         // "Người yêu cầu"
    QString cosignerVi;       // a second signature block beside the first ("Bên nam"), or empty
    QString signatureNoteVi;  // under each signer, "(Ký, ghi rõ họ, chữ đệm, tên)"; empty: the frame's own
    QString placeVi;          // before the date line, "Làm tại"; empty: none
    QList<FormField> fields;
    QList<FormSection> sections;

    const FormField *field(const QString &name) const;
    int indexOf(const QString &name) const;   // -1 when absent
};

// The pre-fill sources a definition may name (anything else is refused at load).
const QStringList &prefillSources();

// The suggestion sources a field's "suggest" may name: "relationship.parent" ("Mẹ"/"Cha" from the
// card holder's sex and age), "applicant.province" (the province of the card's address),
// "office.province" (the office's province). Anything else is refused at load.
const QStringList &suggestionSources();

// What a field may be of a person (`personField`): "name", "birth_date", "birth_year", "id_number",
// "gender", "ethnicity", "nationality", "residence". Anything else is refused at load. A
// "birth_date" is of type date, or date-or-year (then a year alone is taken when no date is known).
const QStringList &personFields();

} // namespace motcua::forms
