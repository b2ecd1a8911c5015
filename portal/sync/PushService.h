#pragma once

#include "domain/Result.h"
#include "domain/dossier/EventLog.h"
#include "domain/dossier/StateMachine.h"
#include "portal/sync/DeviceContext.h"
#include "portal/sync/PushBatch.h"
#include "portal/sync/Statements.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace motcua::portal {

// The answer for one pushed event: its portal links, or an error on the merits.
struct PushItemResult {
    QString uuid;
    qint64 portalSeq = 0;
    qint64 officeSeq = 0;
    QByteArray portalHash;
    std::optional<Error> error;
    QJsonObject toJson() const;
};

struct PushReply {
    QList<PushItemResult> results;
    eventlog::ChainHead head;   // the device's chain head on the portal after the batch
    QJsonObject toJson() const;
};

// Stores a device's checked batch (checkPushBatch) in the portal's log, one PostgreSQL transaction
// per event, so an accepted event is never lost to a later refusal. Per event, in order:
//   1. the device's head row is locked (FOR UPDATE: two instances pushing for one device queue here);
//   2. eventlog::decideImport against what is stored (events and refused events) and the head:
//      already here → the same answer as the first time; events.bad-link / events.seq-taken;
//   3. on its merits: event.bad-json (no receiving office in its dossier code), auth.forbidden (the
//      receiving office is not visible to the device's office, or the event claims another acting
//      office) — recorded as refused, the device head advances past it;
//   4. files.missing when a page it refers to is not readable by the device yet (no office it sees
//      holds it or has an event referring to it; not recorded: retried after the upload);
//   5. the dossier's summary is replayed with the event last; a state-machine refusal is NOT an
//      error, the event is sequenced and every side flags the conflict;
//   6. the receiving office's head row is locked FOR UPDATE, then a transaction-scoped advisory lock
//      is held from taking portal_seq to COMMIT, so portal sequences become visible in their order
//      (GET /v1/sync/changes never skips a late commit); chain::sealInOffice, insert, heads, commit.
// A database failure answers server.error for the whole request (the client retries; what was
// committed before it stays and is answered idempotently next time).
class PushService {
public:
    PushService(QSqlDatabase db, const StateMachine &machine);

    Result<PushReply> push(const DeviceContext &dev, const QList<PushedEvent> &events);

private:
    Result<PushItemResult> pushOne(const DeviceContext &dev, const PushedEvent &pushed);

    QSqlDatabase m_db;
    Statements m_sql;   // prepared once per push, run once per event
    const StateMachine &m_machine;
};

} // namespace motcua::portal
