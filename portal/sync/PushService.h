#pragma once

#include "domain/Result.h"
#include "domain/dossier/EventLog.h"
#include "portal/db/Statements.h"
#include "portal/sync/ChangesService.h"
#include "portal/sync/DeviceContext.h"
#include "portal/sync/PortalRules.h"
#include "portal/sync/PushBatch.h"
#include "portal/sync/PushPlan.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace motcua::portal {

// One device's checked batch (checkPushBatch), and the change feed it asks for with it ("changesAfter").
struct PushRequest {
    DeviceContext dev;
    QList<PushedEvent> events;
    std::optional<FeedRequest> feed;   // read after the batch's commit by PushGroups
};

struct PushReply {
    QList<PushItemResult> results;
    eventlog::ChainHead head;   // the device's chain head on the portal after the batch
    // The change feed's answer (changesAnswer) when the request asked for it and went through
    // PushGroups; its error when reading it failed (the batch is stored all the same).
    std::optional<Result<QByteArray>> changes;
    QJsonObject toJson() const;
};

// Stores checked batches (checkPushBatch) in the portal's log in ONE PostgreSQL transaction, a
// fixed handful of statements whatever the batches' size and number: one device's batch, or a
// group of several devices' batches gathered by PushGroups (group commit: the statements, the
// locks and the COMMIT of one batch shared by the group):
//   1. the devices' head rows are locked, in code order (two instances pushing for one device queue
//      here; two groups lock in one order, so never in a cycle);
//   2. what is stored under the batches' uuids and (device, sequence)s, in one statement each
//      (planned for their values each time: Statements::Plan::EachTime), and which of its pages each
//      device may read (one statement per batch that refers to pages: the devices' offices differ);
//   3. planBatch decides every event of each batch in order in pure code (PushPlan.h): already here
//      → the first answer; events.bad-link / events.seq-taken; refused on its merits (recorded, the
//      device head advances past it); files.missing (not recorded); accepted;
//   4. the receiving offices' head rows are locked, in code order (no deadlock between batches),
//      which keeps the summaries below current; the calendar version is read again under that lock
//      (a statement after the lock: its snapshot sees a publish that committed meanwhile), so a
//      summary is never written with a calendar older than a published one (FeedStore::publish
//      recomputes the summaries under the same locks); the dossiers' stored events in one statement;
//   5. a transaction-scoped advisory lock is taken with the group's portal sequences (one
//      statement) and held to COMMIT, so portal sequences become visible in their order (the change
//      feed never skips a late commit); chain::sealInOffice, batch after batch; each dossier replayed
//      once (a state-machine refusal is NOT an error: the event is sequenced and every side flags it);
//   6. everything the group writes — refused and accepted events, their files, the office and
//      device heads, the dossier summaries — in ONE statement (data-modifying CTEs), then COMMIT:
//      the advisory lock is held for one statement's round trip, the sealing and the COMMIT.
// A database failure fails the whole transaction and nothing of it is stored (the client sends its
// batch again; the portal answers it as for the first time).
class PushService {
public:
    // sql: the prepared statements of the connection to write on; snapshot: the rules the request
    // started with (taken again from `rules` when a calendar version was published meanwhile).
    PushService(Statements &sql, PortalRules &rules, RulesSnapshot snapshot);

    Result<PushReply> push(const DeviceContext &dev, const QList<PushedEvent> &events);
    // Several devices' batches, the devices distinct, in one transaction: a reply per request in
    // order, or one error for all when the transaction failed (nothing of any batch stored).
    Result<QList<PushReply>> pushGroup(const QList<PushRequest> &requests);

private:
    Result<QList<BatchFacts>> readFacts(const QList<PushRequest> &requests);
    Status write(const QList<PushRequest> &requests, QList<BatchPlan> &plans);

    Statements &m_sql;
    PortalRules &m_rules;
    RulesSnapshot m_snapshot;
};

} // namespace motcua::portal
