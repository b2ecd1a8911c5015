#pragma once

#include "domain/Result.h"
#include "domain/dossier/DossierState.h"
#include "domain/dossier/Event.h"
#include "domain/dossier/StateMachine.h"
#include "portal/db/Statements.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace motcua::portal::summaries {

// The `dossier_summaries` row of a dossier (public status, statistics) is what the domain's replay
// derives from its events in portal order. No personal data is kept: the applicant's name and ID
// stay in the events.
struct Row {
    QString code;
    QString office;
    DossierState state;
    qint64 lastPortalSeq = 0;
};

// Writes the rows (one multi-row upsert; each code at most once).
Status store(Statements &sql, const QList<Row> &rows);
// That upsert's SQL (ten array parameters, `?`) and its parameters for `rows`: PushService runs it
// as the last part of the one statement that writes a batch.
QString upsertSql();
QVariantList upsertBinds(const QList<Row> &rows);
// Replays every dossier with `machine` and writes the rows that changed: what publishing a calendar
// version does (FeedStore::publish), with every office head row locked by the caller so no push
// writes a summary meanwhile. Returns how many rows changed.
Result<int> recomputeAll(QSqlDatabase &db, const StateMachine &machine);

} // namespace motcua::portal::summaries
