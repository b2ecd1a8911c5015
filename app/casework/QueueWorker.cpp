#include "app/casework/QueueWorker.h"

#include "app/auth/SessionHandle.h"
#include "app/casework/DossierQueues.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/Database.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace motcua::casework {

Q_LOGGING_CATEGORY(lcQueues, "motcua.queues")

namespace {
// The services cache the calendar, the catalog and the officers' names; an administrator may
// change any of them.
constexpr qint64 kServicesLifetimeMs = 60000;
} // namespace

QueueWorker::QueueWorker(Session session, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent), m_session(std::move(session)), m_clock(std::move(clock))
{
}

QueueWorker::~QueueWorker()
{
    m_worker.stop([this] { closeConnection(); });
}

void QueueWorker::setSession(const Session &session)
{
    m_session = session;
}

void QueueWorker::closeConnection()
{
    m_queues.reset();
    m_services.reset();
    m_db.reset();
    m_connectedSession = {};
    if (m_lockWatch)
        m_lockWatch->stop();
    m_connected.store(false);
}

Result<DossierQueues *> QueueWorker::queues(const Session &session)
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
        m_queues.reset();
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
    if (!m_queues || now - m_queuesSince > kServicesLifetimeMs) {
        m_queues.reset();
        WorkspaceServices::Options options;
        options.clock = m_clock;
        auto services = WorkspaceServices::build(m_db->sql(), (*handle)->info(), nullptr, std::move(options));
        if (!services)
            return services.error();
        m_services = std::move(services).value();
        m_queues = std::make_unique<DossierQueues>(*m_services);
        m_queuesSince = now;
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
