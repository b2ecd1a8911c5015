#include "app/auth/OfficerDirectory.h"

#include "app/auth/SessionHandle.h"
#include "db/OfficerStore.h"
#include "app/auth/AuthLogging.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua {

OfficerDirectory::OfficerDirectory(Session session, QObject *parent) : QObject(parent), m_session(std::move(session)) {}

void OfficerDirectory::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    using Answer = Result<QList<Officer>>;
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher] {
        const Answer answer = watcher->result();
        watcher->deleteLater();
        m_loading = false;
        if (answer.ok()) {
            emit loaded(answer.value());
        } else {
            qCWarning(lcAuth) << "officer list failed:" << answer.error().code;
            emit failed(answer.error());
        }
    });
    // The connection is opened, used and closed on the same pool thread (one per thread).
    watcher->setFuture(QtConcurrent::run([session = m_session]() -> Answer {
        auto handle = SessionHandle::from(session);
        if (!handle.ok())
            return handle.error();
        auto db = (*handle)->openDatabase();
        if (!db.ok())
            return db.error();
        return OfficerStore((*db)->sql()).officers(true);
    }));
}

} // namespace motcua
