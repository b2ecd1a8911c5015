#include "app/reporting/DashboardWorker.h"

#include "app/catalog/CatalogService.h"
#include "app/reporting/DashboardExport.h"
#include "app/reporting/ReportService.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/CatalogStore.h"

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

DashboardWorker::DashboardWorker(Session session, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent), m_session(std::move(session))
{
    WorkerConnection::Options options;
    options.services.clock = std::move(clock);
    options.lifetimeMs = kServicesLifetimeMs;
    options.lockWatchMs = kLockWatchMs;
    m_connection = std::make_unique<WorkerConnection>(m_worker.context(), std::move(options));
}

DashboardWorker::~DashboardWorker()
{
    m_worker.stop([this] { m_connection.reset(); });
}

void DashboardWorker::setSession(const Session &session)
{
    m_session = session;
}

Result<WorkspaceServices *> DashboardWorker::services(const Session &session)
{
    Result<WorkspaceServices *> services = m_connection->services(session.handle);
    if (services && (*services)->catalog().procedures().isEmpty()) {
        // A fresh root: the workspace's catalog (or the bundled one) for the required components.
        if (std::shared_ptr<const Catalog> catalog = workspaceCatalog((*services)->db()))
            (*services)->setCatalog(std::move(catalog));
    }
    return services;
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
