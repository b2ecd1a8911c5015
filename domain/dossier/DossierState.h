#pragma once

#include "domain/calendar/TimeLimit.h"
#include "domain/auth/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace motcua {

// Derived status of a dossier, mapped onto the national-portal codes 1–10 (DOMAIN.md).
// FinancialObligation (6) exists for mapping only: no event leads to it yet.
enum class DossierStatus {
    None = 0,               // no accepted event yet
    NewlyRegistered = 1,    // registered, not accepted: the supplement asked by a Form 02 came in (or an online submission)
    Accepted = 2,           // received (Form 01), still at the counter
    NotAccepted = 3,        // refused at the counter (Form 03)
    Processing = 4,
    SupplementRequired = 5, // waiting for the citizen: asked in processing (clock paused) or at the
                            // counter by a Form 02 (not accepted yet, no clock: see awaitsCounterSupplement)
    FinancialObligation = 6,
    Withdrawn = 7,
    Stopped = 8,            // Form 05
    Processed = 9,          // result ready, waiting at the counter
    ResultReturned = 10,
};

inline int nationalStatusCode(DossierStatus s) { return int(s); }
QString statusName(DossierStatus s);                 // "accepted", "processing", ...
std::optional<DossierStatus> statusFromName(const QString &name);
bool isFinal(DossierStatus s);                       // NotAccepted, Withdrawn, Stopped, ResultReturned

// Where a component's pages came from.
enum class Provenance { ScannedAtCounter, ImportedFile, ReusedFromDossier, NationalDatabase, OnlineSubmission };
QString provenanceName(Provenance p);                // "scanned", "imported", "reused", "national-db", "online"
std::optional<Provenance> provenanceFromName(const QString &name);

struct ComponentRecord {
    int number = 0;              // the procedure's component number, 1..n
    QStringList pageHashes;      // SHA-256 hex of each page, in order
    Provenance provenance = Provenance::ScannedAtCounter;
    QString sourceDossier;       // for ReusedFromDossier
    QString documentType;
    QString attachedBy;
    QDateTime attachedAt;
    QUuid event;
    int revision = 1;            // 2, 3 … when attached again (supplement)
    // A signed declaration whose form QR was read and checked (ComponentAttached "declaration"):
    // its form id and version; its fields stay in the event. Empty otherwise.
    QString declarationForm;
    int declarationVersion = 0;
    QString declarationIssue;    // "form.tampered", "form.unknown-version" …: a form QR that was not trusted
    friend bool operator==(const ComponentRecord &, const ComponentRecord &) = default;
};

// The holder: an officer, or the counter pool of an office (anyone at its counters).
struct Holder {
    QString login;               // empty when the pool holds it
    QString office;              // the office of the officer or of the pool
    bool isPool() const { return login.isEmpty() && !office.isEmpty(); }
    bool isNobody() const { return login.isEmpty() && office.isEmpty(); }
    QString toText() const;      // "login" or "pool:OFFICE" or ""
    friend bool operator==(const Holder &, const Holder &) = default;
};

enum class Decision { None, Approved, Rejected };

// Where one part of a bundled (liên thông) dossier stands. Pending: not yet sent (a part the
// receiving authority decides itself may go straight to Done); Sent: handed to its authority;
// Done: its result is back.
enum class PartStatus { Pending, Sent, Done };
QString partStatusName(PartStatus s);                // "pending", "sent", "done"
std::optional<PartStatus> partStatusFromName(const QString &name);

// One part of a bundled dossier: a constituent procedure and the authority that decides it, as the
// Received payload lists them (see BundleParts.h for the payload shapes), and its routing so far.
struct BundlePart {
    int number = 0;              // 1..n, its place in the Received payload's "parts"
    QString procedure;           // constituent procedure code; empty when the catalog does not list it
    QString authority;           // where this part is routed (cơ quan giải quyết)
    PartStatus status = PartStatus::Pending;
    QString sentBy;              // login of the officer who sent it; empty while pending
    QDateTime sentAt;
    QUuid sentEvent;
    QString doneBy;              // login of the officer who recorded its result
    QDateTime doneAt;
    QUuid doneEvent;
    friend bool operator==(const BundlePart &, const BundlePart &) = default;
};

// Everything replay derives. A plain value: equal inputs give equal states.
struct DossierState {
    QString code;
    QString receivingOffice;
    QString procedureCode;
    QString lookupCode;
    QString applicantIdNumber;   // personal data: never log
    QString applicantName;       // personal data: never log
    DossierStatus status = DossierStatus::None;
    Holder holder;
    Holder submittedBy;          // who submitted for approval (gets it back after Approved/Rejected)
    bool awaitingApproval = false;
    Decision decision = Decision::None;
    Holder supplementReturnTo;   // the processing officer who gets it back after SupplementReceived
    int appraisals = 0;
    int notes = 0;

    QDateTime receivedAt;        // valid receipt moment (clock start); invalid before acceptance
    std::optional<TimeLimit> limit; // from the Received payload
    QList<PauseInterval> pauses;
    QList<TimeLimit> extensions;
    QDateTime dueAt;             // invalid when no limit, or while the calendar cannot tell
    QDateTime finishedAt;        // ResultReady (processed) or a final event; invalid while open
    QDateTime returnedAt;

    QList<ComponentRecord> components; // one per number, sorted by number
    QList<BundlePart> parts;     // a bundled dossier's parts, by number; empty for a single procedure
    QList<QUuid> accepted;       // events applied, in replay order
    // Facts for the supervisors' figures (docs/reporting.md), from the first accepted event of each kind.
    QString receivedBy;          // the officer of the Received
    bool digitizedBacklog = false; // the Received's "origin": "digitized" (not a receipt of its day)
    bool onlineSubmission = false; // the Received accepted an online submission ("acceptedSubmission")
    QString finishedBy;          // the officer of the (whole dossier's) ResultReady
    int rating = 0;              // the Returned's 1–5 rating; 0 when none was given
    int conflicts = 0;           // events refused in this order (kept in the log)
    QUuid lastEvent;
    QDateTime lastEventAt;

    int nationalCode() const { return nationalStatusCode(status); }
    // Office time is the calendar's business; this is plain elapsed time in paused intervals,
    // an open pause counted up to `now`.
    qint64 pausedMs(const QDateTime &now = {}) const;
    // Late: finished after the due moment, or still open and `now` past it. Never late without a due.
    bool isLate(const QDateTime &now) const;
    bool isPaused() const { return !pauses.isEmpty() && !pauses.last().to.isValid(); }
    // A Form 02 at the counter asked for a supplement and the dossier was never accepted: the
    // citizen brings it to the counter (SupplementReceived, then a counter outcome).
    bool awaitsCounterSupplement() const { return status == DossierStatus::SupplementRequired && !receivedAt.isValid(); }
    const ComponentRecord *component(int number) const;
    bool isBundle() const { return !parts.isEmpty(); }
    const BundlePart *part(int number) const;       // nullptr when there is no such part
    QList<int> partsWithoutResult() const;          // numbers of the parts not Done, in order

    friend bool operator==(const DossierState &a, const DossierState &b);
};

} // namespace motcua
