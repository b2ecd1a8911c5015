#include "app/workspace/WorkerConnection.h"

#include "app/auth/SessionHandle.h"
#include "db/Database.h"

#include <QDateTime>
#include <QTimer>

namespace motcua {
namespace {

bool sameHandle(const std::weak_ptr<const SessionHandle> &a, const std::weak_ptr<const SessionHandle> &b)
{
    return !a.owner_before(b) && !b.owner_before(a);
}

} // namespace

WorkerConnection::WorkerConnection(QObject *threadContext, Options options)
    : m_context(threadContext), m_options(std::move(options))
{
}

WorkerConnection::~WorkerConnection()
{
    close();
}

void WorkerConnection::dropServices()
{
    if (m_services && m_onReset)
        m_onReset();
    m_services.reset();
}

void WorkerConnection::close()
{
    dropServices();
    m_db.reset();
    m_connectedHandle.reset();
    if (m_lockWatch)
        m_lockWatch->stop();
    m_connected.store(false);
}

void WorkerConnection::setCatalog(std::shared_ptr<const Catalog> catalog)
{
    m_options.catalog = std::move(catalog);
    dropServices();
}

Result<WorkspaceServices *> WorkerConnection::services(const std::weak_ptr<const SessionHandle> &weakHandle)
{
    const std::shared_ptr<const SessionHandle> handle = weakHandle.lock();
    if (!handle) {
        close();
        return Error(QStringLiteral("auth.locked"));
    }
    if (m_db && !sameHandle(weakHandle, m_connectedHandle))
        close();   // a new unlock: its own connection
    if (!m_db) {
        Result<std::unique_ptr<Database>> db = handle->openDatabase();
        if (!db)
            return db.error();
        m_db = std::move(db).value();
        m_connectedHandle = weakHandle;
        m_connected.store(true);
        if (m_options.lockWatchMs > 0) {
            if (!m_lockWatch) {
                m_lockWatch = new QTimer(m_context);   // made on the worker thread, like m_context
                m_lockWatch->setInterval(m_options.lockWatchMs);
                QObject::connect(m_lockWatch, &QTimer::timeout, m_context, [this] {
                    if (m_connectedHandle.expired())
                        close();
                });
            }
            m_lockWatch->start();
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_services && m_options.lifetimeMs > 0 && now - m_servicesSince > m_options.lifetimeMs)
        dropServices();
    if (!m_services) {
        Result<std::unique_ptr<WorkspaceServices>> services =
            WorkspaceServices::build(m_db->sql(), handle->info(), m_options.catalog, m_options.services);
        if (!services)
            return services.error();
        m_services = std::move(services).value();
        m_servicesSince = now;
    }
    return m_services.get();
}

} // namespace motcua
