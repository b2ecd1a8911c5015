#include "app/sync/SyncWorker.h"

#include "app/auth/SessionHandle.h"
#include "app/catalog/CatalogService.h"
#include "app/sync/SyncLogging.h"

#include <QMetaObject>
#include <QNetworkInformation>

namespace motcua::sync {

SyncWorker::SyncWorker(QObject *parent, WorkspaceServices::Options options) : SyncStatusSource(parent), m_options(std::move(options))
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { scheduleRound(false); });
    // When the network comes back, sync without waiting for the timer (where the platform tells).
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        if (QNetworkInformation *info = QNetworkInformation::instance()) {
            connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
                if (r == QNetworkInformation::Reachability::Online && m_timer.isActive())
                    scheduleRound(false);
            });
        }
    }
}

SyncWorker::~SyncWorker()
{
    m_worker.stop([this] {
        m_engine.reset();
        m_services.reset();
        m_db.reset();
    });
}

void SyncWorker::setSession(const Session &session)
{
    const std::weak_ptr<const SessionHandle> handle = session.handle;
    m_worker.post([this, handle] {
        m_engine.reset();
        m_services.reset();
        m_db.reset();   // a new session opens its own connection
        m_handle = handle;
    });
    if (session.isValid()) {
        m_timer.start();
        refresh();
        scheduleRound(false);
    } else {
        m_timer.stop();
        publish(false, 0);
    }
}

Status SyncWorker::ensureOpen()
{
    std::shared_ptr<const SessionHandle> handle = m_handle.lock();
    if (!handle) {
        m_engine.reset();
        m_services.reset();
        m_db.reset();
        return Error(QStringLiteral("auth.locked"));
    }
    if (!m_db) {
        Result<std::unique_ptr<Database>> db = handle->openDatabase();
        if (!db)
            return db.error();
        m_db = std::move(db).value();
    }
    if (!m_engine) {
        // Sync reads no catalog: the bundled one fills the composition root's slot.
        Result<std::shared_ptr<const Catalog>> catalog = CatalogService::bundledCatalog();
        if (!catalog)
            return catalog.error();
        Result<std::unique_ptr<WorkspaceServices>> services =
            WorkspaceServices::build(m_db->sql(), handle->info(), *catalog, m_options);
        if (!services)
            return services.error();
        m_services = std::move(services).value();
        m_engine = std::make_unique<SyncEngine>(*m_services);
        connect(m_engine.get(), &SyncEngine::progress, m_worker.context(), [this](const QString &stage, qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [=, this] { emit progress(stage, done, total); }, Qt::QueuedConnection);
        });
        connect(m_engine.get(), &SyncEngine::itemChanged, m_worker.context(), [this](const QUuid &event, int state, const QString &reason) {
            QMetaObject::invokeMethod(this, [=, this] { emit itemChanged(event, state, reason); }, Qt::QueuedConnection);
        });
    }
    return {};
}

void SyncWorker::scheduleRound(bool explicitSync)
{
    if (explicitSync)
        m_explicitQueued = true;
    if (m_roundQueued.exchange(true))
        return;   // one round at a time; an explicit request rides on the queued one
    m_worker.post([this] {
        m_roundQueued = false;
        const bool explicitRound = m_explicitQueued.exchange(false);
        if (!ensureOpen())
            return;
        Result<bool> enrolled = SyncStore(m_db->sql()).isEnrolled();
        if (!enrolled || !*enrolled)
            return;   // stand-alone: nothing to sync with
        QMetaObject::invokeMethod(this, [this] { emit roundStarted(); }, Qt::QueuedConnection);
        SyncOptions options;
        options.ignoreBackoff = explicitRound;
        const SyncReport report = m_engine->runOnce(options);
        const bool online = report.reachedPortal && !(report.error && isTransportError(*report.error));
        const int pending = int(report.leftToSend);
        QMetaObject::invokeMethod(this, [this, report, online, pending] {
            publish(online, pending);
            emit roundFinished(report);
        }, Qt::QueuedConnection);
    });
}

void SyncWorker::syncNow()
{
    scheduleRound(true);
}

void SyncWorker::retry(const QUuid &event)
{
    m_worker.post([this, event] {
        if (!ensureOpen())
            return;
        if (Status st = SyncStore(m_db->sql()).retry(event); !st)
            qCWarning(lcSync) << "retry of" << uuidText(event) << "failed:" << st.error().code;
    });
    syncNow();
}

void SyncWorker::loadItems()
{
    m_worker.post([this] {
        if (!ensureOpen())
            return;
        Result<QList<OutboxItem>> items = SyncStore(m_db->sql()).items();
        if (!items)
            return;
        const QList<OutboxItem> list = *items;
        QMetaObject::invokeMethod(this, [this, list] { emit itemsLoaded(list); }, Qt::QueuedConnection);
    });
}

void SyncWorker::refresh()
{
    m_worker.post([this] {
        if (!ensureOpen())
            return;
        Result<OutboxCounts> counts = SyncStore(m_db->sql()).counts();
        if (!counts)
            return;
        const int pending = int(counts->unsent);
        QMetaObject::invokeMethod(this, [this, pending] { publish(m_online, pending); }, Qt::QueuedConnection);
    });
}

void SyncWorker::publish(bool online, int pending)
{
    if (online == m_online && pending == m_pending)
        return;
    m_online = online;
    m_pending = pending;
    emit changed();
}

} // namespace motcua::sync
