#pragma once

#include "domain/Result.h"
#include "domain/dossier/DossierState.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Plain values the queue service returns and the queue worker carries across threads.
// Personal data (applicant names): for display only, never log it.
namespace motcua::casework {

// The working queues of the Dossiers page (issue 12), in the order the page lists them.
enum class QueueId {
    Submissions,        // registered, not accepted (status 1): a Form 02's supplement brought back; online submissions once sync lands
    Received,           // accepted at the counter, not yet transferred (status 2)
    ProcessingMine,     // in processing, held by the signed-in officer (status 4, not awaiting approval)
    ProcessingUnit,     // in processing anywhere in the officer's offices
    AwaitingSupplement, // waiting for the citizen's supplement (status 5; the clock is paused in processing)
    AwaitingApproval,   // submitted to a supervisor
    DueSoon,            // open, clock running, due within one working day of the office's calendar
    Overdue,            // open, clock running, past the due moment
    ResultsReady,       // result attached, waiting at the counter to be returned (status 9)
    Conflicts,          // events refused by replay (dossiers.conflicts > 0)
    StuckSync,          // outbox items not yet sent: a count only until the sync engine lands
    Count
};
inline constexpr int kQueueCount = int(QueueId::Count);

// How urgent a dossier's due moment is, for colours and their text label.
enum class Urgency { None, Normal, DueSoon, Overdue, Paused, Finished };

// Sortable columns (ORDER BY on the dossiers table; the code breaks ties).
enum class QueueSort { Code, Applicant, Procedure, Holder, Status, Received, Due };

struct QueueFilter {
    QString procedure;      // exact procedure code
    QString officer;        // holder login
    QString applicant;      // word prefixes of the name, any order, diacritics optional (folded)
    QDate receivedFrom;     // office-local days, inclusive
    QDate receivedTo;
    bool isEmpty() const
    {
        return procedure.isEmpty() && officer.isEmpty() && applicant.trimmed().isEmpty() && !receivedFrom.isValid()
            && !receivedTo.isValid();
    }
    friend bool operator==(const QueueFilter &, const QueueFilter &) = default;
};

struct QueueRequest {
    QueueId queue = QueueId::Received;
    QueueSort sort = QueueSort::Due;
    bool descending = false;
    QueueFilter filter;
    int offset = 0;
    int limit = 100;
};

// One dossier of a queue.
struct QueueRow {
    QString code;
    QString procedureCode;
    QString procedureName;  // from the catalog; empty when unknown
    QString applicantName;
    QString holder;         // login, "pool:OFFICE" or empty
    QString holderName;     // the officer's full name when known
    DossierStatus status = DossierStatus::None;
    QDateTime receivedAt;   // office-local
    QDateTime dueAt;        // office-local; invalid when no limit (or while paused)
    bool paused = false;
    bool awaitingApproval = false;
    int conflicts = 0;
    Urgency urgency = Urgency::None;
};

struct QueuePage {
    QueueRequest request;
    QList<QueueRow> rows;
    int total = -1;         // rows of the queue under the filter (counted with the first page), else -1
    bool atEnd = true;      // no rows after these
    std::optional<Error> failure;
};

struct QueueCounts {
    QList<int> counts;      // by QueueId; -1 for a queue the officer does not see
    std::optional<Error> failure;
    int of(QueueId id) const { return counts.value(int(id), -1); }
};

} // namespace motcua::casework
