#include "app/capture/PageStoreWorker.h"

#include "db/PageStore.h"

#include <QMetaObject>

namespace motcua::capture {

PageStoreWorker::PageStoreWorker(DatabaseConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    m_thread.setObjectName(QStringLiteral("page-store"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

PageStoreWorker::~PageStoreWorker()
{
    // Queued behind every submitted page: close the connection in its own thread, then stop the
    // loop from inside (a quit() from here could leave queued pages unprocessed).
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_db.reset();
            m_thread.quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void PageStoreWorker::submit(int ticket, const QImage &scan, int dpi, const ProcessOptions &options)
{
    QMetaObject::invokeMethod(
        m_context,
        [this, ticket, scan, dpi, options] {
            if (!m_db) {
                auto db = Database::open(m_config);
                if (!db) {
                    emit pageFailed(ticket, db.error());
                    return;
                }
                m_db = std::move(db).value();
            }
            const ProcessedPage p = PageProcessor::process(scan, dpi, options);
            PageStore store(m_db->sql());
            const auto sha = store.put(p.bytes, {p.mime, p.image.width(), p.image.height(), p.dpi, p.blank});
            if (!sha) {
                emit pageFailed(ticket, sha.error());
                return;
            }
            emit pageStored(ticket, {sha.value(), p.mime, p.image.width(), p.image.height(), p.dpi,
                                     qint64(p.bytes.size()), p.blank, p.deskewed, p.skewFound, p.warnings});
        },
        Qt::QueuedConnection);
}

} // namespace motcua::capture
