#include "app/intake/PersonLookup.h"

#include "app/forms/Declaration.h"
#include "db/CitizenStore.h"

#include <QRegularExpression>

namespace motcua::intake {
namespace {

forms::PersonMatch fromCitizen(const Citizen &c)
{
    const QString source = QStringLiteral("cache");
    forms::PersonMatch p;
    const auto put = [&p, &source](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            p.values.insert(QLatin1String(key), {value.trimmed(), source});
    };
    put("name", c.name);
    put("id_number", c.idNumber);
    put(c.dateOfBirth.size() == 4 ? "birth_year" : "birth_date", c.dateOfBirth);
    put("gender", c.gender);
    put("residence", c.address);
    put("nationality", QStringLiteral("Việt Nam"));
    return p;
}

// The definition that marks the people of an earlier declaration's form: the version it was printed
// with when that one marks them (a version-2 birth declaration's "mother_birth_year"), else the
// highest version with person groups (a field keeps its name from version to version).
const forms::FormDefinition *markedDefinition(const forms::FormRegistry &registry, const QString &formId, int version)
{
    if (const forms::FormDefinition *own = registry.find(formId, version); own && !forms::personGroups(*own).isEmpty())
        return own;
    const forms::FormDefinition *best = nullptr;
    for (const forms::FormDefinition &d : registry.all())
        if (d.id == formId && !forms::personGroups(d).isEmpty() && (!best || d.version > best->version))
            best = &d;
    return best;
}

} // namespace

Result<QList<forms::PersonMatch>> findPeople(const QSqlDatabase &db, const EventStore &events, const forms::FormRegistry &registry,
                                             const QString &typed, const QString &applicantIdNumber, int limit)
{
    const QString text = typed.simplified();
    static const QRegularExpression idShape(QStringLiteral("^[0-9]{12}$"));
    const bool byId = idShape.match(text).hasMatch();
    if (!byId && text.count(QRegularExpression(QStringLiteral("\\p{L}"))) < 2)
        return QList<forms::PersonMatch>{};

    QList<forms::PersonMatch> found;
    CitizenStore citizens(db);
    if (byId) {
        if (const std::optional<Citizen> c = citizens.byIdNumber(text))
            found << fromCitizen(*c);
    } else {
        for (const Citizen &c : citizens.searchName(text, limit))
            found << fromCitizen(c);
    }
    if (citizens.failure())
        return *citizens.failure();

    if (!applicantIdNumber.isEmpty()) {
        Result<QList<forms::EarlierDeclaration>> earlier = forms::earlierDeclarations(db, events, applicantIdNumber);
        if (!earlier)
            return earlier.error();
        for (const forms::EarlierDeclaration &e : std::as_const(*earlier)) {
            const forms::FormDefinition *d = markedDefinition(registry, e.formId, e.version);
            if (!d)
                continue;
            for (const forms::PersonMatch &p : forms::peopleIn(*d, e)) {
                const bool matches = byId ? p.value(QStringLiteral("id_number")) == text
                                          : nameMatchesWordPrefixes(p.value(QStringLiteral("name")), text);
                if (matches)
                    found << p;
            }
        }
    }
    QList<forms::PersonMatch> merged = forms::mergePeople(found);
    if (merged.size() > limit)
        merged.resize(limit);
    return merged;
}

} // namespace motcua::intake
