#pragma once

#include "app/workspace/WorkspaceServices.h"
#include "db/Workspace.h"
#include "domain/Result.h"
#include "domain/auth/Role.h"
#include "domain/calendar/WorkingCalendar.h"
#include "domain/catalog/Catalog.h"
#include "domain/dossier/DossierState.h"
#include "domain/dossier/Event.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace motcua::casework {

// The actions of issue 12 after receipt, each recorded as one event (supplement-received also
// writes the components the citizen brought, before it).
enum class Action {
    Accept,               // an online submission (status 1): a Received on its existing code
    ReturnForSupplement,  // an online submission sent back: SupplementRequestedAtCounter
    Transfer,             // to an officer; a processing officer's transfer may submit for approval
    Appraise,             // Appraised, with a note
    RequestSupplement,    // SupplementRequested: the clock pauses
    SupplementReceived,   // ComponentAttached… then SupplementReceived: the clock runs again
    Extend,               // Extended (Form 04): N more working days
    Stop,                 // Stopped (Form 05)
    Approve,
    Reject,
    Result,               // ResultReady with the result document and its number
    Return,               // Returned to the collector, with the citizen's rating
};

QString actionName(Action action);                        // the command-line word: "accept", "transfer" …
std::optional<Action> actionFromName(const QString &name);
EventType eventTypeOf(Action action);

// Pages of a component the citizen brought, already in the page store.
struct SuppliedComponent {
    int number = 0;
    QStringList pages;        // sha256, in order
    Provenance provenance = Provenance::ImportedFile;
};

// Who collects a result: the applicant or an authorised person, from their ID card.
// Personal data: never log it.
struct Collector {
    QString idNumber;
    QString name;
};

// What the officer asks for. Only the fields of the action are read.
struct ActionRequest {
    Action action = Action::Appraise;
    QString dossier;
    std::optional<Role> role;   // explicit role; else the first held of those allowed (counter, processing, supervisor)
    QString to;                 // Transfer: the receiving officer's login, or "pool:OFFICE" (a unit's pool)
    bool forApproval = false;   // Transfer
    QStringList attachments;    // Appraise: pages of documents attached to the note, in the page store
    QString text;               // the note (Appraise) or reason (ReturnForSupplement, RequestSupplement, Extend, Stop, Reject)
    int days = 0;               // Extend
    QList<SuppliedComponent> components; // SupplementReceived
    QStringList resultPages;    // Result: the document's pages, in the page store
    QString resultNumber;       // Result: its number (số văn bản)
    QString resultDocumentType; // Result: optional catalog document type, for reuse
    std::optional<Collector> collector; // Return
    std::optional<int> rating;  // Return: 1–5
};

// An action the signed-in officer may take on a dossier as it stands, and the role it would be
// recorded in (the first held role the state machine accepts, in the order counter, processing,
// supervisor).
struct AvailableAction {
    Action action = Action::Appraise;
    Role role = Role::Counter;
    friend bool operator==(const AvailableAction &, const AvailableAction &) = default;
};

// What an action wrote, and the dossier after it.
struct ActionOutcome {
    QList<Event> events;        // in order; the action's own event last
    DossierState state;         // replayed after the write
    Role role = Role::Counter;  // the role it was recorded in
};

// Performs an action on a dossier as the signed-in officer: one job. Every action appends its
// event(s) in ONE transaction of the service's own (with the page references of what it files);
// a refused action writes nothing and says why as an error code (texts in app/common/ErrorText):
//   dossier.role-missing / dossier.wrong-state / dossier.not-holder / dossier.wrong-office (the state
//   machine's reasons), lookup.no-dossier, casework.unknown-officer (transfer to nobody known),
//   casework.no-reason, casework.bad-days, casework.bad-rating, casework.no-collector,
//   casework.no-result (no pages or no number), casework.no-components, casework.no-limit,
//   casework.unknown-pool (a pool of an office the officer does not see), casework.pool-no-approval
//   (accepting a submission whose procedure has no limit), intake.missing-page, and the store's.
// Takes the thread's composition root (its EventStore, calendar, catalog, clock, session); runs on
// the thread that owns it (a worker or the CLI).
class CaseworkService {
public:
    explicit CaseworkService(WorkspaceServices &services);

    // The roles an action may be recorded in (never admin).
    static Roles allowedRoles(Action action);
    // The role of an action: `explicitRole` when given (it must be allowed and held), else the first
    // of counter, processing, supervisor the officer holds among the allowed; dossier.role-missing
    // when there is none.
    static motcua::Result<Role> resolveRole(Action action, Roles held, std::optional<Role> explicitRole);

    // The dossier as it stands (replayed with the workspace's calendar). lookup.no-dossier when unknown.
    motcua::Result<DossierState> state(const QString &dossier) const;
    QList<Event> events(const QString &dossier) const;

    // Would the action be allowed now? Nothing written: for callers that store files only once the
    // action is known to be allowed (the pages named need not be in the page store yet).
    Status check(const ActionRequest &request) const;
    // The actions the state machine would accept from the signed-in officer now (whatever the
    // officer then types), each with its role: what the dossier view offers. Empty for an unknown
    // dossier. Nothing written.
    QList<AvailableAction> available(const QString &dossier) const;
    motcua::Result<ActionOutcome> perform(const ActionRequest &request);

private:
    motcua::Status rememberApplicant(const Event &e);
    struct Prepared {
        QList<Event> events;
        Role role = Role::Counter;
    };
    motcua::Result<Prepared> prepare(const ActionRequest &request, const QList<Event> &before,
                                     const DossierState &current, bool pagesStored) const;
    motcua::Result<QJsonObject> payloadFor(const ActionRequest &request, const QList<Event> &before,
                                           const DossierState &current, Role role) const;
    bool submitsForApproval(const ActionRequest &request, Role role) const;
    Status verdict(const Prepared &prepared, DossierState state) const;

    WorkspaceServices &m_services;
    QSqlDatabase m_db;
    const SessionInfo &m_session;
};

} // namespace motcua::casework
