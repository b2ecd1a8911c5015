#pragma once

#include "app/common/WorkerThread.h"
#include "app/forms/Declaration.h"
#include "app/intake/IntakeDraft.h"
#include "app/intake/IntakeService.h"
#include "domain/forms/FormPeople.h"
#include "app/intake/ReusableDocuments.h"
#include "app/workspace/WorkerConnection.h"
#include "db/CatalogStore.h"
#include "db/CitizenStore.h"
#include "db/Database.h"
#include "domain/Result.h"

#include <QImage>
#include <QObject>

#include <memory>
#include <optional>

namespace motcua {
struct Session;
class SessionHandle;
}

namespace motcua::intake {

// Everything the Receive page needs from the store, on a thread of its own with its own
// connection: the GUI thread never waits on the database, image work or crypto. Every request
// returns at once and ends with exactly one signal carrying its ticket (failed() on error), in
// request order. Create it from a valid Session; it holds the session's handle only while it works,
// and its WorkerConnection closes the database within kLockWatchMs of the session locking.
class IntakeWorker : public QObject {
    Q_OBJECT
public:
    // `catalog`: the snapshot the page searches (CatalogService::catalog()).
    // options: the composition root's clock and factories (tests: a fixed clock); by default the system's.
    IntakeWorker(const Session &session, std::shared_ptr<const Catalog> catalog, QObject *parent = nullptr,
                 WorkspaceServices::Options options = {});
    ~IntakeWorker() override;   // finishes queued requests, then closes the connection

    static constexpr int kLockWatchMs = 1000;

    void setCatalog(std::shared_ptr<const Catalog> catalog);

    // Drafts
    void saveDraft(int ticket, const motcua::intake::IntakeDraft &draft);      // → draftSaved
    void loadDrafts(int ticket);                                               // → draftsLoaded (this officer's)
    void discardDraft(int ticket, const QString &draftId);                     // → draftDiscarded
    // Pages: processed, compressed and stored (unreferenced until the draft is saved)
    // readDeclaration: the component of a declaration form — a form QR on the pages is read back
    // (→ declarationRead before pagesStored); off elsewhere, so a long import is not decoded twice.
    void storeScan(int ticket, const QImage &image, int dpi, int kind, bool readDeclaration = false);   // → pagesStored (one page); kind: capture::PageKind
    void importFiles(int ticket, const QStringList &files, int kind, bool readDeclaration = false);     // → importProgress per page, pagesStored (+ refusals)
    void loadPage(int ticket, const QString &sha256, int maxSide);             // → pageLoaded (maxSide 0: full size)
    // Applicant
    void findCitizen(int ticket, const QString &idNumber);                     // → citizenFound
    void findReusable(int ticket, const QString &idNumber);                    // → reusableFound
    // Outcomes
    void receive(int ticket, const motcua::intake::IntakeDraft &draft);        // → committed
    void requestSupplement(int ticket, const motcua::intake::IntakeDraft &draft,
                           const QList<motcua::intake::SupplementItem> &items, const QStringList &notes); // → committed
    void refuse(int ticket, const motcua::intake::IntakeDraft &draft, const QStringList &reasons);     // → committed
    // The supplement asked by a Form 02 brought to the counter, then Form 01 (IntakeService::receiveSupplement).
    void receiveSupplement(int ticket, const QString &dossierCode,
                           const QList<motcua::intake::DraftComponent> &supplied);  // → committed
    void markPrinted(int ticket, const QString &dossierCode);                   // → printedMarked
    // The catalog: the workspace's own (imported by an administrator) or the bundled one, and this
    // officer's recent and favourite procedures. The worker then receives against that catalog.
    void loadCatalog(int ticket);                                               // → catalogLoaded
    void recordUse(int ticket, const QString &procedureCode);                   // → usageRecorded
    void setFavourite(int ticket, const QString &procedureCode, bool favourite); // → usageRecorded
    // Reprint: the form of a stored dossier (its last counter outcome), in the officer's language.
    void loadForm(int ticket, const QString &dossierCode);                      // → formLoaded
    // Declaration forms (issue 13): the procedure's form (the bundled ones and the workspace's
    // forms/ folder), what the counter knows of `applicant` (card, office, today) and their earlier
    // declarations here; failed "form.no-form" when the procedure has none.
    void prepareDeclaration(int ticket, const QString &procedureCode,
                            const motcua::intake::Applicant &applicant);                // → declarationPrepared
    // The form view's person lookup (PersonLookup.h): `text` typed in a person's name or ID-number
    // field, matched in the citizen cache and the people of `applicantIdNumber`'s earlier declarations.
    void findPeople(int ticket, const QString &text, const QString &applicantIdNumber);   // → peopleFound

signals:
    void draftSaved(int ticket);
    void draftsLoaded(int ticket, const QList<motcua::intake::IntakeDraft> &drafts);
    void draftDiscarded(int ticket);
    void pagesStored(int ticket, const QList<motcua::intake::DraftPage> &pages, const QList<QImage> &thumbnails,
                     const QStringList &refusals);
    void importProgress(int ticket, int pagesStored);   // an import's pages stored so far
    void pageLoaded(int ticket, const QString &sha256, const QImage &image);
    void citizenFound(int ticket, const std::optional<motcua::Citizen> &citizen);
    void reusableFound(int ticket, const QList<motcua::intake::ReusableDocument> &documents);
    void committed(int ticket, const motcua::intake::IntakeOutcome &outcome);
    void printedMarked(int ticket);
    void formLoaded(int ticket, const motcua::printing::FormData &form);
    // loadCatalog: the procedures that have a declaration form (bundled or the workspace's forms/),
    // emitted just before catalogLoaded.
    void formsLoaded(int ticket, const QStringList &procedureCodes);
    void catalogLoaded(int ticket, const std::shared_ptr<const motcua::Catalog> &catalog,
                       const QHash<QString, motcua::ProcedureUsage> &usage);
    void usageRecorded(int ticket, const QHash<QString, motcua::ProcedureUsage> &usage);
    void failed(int ticket, const motcua::Error &error);
    // storeScan / importFiles: the pages carried a declaration's form QR (checked, or its issue),
    // emitted just before the request's pagesStored.
    void declarationRead(int ticket, const motcua::forms::DeclarationReading &reading);
    // issuedAt: office-local now, the date the printed declaration bears.
    void peopleFound(int ticket, const QString &text, const QList<motcua::forms::PersonMatch> &people);
    void declarationPrepared(int ticket, const motcua::forms::FormDefinition &definition,
                             const motcua::forms::FillInput &input, const QDateTime &issuedAt);

private:
    template <typename Job>
    void post(int ticket, Job job);
    Status ensureOpen();
    IntakeService *service();
    SessionInfo sessionInfo() const;   // the session's facts ({} once it is locked)
    const forms::FormRegistry &formRegistry();   // worker thread: loaded once (bundled + DIR/forms)

    WorkerThread m_worker{QStringLiteral("intake")};
    std::weak_ptr<const SessionHandle> m_handle;   // expires when the session locks: work stops then
    std::shared_ptr<const Catalog> m_catalog;   // guarded: set on the GUI thread, read on the worker via post()
    std::unique_ptr<WorkerConnection> m_connection;   // used on the worker thread
    WorkspaceServices *m_services = nullptr;    // worker thread only: this thread's composition root
    std::unique_ptr<IntakeService> m_service;   // worker thread only
    std::optional<forms::FormRegistry> m_forms;  // worker thread only
};

} // namespace motcua::intake
