#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>

namespace motcua {

// A thread of its own for one service's jobs (database connection, image work, crypto), so the GUI
// thread never waits on them. Jobs run in the order posted, one at a time, on the thread. The
// owner's destructor calls stop(), which runs every job already posted, then `last` (close the
// connection in the thread that opened it), then ends the thread.
class WorkerThread {
public:
    explicit WorkerThread(const QString &name);
    ~WorkerThread();   // stop() if the owner did not
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    void post(std::function<void()> job);
    // The object living in the thread: a parent or connection context for timers made there.
    QObject *context() const { return m_context; }
    void stop(const std::function<void()> &last = {});

private:
    QThread m_thread;
    QObject *m_context = nullptr;   // lives in m_thread; jobs are queued to it
    bool m_stopped = false;
};

} // namespace motcua
