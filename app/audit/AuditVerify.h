#pragma once

#include "app/audit/AuditFinding.h"
#include "domain/Result.h"
#include "domain/audit/ChainVerifier.h"
#include "domain/dossier/StateMachine.h"

#include <QSqlDatabase>
#include <QTextStream>

#include <functional>

namespace motcua {

// What `audit verify` reads: the workspace's connection, its device, and the machine context the
// writers replay with (the office's working calendar; no office coverage, like IntakeService),
// made only once the file has passed its page check (the calendar is read from the file).
struct AuditScope {
    QSqlDatabase db;
    QString deviceId;
    std::function<Result<MachineContext>()> machine;
};

struct AuditReport {
    qsizetype eventsChecked = 0;
    int dossiersChecked = 0;
    int citizensChecked = 0;
    int pagesChecked = 0;
    AuditFindings file;        // the file's pages (HMAC, b-trees)
    bool fileDamaged = false;  // then nothing else was checked: reads of a damaged file prove nothing
    ChainReport chains;
    AuditFindings content;     // the derived tables against the events, the page store

    bool ok() const { return file.isEmpty() && chains.ok() && content.isEmpty(); }
};

// The checks, in this order: the file (FileIntegrity), then inside one read transaction (one
// snapshot, so a concurrent writer cannot make rows disagree) the device chains of the office's
// devices and the office chains the workspace receives (ChainVerifier, with the recorded heads and
// EventStore::chainScope(); another office's device is checked through its office links), the
// `dossiers` table against a replay (DerivedStateAudit), the `citizens` table against the counter outcomes (CitizenAudit) and the
// page store (PageAudit). What each proves and does not: docs/security.md.
AuditReport verifyWorkspace(const AuditScope &scope);

// Intact: prints "<N> events checked" on `out`, returns 0. Otherwise one line per problem on `out`,
// the first "broken: …", the others "also broken: …" (the file first, then the chains as
// ChainBreak::describe() words them, then the tables and pages as AuditFinding::describe()), one
// summary line on `err`, and returns 1. No personal data in either, nor in the log.
int printAuditReport(const AuditReport &report, QTextStream &out, QTextStream &err);

int runAuditVerify(const AuditScope &scope, QTextStream &out, QTextStream &err);

} // namespace motcua
