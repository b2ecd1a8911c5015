#pragma once

#include "domain/forms/FormDefinition.h"
#include "domain/forms/FormFill.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace motcua::forms {

// Person lookup in the form view (docs/forms.md "Person lookup"): a person the workspace already
// knows — a citizen of the local cache, or someone the applicant's earlier declaration named —
// offered on a person group's name or ID-number field and, once taken, filling the group.
// Personal data: never logged.

// One value of a person and where it came from: "cache" (the citizen cache), "dossier:<code>".
struct PersonValue {
    QString value;
    QString source;
    friend bool operator==(const PersonValue &, const PersonValue &) = default;
};

// A person found: personField (personFields()) → value, in stored shapes (birth_date YYYY-MM-DD,
// birth_year YYYY, id_number 12 digits).
struct PersonMatch {
    QMap<QString, PersonValue> values;

    QString value(const QString &personField) const { return values.value(personField).value; }
    QString birthYear() const;   // of birth_year, else of a birth_date
};

// A definition's person groups: group ("father") → personField → field name, in field order.
QMap<QString, QMap<QString, QString>> personGroups(const FormDefinition &definition);

// The people an earlier declaration names (its form's definition gives the groups): one for each
// group with a name, each value's source "dossier:<code>".
QList<PersonMatch> peopleIn(const FormDefinition &definition, const EarlierDeclaration &declaration);

// One person found twice (the cache and a declaration; two declarations): the same ID number, or,
// when one of them has none, the same folded name and no different year of birth. The first keeps
// its values; the later one adds those it lacks (a declaration's ethnicity to a cached citizen).
QList<PersonMatch> mergePeople(const QList<PersonMatch> &people);

// What taking `person` puts in `group`'s fields: field name → (value as stored, source). A year of
// birth is taken from a date of birth, a date-or-year field takes a year when no date is known;
// a value of the wrong shape for its field is left out.
QMap<QString, QPair<QString, QString>> groupValues(const FormDefinition &definition, const QString &group,
                                                   const PersonMatch &person);

} // namespace motcua::forms
