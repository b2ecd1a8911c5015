#pragma once

#include "support/CliRunner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

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

// A loopback port nobody listens on (bound, then closed).
quint16 closedLoopbackPort();

} // namespace motcua::test
