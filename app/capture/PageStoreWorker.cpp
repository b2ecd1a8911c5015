#include "app/capture/PageStoreWorker.h"

#include "db/PageStore.h"

#include <QMetaObject>

namespace motcua::capture {

PageStoreWorker::PageStoreWorker(DatabaseConfig config, QObject *parent) : QObject(parent), m_config(std::move(config)) {}

PageStoreWorker::~PageStoreWorker()
{
    // Finishes the queued pages, then closes the connection in its own thread.
    m_worker.stop([this] { m_db.reset(); });
}

void PageStoreWorker::submit(int ticket, const QImage &scan, int dpi, const ProcessOptions &options)
{
    m_worker.post([this, ticket, scan, dpi, options] {
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
    });
}

} // namespace motcua::capture
