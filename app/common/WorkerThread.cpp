#include "app/common/WorkerThread.h"

#include <QMetaObject>

namespace motcua {

WorkerThread::WorkerThread(const QString &name)
{
    m_thread.setObjectName(name);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    stop();
}

void WorkerThread::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

void WorkerThread::stop(const std::function<void()> &last)
{
    if (m_stopped)
        return;
    m_stopped = true;
    // Queued behind every job already posted; quitting from inside the loop, so none is skipped.
    QMetaObject::invokeMethod(
        m_context,
        [this, last] {
            if (last)
                last();
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

} // namespace motcua
