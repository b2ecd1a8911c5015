#include "app/lookup/LookupWorker.h"

#include "domain/calendar/OfficeTime.h"

#include "app/auth/SessionHandle.h"
#include "app/lookup/CitizenRegistry.h"
#include "app/lookup/LookupLogging.h"
#include "app/lookup/LookupService.h"
#include "db/Database.h"

#include <QDateTime>
#include <QMetaObject>

namespace motcua::lookup {

namespace {
// The service caches the catalog and the officers' names; an administrator may change either.
constexpr qint64 kServiceLifetimeMs = 60000;
} // namespace

LookupWorker::LookupWorker(Session session, QObject *parent) : QObject(parent), m_session(std::move(session)) {}

LookupWorker::~LookupWorker()
{
    // After the jobs already asked for: close the connection in its own thread, then stop.
    m_worker.stop([this] { closeConnection(); });
}

void LookupWorker::setSession(const Session &session)
{
    m_session = session;
}

void LookupWorker::closeConnection()
{
    m_registry.reset();
    m_service.reset();
    m_services.reset();
    m_db.reset();
    m_connectedSession = {};
    if (m_lockWatch)
        m_lockWatch->stop();
    m_connected.store(false);
}

Result<LookupService *> LookupWorker::service(const Session &session)
{
    auto handle = SessionHandle::from(session);
    if (!handle) {
        closeConnection();
        return handle.error();
    }
    if (!m_db) {
        auto db = (*handle)->openDatabase();
        if (!db)
            return db.error();
        m_db = std::move(db).value();
        m_service.reset();
        m_connectedSession = session;
        m_connected.store(true);
        if (!m_lockWatch) {
            m_lockWatch = new QTimer(m_worker.context());   // created here, on the worker thread
            m_lockWatch->setInterval(kLockWatchMs);
            QObject::connect(m_lockWatch, &QTimer::timeout, m_worker.context(), [this] {
                if (m_connectedSession.handle.expired())
                    closeConnection();
            });
        }
        m_lockWatch->start();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_service || now - m_serviceSince > kServiceLifetimeMs) {
        // A fresh composition root now and then: calendar edits, new officers' names, an imported
        // catalog show up without signing in again.
        m_registry.reset();
        m_service.reset();
        Result<std::unique_ptr<WorkspaceServices>> services = WorkspaceServices::build(m_db->sql(), (*handle)->info(), nullptr);
        if (!services)
            return services.error();
        m_services = std::move(services).value();
        m_service = std::make_unique<LookupService>(*m_services);
        m_serviceSince = now;
    }
    return m_service.get();
}

template <typename Job>
void LookupWorker::run(int ticket, Job job)
{
    m_worker.post([this, ticket, job = std::move(job), session = m_session] {
        auto s = service(session);
        if (!s) {
            qCWarning(lcLookup) << "lookup unavailable:" << s.error().code;
            emit failed(ticket, s.error());
            return;
        }
        job(**s);
    });
}

void LookupWorker::search(int ticket, const QString &text)
{
    m_latestSearch.store(ticket);
    run(ticket, [this, ticket, text](LookupService &s) {
        if (ticket != m_latestSearch.load())
            return;   // a newer search is queued: answer that one only
        emit results(ticket, s.search(text));
    });
}

void LookupWorker::listDays(int ticket, const QDate &from, const QDate &to)
{
    m_latestSearch.store(ticket);
    run(ticket, [this, ticket, from, to](LookupService &s) {
        if (ticket != m_latestSearch.load())
            return;
        emit results(ticket, s.receivedOnDays(from, to));
    });
}

void LookupWorker::loadDossier(int ticket, const QString &dossierCode)
{
    run(ticket, [this, ticket, dossierCode](LookupService &s) {
        auto d = s.details(dossierCode);
        if (d)
            emit dossierLoaded(ticket, *d);
        else
            emit failed(ticket, d.error());
    });
}

void LookupWorker::loadPage(int ticket, const QString &sha256, const QSize &bound)
{
    run(ticket, [this, ticket, sha256, bound](LookupService &s) {
        const PageImage page = s.page(sha256, bound);
        if (page.tampered)
            qCWarning(lcLookup) << "page failed its hash check:" << sha256;
        emit pageLoaded(ticket, page);
    });
}

void LookupWorker::lookUpCitizen(int ticket, const QString &idNumber)
{
    run(ticket, [this, ticket, idNumber](LookupService &) {
        if (!m_registry)
            m_registry = std::make_unique<CitizenRegistry>(*m_services);
        emit citizenLooked(ticket, m_registry->lookUp(idNumber));
    });
}

} // namespace motcua::lookup
