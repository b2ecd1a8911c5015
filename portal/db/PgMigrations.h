#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace motcua::portal {

// The portal's schema: portal/migrations/NNNN_name.sql embedded as :/portal/migrations/. Each
// pending migration runs in one transaction with its schema_migrations row, under an advisory
// lock, so two instances migrating at once apply each migration once. Idempotent.
namespace PgMigrations {
QStringList available();                       // "0001_core", ... in order
// Applies what is missing; returns the names applied (empty when up to date).
Result<QStringList> apply(QSqlDatabase &db);
} // namespace PgMigrations

} // namespace motcua::portal
