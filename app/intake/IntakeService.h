#pragma once

#include "db/DigitizedPartStore.h"

#include "app/intake/IntakeDraft.h"
#include "app/printing/FormData.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/Workspace.h"
#include "domain/Result.h"
#include "domain/calendar/WorkingCalendar.h"
#include "domain/catalog/Catalog.h"
#include "domain/dossier/Event.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace motcua {
class PageStore;
}

namespace motcua::intake {

// A component the citizen must still bring (Form 02), and why.
struct SupplementItem {
    int number = 0;
    QString reason;           // empty: "not provided"
};

// What a counter outcome wrote: the new dossier, its events, and the form to print.
struct IntakeOutcome {
    EventType type = EventType::Received;
    QString dossierCode;
    QString lookupCode;       // empty for a refusal
    QDateTime decidedAt;      // UTC
    QDateTime dueAt;          // UTC; invalid when none (not received, or the calendar cannot tell)
    QList<Event> events;      // the outcome first, then its ComponentAttached events
    printing::FormData form;  // Form 01, 02 or 03, ready to print
};

// Turns a receipt draft into a counter outcome: Form 01 (Received), Form 02
// (SupplementRequestedAtCounter) or Form 03 (ReceiptRefused). Everything of one outcome is written
// in ONE transaction that the service opens and commits (the stores write inside it): the outcome event with the minted dossier code
// and lookup code, one ComponentAttached event per provided component, the page references moved
// from the draft to those events (owner "event:<uuid>"), the citizen record, the counter time and
// the draft's removal. Runs on the thread that owns `db` (a worker, never the GUI thread).
//
// Errors (stable codes, texts in app/common/ErrorText): auth.not-counter, intake.no-procedure,
// intake.unknown-procedure, intake.no-applicant, intake.no-name (a citizen without a name),
// intake.bad-id-number (a citizen's ID number is not 12 digits), intake.incomplete (detail:
// the missing numbers), intake.no-limit, intake.no-reasons, intake.nothing-missing, intake.missing-page,
// and the store's own.
class IntakeService {
public:
    // Everything it uses comes from the thread's composition root (store, calendar, catalog, clock),
    // which must outlive the service. A time left invalid below means the clock's now.
    explicit IntakeService(WorkspaceServices &services);

    // The required components of the procedure the draft does not provide, by number.
    static QList<int> missingRequired(const Procedure &procedure, const IntakeDraft &draft);

    // Form 01. Refused with intake.incomplete while a required component is missing.
    Result<IntakeOutcome> receive(const IntakeDraft &draft, const QDateTime &now = {});
    // A dossier digitized from a paper backlog (the `digitize` command): received now with
    // "origin": "digitized", its components as found in the stack, the applicant when a card was
    // found among its pages (else none). Completeness is the caller's to report, not enforced here:
    // the paper was accepted at the counter long ago.
    // With `part`, which part of which stack it is, recorded in the dossier's transaction
    // (DigitizedPartStore), so a re-run of an interrupted `digitize` never receives it twice.
    Result<IntakeOutcome> receiveDigitized(const IntakeDraft &draft, const std::optional<StackPart> &part = {},
                                           const QDateTime &now = {});
    // Form 02: the dossier is registered (code and lookup code) but not accepted. `items` empty:
    // every missing required component, "not provided".
    Result<IntakeOutcome> requestSupplement(const IntakeDraft &draft, QList<SupplementItem> items,
                                            const QStringList &notes = {}, const QDateTime &now = {});
    // The citizen brings what a Form 02 at the counter asked for: SupplementReceived, one
    // ComponentAttached per supplied component (pages already stored, as for a receipt) and a
    // Received (Form 01: the procedure's limit, the Form 02's procedure, applicant and lookup code),
    // in ONE transaction. Refused with intake.not-awaiting-supplement unless the dossier waits for a
    // counter supplement, intake.incomplete while a required component is still missing,
    // intake.no-limit for a procedure without a published limit. The outcome's form is Form 01.
    Result<IntakeOutcome> receiveSupplement(const QString &dossierCode, const QList<DraftComponent> &supplied,
                                            const QDateTime &now = {});
    // Form 03, with at least one reason.
    Result<IntakeOutcome> refuse(const IntakeDraft &draft, const QStringList &reasons, const QDateTime &now = {});

    // The slip of an outcome was printed or saved: ends its counter time.
    Status markPrinted(const QString &dossierCode, const QDateTime &at = {});

    const Catalog &catalog() const { return *m_catalog; }
    const WorkingCalendar &calendar() const { return *m_calendar; }

private:
    Result<const Procedure *> procedureOf(const IntakeDraft &draft) const;
    Status checkApplicant(const IntakeDraft &draft) const;
    Result<IntakeOutcome> receiveWith(const IntakeDraft &draft, const Procedure &procedure, QJsonObject payload,
                                      const QDateTime &now, const std::optional<StackPart> &part = {});
    // One ComponentAttached per component with filed pages (every page must be in the store).
    Result<QList<Event>> attachmentEvents(const QList<DraftComponent> &components, const Procedure &procedure,
                                          PageStore &pages, const QDateTime &now) const;
    static Status addPageRefs(PageStore &pages, const QList<Event> &attachments);
    Result<IntakeOutcome> commit(EventType type, const IntakeDraft &draft, const Procedure &procedure,
                                 QJsonObject payload, const QDateTime &now, const std::optional<StackPart> &part = {});

    WorkspaceServices &m_services;
    QSqlDatabase m_db;
    SessionInfo m_session;
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const WorkingCalendar> m_calendar;
};

} // namespace motcua::intake
