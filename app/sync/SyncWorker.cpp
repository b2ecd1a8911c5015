#include "app/sync/SyncWorker.h"

#include "app/auth/SessionHandle.h"
#include "app/sync/OfflineGuard.h"
#include "app/sync/SyncLogging.h"

#include <QMetaObject>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QTimer>

namespace motcua::sync {

SyncWorker::SyncWorker(QObject *parent, WorkspaceServices::Options options) : SyncStatusSource(parent)
{
    // Sync reads no catalog (the composition root gets an empty one). No lock watch: a round runs
    // a local event loop, and the lock is seen by the next job (the round itself checks the handle).
    WorkerConnection::Options connection;
    connection.services = std::move(options);
    m_connection = std::make_unique<WorkerConnection>(m_worker.context(), std::move(connection));
    m_connection->setOnReset([this] {
        m_engine.reset();
        m_services = nullptr;
    });
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { scheduleRound(false); });
    // When the network comes back, sync without waiting for the timer (where the platform tells).
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        if (QNetworkInformation *info = QNetworkInformation::instance()) {
            connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
                if (r != QNetworkInformation::Reachability::Online || !m_timer.isActive())
                    return;
                QTimer::singleShot(int(QRandomGenerator::global()->bounded(kNetworkReturnSpreadMs)), this, [this] {
                    if (m_timer.isActive())
                        scheduleRound(true);
                });
            });
        }
    }
}

SyncWorker::~SyncWorker()
{
    // Runs on the worker thread, possibly inside a round's local event loop (stop() quits every
    // loop of the thread, so the round ends at once): the connection closes after the round.
    m_worker.stop([this] {
        auto close = [this] { m_connection.reset(); };
        if (m_inRound)
            m_deferred.append(close);
        else
            close();
    });
}

void SyncWorker::setSession(const Session &session)
{
    const std::weak_ptr<const SessionHandle> handle = session.handle;
    postJob([this, handle] {
        m_connection->close();   // a new session opens its own connection
        m_handle = handle;
    });
    if (session.isValid()) {
        m_timer.start();
        refresh();
        scheduleRound(false);
    } else {
        m_timer.stop();
        m_overview = {};
        m_running = false;
        m_online = false;
        m_pending = 0;
        emit changed();
    }
}

Status SyncWorker::ensureOpen()
{
    Result<WorkspaceServices *> services = m_connection->services(m_handle);
    if (!services)
        return services.error();
    if (!m_engine) {
        m_services = *services;
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
    postJob([this] {
        m_roundQueued = false;
        const bool explicitRound = m_explicitQueued.exchange(false);
        if (!ensureOpen())
            return;
        Result<bool> enrolled = SyncStore(m_services->db()).isEnrolled();
        if (!enrolled || !*enrolled)
            return;   // stand-alone: nothing to sync with
        QMetaObject::invokeMethod(this, [this] {
            if (!m_timer.isActive())
                return;   // locked meanwhile: the status bar says nothing of a closed workspace
            m_running = true;
            emit roundStarted();
            emit changed();
        }, Qt::QueuedConnection);
        SyncOptions options;
        options.ignoreBackoff = explicitRound;
        m_inRound = true;   // the engine's requests run local event loops: jobs posted meanwhile wait
        const SyncReport report = m_engine->runOnce(options);
        m_inRound = false;
        const bool online = report.reachedPortal && !(report.error && isTransportError(*report.error));
        const int pending = int(report.leftToSend);
        const std::optional<SyncOverview> overview = readOverview();
        QMetaObject::invokeMethod(this, [this, report, online, pending, overview] {
            if (!m_timer.isActive())
                return;
            m_running = false;
            if (overview)
                m_overview = *overview;
            m_online = online;
            m_pending = overview ? int(overview->unsent) : pending;   // a round stopped early reports none
            emit changed();   // once, with every figure in place
            emit roundFinished(report);
            emit roundEnded(report.error ? report.error->code : QString());
        }, Qt::QueuedConnection);
        runDeferred();
    });
}

void SyncWorker::postJob(std::function<void()> job)
{
    m_worker.post([this, job = std::move(job)] {
        if (m_inRound)
            m_deferred.append(job);   // runs once the round is over, in order
        else
            job();
    });
}

void SyncWorker::runDeferred()
{
    while (!m_deferred.isEmpty() && !m_inRound) {
        const std::function<void()> job = m_deferred.takeFirst();
        job();
    }
}

void SyncWorker::syncNow()
{
    scheduleRound(true);
}

void SyncWorker::retry(const QUuid &event)
{
    postJob([this, event] {
        if (!ensureOpen())
            return;
        if (Status st = SyncStore(m_services->db()).retry(event); !st)
            qCWarning(lcSync) << "retry of" << uuidText(event) << "failed:" << st.error().code;
    });
    syncNow();
}

void SyncWorker::loadItems(bool includeSent)
{
    postJob([this, includeSent] {
        if (!ensureOpen())
            return;
        Result<QList<OutboxItem>> items = SyncStore(m_services->db()).items(includeSent);
        if (!items)
            return;
        QList<SyncItemView> list;
        list.reserve(items->size());
        for (const OutboxItem &i : std::as_const(*items)) {
            SyncItemView v;
            v.event = i.event;
            v.dossier = i.dossier;
            v.type = i.type;
            v.deviceSeq = i.deviceSeq;
            v.state = SyncItemView::State(int(i.state));
            v.reason = i.reason;
            v.attempts = i.attempts;
            v.nextTry = i.nextTry;
            v.createdAt = i.createdAt;
            list << v;
        }
        QMetaObject::invokeMethod(this, [this, list] { emit itemsLoaded(list); }, Qt::QueuedConnection);
    });
}

std::optional<SyncOverview> SyncWorker::readOverview()
{
    SyncStore store(m_services->db());
    Result<std::optional<SyncIdentity>> identity = store.identity();
    Result<SyncState> state = store.state();
    Result<OutboxCounts> counts = store.counts();
    if (!identity || !state || !counts)
        return std::nullopt;
    SyncOverview o;
    o.loaded = true;
    if (const std::optional<SyncIdentity> &id = *identity) {
        o.enrolled = true;
        o.portalUrl = id->portalUrl;
        o.office = id->office;
        o.deviceNumber = id->deviceNumber;
        o.enrolledAt = id->enrolledAt;
    }
    o.lastSync = state->lastSync;
    o.lastAttempt = state->lastAttempt;
    o.lastError = state->lastError;
    o.unsent = counts->unsent;
    o.failed = counts->failed;
    o.quarantined = counts->quarantined;
    o.blockAfterDays = state->policy.blockAfterDays;
    if (Result<OfflineStanding> standing = offlineStanding(m_services->db(), m_services->now()); standing) {
        o.daysWithoutSync = standing->daysWithoutSync;
        o.unsyncedDossiers = standing->unsyncedDossiers;
        o.offlineWarn = standing->warn;
        o.offlineBlock = standing->block ? standing->block->code : QString();
    }
    return o;
}

void SyncWorker::refresh()
{
    postJob([this] {
        if (!ensureOpen())
            return;
        const std::optional<SyncOverview> overview = readOverview();
        if (!overview)
            return;
        const int pending = int(overview->unsent);
        QMetaObject::invokeMethod(this, [this, pending, overview] {
            if (!m_timer.isActive())
                return;
            publishOverview(*overview);
            publish(m_online, pending);
        }, Qt::QueuedConnection);
    });
}

void SyncWorker::publishOverview(const SyncOverview &overview)
{
    m_overview = overview;
    emit changed();
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
