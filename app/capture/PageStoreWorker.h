#pragma once

#include "app/capture/PageProcessor.h"
#include "app/common/WorkerThread.h"
#include "db/Database.h"
#include "domain/Result.h"

#include <QImage>
#include <QObject>
#include <QStringList>

namespace motcua::capture {

// What became of a stored page (no image, no bytes: cheap to pass between threads).
struct StoredPageReport {
    QString sha256;
    QString mime;
    int width = 0;
    int height = 0;
    int dpi = 0;
    qint64 bytes = 0;
    bool blank = false;
    bool deskewed = false;
    double skewFound = 0;
    QStringList warnings;
};

// Processes captured pages (PageProcessor) and stores them (PageStore::put) on its own thread,
// with its own connection to the workspace database (one connection per thread), so the GUI
// thread never waits on image work, crypto or disk. Pages are stored unreferenced: the caller
// references them (PageStore::addRef) in the transaction of the event that adds them to a
// component; until then the garbage collector's cutoff spares them.
//
// submit() returns at once; each ticket ends with exactly one pageStored or pageFailed, in
// submission order, delivered in the thread of the receiver.
class PageStoreWorker : public QObject {
    Q_OBJECT
public:
    explicit PageStoreWorker(DatabaseConfig config, QObject *parent = nullptr);
    ~PageStoreWorker() override;   // finishes the queued pages, then closes the connection

    void submit(int ticket, const QImage &scan, int dpi, const ProcessOptions &options = {});

signals:
    void pageStored(int ticket, const motcua::capture::StoredPageReport &report);
    void pageFailed(int ticket, const motcua::Error &error);

private:
    DatabaseConfig m_config;
    std::unique_ptr<Database> m_db; // opened and used only on the worker thread
    WorkerThread m_worker{QStringLiteral("page-store")};   // last: stopped first
};

} // namespace motcua::capture
