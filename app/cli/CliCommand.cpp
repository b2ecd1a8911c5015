#include "app/cli/CliCommand.h"

#include <QtGlobal>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace motcua::cli {

namespace {
std::vector<CommandInfo> &registry()
{
    static std::vector<CommandInfo> commands;
    return commands;
}

Result<QString> readSecret(const char *envName, const QString &prompt, QTextStream &err)
{
    const QByteArray env = qgetenv(envName);
    if (!env.isNull())
        return QString::fromUtf8(env);
    if (!isatty(STDIN_FILENO))
        return Error(QStringLiteral("auth.no-password"),
                     Cli::tr("No password: set %1 (there is no terminal to ask on).").arg(QLatin1String(envName)));
    err << prompt << Qt::flush;
    termios old{};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err << Qt::endl;
    return QString::fromStdString(line);
}
} // namespace

CliContext::CliContext(GlobalOptions global, QString command, QStringList args)
    : m_global(std::move(global)), m_command(std::move(command)), m_args(std::move(args)),
      m_out(stdout), m_err(stderr)
{
}

bool CliContext::parse(QCommandLineParser &parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv{QStringLiteral("motcua-cli ") + m_command};
    argv += m_args;
    if (!parser.parse(argv)) {
        fail(ExitUsage, parser.errorText());
        return false;
    }
    return true;
}

int CliContext::fail(int exitCode, const QString &message)
{
    m_out.flush();
    m_err << "motcua-cli: " << message << Qt::endl;
    return exitCode;
}

Result<QString> CliContext::password()
{
    return readSecret("MOTCUA_PASSWORD", QCoreApplication::translate("motcua::cli::Cli", "Password: "), m_err);
}

Result<QString> CliContext::newPassword()
{
    return readSecret("MOTCUA_NEW_PASSWORD", QCoreApplication::translate("motcua::cli::Cli", "New password: "), m_err);
}

QString languageFromEnvironment()
{
    // POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG.
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (!value.isEmpty())
            return value.startsWith("vi") ? QStringLiteral("vi") : QStringLiteral("en");
    }
    return QStringLiteral("en");
}

void CommandRegistry::add(CommandInfo info)
{
    registry().push_back(std::move(info));
}

const CommandInfo *CommandRegistry::find(const QString &name)
{
    for (const auto &c : registry())
        if (c.name == name)
            return &c;
    return nullptr;
}

const std::vector<CommandInfo> &CommandRegistry::all()
{
    return registry();
}

} // namespace motcua::cli
