#include "domain/forms/FormDefinitionJson.h"

#include "domain/catalog/JsonPositions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace motcua::forms::FormDefinitionJson {
namespace {

const QString kInvalid = QStringLiteral("form.invalid");
const QString kBadJson = QStringLiteral("form.bad-json");

QString q(const QString &s) { return QLatin1Char('\'') + s + QLatin1Char('\''); }

// A validating reader: the first failure is kept with the line of the value at `pointer`, and
// every caller stops at once, so the first problem is the one reported.
class Reader {
public:
    explicit Reader(const JsonPositions &positions) : m_positions(positions) {}

    bool fail(const QString &pointer, const QString &message)
    {
        if (m_error)
            return false;
        const JsonPosition p = m_positions.at(pointer);
        m_error = Error(kInvalid, p.line > 0 ? QStringLiteral("line %1: ").arg(p.line) + message : message);
        return false;
    }
    const std::optional<Error> &error() const { return m_error; }

    bool onlyKeys(const QJsonObject &o, const QString &ptr, const QString &label, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                return fail(ptr + QLatin1Char('/') + JsonPositions::escapeKey(it.key()), label + QStringLiteral(": unknown key ") + q(it.key()));
        return true;
    }

    bool string(const QJsonObject &o, const QString &ptr, const QString &label, const QString &key, QString &out, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return !required || fail(ptr, label + QStringLiteral(" has no ") + q(key));
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            return fail(ptr + QLatin1Char('/') + key, label + QStringLiteral(": ") + q(key) + QStringLiteral(" must be a non-empty string"));
        out = v.toString();
        return true;
    }

    bool boolean(const QJsonObject &o, const QString &ptr, const QString &label, const QString &key, bool &out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(ptr + QLatin1Char('/') + key, label + QStringLiteral(": ") + q(key) + QStringLiteral(" must be true or false"));
        out = v.toBool();
        return true;
    }

    bool strings(const QJsonObject &o, const QString &ptr, const QString &label, const QString &key, QStringList &out, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return !required || fail(ptr, label + QStringLiteral(" has no ") + q(key));
        const QString at = ptr + QLatin1Char('/') + key;
        if (!v.isArray() || (required && v.toArray().isEmpty()))
            return fail(at, label + QStringLiteral(": ") + q(key) + QStringLiteral(" must be a non-empty list of strings"));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty())
                return fail(at + QLatin1Char('/') + QString::number(i), label + QStringLiteral(": ") + q(key) + QStringLiteral(" holds something that is not a non-empty string"));
            out << a.at(i).toString();
        }
        return true;
    }

    // {"vi": "...", "en": "..."}: both required.
    bool text(const QJsonObject &o, const QString &ptr, const QString &label, const QString &key, QString &vi, QString &en, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return !required || fail(ptr, label + QStringLiteral(" has no ") + q(key));
        const QString at = ptr + QLatin1Char('/') + key;
        if (!v.isObject())
            return fail(at, label + QStringLiteral(": ") + q(key) + QStringLiteral(" must be {\"vi\": …, \"en\": …}"));
        const QJsonObject t = v.toObject();
        const QString l = label + QStringLiteral(": ") + key;
        return onlyKeys(t, at, l, {QStringLiteral("vi"), QStringLiteral("en")})
            && string(t, at, l, QStringLiteral("vi"), vi, true) && string(t, at, l, QStringLiteral("en"), en, true);
    }

    bool field(const QJsonObject &o, const QString &ptr, FormField &f)
    {
        QString label = QStringLiteral("a field");
        if (!onlyKeys(o, ptr, label,
                      {QStringLiteral("name"), QStringLiteral("label"), QStringLiteral("type"), QStringLiteral("required"),
                       QStringLiteral("prefill"), QStringLiteral("reuse"), QStringLiteral("default"), QStringLiteral("choices"),
                       QStringLiteral("maxLength"), QStringLiteral("sameLine"), QStringLiteral("suggest"), QStringLiteral("place"),
                       QStringLiteral("person"), QStringLiteral("personField")}))
            return false;
        if (!string(o, ptr, label, QStringLiteral("name"), f.name, true))
            return false;
        static const QRegularExpression nameShape(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
        if (!nameShape.match(f.name).hasMatch() || f.name.size() > 40)
            return fail(ptr + QStringLiteral("/name"), QStringLiteral("field ") + q(f.name) + QStringLiteral(": a name is lower-case words joined by '_' (at most 40 characters)"));
        label = QStringLiteral("field ") + q(f.name);
        QString type;
        if (!text(o, ptr, label, QStringLiteral("label"), f.labelVi, f.labelEn, true)
            || !string(o, ptr, label, QStringLiteral("type"), type, true))
            return false;
        const auto t = fieldTypeFromName(type);
        if (!t)
            return fail(ptr + QStringLiteral("/type"), label + QStringLiteral(": unknown type ") + q(type));
        f.type = *t;
        if (!boolean(o, ptr, label, QStringLiteral("required"), f.required) || !boolean(o, ptr, label, QStringLiteral("reuse"), f.reuse)
            || !boolean(o, ptr, label, QStringLiteral("sameLine"), f.sameLine)
            || !boolean(o, ptr, label, QStringLiteral("place"), f.place)
            || !strings(o, ptr, label, QStringLiteral("suggest"), f.suggest, false)
            || !string(o, ptr, label, QStringLiteral("prefill"), f.prefill, false)
            || !string(o, ptr, label, QStringLiteral("default"), f.defaultValue, false)
            || !strings(o, ptr, label, QStringLiteral("choices"), f.choices, f.type == FieldType::Choice))
            return false;
        if (!f.prefill.isEmpty() && !prefillSources().contains(f.prefill))
            return fail(ptr + QStringLiteral("/prefill"), label + QStringLiteral(": unknown prefill source ") + q(f.prefill));
        for (const QString &source : std::as_const(f.suggest))
            if (!suggestionSources().contains(source))
                return fail(ptr + QStringLiteral("/suggest"), label + QStringLiteral(": unknown suggestion source ") + q(source));
        if (f.type != FieldType::Choice && !f.choices.isEmpty())
            return fail(ptr + QStringLiteral("/choices"), label + QStringLiteral(": only a choice field has choices"));
        if (f.type == FieldType::Choice && !f.defaultValue.isEmpty() && !f.choices.contains(f.defaultValue))
            return fail(ptr + QStringLiteral("/default"), label + QStringLiteral(": the default is not one of the choices"));
        const QJsonValue max = o.value(QStringLiteral("maxLength"));
        if (!max.isUndefined()) {
            const int n = max.toInt(-1);
            if (!max.isDouble() || n < 1 || n > 2000 || double(n) != max.toDouble())
                return fail(ptr + QStringLiteral("/maxLength"), label + QStringLiteral(": 'maxLength' must be a whole number from 1 to 2000"));
            f.maxLength = n;
        }
        return person(o, ptr, label, f);
    }

    // "person": "father" and "personField": "birth_year" (personFields()), both or neither, the
    // field's type fitting what it is of the person.
    bool person(const QJsonObject &o, const QString &ptr, const QString &label, FormField &f)
    {
        if (!string(o, ptr, label, QStringLiteral("person"), f.person, false)
            || !string(o, ptr, label, QStringLiteral("personField"), f.personField, false))
            return false;
        if (f.person.isEmpty() != f.personField.isEmpty())
            return fail(ptr, label + QStringLiteral(": 'person' and 'personField' go together"));
        if (f.person.isEmpty())
            return true;
        static const QRegularExpression groupShape(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
        if (!groupShape.match(f.person).hasMatch() || f.person.size() > 40)
            return fail(ptr + QStringLiteral("/person"), label + QStringLiteral(": 'person' is lower-case words joined by '_' (at most 40 characters)"));
        if (!personFields().contains(f.personField))
            return fail(ptr + QStringLiteral("/personField"), label + QStringLiteral(": unknown person field ") + q(f.personField)
                                                                 + QStringLiteral(" (one of: ") + personFields().join(QStringLiteral(", ")) + QLatin1Char(')'));
        const QString &pf = f.personField;
        const bool fits = pf == QLatin1String("birth_date")  ? f.type == FieldType::Date || f.type == FieldType::DateOrYear
                          : pf == QLatin1String("birth_year") ? f.type == FieldType::Year
                          : pf == QLatin1String("id_number")  ? f.type == FieldType::IdNumber
                          : pf == QLatin1String("gender")     ? f.type == FieldType::Choice || f.type == FieldType::Text
                          : pf == QLatin1String("residence")  ? f.type == FieldType::Text || f.type == FieldType::LongText
                                                              : f.type == FieldType::Text;
        if (!fits)
            return fail(ptr + QStringLiteral("/personField"), label + QStringLiteral(": a person's ") + q(pf) + QStringLiteral(" cannot be of type ")
                                                                 + q(fieldTypeName(f.type)));
        return true;
    }

    // Each person's group: every personField at most once, and a "name" to look the person up by.
    bool personGroups(const FormDefinition &d)
    {
        QMap<QString, QSet<QString>> groups;
        for (qsizetype i = 0; i < d.fields.size(); ++i) {
            const FormField &f = d.fields.at(i);
            if (f.person.isEmpty())
                continue;
            if (groups[f.person].contains(f.personField))
                return fail(QStringLiteral("/fields/%1/personField").arg(i),
                            QStringLiteral("field ") + q(f.name) + QStringLiteral(": person ") + q(f.person) + QStringLiteral(" has a ")
                                + q(f.personField) + QStringLiteral(" already"));
            groups[f.person].insert(f.personField);
        }
        for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
            if (!g.value().contains(QStringLiteral("name"))) {
                for (qsizetype i = 0; i < d.fields.size(); ++i)
                    if (d.fields.at(i).person == g.key())
                        return fail(QStringLiteral("/fields/%1/person").arg(i),
                                    QStringLiteral("person ") + q(g.key()) + QStringLiteral(" has no field with \"personField\": \"name\""));
            }
        }
        return true;
    }

    // A section's "layout": "lines" (the default) or "table" with "columns": [{"vi", "en"}, …]
    // (at least two) and as many fields in each column.
    bool layout(const QJsonObject &o, const QString &ptr, const QString &label, FormSection &s)
    {
        const QJsonValue v = o.value(QStringLiteral("layout"));
        const QJsonValue columns = o.value(QStringLiteral("columns"));
        if (v.isUndefined() || v == QJsonValue(QStringLiteral("lines"))) {
            if (!columns.isUndefined())
                return fail(ptr + QStringLiteral("/columns"), label + QStringLiteral(": 'columns' needs \"layout\": \"table\""));
            return true;
        }
        if (v != QJsonValue(QStringLiteral("table")))
            return fail(ptr + QStringLiteral("/layout"), label + QStringLiteral(": 'layout' must be \"lines\" or \"table\""));
        s.layout = SectionLayout::Table;
        if (!columns.isArray() || columns.toArray().size() < 2)
            return fail(columns.isUndefined() ? ptr : ptr + QStringLiteral("/columns"),
                        label + QStringLiteral(": a table needs 'columns', a list of at least two {\"vi\": …, \"en\": …}"));
        const QJsonArray a = columns.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString at = ptr + QStringLiteral("/columns/%1").arg(i);
            const QString cl = label + QStringLiteral(": column %1").arg(i + 1);
            if (!a.at(i).isObject())
                return fail(at, cl + QStringLiteral(" must be {\"vi\": …, \"en\": …}"));
            FormColumn c;
            const QJsonObject t = a.at(i).toObject();
            if (!onlyKeys(t, at, cl, {QStringLiteral("vi"), QStringLiteral("en")})
                || !string(t, at, cl, QStringLiteral("vi"), c.titleVi, true) || !string(t, at, cl, QStringLiteral("en"), c.titleEn, true))
                return false;
            s.columns << c;
        }
        if (s.fields.size() % s.columns.size() != 0)
            return fail(ptr + QStringLiteral("/fields"), label + QStringLiteral(": a table of %1 columns needs as many fields in each (%2 given)")
                                                             .arg(s.columns.size()).arg(s.fields.size()));
        return true;
    }

    // A table prints each row's label once: the fields of a row must share their Vietnamese label.
    bool tableRows(const FormSection &s, const FormDefinition &d, const QString &ptr, const QString &label)
    {
        for (qsizetype r = 0; r < s.rowCount(); ++r) {
            const FormField *first = d.field(s.cell(r, 0));
            for (qsizetype c = 1; c < s.columns.size(); ++c) {
                const FormField *f = d.field(s.cell(r, c));
                if (first && f && f->labelVi != first->labelVi)
                    return fail(ptr + QStringLiteral("/fields/%1").arg(c * s.rowCount() + r),
                                label + QStringLiteral(": row %1 of the table: fields %2 and %3 have different labels (a row prints one)")
                                            .arg(r + 1).arg(q(first->name), q(f->name)));
            }
        }
        return true;
    }

    bool definition(const QJsonObject &o, FormDefinition &d)
    {
        const QString root;
        const QString label = QStringLiteral("the form");
        if (!onlyKeys(o, root, label,
                      {QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("id"), QStringLiteral("version"),
                       QStringLiteral("procedures"), QStringLiteral("title"), QStringLiteral("formNumber"), QStringLiteral("source"),
                       QStringLiteral("addressee"), QStringLiteral("pledge"), QStringLiteral("signer"), QStringLiteral("fields"),
                       QStringLiteral("sections"), QStringLiteral("cosigner"), QStringLiteral("signatureNote"), QStringLiteral("place")}))
            return false;
        if (o.value(QStringLiteral("format")).toString() != QLatin1String("motcua-form"))
            return fail(QStringLiteral("/format"), QStringLiteral("'format' must be \"motcua-form\""));
        if (o.value(QStringLiteral("formatVersion")).toDouble() != kFormatVersion)
            return fail(QStringLiteral("/formatVersion"), QStringLiteral("'formatVersion' must be %1 (a newer file needs a newer MotCua)").arg(kFormatVersion));
        if (!string(o, root, label, QStringLiteral("id"), d.id, true))
            return false;
        static const QRegularExpression idShape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (!idShape.match(d.id).hasMatch() || d.id.size() > 40)
            return fail(QStringLiteral("/id"), QStringLiteral("'id' is lower-case words joined by '-' (at most 40 characters)"));
        const QJsonValue version = o.value(QStringLiteral("version"));
        d.version = version.toInt(0);
        if (!version.isDouble() || d.version < 1 || d.version > 999 || double(d.version) != version.toDouble())
            return fail(version.isUndefined() ? root : QStringLiteral("/version"), QStringLiteral("'version' must be a whole number from 1 to 999"));
        if (!strings(o, root, label, QStringLiteral("procedures"), d.procedures, true))
            return false;
        static const QRegularExpression codeShape(QStringLiteral("^[0-9]\\.[0-9]{6}$"));
        for (qsizetype i = 0; i < d.procedures.size(); ++i)
            if (!codeShape.match(d.procedures.at(i)).hasMatch())
                return fail(QStringLiteral("/procedures/%1").arg(i), QStringLiteral("procedure code ") + q(d.procedures.at(i)) + QStringLiteral(" is not d.dddddd"));
        if (!text(o, root, label, QStringLiteral("title"), d.titleVi, d.titleEn, true)
            || !string(o, root, label, QStringLiteral("source"), d.source, true)
            || !string(o, root, label, QStringLiteral("formNumber"), d.formNumber, false)
            || !string(o, root, label, QStringLiteral("addressee"), d.addressee, false)
            || !string(o, root, label, QStringLiteral("signer"), d.signerVi, true)
            || !string(o, root, label, QStringLiteral("cosigner"), d.cosignerVi, false)
            || !string(o, root, label, QStringLiteral("signatureNote"), d.signatureNoteVi, false)
            || !string(o, root, label, QStringLiteral("place"), d.placeVi, false)
            || !strings(o, root, label, QStringLiteral("pledge"), d.pledgeVi, false))
            return false;

        const QJsonValue fields = o.value(QStringLiteral("fields"));
        if (!fields.isArray() || fields.toArray().isEmpty())
            return fail(fields.isUndefined() ? root : QStringLiteral("/fields"), QStringLiteral("'fields' must be a non-empty list"));
        QSet<QString> names;
        const QJsonArray fa = fields.toArray();
        for (qsizetype i = 0; i < fa.size(); ++i) {
            const QString ptr = QStringLiteral("/fields/%1").arg(i);
            if (!fa.at(i).isObject())
                return fail(ptr, QStringLiteral("field %1 is not an object").arg(i + 1));
            FormField f;
            if (!field(fa.at(i).toObject(), ptr, f))
                return false;
            if (names.contains(f.name))
                return fail(ptr + QStringLiteral("/name"), QStringLiteral("field ") + q(f.name) + QStringLiteral(" is defined twice"));
            names.insert(f.name);
            d.fields << f;
        }
        if (!d.addressee.isEmpty() && !names.contains(d.addressee))
            return fail(QStringLiteral("/addressee"), QStringLiteral("'addressee' names no field: ") + q(d.addressee));
        if (!personGroups(d))
            return false;

        const QJsonValue sections = o.value(QStringLiteral("sections"));
        if (!sections.isArray() || sections.toArray().isEmpty())
            return fail(sections.isUndefined() ? root : QStringLiteral("/sections"), QStringLiteral("'sections' must be a non-empty list"));
        QSet<QString> placed;
        const QJsonArray sa = sections.toArray();
        for (qsizetype i = 0; i < sa.size(); ++i) {
            const QString ptr = QStringLiteral("/sections/%1").arg(i);
            const QString sl = QStringLiteral("section %1").arg(i + 1);
            if (!sa.at(i).isObject())
                return fail(ptr, sl + QStringLiteral(" is not an object"));
            const QJsonObject so = sa.at(i).toObject();
            FormSection s;
            if (!onlyKeys(so, ptr, sl, {QStringLiteral("title"), QStringLiteral("fields"), QStringLiteral("layout"), QStringLiteral("columns")})
                || !text(so, ptr, sl, QStringLiteral("title"), s.titleVi, s.titleEn, false)
                || !strings(so, ptr, sl, QStringLiteral("fields"), s.fields, true)
                || !layout(so, ptr, sl, s))
                return false;
            for (qsizetype k = 0; k < s.fields.size(); ++k) {
                const QString &n = s.fields.at(k);
                const QString at = ptr + QStringLiteral("/fields/%1").arg(k);
                if (!names.contains(n))
                    return fail(at, sl + QStringLiteral(" names an unknown field ") + q(n));
                if (placed.contains(n))
                    return fail(at, sl + QStringLiteral(": field ") + q(n) + QStringLiteral(" is already in a section"));
                placed.insert(n);
            }
            if (s.layout == SectionLayout::Table && !tableRows(s, d, ptr, sl))
                return false;
            d.sections << s;
        }
        for (qsizetype i = 0; i < d.fields.size(); ++i)
            if (!placed.contains(d.fields.at(i).name) && d.fields.at(i).name != d.addressee)
                return fail(QStringLiteral("/fields/%1").arg(i), QStringLiteral("field ") + q(d.fields.at(i).name) + QStringLiteral(" is in no section (it would not be printed)"));
        return true;
    }

private:
    const JsonPositions &m_positions;
    std::optional<Error> m_error;
};

} // namespace

Result<FormDefinition> parse(const QByteArray &input)
{
    QByteArray json = input;
    if (json.startsWith("\xEF\xBB\xBF"))
        json = json.mid(3);
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const JsonPosition p = JsonPositions::positionOf(json, pe.offset);
        return Error(kBadJson, QStringLiteral("line %1, column %2: %3").arg(p.line).arg(p.column).arg(pe.errorString()));
    }
    if (!doc.isObject())
        return Error(kInvalid, QStringLiteral("line 1: a form definition must be a JSON object"));
    const JsonPositions positions = JsonPositions::scan(json);
    if (const auto &dup = positions.firstDuplicateKey())
        return Error(kBadJson, QStringLiteral("line %1, column %2: duplicate key %3")
                                   .arg(dup->position.line).arg(dup->position.column).arg(q(dup->pointer.section(QLatin1Char('/'), -1))));
    Reader reader(positions);
    FormDefinition d;
    if (!reader.definition(doc.object(), d))
        return *reader.error();
    return d;
}

} // namespace motcua::forms::FormDefinitionJson
