#include "app/casework/QueueWorker.h"

#include "app/casework/DossierQueues.h"
#include "app/workspace/WorkspaceServices.h"

#include <QLoggingCategory>

namespace motcua::casework {

Q_LOGGING_CATEGORY(lcQueues, "motcua.queues")

QueueWorker::QueueWorker(Session session, std::shared_ptr<const Clock> clock, QObject *parent)
    : SessionWorker({QStringLiteral("queues"), std::move(clock), false}, std::move(session), parent)
{
    setOnReset([this] { m_queues.reset(); });
}

QueueWorker::~QueueWorker()
{
    shutDown();
}

template <typename Job>
void QueueWorker::runQueues(int ticket, Job job)
{
    run(ticket, [this, job = std::move(job)](WorkspaceServices &services) {
        if (!m_queues)
            m_queues = std::make_unique<DossierQueues>(services);
        job(*m_queues, services);
    });
}

void QueueWorker::count(int ticket)
{
    runQueues(ticket, [this, ticket](DossierQueues &q, WorkspaceServices &services) {
        const QueueCounts counts = q.counts(services.now());
        if (counts.failure)
            qCWarning(lcQueues) << "queue counts incomplete:" << counts.failure->code;
        emit counted(ticket, counts);
    });
}

void QueueWorker::fetch(int ticket, const QueueRequest &request)
{
    runQueues(ticket, [this, ticket, request](DossierQueues &q, WorkspaceServices &services) {
        const QueuePage page = q.page(request, services.now());
        if (page.failure) {
            qCWarning(lcQueues) << "queue page failed:" << page.failure->code;
            emit failed(ticket, *page.failure);
            return;
        }
        emit pageLoaded(ticket, page);
    });
}

} // namespace motcua::casework
