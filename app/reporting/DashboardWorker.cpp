#include "app/reporting/DashboardWorker.h"

#include "app/auth/SessionHandle.h"
#include "app/catalog/CatalogService.h"
#include "app/reporting/DashboardExport.h"
#include "app/reporting/ReportService.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/CatalogStore.h"
#include "db/Database.h"

#include <QLoggingCategory>

namespace motcua::reporting {

Q_LOGGING_CATEGORY(lcDashboard, "motcua.reporting")

namespace {

// The workspace's catalog, or the bundled one while the workspace has imported none (as the CLI
// and the queues do): the required components of each procedure count in "components received".
std::shared_ptr<const Catalog> workspaceCatalog(const QSqlDatabase &db)
{
    auto loaded = CatalogStore(db).load();
    if (loaded.ok() && loaded->has_value())
        return std::make_shared<const Catalog>(std::move(**loaded));
    if (auto bundled = CatalogService::bundledCatalog(); bundled.ok() && *bundled)
        return *bundled;
    return nullptr;
}

} // namespace

// The worker thread's connection and composition root, opened on first use and rebuilt for
// another session (a lock and unlock, another officer).
struct DashboardWorker::Connection {
    std::unique_ptr<Database> db;
    std::unique_ptr<WorkspaceServices> services;
    std::weak_ptr<const SessionHandle> handle;
};

DashboardWorker::DashboardWorker(Session session, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent), m_session(std::move(session)), m_clock(std::move(clock))
{
}

DashboardWorker::~DashboardWorker()
{
    m_worker.stop([this] { closeConnection(); });
}

void DashboardWorker::setSession(const Session &session)
{
    m_session = session;
}

void DashboardWorker::closeConnection()
{
    m_connection.reset();
}

Result<WorkspaceServices *> DashboardWorker::services(const Session &session)
{
    auto handle = SessionHandle::from(session);
    if (!handle) {
        closeConnection();
        return handle.error();
    }
    if (m_connection && m_connection->handle.lock() != *handle)
        closeConnection();
    if (!m_connection) {
        auto db = (*handle)->openDatabase();
        if (!db)
            return db.error();
        WorkspaceServices::Options options;
        options.clock = m_clock;
        auto services = WorkspaceServices::build((*db)->sql(), (*handle)->info(), workspaceCatalog((*db)->sql()),
                                                 std::move(options));
        if (!services)
            return services.error();
        m_connection = std::make_unique<Connection>();
        m_connection->db = std::move(db).value();
        m_connection->services = std::move(services).value();
        m_connection->handle = *handle;
    }
    return m_connection->services.get();
}

template <typename Job>
void DashboardWorker::run(int ticket, Job job)
{
    m_worker.post([this, ticket, job = std::move(job), session = m_session] {
        auto s = services(session);
        if (!s) {
            qCWarning(lcDashboard) << "dashboard unavailable:" << s.error().code;
            emit failed(ticket, s.error());
            return;
        }
        job(**s);
    });
}

void DashboardWorker::compute(int ticket, const ReportPeriod &period)
{
    run(ticket, [this, ticket, period](WorkspaceServices &services) {
        Result<ReportFigures> f = ReportService(services).figures(period);
        if (!f) {
            qCWarning(lcDashboard) << "figures failed:" << f.error().code;
            emit failed(ticket, f.error());
            return;
        }
        emit computed(ticket, *f);
    });
}

void DashboardWorker::drillDown(int ticket, const ReportPeriod &period, const DrillDown &drill)
{
    run(ticket, [this, ticket, period, drill](WorkspaceServices &services) {
        Result<DrillDownRows> rows = ReportService(services).dossiers(period, drill);
        if (!rows) {
            qCWarning(lcDashboard) << "drill-down failed:" << rows.error().code;
            emit failed(ticket, rows.error());
            return;
        }
        emit drilled(ticket, *rows);
    });
}

void DashboardWorker::listOffices(int ticket)
{
    run(ticket, [this, ticket](WorkspaceServices &services) { emit officesListed(ticket, services.visibleOffices()); });
}

void DashboardWorker::save(int ticket, const QByteArray &bytes, const QString &path)
{
    // No connection needed: a file job in the worker's order.
    m_worker.post([this, ticket, bytes, path] {
        if (Status st = DashboardExport::saveFile(path, bytes); !st) {
            qCWarning(lcDashboard) << "export failed:" << st.error().code;   // never the path: it may name a citizen
            emit failed(ticket, st.error());
            return;
        }
        emit exported(ticket, path);
    });
}

} // namespace motcua::reporting
