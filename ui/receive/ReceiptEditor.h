#pragma once

#include "app/auth/Session.h"
#include "app/capture/ScanTypes.h"
#include "app/intake/ApplicantReader.h"
#include "app/intake/IntakeWorker.h"
#include "app/workspace/ServiceFactories.h"
#include "ui/receive/CitizenLookup.h"
#include "ui/receive/PageStrip.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>
#include <vector>

namespace motcua::capture {
class Scanner;
}

namespace motcua {

class ScanSession;

// The receipt in progress, without widgets: the draft and every change to it, the requests to the
// IntakeWorker (pages, citizens, reusable documents, drafts, outcomes) and to the scanner. Saves
// the draft 300 ms after the last change (asynchronously, encrypted by the store), so a crash
// loses at most that. The Receive page shows what this holds and calls it for every user action.
class ReceiptEditor : public QObject {
    Q_OBJECT
public:
    enum class Failure { Pages, Scanner, Draft, Lookup, Outcome, Printed, Declaration, People };
    Q_ENUM(Failure)

    // factories: the composition root's (the scanner is made by its factory; SANE by default).
    ReceiptEditor(const Session &session, std::shared_ptr<const Catalog> catalog, QObject *parent = nullptr,
                  const ServiceFactories &factories = {});
    ~ReceiptEditor() override;

    // A new unlock (the old session's handle has expired): a fresh worker; the draft is saved again.
    // Requests the old worker still holds (a page being stored as the session locked) are answered
    // by it and applied by their ticket as any other; it is dropped once it has answered them all.
    void setSession(const Session &session);
    // The scanner to use (not owned); by default one the factory made, a child of this object.
    void setScanner(capture::Scanner *scanner);
    capture::Scanner *scanner() const;
    // The scanner to use; empty: the one chosen for this PC (ScannerChooser), else the first found.
    void setScanDevice(const QString &device);
    // A profile set here is used as given. Without one (the app), the device's document feeder is
    // used when it has one — every sheet in it, one press — and the flatbed when the feeder is empty
    // (ScanSession).
    void setScanProfile(const capture::ScanProfile &profile);
    void resetScanProfile();

    const intake::IntakeDraft &draft() const { return m_draft; }
    const std::shared_ptr<const Catalog> &catalog() const { return m_catalog; }
    const Procedure *procedure() const;
    // The procedure has a declaration form: a bundled one, or one of the workspace's forms/ (as the
    // intake worker loaded them with the catalog).
    bool hasDeclarationForm(const QString &procedureCode) const { return m_formProcedures.contains(procedureCode); }
    QList<int> missing() const;   // required components not provided (empty without a procedure)
    const QHash<QString, QImage> &thumbnails() const { return m_thumbnails; }
    // This workspace's reusable documents of the applicant, then the portal warehouse's (with a copy here).
    const QList<intake::ReusableDocument> &reusable() const { return m_reusable; }
    // The registry's answer for the applicant (enrolled workspaces), once it came.
    const std::optional<lookup::RegistryAnswer> &registryAnswer() const { return m_registry->answer(); }
    int scanningNumber() const;
    bool isBusy() const { return m_committing; }
    bool hasPendingWork() const;   // stores or saves not answered yet
    bool isStoringPages() const;   // scanned or imported pages still on their way to the store
    const std::optional<intake::IntakeOutcome> &outcome() const { return m_outcome; }
    int savedCount() const { return m_savedCount; }

    // Edits
    void setProcedure(const QString &code);
    void setApplicant(const intake::Applicant &applicant);
    void applyCard(const intake::CardReading &reading);
    void lookUpCitizen(const QString &idNumber);
    void scan(int number);
    void scanCard();   // the ID card on the scanner: → cardScanned
    static constexpr int kCardScan = -1;   // scanningNumber() while the card is scanned
    void importFiles(int number, const QStringList &files);
    void reuse(int number, const intake::ReusableDocument &document);
    void pageAction(int number, PageStrip::Action action, int index);
    void setActions(int actions);
    // The procedure's declaration form and what pre-fills it (→ declarationReady, or failed(Declaration)).
    void prepareDeclaration();
    // The form view's person lookup (IntakeWorker::findPeople, the applicant's earlier declarations
    // too) → peopleFound with the same `serial`. A failure is logged by its code only.
    void findPeople(int serial, const QString &text);
    // The component whose pages may carry the signed declaration (the first, when the procedure has a form).
    bool isDeclarationComponent(int number) const;
    void setLimitDays(int workingDays);   // procedures without a published limit; 0: none
    // The officer's recent and favourite procedures, kept in the workspace (→ usageChanged).
    void recordUse(const QString &procedureCode);
    void setFavourite(const QString &procedureCode, bool favourite);

    // Outcomes
    void receive();
    void requestSupplement(const QList<intake::SupplementItem> &items, const QStringList &notes);
    void refuse(const QStringList &reasons);
    void markPrinted();

    // Drafts
    void loadDrafts();
    void resume(const intake::IntakeDraft &draft);
    void discard(const QString &draftId);
    void startNew();   // after an outcome, or to throw the current receipt away (discarding its draft)

signals:
    void changed();
    // The workspace's catalog (or the bundled one) and the officer's usage, read at start and after an unlock.
    void catalogLoaded(const std::shared_ptr<const motcua::Catalog> &catalog, const QHash<QString, motcua::ProcedureUsage> &usage);
    void usageChanged(const QHash<QString, motcua::ProcedureUsage> &usage);
    void thumbnailsChanged();
    void knownCitizen(const motcua::intake::Applicant &cached);
    // The portal's population registry (or the cache) answered for the applicant's ID number.
    void registryAnswered(const motcua::lookup::RegistryAnswer &answer);
    // The local cache does not know the applicant, or has no phone for them: ask for one.
    void phoneNeeded();
    void scanFinished(int number);
    void cardScanned(const QImage &image);
    void committed(const motcua::intake::IntakeOutcome &outcome);
    void draftSaved();
    void draftsLoaded(const QList<motcua::intake::IntakeDraft> &drafts);
    void printedMarked();
    void peopleFound(int serial, const QString &text, const QList<motcua::forms::PersonMatch> &people);
    void declarationReady(const motcua::forms::FormDefinition &definition, const motcua::forms::FillInput &input,
                          const QDateTime &issuedAt);
    void failed(motcua::ReceiptEditor::Failure what, const motcua::Error &error);
    // A file imported into component `number` was refused (damaged, unsupported…): besides
    // failed(Pages, …), so the component's row can say it until the officer tries again.
    void importRefused(int number, const motcua::Error &error);
    // Pages scanned or imported into component `number` were not stored (the session locked before
    // they were, the store failed…): besides failed(Pages, …), so the component's row can say it
    // until the officer scans or imports them again.
    void pagesNotStored(int number, const motcua::Error &error);
    // Pages of an import into component `number` stored so far (a long PDF takes a while).
    void importProgress(int number, int pagesStored);

private:
    enum class Job { Catalog, Usage, Save, Load, Discard, Scan, Import, Replace, Thumb, Rotate, Citizen, Reusable, Commit, Printed, Declaration, People };
    struct Pending {
        Job job;
        int number = 0;
        QString sha;   // the page replaced (Job::Replace), or the ID number looked up (Job::Citizen)
        const intake::IntakeWorker *worker = nullptr;   // the worker asked (m_worker, or a retired one)
    };
    int post(Job job, int number = 0, const QString &sha = {});
    // The request `ticket` answered: taken out of m_pending (nullopt for a ticket never asked, which
    // is logged), and a retired worker with nothing left to answer is dropped.
    std::optional<Pending> answered(int ticket);
    void makeWorker(const Session &session);
    void touch();   // a change: counter time starts, the save is scheduled
    void saveNow();
    void loadThumbnails();
    void onPagesStored(int ticket, const QList<intake::DraftPage> &pages, const QList<QImage> &thumbs, const QStringList &refusals);
    void onPageLoaded(int ticket, const QString &sha, const QImage &image);
    void onFailed(int ticket, const Error &error);
    void onScanned(int number, const capture::ScannedPage &page);

    QString m_officer;
    std::shared_ptr<const Catalog> m_catalog;
    QSet<QString> m_formProcedures;   // procedures with a declaration form (bundled, then the worker's)
    std::unique_ptr<intake::IntakeWorker> m_worker;
    // Workers of earlier sessions still answering requests made through them (Pending::worker).
    std::vector<std::unique_ptr<intake::IntakeWorker>> m_retired;
    ScanSession *m_scan = nullptr;
    intake::IntakeDraft m_draft;
    bool m_started = false;        // the draft has had its first change
    bool m_committing = false;
    std::optional<intake::IntakeOutcome> m_outcome;
    QHash<QString, QImage> m_thumbnails;
    QList<intake::ReusableDocument> m_reusable;        // m_localReusable then the warehouse's
    QList<intake::ReusableDocument> m_localReusable;
    QList<intake::ReusableDocument> m_warehouse;
    CitizenLookup *m_registry = nullptr;
    QHash<int, Pending> m_pending;
    int m_nextTicket = 1;
    int m_savedCount = 0;
    QTimer m_saveTimer;
};

} // namespace motcua
