#include "app/reporting/DashboardWorker.h"

#include "app/reporting/DashboardExport.h"
#include "app/reporting/ReportService.h"
#include "app/workspace/WorkspaceServices.h"

#include <QLoggingCategory>

namespace motcua::reporting {

Q_LOGGING_CATEGORY(lcDashboard, "motcua.reporting")

DashboardWorker::DashboardWorker(Session session, std::shared_ptr<const Clock> clock, QObject *parent)
    : SessionWorker({QStringLiteral("dashboard"), std::move(clock), true}, std::move(session), parent)
{
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
    post([this, ticket, bytes, path](const Session &) {
        if (Status st = DashboardExport::saveFile(path, bytes); !st) {
            qCWarning(lcDashboard) << "export failed:" << st.error().code;   // never the path: it may name a citizen
            emit failed(ticket, st.error());
            return;
        }
        emit exported(ticket, path);
    });
}

} // namespace motcua::reporting
