#pragma once

#include "app/catalog/CatalogService.h"
#include "app/cli/CliCommand.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/CatalogStore.h"
#include "db/Workspace.h"
#include "domain/calendar/WorkingCalendar.h"

#include <memory>

namespace motcua::cli {

// The reference data of commands that work with or without a workspace (calendar, due-date):
// without --workspace the calendar and catalog bundled in the program (no password needed);
// with --workspace DIR --officer LOGIN the workspace's own (its calendar days, its office's hours
// and time zone, its imported catalog), after unlocking.
class CommandData {
public:
    // nullptr when unlocking failed: the reason is printed and *exitCode set.
    static std::unique_ptr<CommandData> open(CliContext &ctx, int *exitCode);
    ~CommandData();

    Result<std::shared_ptr<const WorkingCalendar>> calendar() const;
    Result<std::shared_ptr<const Catalog>> catalog() const;
    // With --workspace only (nullptr otherwise): the unlocked workspace and its connection.
    const Workspace *workspace() const { return m_workspace.get(); }
    Database *database() const { return m_db.get(); }
    // With --workspace only: the command's composition root (WorkspaceServices) over the workspace's
    // connection, its catalog and calendar, the system clock; built on first use.
    Result<WorkspaceServices *> services();

private:
    CommandData() = default;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogStore> m_catalogStore;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<WorkspaceServices> m_services;
};

} // namespace motcua::cli
