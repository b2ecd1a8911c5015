#pragma once

#include "domain/Result.h"
#include "domain/dossier/EventLog.h"
#include "portal/db/Statements.h"
#include "portal/sync/DeviceContext.h"
#include "portal/sync/PortalRules.h"
#include "portal/sync/PushBatch.h"
#include "portal/sync/PushPlan.h"

#include <QJsonObject>
#include <QList>

namespace motcua::portal {

struct PushReply {
    QList<PushItemResult> results;
    eventlog::ChainHead head;   // the device's chain head on the portal after the batch
    QJsonObject toJson() const;
};

// Stores a device's checked batch (checkPushBatch) in the portal's log in ONE PostgreSQL
// transaction, a fixed handful of statements whatever the batch's size (at most six and COMMIT):
//   1. the device's head row is locked (two instances pushing for one device queue here);
//   2. what is stored under the batch's uuids and (device, sequence)s, and which of its pages the
//      device may read, read in ONE statement (its rows told apart by a kind column);
//   3. planBatch decides every event in order in pure code (PushPlan.h): already here → the first
//      answer; events.bad-link / events.seq-taken; refused on its merits (recorded, the device head
//      advances past it); files.missing (not recorded); accepted;
//   4. the receiving offices' head rows are locked, in code order (no deadlock between batches),
//      which keeps the summaries below current; the calendar version is read again under that lock
//      with the dossiers' stored events (one statement after the lock: its snapshot sees a publish
//      that committed meanwhile), so a summary is never written with a calendar older than a
//      published one (FeedStore::publish recomputes the summaries under the same locks);
//   5. a transaction-scoped advisory lock is taken with the batch's portal sequences (one
//      statement) and held to COMMIT, so portal sequences become visible in their order (the change
//      feed never skips a late commit); chain::sealInOffice; each dossier of the batch replayed once
//      (a state-machine refusal is NOT an error: the event is sequenced and every side flags it);
//   6. everything the batch writes — refused and accepted events, their files, the office and
//      device heads, the dossier summaries — in ONE statement (data-modifying CTEs), then COMMIT:
//      the advisory lock is held for one statement's round trip, the sealing and the COMMIT.
// A database failure answers server.error for the whole request and nothing of the batch is stored
// (the client sends it again; the portal answers it as for the first time).
class PushService {
public:
    // sql: the prepared statements of the connection to write on; snapshot: the rules the request
    // started with (taken again from `rules` when a calendar version was published meanwhile).
    PushService(Statements &sql, PortalRules &rules, RulesSnapshot snapshot);

    Result<PushReply> push(const DeviceContext &dev, const QList<PushedEvent> &events);

private:
    Result<BatchFacts> readFacts(const DeviceContext &dev, const QList<PushedEvent> &events);
    Status write(const DeviceContext &dev, BatchPlan &plan);

    Statements &m_sql;
    PortalRules &m_rules;
    RulesSnapshot m_snapshot;
};

} // namespace motcua::portal
