#include "ui/receive/ReceiptEditor.h"

#include "ui/UiLogging.h"
#include "ui/receive/ScanSession.h"

#include <QTransform>

#include <algorithm>

namespace motcua {

using namespace intake;

namespace {

constexpr int kSaveDelayMs = 300;
constexpr int kThumbSide = 240;

int dpiOf(const QImage &image)
{
    const int dpi = qRound(image.dotsPerMeterX() * 0.0254);
    return dpi > 0 ? dpi : 200;
}

} // namespace

ReceiptEditor::ReceiptEditor(const Session &session, std::shared_ptr<const Catalog> catalog, QObject *parent,
                             const ServiceFactories &factories)
    : QObject(parent), m_officer(session.login), m_catalog(std::move(catalog))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReceiptEditor::saveNow);
    m_draft = IntakeDraft::start(m_officer);
    // Until the worker says which forms the workspace adds: the bundled ones.
    for (const forms::FormDefinition &d : forms::FormRegistry::bundled().all())
        for (const QString &code : d.procedures)
            m_formProcedures.insert(code);
    m_scan = new ScanSession(factories.makeScanner(this), this);
    connect(m_scan, &ScanSession::pageScanned, this, &ReceiptEditor::onScanned);
    connect(m_scan, &ScanSession::finished, this, [this](int number) {
        emit changed();
        emit scanFinished(number);
    });
    connect(m_scan, &ScanSession::failed, this, [this](const Error &e) {
        emit failed(Failure::Scanner, e);
        emit changed();
    });
    m_registry = new CitizenLookup(session, this);
    connect(m_registry, &CitizenLookup::answered, this, [this](const lookup::RegistryAnswer &answer) {
        if (answer.idNumber != m_draft.applicant.idNumber)
            return;   // the applicant changed meanwhile
        m_warehouse = ReusableDocuments::fromRegistry(answer);
        m_reusable = ReusableDocuments::merged(m_localReusable, m_warehouse);
        emit registryAnswered(answer);
        emit changed();
    });
    makeWorker(session);
}

ReceiptEditor::~ReceiptEditor() = default;

void ReceiptEditor::makeWorker(const Session &session)
{
    // The old worker keeps its requests (a page being stored as the session locked, an outcome, a
    // save refused behind the lock): it answers each by its ticket, applied as any other (tickets
    // are this editor's, never reused), and is dropped once it has answered them all. Not waited
    // for here: a long import under way must not freeze the window at sign-in.
    if (m_worker) {
        m_retired.push_back(std::move(m_worker));
        answered(0);   // drops it at once when it holds nothing
    }
    m_worker = std::make_unique<IntakeWorker>(session, m_catalog);
    IntakeWorker *w = m_worker.get();
    connect(w, &IntakeWorker::draftSaved, this, [this](int ticket) {
        answered(ticket);
        ++m_savedCount;
        emit draftSaved();
    });
    connect(w, &IntakeWorker::draftsLoaded, this, [this](int ticket, const QList<IntakeDraft> &drafts) {
        answered(ticket);
        QList<IntakeDraft> others;
        for (const IntakeDraft &d : drafts) {
            if (d.id != m_draft.id)
                others << d;
        }
        emit draftsLoaded(others);
    });
    connect(w, &IntakeWorker::draftDiscarded, this, [this](int ticket) { answered(ticket); });
    connect(w, &IntakeWorker::pagesStored, this, &ReceiptEditor::onPagesStored);
    connect(w, &IntakeWorker::pageLoaded, this, &ReceiptEditor::onPageLoaded);
    connect(w, &IntakeWorker::importProgress, this, [this](int ticket, int stored) {
        const auto it = m_pending.constFind(ticket);
        if (it != m_pending.constEnd() && it->job == Job::Import)
            emit importProgress(it->number, stored);
    });
    connect(w, &IntakeWorker::citizenFound, this, [this](int ticket, const std::optional<Citizen> &c) {
        const std::optional<Pending> p = answered(ticket);
        if (!p)
            return;
        if (c && c->idNumber == m_draft.applicant.idNumber)
            emit knownCitizen(Applicant::fromCitizen(*c));
        // An answer about the citizen still in the draft (not one of an earlier receipt).
        if ((!c || c->phone.isEmpty()) && m_draft.applicant.phone.isEmpty()
            && m_draft.applicant.kind == Applicant::Kind::Citizen && p->sha == m_draft.applicant.idNumber)
            emit phoneNeeded();
    });
    connect(w, &IntakeWorker::reusableFound, this, [this](int ticket, const QList<ReusableDocument> &docs) {
        answered(ticket);
        m_localReusable = docs;
        m_reusable = ReusableDocuments::merged(m_localReusable, m_warehouse);
        emit changed();
    });
    connect(w, &IntakeWorker::committed, this, [this](int ticket, const IntakeOutcome &outcome) {
        answered(ticket);
        m_committing = false;
        m_outcome = outcome;
        emit committed(outcome);
        emit changed();
    });
    connect(w, &IntakeWorker::printedMarked, this, [this](int ticket) {
        answered(ticket);
        emit printedMarked();
    });
    connect(w, &IntakeWorker::formsLoaded, this, [this](int, const QStringList &codes) {
        m_formProcedures = QSet<QString>(codes.begin(), codes.end());
    });
    connect(w, &IntakeWorker::catalogLoaded, this,
            [this](int ticket, const std::shared_ptr<const Catalog> &catalog, const QHash<QString, ProcedureUsage> &usage) {
                answered(ticket);
                m_catalog = catalog;
                emit catalogLoaded(catalog, usage);
                emit changed();
            });
    connect(w, &IntakeWorker::usageRecorded, this, [this](int ticket, const QHash<QString, ProcedureUsage> &usage) {
        answered(ticket);
        emit usageChanged(usage);
    });
    connect(w, &IntakeWorker::failed, this, &ReceiptEditor::onFailed);
    // A declaration's form QR on scanned or imported pages (issue 13): on the component, before its pages.
    connect(w, &IntakeWorker::declarationRead, this, [this](int ticket, const forms::DeclarationReading &reading) {
        if (m_pending.contains(ticket) && m_pending.value(ticket).number > 0)
            forms::applyReading(reading, m_draft.componentRef(m_pending.value(ticket).number));
    });
    connect(w, &IntakeWorker::declarationPrepared, this,
            [this](int ticket, const forms::FormDefinition &definition, const forms::FillInput &input, const QDateTime &issuedAt) {
                answered(ticket);
                emit declarationReady(definition, input, issuedAt);
            });
    connect(w, &IntakeWorker::peopleFound, this, [this](int ticket, const QString &text, const QList<forms::PersonMatch> &people) {
        if (const std::optional<Pending> p = answered(ticket))
            emit peopleFound(p->number, text, people);
    });
    w->loadCatalog(post(Job::Catalog));
}

void ReceiptEditor::setSession(const Session &session)
{
    m_officer = session.login;
    m_registry->setSession(session);
    makeWorker(session);
    if (m_started && !m_outcome)
        saveNow();   // saves refused while locked are made good
}

void ReceiptEditor::setScanner(capture::Scanner *scanner)
{
    m_scan->setScanner(scanner);
}

capture::Scanner *ReceiptEditor::scanner() const
{
    return m_scan->scanner();
}

void ReceiptEditor::setScanDevice(const QString &device)
{
    m_scan->setDevice(device);
}

void ReceiptEditor::setScanProfile(const capture::ScanProfile &profile)
{
    m_scan->setProfile(profile);
}

int ReceiptEditor::scanningNumber() const
{
    return m_scan->target();
}

int ReceiptEditor::post(Job job, int number, const QString &sha)
{
    const int ticket = m_nextTicket++;
    m_pending.insert(ticket, {job, number, sha, m_worker.get()});
    return ticket;
}

std::optional<ReceiptEditor::Pending> ReceiptEditor::answered(int ticket)
{
    std::optional<Pending> p;
    if (const auto it = m_pending.find(ticket); it != m_pending.end()) {
        p = *it;
        m_pending.erase(it);
    } else if (ticket != 0) {
        qCWarning(lcUi) << "an answer for a request never made, dropped: ticket" << ticket;
    }
    // A retired worker with no request left is dropped (its thread has nothing more to do).
    std::erase_if(m_retired, [this](const std::unique_ptr<IntakeWorker> &old) {
        return std::none_of(m_pending.cbegin(), m_pending.cend(),
                            [&old](const Pending &q) { return q.worker == old.get(); });
    });
    return p;
}

void ReceiptEditor::resetScanProfile()
{
    m_scan->resetProfile();
}

bool ReceiptEditor::hasPendingWork() const
{
    return !m_pending.isEmpty() || m_saveTimer.isActive() || m_scan->isActive();
}

bool ReceiptEditor::isStoringPages() const
{
    return m_scan->isActive() || std::any_of(m_pending.cbegin(), m_pending.cend(), [](const Pending &p) {
               return p.job == Job::Scan || p.job == Job::Import || p.job == Job::Replace || p.job == Job::Rotate;
           });
}

const Procedure *ReceiptEditor::procedure() const
{
    return m_catalog && !m_draft.procedureCode.isEmpty() ? m_catalog->find(m_draft.procedureCode) : nullptr;
}

QList<int> ReceiptEditor::missing() const
{
    const Procedure *p = procedure();
    return p ? IntakeService::missingRequired(*p, m_draft) : QList<int>();
}

void ReceiptEditor::touch()
{
    if (m_outcome)
        return;   // the outcome is written; nothing more to save for it
    if (!m_started) {
        m_started = true;
        m_draft.startedAt = QDateTime::currentDateTimeUtc();
    }
    m_saveTimer.start();
    emit changed();
}

void ReceiptEditor::saveNow()
{
    m_saveTimer.stop();
    if (m_outcome || m_committing || m_draft.isEmpty())
        return;
    m_worker->saveDraft(post(Job::Save), m_draft);
}

void ReceiptEditor::setProcedure(const QString &code)
{
    const Procedure *p = m_catalog ? m_catalog->find(code) : nullptr;
    if (!p)
        return;
    m_draft.procedureCode = code;
    // Components the new procedure does not have are dropped (their pages stay unreferenced).
    QList<DraftComponent> kept;
    for (const DraftComponent &c : std::as_const(m_draft.components)) {
        if (p->component(c.number))
            kept << c;
    }
    m_draft.components = kept;
    touch();
}

void ReceiptEditor::setApplicant(const Applicant &applicant)
{
    if (applicant == m_draft.applicant)
        return;
    m_draft.applicant = applicant;
    touch();
}

void ReceiptEditor::applyCard(const CardReading &reading)
{
    Applicant a = reading.applicant;
    // Contact details already typed for this person stay.
    if (m_draft.applicant.idNumber == a.idNumber) {
        a.phone = m_draft.applicant.phone;
        a.email = m_draft.applicant.email;
    }
    m_draft.applicant = a;
    touch();
    lookUpCitizen(a.idNumber);
}

void ReceiptEditor::lookUpCitizen(const QString &idNumber)
{
    m_worker->findCitizen(post(Job::Citizen, 0, idNumber), idNumber);
    m_worker->findReusable(post(Job::Reusable), idNumber);
    if (m_warehouse.isEmpty() || !m_registry->answer() || m_registry->answer()->idNumber != idNumber) {
        m_warehouse.clear();
        m_registry->lookUp(idNumber);   // the portal's registry and warehouse (enrolled workspaces)
    }
}

void ReceiptEditor::scanCard()
{
    scan(kCardScan);
}

void ReceiptEditor::scan(int number)
{
    if (m_scan->start(number, number == kCardScan))
        emit changed();
}

void ReceiptEditor::onScanned(int number, const capture::ScannedPage &page)
{
    if (number == kCardScan) {
        emit cardScanned(page.image);
        return;
    }
    m_worker->storeScan(post(Job::Scan, number), page.image, page.dpi, int(capture::PageKind::Text),
                        isDeclarationComponent(number));
}

bool ReceiptEditor::isDeclarationComponent(int number) const
{
    const Procedure *p = procedure();
    return p && !p->components.isEmpty() && p->components.constFirst().number == number
        && hasDeclarationForm(p->code);
}

void ReceiptEditor::prepareDeclaration()
{
    if (!m_draft.procedureCode.isEmpty())
        m_worker->prepareDeclaration(post(Job::Declaration), m_draft.procedureCode, m_draft.applicant);
}

void ReceiptEditor::findPeople(int serial, const QString &text)
{
    m_worker->findPeople(post(Job::People, serial), text, m_draft.applicant.idNumber);
}

void ReceiptEditor::importFiles(int number, const QStringList &files)
{
    if (!files.isEmpty())
        m_worker->importFiles(post(Job::Import, number), files, int(capture::PageKind::Text), isDeclarationComponent(number));
}

void ReceiptEditor::onPagesStored(int ticket, const QList<DraftPage> &pages, const QList<QImage> &thumbs,
                                  const QStringList &refusals)
{
    const std::optional<Pending> asked = answered(ticket);
    if (!asked) {
        // Never happens (every request has its ticket): said rather than filed under no component.
        emit failed(Failure::Pages, Error(QStringLiteral("pages.not-filed")));
        return;
    }
    const Pending &p = *asked;
    for (int i = 0; i < pages.size(); ++i)
        m_thumbnails.insert(pages.at(i).sha256, thumbs.value(i));
    if (p.job == Job::Replace) {
        DraftComponent &c = m_draft.componentRef(p.number);
        for (DraftPage &page : c.pages) {
            if (page.sha256 == p.sha && !pages.isEmpty()) {
                page = pages.constFirst();
                page.setAside = false;
            }
        }
    } else if (!pages.isEmpty()) {
        DraftComponent &c = m_draft.componentRef(p.number);
        if (c.provenance == Provenance::ReusedFromDossier) {
            c.pages.clear();   // paper now replaces the reused copy
            c.fromDossier.clear();
        }
        if (c.pages.isEmpty())
            c.provenance = p.job == Job::Import ? Provenance::ImportedFile : Provenance::ScannedAtCounter;
        // Paper at the counter: the first form the catalog accepts (the officer checks it on the slip).
        const Procedure *proc = procedure();
        const Component *def = proc ? proc->component(p.number) : nullptr;
        if (c.form.isEmpty() && def && !def->forms.isEmpty())
            c.form = acceptedFormKey(def->forms.constFirst());
        c.pages.append(pages);
    }
    for (const QString &r : refusals) {
        const Error refused(r.section(QLatin1Char('\t'), 1), r.section(QLatin1Char('\t'), 0, 0));
        emit failed(Failure::Pages, refused);
        if (p.job == Job::Import)
            emit importRefused(p.number, refused);
    }
    emit thumbnailsChanged();
    touch();
}

void ReceiptEditor::reuse(int number, const ReusableDocument &document)
{
    DraftComponent &c = m_draft.componentRef(number);
    // A warehouse document (its copy fetched and hash-checked into the page store) is the state's
    // own data: recorded as from the national database, with the dossier it came through if known.
    c.provenance = document.origin == ReusableDocument::Origin::PortalWarehouse ? Provenance::NationalDatabase
                                                                                : Provenance::ReusedFromDossier;
    c.fromDossier = document.dossierCode;
    c.documentType = document.documentType;
    c.pages.clear();
    for (const QString &sha : document.pages)
        c.pages.append(DraftPage{sha, false, {}});
    loadThumbnails();
    touch();
}

void ReceiptEditor::pageAction(int number, PageStrip::Action action, int index)
{
    DraftComponent &c = m_draft.componentRef(number);
    if (index < 0 || index >= c.pages.size())
        return;
    switch (action) {
    case PageStrip::Action::MoveLeft:
        if (index > 0)
            c.pages.swapItemsAt(index, index - 1);
        break;
    case PageStrip::Action::MoveRight:
        if (index + 1 < c.pages.size())
            c.pages.swapItemsAt(index, index + 1);
        break;
    case PageStrip::Action::Remove:
        c.pages.removeAt(index);
        if (c.pages.isEmpty())
            m_draft.removeComponent(number);
        break;
    case PageStrip::Action::ToggleAside:
        c.pages[index].setAside = !c.pages.at(index).setAside;
        break;
    case PageStrip::Action::Rotate:
        m_worker->loadPage(post(Job::Rotate, number, c.pages.at(index).sha256), c.pages.at(index).sha256, 0);
        return;
    }
    touch();
}

void ReceiptEditor::onPageLoaded(int ticket, const QString &sha, const QImage &image)
{
    const std::optional<Pending> p = answered(ticket);
    if (!p)
        return;
    if (p->job == Job::Rotate) {
        const QImage turned = image.transformed(QTransform().rotate(90));
        m_worker->storeScan(post(Job::Replace, p->number, sha), turned, dpiOf(image), int(capture::PageKind::Text));
        return;
    }
    m_thumbnails.insert(sha, image);
    emit thumbnailsChanged();
}

void ReceiptEditor::loadThumbnails()
{
    for (const QString &sha : m_draft.allPages()) {
        if (!m_thumbnails.contains(sha))
            m_worker->loadPage(post(Job::Thumb), sha, kThumbSide);
    }
}

void ReceiptEditor::setActions(int actions)
{
    if (m_outcome || m_committing)
        return;
    m_draft.actions = actions;
    if (m_started)
        m_saveTimer.start();
}

void ReceiptEditor::setLimitDays(int workingDays)
{
    std::optional<TimeLimit> limit;
    if (workingDays > 0)
        limit = TimeLimit::days(workingDays);
    if (limit == m_draft.limitOverride)
        return;
    m_draft.limitOverride = limit;
    touch();
}

void ReceiptEditor::recordUse(const QString &procedureCode)
{
    m_worker->recordUse(post(Job::Usage), procedureCode);
}

void ReceiptEditor::setFavourite(const QString &procedureCode, bool favourite)
{
    m_worker->setFavourite(post(Job::Usage), procedureCode, favourite);
}

void ReceiptEditor::receive()
{
    if (m_committing || m_outcome)
        return;
    m_saveTimer.stop();
    m_committing = true;
    m_worker->receive(post(Job::Commit), m_draft);
    emit changed();
}

void ReceiptEditor::requestSupplement(const QList<SupplementItem> &items, const QStringList &notes)
{
    if (m_committing || m_outcome)
        return;
    m_saveTimer.stop();
    m_committing = true;
    m_worker->requestSupplement(post(Job::Commit), m_draft, items, notes);
    emit changed();
}

void ReceiptEditor::refuse(const QStringList &reasons)
{
    if (m_committing || m_outcome)
        return;
    m_saveTimer.stop();
    m_committing = true;
    m_worker->refuse(post(Job::Commit), m_draft, reasons);
    emit changed();
}

void ReceiptEditor::markPrinted()
{
    if (m_outcome)
        m_worker->markPrinted(post(Job::Printed), m_outcome->dossierCode);
}

void ReceiptEditor::loadDrafts()
{
    m_worker->loadDrafts(post(Job::Load));
}

void ReceiptEditor::resume(const IntakeDraft &draft)
{
    m_saveTimer.stop();
    if (m_started && !m_outcome && !m_draft.isEmpty())
        saveNow();   // the receipt on screen stays a draft of its own
    m_draft = draft;
    m_draft.officer = m_officer;
    m_started = true;
    m_outcome.reset();
    m_reusable.clear();
    m_localReusable.clear();
    m_warehouse.clear();
    m_registry->clear();
    loadThumbnails();
    if (!m_draft.applicant.idNumber.isEmpty()) {
        m_worker->findReusable(post(Job::Reusable), m_draft.applicant.idNumber);
        m_registry->lookUp(m_draft.applicant.idNumber);
    }
    emit changed();
}

void ReceiptEditor::discard(const QString &draftId)
{
    m_worker->discardDraft(post(Job::Discard), draftId);
}

void ReceiptEditor::startNew()
{
    m_saveTimer.stop();
    if (!m_outcome && m_started)
        discard(m_draft.id);
    m_draft = IntakeDraft::start(m_officer);
    m_started = false;
    m_committing = false;
    m_outcome.reset();
    m_reusable.clear();
    m_localReusable.clear();
    m_warehouse.clear();
    m_registry->clear();
    m_thumbnails.clear();
    emit changed();
}

void ReceiptEditor::onFailed(int ticket, const Error &error)
{
    const std::optional<Pending> asked = answered(ticket);
    qCWarning(lcUi) << "receipt request failed:" << error.code;
    if (!asked)
        return;
    const Pending &p = *asked;
    switch (p.job) {
    case Job::Commit:
        m_committing = false;
        emit failed(Failure::Outcome, error);
        emit changed();
        break;
    case Job::Save:
    case Job::Load:
    case Job::Discard: emit failed(Failure::Draft, error); break;
    case Job::Scan:
    case Job::Import:
        emit failed(Failure::Pages, error);
        if (p.number > 0)
            emit pagesNotStored(p.number, error);   // on the component's row: scan or import again
        break;
    case Job::Replace:
    case Job::Rotate:
    case Job::Thumb: emit failed(Failure::Pages, error); break;
    case Job::Catalog:
    case Job::Usage:
    case Job::Citizen:
    case Job::Reusable: emit failed(Failure::Lookup, error); break;
    case Job::Printed: emit failed(Failure::Printed, error); break;
    case Job::Declaration: emit failed(Failure::Declaration, error); break;
    case Job::People: break;   // the form view keeps what was typed; the code is logged above
    }
}

} // namespace motcua
