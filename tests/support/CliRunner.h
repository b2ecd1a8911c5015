#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace motcua::test {

// Runs the built motcua-cli (MOTCUA_CLI_PATH) and captures what it printed.
struct CliRun {
    int exitCode = -1;
    QByteArray out;   // stdout: results only
    QByteArray err;   // stderr: diagnostics
    QString outText() const { return QString::fromUtf8(out); }
    QStringList outLines() const;
};

class CliRunner {
public:
    CliRunner();
    // Cheap key slots for every workspace these runs create (MOTCUA_KDF=fast).
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnv(const QString &name) { m_env.remove(name); }
    CliRun run(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 120000) const;
    // --workspace DIR --officer LOGIN ARGS... with MOTCUA_PASSWORD=password
    CliRun as(const QString &workspace, const QString &login, const QString &password, const QStringList &args) const;

private:
    QProcessEnvironment m_env;
};

} // namespace motcua::test
