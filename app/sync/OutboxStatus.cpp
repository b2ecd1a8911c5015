#include "app/sync/OutboxStatus.h"

#include "app/auth/SessionHandle.h"

#include <QMetaObject>
#include <QSqlQuery>

namespace motcua {

OutboxStatus::OutboxStatus(QObject *parent) : SyncStatusSource(parent)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &OutboxStatus::refresh);
}

OutboxStatus::~OutboxStatus()
{
    m_worker.stop([this] { m_db.reset(); });
}

void OutboxStatus::setSession(const Session &session)
{
    const std::weak_ptr<const SessionHandle> handle = session.handle;
    m_worker.post([this, handle] {
        m_db.reset();       // a new session opens its own connection
        m_handle = handle;
    });
    if (session.isValid()) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
        publish(0);
    }
}

void OutboxStatus::refresh()
{
    if (m_queued.exchange(true))
        return;   // a count is already on its way
    m_worker.post([this] {
        m_queued = false;
        std::shared_ptr<const SessionHandle> handle = m_handle.lock();
        if (!handle) {
            m_db.reset();
            return;
        }
        if (!m_db) {
            Result<std::unique_ptr<Database>> db = handle->openDatabase();
            if (!db)
                return;
            m_db = std::move(db).value();
        }
        QSqlQuery q(m_db->sql());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE state <> 'sent'")) || !q.next())
            return;
        const int count = q.value(0).toInt();
        QMetaObject::invokeMethod(this, [this, count] { publish(count); }, Qt::QueuedConnection);
    });
}

void OutboxStatus::publish(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    emit changed();
}

} // namespace motcua
