#include "app/lookup/LookupWorker.h"

#include "domain/calendar/OfficeTime.h"

#include "app/lookup/CitizenRegistry.h"
#include "app/lookup/LookupLogging.h"
#include "app/lookup/LookupService.h"

#include <QMetaObject>

namespace motcua::lookup {

namespace {
// The service caches the catalog and the officers' names; an administrator may change either.
constexpr qint64 kServiceLifetimeMs = 60000;
} // namespace

LookupWorker::LookupWorker(Session session, QObject *parent) : QObject(parent), m_session(std::move(session))
{
    // A fresh composition root now and then: calendar edits, new officers' names, an imported
    // catalog show up without signing in again.
    WorkerConnection::Options options;
    options.lifetimeMs = kServiceLifetimeMs;
    options.lockWatchMs = kLockWatchMs;
    m_connection = std::make_unique<WorkerConnection>(m_worker.context(), std::move(options));
    m_connection->setOnReset([this] {
        m_registry.reset();
        m_service.reset();
    });
}

LookupWorker::~LookupWorker()
{
    // After the jobs already asked for: close the connection in its own thread, then stop.
    m_worker.stop([this] { m_connection.reset(); });
}

void LookupWorker::setSession(const Session &session)
{
    m_session = session;
}

Result<LookupService *> LookupWorker::service(const Session &session)
{
    Result<WorkspaceServices *> services = m_connection->services(session.handle);
    if (!services)
        return services.error();
    if (!m_service)
        m_service = std::make_unique<LookupService>(**services);
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
    m_worker.post([this, ticket, idNumber, session = m_session] {
        Result<WorkspaceServices *> services = m_connection->services(session.handle);
        if (!services) {
            qCWarning(lcLookup) << "registry lookup unavailable:" << services.error().code;
            emit failed(ticket, services.error());
            return;
        }
        if (!m_registry)
            m_registry = std::make_unique<CitizenRegistry>(**services);
        emit citizenLooked(ticket, m_registry->lookUp(idNumber));
    });
}

} // namespace motcua::lookup
