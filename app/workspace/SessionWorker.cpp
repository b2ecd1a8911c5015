#include "app/workspace/SessionWorker.h"

#include "app/catalog/CatalogService.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/CatalogStore.h"

#include <QLoggingCategory>

namespace motcua {

Q_LOGGING_CATEGORY(lcSessionWorker, "motcua.workspace.worker")

namespace {

// The workspace's catalog, or the bundled one while the workspace has imported none (as the CLI's).
std::shared_ptr<const Catalog> workspaceCatalog(const QSqlDatabase &db)
{
    auto loaded = CatalogStore(db).load();
    if (loaded.ok() && loaded->has_value())
        return std::make_shared<const Catalog>(std::move(**loaded));
    if (auto bundled = CatalogService::bundledCatalog(); bundled.ok() && *bundled)
        return *bundled;
    return nullptr;
}

} // namespace

SessionWorker::SessionWorker(Options options, Session session, QObject *parent)
    : QObject(parent), m_name(options.threadName), m_worker(m_name), m_session(std::move(session)),
      m_workspaceCatalog(options.workspaceCatalog)
{
    WorkerConnection::Options connection;
    connection.services.clock = std::move(options.clock);
    connection.lifetimeMs = kServicesLifetimeMs;
    connection.lockWatchMs = kLockWatchMs;
    m_connection = std::make_unique<WorkerConnection>(m_worker.context(), std::move(connection));
}

SessionWorker::~SessionWorker()
{
    shutDown();
}

void SessionWorker::shutDown()
{
    // After the jobs already asked for: close the connection in its own thread, then stop.
    m_worker.stop([this] { m_connection.reset(); });
}

void SessionWorker::setSession(const Session &session)
{
    m_session = session;
}

void SessionWorker::setOnReset(std::function<void()> onReset)
{
    m_connection->setOnReset(std::move(onReset));
}

void SessionWorker::post(std::function<void(const Session &)> job)
{
    m_worker.post([job = std::move(job), session = m_session] { job(session); });
}

Result<WorkspaceServices *> SessionWorker::services(const Session &session)
{
    Result<WorkspaceServices *> services = m_connection->services(session.handle);
    if (services && m_workspaceCatalog && (*services)->catalog().procedures().isEmpty()) {
        if (std::shared_ptr<const Catalog> catalog = workspaceCatalog((*services)->db()))
            (*services)->setCatalog(std::move(catalog));
    }
    return services;
}

void SessionWorker::warnUnavailable(const Error &error) const
{
    qCWarning(lcSessionWorker).noquote() << m_name << "unavailable:" << error.code;
}

} // namespace motcua
