#include "domain/forms/FormPeople.h"

#include "domain/forms/FieldCheck.h"
#include "domain/text/VietnameseFolding.h"

namespace motcua::forms {

QString PersonMatch::birthYear() const
{
    const QString year = value(QStringLiteral("birth_year"));
    return year.isEmpty() ? value(QStringLiteral("birth_date")).left(4) : year;
}

QMap<QString, QMap<QString, QString>> personGroups(const FormDefinition &definition)
{
    QMap<QString, QMap<QString, QString>> groups;
    for (const FormField &f : definition.fields)
        if (!f.person.isEmpty())
            groups[f.person].insert(f.personField, f.name);
    return groups;
}

QList<PersonMatch> peopleIn(const FormDefinition &definition, const EarlierDeclaration &declaration)
{
    QList<PersonMatch> people;
    const QString source = QStringLiteral("dossier:") + declaration.dossier;
    const auto groups = personGroups(definition);
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        PersonMatch person;
        for (auto f = g.value().cbegin(); f != g.value().cend(); ++f) {
            const QString value = declaration.fields.value(f.value()).trimmed();
            if (!value.isEmpty())
                person.values.insert(f.key(), {value, source});
        }
        if (!person.value(QStringLiteral("name")).isEmpty())
            people << person;
    }
    return people;
}

namespace {

bool samePerson(const PersonMatch &a, const PersonMatch &b)
{
    const QString idA = a.value(QStringLiteral("id_number"));
    const QString idB = b.value(QStringLiteral("id_number"));
    if (!idA.isEmpty() && !idB.isEmpty())
        return idA == idB;
    if (foldVietnamese(a.value(QStringLiteral("name"))).simplified() != foldVietnamese(b.value(QStringLiteral("name"))).simplified())
        return false;
    const QString yearA = a.birthYear();
    const QString yearB = b.birthYear();
    return yearA.isEmpty() || yearB.isEmpty() || yearA == yearB;
}

} // namespace

QList<PersonMatch> mergePeople(const QList<PersonMatch> &people)
{
    QList<PersonMatch> merged;
    for (const PersonMatch &p : people) {
        auto same = std::find_if(merged.begin(), merged.end(), [&p](const PersonMatch &m) { return samePerson(m, p); });
        if (same == merged.end()) {
            merged << p;
            continue;
        }
        for (auto v = p.values.cbegin(); v != p.values.cend(); ++v)
            if (same->value(v.key()).isEmpty())
                same->values.insert(v.key(), v.value());
    }
    return merged;
}

QMap<QString, QPair<QString, QString>> groupValues(const FormDefinition &definition, const QString &group, const PersonMatch &person)
{
    QMap<QString, QPair<QString, QString>> out;
    for (const FormField &f : definition.fields) {
        if (f.person != group)
            continue;
        PersonValue v = person.values.value(f.personField);
        if (f.personField == QLatin1String("birth_year") && v.value.isEmpty()) {
            v = person.values.value(QStringLiteral("birth_date"));
            v.value = v.value.left(4);
        }
        // A date-or-year birth date: the full date when known, else the year alone.
        if (f.personField == QLatin1String("birth_date") && f.type == FieldType::DateOrYear && v.value.isEmpty())
            v = person.values.value(QStringLiteral("birth_year"));
        if (v.value.isEmpty())
            continue;
        const Result<QString> checked = checkFieldValue(f, v.value);
        if (checked && !checked->isEmpty())
            out.insert(f.name, {*checked, v.source});
    }
    return out;
}

} // namespace motcua::forms
