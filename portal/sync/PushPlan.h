#pragma once

#include "domain/Result.h"
#include "domain/dossier/Event.h"
#include "domain/dossier/EventLog.h"
#include "portal/sync/DeviceContext.h"
#include "portal/sync/PushBatch.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

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

// What the portal holds that bears on one batch, read once for the whole batch while the device's
// head row is locked (PushService).
struct BatchFacts {
    eventlog::ChainHead head;                      // the device's chain head on the portal
    QHash<QUuid, Event> stored;                    // by uuid: accepted events, and refused ones as a
                                                   // skeleton (uuid, device, sequence, hash)
    QHash<QUuid, PushItemResult> storedAnswers;    // the first answer each of those got
    QHash<qint64, QUuid> uuidAtSeq;                // the device's sequences already taken
    QSet<QString> readablePages;                   // of the batch's pages, those the device may read
};

// What to do with one event of the batch.
struct PlannedItem {
    enum class Step {
        Answer,          // nothing to write: `result` is the answer (known already, or not recorded)
        RecordRefusal,   // refused on its merits: recorded, sequenced, the device head moves past it
        Accept,          // stored and sealed in its receiving office's chain
    };
    Step step = Step::Answer;
    PushItemResult result;          // uuid, and the error of Answer / RecordRefusal
    std::optional<Event> event;     // RecordRefusal, Accept
    QByteArray canonicalPayload;    // Accept: PushedEvent's, to seal and store it
    QByteArray canonicalBytes;
    QString office;                 // Accept: the receiving office
    QStringList pages;              // Accept: the pages it refers to
};

struct BatchPlan {
    QList<PlannedItem> items;       // one per pushed event, in order
    eventlog::ChainHead head;       // the device's head once the plan is written
    int sequenced = 0;              // items that take a portal_seq (RecordRefusal + Accept)
};

// Decides every event of a checked batch in order, in pure code, against `facts` and the head as
// the earlier events of the batch move it (docs/sync-protocol.md "Push"): already stored → the same
// answer; eventlog::decideImport (events.bad-link, events.seq-taken); on its merits (event.bad-json,
// auth.forbidden: recorded as refused); files.missing (not recorded); else accepted. A page an
// accepted event refers to becomes readable for the events after it, as its event_files row would
// make it.
BatchPlan planBatch(const DeviceContext &dev, const QList<PushedEvent> &events, BatchFacts facts);

} // namespace motcua::portal
