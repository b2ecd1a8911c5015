#pragma once

#include "domain/Result.h"
#include "domain/auth/Officer.h"

#include <QList>
#include <QSqlDatabase>

namespace motcua::portal {

// The demo data of `motcua-portal seed-demo`: a province centre, two communes, officers holding
// every role (two counter officers in H55.242), fixed passwords, and a generated registry.
namespace DemoSeed {
struct DemoOfficer {
    Officer officer;
    QString password;
};
QList<Office> offices();
QList<DemoOfficer> officers();
// Writes offices and officers (insert or update: a rerun resets their passwords to the demo ones)
// and replaces the registry with `registrySize` people.
Result<void> apply(QSqlDatabase &db, int registrySize);
} // namespace DemoSeed

} // namespace motcua::portal
