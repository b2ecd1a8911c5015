#include "app/casework/QueueWorker.h"

#include "app/casework/DossierQueues.h"
#include "app/workspace/WorkspaceServices.h"

#include <QLoggingCategory>

namespace motcua::casework {

Q_LOGGING_CATEGORY(lcQueues, "motcua.queues")

namespace {
// The services cache the calendar, the catalog and the officers' names; an administrator may
// change any of them.
constexpr qint64 kServicesLifetimeMs = 60000;
} // namespace

QueueWorker::QueueWorker(Session session, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent), m_session(std::move(session))
{
    WorkerConnection::Options options;
    options.services.clock = std::move(clock);
    options.lifetimeMs = kServicesLifetimeMs;
    options.lockWatchMs = kLockWatchMs;
    m_connection = std::make_unique<WorkerConnection>(m_worker.context(), std::move(options));
    m_connection->setOnReset([this] {
        m_queues.reset();
        m_services = nullptr;
    });
}

QueueWorker::~QueueWorker()
{
    m_worker.stop([this] { m_connection.reset(); });
}

void QueueWorker::setSession(const Session &session)
{
    m_session = session;
}

Result<DossierQueues *> QueueWorker::queues(const Session &session)
{
    Result<WorkspaceServices *> services = m_connection->services(session.handle);
    if (!services)
        return services.error();
    if (!m_queues) {
        m_services = *services;
        m_queues = std::make_unique<DossierQueues>(*m_services);
    }
    return m_queues.get();
}

template <typename Job>
void QueueWorker::run(int ticket, Job job)
{
    m_worker.post([this, ticket, job = std::move(job), session = m_session] {
        auto q = queues(session);
        if (!q) {
            qCWarning(lcQueues) << "queues unavailable:" << q.error().code;
            emit failed(ticket, q.error());
            return;
        }
        job(**q);
    });
}

void QueueWorker::count(int ticket)
{
    run(ticket, [this, ticket](DossierQueues &q) {
        const QueueCounts counts = q.counts(m_services->now());
        if (counts.failure)
            qCWarning(lcQueues) << "queue counts incomplete:" << counts.failure->code;
        emit counted(ticket, counts);
    });
}

void QueueWorker::fetch(int ticket, const QueueRequest &request)
{
    run(ticket, [this, ticket, request](DossierQueues &q) {
        const QueuePage page = q.page(request, m_services->now());
        if (page.failure) {
            qCWarning(lcQueues) << "queue page failed:" << page.failure->code;
            emit failed(ticket, *page.failure);
            return;
        }
        emit pageLoaded(ticket, page);
    });
}

} // namespace motcua::casework
