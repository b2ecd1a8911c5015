#pragma once

#include "support/CliRunner.h"

#include "app/sync/SyncEngine.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/Database.h"
#include "db/Workspace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace motcua::test {

// A counter PC driven through the real motcua-cli: a dossier received with pages, its status.
struct CounterPc {
    const CliRunner &cli;
    QString workspace;
    QString login;
    QString password;

    CliRun run(const QStringList &args) const { return cli.as(workspace, login, password, args); }
    // `receive` of procedure 1.001193 with two components (both required: pages >= 2) and `pages` distinct sample pages written
    // under `scratch` (each page different by `salt`); the dossier code, empty on failure (the
    // reason in *err).
    QString receiveDossier(const QString &scratch, int salt, int pages = 2, QByteArray *err = nullptr) const;
    // `status` parsed; empty on failure.
    QJsonObject status() const;
};

// A workspace opened in this process: unlocked with the officer's password, its database open.
// Destroyed database first, then the workspace.
struct OpenedWorkspace {
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Database> db;

    static Result<OpenedWorkspace> open(const QString &dir, const QString &login, const QString &password);
};

// The real sync engine in this process on an enrolled workspace: its services built through
// WorkspaceServices with `options` (a FixedClock, a network factory that notes requests), the engine
// on them. Destroyed engine first, then services, database, workspace.
struct InProcessEngine {
    OpenedWorkspace opened;
    std::unique_ptr<WorkspaceServices> services;
    std::unique_ptr<sync::SyncEngine> engine;

    static Result<std::unique_ptr<InProcessEngine>> start(const QString &dir, const QString &login,
                                                          const QString &password,
                                                          WorkspaceServices::Options options = {});
};

// A loopback port nobody listens on (bound, then closed).
quint16 closedLoopbackPort();

} // namespace motcua::test
