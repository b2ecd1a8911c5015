#include "app/cli/CommandData.h"

#include "app/calendar/BundledCalendar.h"
#include "app/calendar/WorkspaceCalendar.h"
#include "app/cli/CliSession.h"
#include "db/CalendarStore.h"

namespace motcua::cli {

std::unique_ptr<CommandData> CommandData::open(CliContext &ctx, int *exitCode)
{
    std::unique_ptr<CommandData> data(new CommandData);
    *exitCode = ExitOk;
    if (ctx.global().workspace.isEmpty())
        return data;
    data->m_workspace = openSession(ctx, exitCode);
    if (!data->m_workspace)
        return nullptr;
    auto db = data->m_workspace->openDatabase();
    if (!db.ok()) {
        *exitCode = failWith(ctx, db.error());
        return nullptr;
    }
    data->m_db = std::move(*db);
    data->m_catalogStore = std::make_unique<CatalogStore>(data->m_db->sql());
    data->m_catalog = std::make_unique<CatalogService>();
    if (Status s = data->m_catalog->attachStore(data->m_catalogStore.get(), data->m_workspace->session().officer.login); !s.ok()) {
        *exitCode = failWith(ctx, s.error());
        return nullptr;
    }
    return data;
}

CommandData::~CommandData()
{
    m_services.reset();
    if (m_catalog)
        m_catalog->detachStore();
}

Result<WorkspaceServices *> CommandData::services()
{
    if (!m_db)
        return Error(QStringLiteral("workspace.missing"));
    if (!m_services) {
        Result<std::shared_ptr<const Catalog>> catalogs = catalog();
        if (!catalogs)
            return catalogs.error();
        Result<std::shared_ptr<const WorkingCalendar>> calendars = calendar();
        if (!calendars)
            return calendars.error();
        WorkspaceServices::Options options;
        options.calendar = *calendars;
        Result<std::unique_ptr<WorkspaceServices>> built =
            WorkspaceServices::build(m_db->sql(), m_workspace->session(), *catalogs, std::move(options));
        if (!built)
            return built.error();
        m_services = std::move(built).value();
    }
    return m_services.get();
}

Result<std::shared_ptr<const WorkingCalendar>> CommandData::calendar() const
{
    if (!m_db)
        return BundledCalendar::working();
    return WorkspaceCalendar::build(CalendarStore(m_db->sql()), m_workspace->session().officer.officeCode);
}

Result<std::shared_ptr<const Catalog>> CommandData::catalog() const
{
    if (!m_catalog)
        return CatalogService::bundledCatalog();
    return m_catalog->catalog();
}

} // namespace motcua::cli
