#pragma once

#include "app/forms/FormRegistry.h"
#include "domain/Result.h"
#include "domain/forms/FormPeople.h"

#include <QSqlDatabase>
#include <QString>

namespace motcua {
class EventStore;
}

namespace motcua::intake {

// The form view's person lookup (docs/forms.md "Person lookup"), on the thread that owns `db`:
// what was typed in a person's name field (folded word prefixes: "ng v an" finds "Nguyễn Văn An",
// at least two letters) or ID-number field (12 digits, exact) matched against the local citizen
// cache (CitizenStore: source "cache") and the people the applicant's earlier declarations name
// (source "dossier:<code>"), merged (mergePeople), at most `limit`. A citizen of the cache holds a
// 12-digit personal number, which only Vietnamese citizens have: their nationality is "Việt Nam".
// The portal's registry is not asked (it is searched by ID number only, and not from here).
// Personal data: never logged.
Result<QList<forms::PersonMatch>> findPeople(const QSqlDatabase &db, const EventStore &events, const forms::FormRegistry &registry,
                                             const QString &typed, const QString &applicantIdNumber, int limit = 8);

} // namespace motcua::intake
