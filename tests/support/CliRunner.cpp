#include "support/CliRunner.h"

#include <QProcess>

namespace motcua::test {

QStringList CliRun::outLines() const
{
    return outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CliRunner::CliRunner() : m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    m_env.remove(QStringLiteral("MOTCUA_PASSWORD"));
    m_env.remove(QStringLiteral("MOTCUA_NEW_PASSWORD"));
}

CliRun CliRunner::run(const QStringList &args, const QByteArray &stdinData, int timeoutMs) const
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(QStringLiteral(MOTCUA_CLI_PATH), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

CliRun CliRunner::as(const QString &workspace, const QString &login, const QString &password, const QStringList &args) const
{
    CliRunner copy = *this;
    copy.setEnv(QStringLiteral("MOTCUA_PASSWORD"), password);
    return copy.run(QStringList{QStringLiteral("--workspace"), workspace, QStringLiteral("--officer"), login} + args);
}

} // namespace motcua::test
