#include "app/intake/IntakeWorker.h"

#include "app/auth/Session.h"
#include "app/auth/SessionHandle.h"
#include "app/catalog/CatalogService.h"
#include "app/capture/ScanTypes.h"
#include "app/barcode/BarcodeReader.h"
#include "app/intake/IntakeForms.h"
#include "app/intake/IntakeLogging.h"
#include "app/intake/PageIntake.h"
#include "app/intake/PersonLookup.h"
#include "db/DraftStore.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "db/SqlError.h"

#include <QDir>
#include <QJsonDocument>
#include <QMetaObject>
#include <QSqlQuery>

namespace motcua::intake {
namespace {

QImage thumbnailOf(const QImage &image, int maxSide)
{
    if (maxSide <= 0 || (image.width() <= maxSide && image.height() <= maxSide))
        return image;
    return image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

constexpr int kThumbnailSide = 240;

} // namespace

IntakeWorker::IntakeWorker(const Session &session, std::shared_ptr<const Catalog> catalog, QObject *parent,
                           WorkspaceServices::Options options)
    : QObject(parent), m_handle(session.handle), m_catalog(catalog)
{
    WorkerConnection::Options connection;
    connection.services = std::move(options);
    connection.catalog = std::move(catalog);
    connection.lockWatchMs = kLockWatchMs;
    m_connection = std::make_unique<WorkerConnection>(m_worker.context(), std::move(connection));
    m_connection->setOnReset([this] {
        m_service.reset();
        m_services = nullptr;
    });
}

IntakeWorker::~IntakeWorker()
{
    m_worker.stop([this] {
        m_service.reset();
        m_connection.reset();
    });
}

void IntakeWorker::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    m_worker.post([this, catalog] {
        m_catalog = catalog;
        m_service.reset();
    });
}

template <typename Job>
void IntakeWorker::post(int ticket, Job job)
{
    m_worker.post([this, ticket, job = std::move(job)]() mutable {
        if (Status st = ensureOpen(); !st) {
            emit failed(ticket, st.error());
            return;
        }
        job();
    });
}

Status IntakeWorker::ensureOpen()
{
    Result<WorkspaceServices *> services = m_connection->services(m_handle);
    if (!services)
        return services.error();
    m_services = *services;
    if (!m_service) {
        if (!m_catalog)
            return Error(QStringLiteral("catalog.missing"));
        m_services->setCatalog(m_catalog);
        m_service = std::make_unique<IntakeService>(*m_services);
    }
    return {};
}

SessionInfo IntakeWorker::sessionInfo() const
{
    const std::shared_ptr<const SessionHandle> handle = m_handle.lock();
    return handle ? handle->info() : SessionInfo{};
}

const forms::FormRegistry &IntakeWorker::formRegistry()
{
    if (!m_forms) {
        Result<forms::FormRegistry> loaded =
            forms::FormRegistry::withFolder(QDir(sessionInfo().directory).filePath(QStringLiteral("forms")));
        if (!loaded)
            qCWarning(lcIntake) << "the workspace's form definitions are refused:" << loaded.error().code;
        m_forms = loaded ? *loaded : forms::FormRegistry::bundled();
    }
    return *m_forms;
}

void IntakeWorker::prepareDeclaration(int ticket, const QString &procedureCode, const Applicant &applicant)
{
    post(ticket, [this, ticket, procedureCode, applicant] {
        const forms::FormDefinition *definition = formRegistry().forProcedure(procedureCode);
        if (!definition) {
            emit failed(ticket, Error(QStringLiteral("form.no-form"), procedureCode));
            return;
        }
        const QDateTime local = m_services->now().toTimeZone(m_services->calendar().zone());
        forms::FillInput input = forms::fillInputFor(applicant, sessionInfo().office.name, local.date());
        Result<QList<forms::EarlierDeclaration>> earlier =
            forms::earlierDeclarations(m_services->db(), m_services->events(), applicant.idNumber);
        if (!earlier) {
            emit failed(ticket, earlier.error());
            return;
        }
        input.earlier = *earlier;
        emit declarationPrepared(ticket, *definition, input, local);
    });
}

void IntakeWorker::findPeople(int ticket, const QString &text, const QString &applicantIdNumber)
{
    post(ticket, [this, ticket, text, applicantIdNumber] {
        Result<QList<forms::PersonMatch>> people =
            intake::findPeople(m_services->db(), m_services->events(), formRegistry(), text, applicantIdNumber);
        if (!people)
            emit failed(ticket, people.error());
        else
            emit peopleFound(ticket, text, *people);
    });
}

IntakeService *IntakeWorker::service()
{
    return m_service.get();
}

void IntakeWorker::saveDraft(int ticket, const IntakeDraft &draft)
{
    post(ticket, [this, ticket, draft] {
        StoredDraft stored;
        stored.id = draft.id;
        stored.officer = draft.officer;
        stored.startedAt = draft.startedAt;
        stored.updatedAt = m_services->now();
        stored.body = QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact);
        if (Status st = DraftStore(m_services->db()).save(stored, draft.allPages()); !st) {
            emit failed(ticket, st.error());
            return;
        }
        emit draftSaved(ticket);
    });
}

void IntakeWorker::loadDrafts(int ticket)
{
    post(ticket, [this, ticket] {
        const QString login = sessionInfo().officer.login;
        Result<QList<StoredDraft>> stored = DraftStore(m_services->db()).ofOfficer(login);
        if (!stored) {
            emit failed(ticket, stored.error());
            return;
        }
        QList<IntakeDraft> drafts;
        for (const StoredDraft &s : *stored) {
            Result<IntakeDraft> d = IntakeDraft::fromJson(QJsonDocument::fromJson(s.body).object());
            if (d && !d->isEmpty())
                drafts.append(*d);
        }
        emit draftsLoaded(ticket, drafts);
    });
}

void IntakeWorker::discardDraft(int ticket, const QString &draftId)
{
    post(ticket, [this, ticket, draftId] {
        if (Status st = DraftStore(m_services->db()).discard(draftId); !st) {
            emit failed(ticket, st.error());
            return;
        }
        emit draftDiscarded(ticket);
    });
}

void IntakeWorker::storeScan(int ticket, const QImage &image, int dpi, int kind, bool readDeclaration)
{
    post(ticket, [this, ticket, image, dpi, kind, readDeclaration] {
        PageStore pages(m_services->db());
        Result<DraftPage> page = PageIntake::store(pages, image, dpi, capture::PageKind(kind));
        if (!page) {
            emit failed(ticket, page.error());
            return;
        }
        // A signed declaration on the scanned page: its form QR is read back (issue 13).
        if (readDeclaration) {
            if (const Result<QList<DecodedBarcode>> codes = BarcodeReader::read(image); codes) {
                QStringList texts;
                for (const DecodedBarcode &c : *codes)
                    texts << c.text;
                const forms::DeclarationReading reading = forms::readDeclaration(texts, formRegistry());
                if (reading.outcome != forms::DeclarationReading::Outcome::None)
                    emit declarationRead(ticket, reading);
            }
        }
        emit pagesStored(ticket, {*page}, {thumbnailOf(image, kThumbnailSide)}, {});
    });
}

void IntakeWorker::importFiles(int ticket, const QStringList &files, int kind, bool readDeclaration)
{
    post(ticket, [this, ticket, files, kind, readDeclaration] {
        // Streamed (PageIntake::importPages): a 500-page PDF is never in memory whole.
        PageImportOptions options;
        options.kind = capture::PageKind(kind);
        options.thumbnailSide = kThumbnailSide;
        options.progress = [this, ticket](int stored) { emit importProgress(ticket, stored); };
        PageStore pages(m_services->db());
        const PageImport imported = PageIntake::importPages(pages, files, options);
        QStringList refusals;
        for (const capture::ImportRefusal &r : imported.refused)
            refusals << r.file + QLatin1Char('\t') + r.error.code;
        if (readDeclaration && !imported.pages.isEmpty()) {
            const forms::DeclarationReading reading = forms::readDeclarationFromFiles(files, formRegistry());
            if (reading.outcome != forms::DeclarationReading::Outcome::None)
                emit declarationRead(ticket, reading);
        }
        emit pagesStored(ticket, imported.pages, imported.thumbnails, refusals);
    });
}

void IntakeWorker::loadPage(int ticket, const QString &sha256, int maxSide)
{
    post(ticket, [this, ticket, sha256, maxSide] {
        Result<StoredPage> page = PageStore(m_services->db()).get(sha256);
        if (!page) {
            emit failed(ticket, page.error());
            return;
        }
        QImage image;
        if (!image.loadFromData(page->bytes)) {
            emit failed(ticket, Error(QStringLiteral("pages.undecodable"), sha256));
            return;
        }
        emit pageLoaded(ticket, sha256, thumbnailOf(image, maxSide));
    });
}

void IntakeWorker::findCitizen(int ticket, const QString &idNumber)
{
    post(ticket, [this, ticket, idNumber] { emit citizenFound(ticket, CitizenStore(m_services->db()).byIdNumber(idNumber)); });
}

void IntakeWorker::findReusable(int ticket, const QString &idNumber)
{
    post(ticket, [this, ticket, idNumber] {
        Result<QList<ReusableDocument>> found =
            ReusableDocuments::find(m_services->db(), m_services->events(), m_catalog.get(), idNumber);
        if (!found)
            emit failed(ticket, found.error());
        else
            emit reusableFound(ticket, *found);
    });
}

void IntakeWorker::receive(int ticket, const IntakeDraft &draft)
{
    post(ticket, [this, ticket, draft] {
        Result<IntakeOutcome> r = service()->receive(draft);
        if (!r)
            emit failed(ticket, r.error());
        else
            emit committed(ticket, *r);
    });
}

void IntakeWorker::receiveSupplement(int ticket, const QString &dossierCode, const QList<DraftComponent> &supplied)
{
    post(ticket, [this, ticket, dossierCode, supplied] {
        Result<IntakeOutcome> r = service()->receiveSupplement(dossierCode, supplied);
        if (!r)
            emit failed(ticket, r.error());
        else
            emit committed(ticket, *r);
    });
}

void IntakeWorker::requestSupplement(int ticket, const IntakeDraft &draft, const QList<SupplementItem> &items,
                                     const QStringList &notes)
{
    post(ticket, [this, ticket, draft, items, notes] {
        Result<IntakeOutcome> r = service()->requestSupplement(draft, items, notes);
        if (!r)
            emit failed(ticket, r.error());
        else
            emit committed(ticket, *r);
    });
}

void IntakeWorker::refuse(int ticket, const IntakeDraft &draft, const QStringList &reasons)
{
    post(ticket, [this, ticket, draft, reasons] {
        Result<IntakeOutcome> r = service()->refuse(draft, reasons);
        if (!r)
            emit failed(ticket, r.error());
        else
            emit committed(ticket, *r);
    });
}

void IntakeWorker::markPrinted(int ticket, const QString &dossierCode)
{
    post(ticket, [this, ticket, dossierCode] {
        if (Status st = service()->markPrinted(dossierCode); !st)
            emit failed(ticket, st.error());
        else
            emit printedMarked(ticket);
    });
}

void IntakeWorker::loadForm(int ticket, const QString &dossierCode)
{
    post(ticket, [this, ticket, dossierCode] {
        std::shared_ptr<const SessionHandle> handle = m_handle.lock();
        if (!handle) {
            emit failed(ticket, Error(QStringLiteral("auth.locked")));
            return;
        }
        const EventStore &events = m_services->events();
        const QList<Event> log = events.eventsOf(dossierCode);
        Result<ReplayResult> replay = events.replayDossier(dossierCode);
        if (log.isEmpty() || !replay) {
            emit failed(ticket, Error(QStringLiteral("lookup.no-dossier"), dossierCode));
            return;
        }
        // The receiving officer's name from the officers table, when known here.
        QString officerName;
        for (const Event &e : log) {
            if (e.type == EventType::Received || e.type == EventType::SupplementRequestedAtCounter
                || e.type == EventType::ReceiptRefused) {
                QSqlQuery q(m_services->db());
                q.prepare(QStringLiteral("SELECT full_name FROM officers WHERE login = ?"));
                q.addBindValue(e.officer);
                officerName = q.exec() && q.next() ? q.value(0).toString() : e.officer;
            }
        }
        Result<printing::FormData> form = IntakeForms::fromEvents(log, replay->state.dueAt, *m_catalog, handle->info(),
                                                                  m_services->calendar().zone(), officerName);
        if (!form)
            emit failed(ticket, form.error());
        else
            emit formLoaded(ticket, *form);
    });
}

void IntakeWorker::loadCatalog(int ticket)
{
    post(ticket, [this, ticket] {
        std::shared_ptr<const SessionHandle> handle = m_handle.lock();
        if (!handle) {
            emit failed(ticket, Error(QStringLiteral("auth.locked")));
            return;
        }
        CatalogStore store(m_services->db());
        CatalogService service;
        if (Status st = service.attachStore(&store, handle->info().officer.login); !st) {
            emit failed(ticket, st.error());
            return;
        }
        const std::shared_ptr<const Catalog> catalog = service.catalog();
        const QHash<QString, ProcedureUsage> usage = service.usage();
        service.detachStore();
        if (catalog != m_catalog) {
            m_catalog = catalog;
            m_service.reset();   // receive against this catalog from now on
        }
        QStringList withForms;
        for (const forms::FormDefinition &d : formRegistry().all())
            withForms << d.procedures;
        withForms.removeDuplicates();
        emit formsLoaded(ticket, withForms);
        emit catalogLoaded(ticket, catalog, usage);
    });
}

void IntakeWorker::recordUse(int ticket, const QString &procedureCode)
{
    post(ticket, [this, ticket, procedureCode] {
        const QString login = sessionInfo().officer.login;
        CatalogStore store(m_services->db());
        if (Status st = store.recordUse(procedureCode, login, m_services->now()); !st) {
            emit failed(ticket, st.error());
            return;
        }
        Result<QHash<QString, ProcedureUsage>> usage = store.usage(login);
        if (!usage)
            emit failed(ticket, usage.error());
        else
            emit usageRecorded(ticket, *usage);
    });
}

void IntakeWorker::setFavourite(int ticket, const QString &procedureCode, bool favourite)
{
    post(ticket, [this, ticket, procedureCode, favourite] {
        const QString login = sessionInfo().officer.login;
        CatalogStore store(m_services->db());
        if (Status st = store.setFavourite(procedureCode, login, favourite); !st) {
            emit failed(ticket, st.error());
            return;
        }
        Result<QHash<QString, ProcedureUsage>> usage = store.usage(login);
        if (!usage)
            emit failed(ticket, usage.error());
        else
            emit usageRecorded(ticket, *usage);
    });
}

} // namespace motcua::intake
