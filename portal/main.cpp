// motcua-portal: the reference portal (docs/sync-protocol.md). Links motcua_domain and Qt only.
#include "portal/cli/PortalCommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace motcua::portal;

namespace {

void printHelp(QTextStream &s)
{
    s << PortalCli::tr("usage: motcua-portal COMMAND [ARGS...]") << '\n' << PortalCli::tr("commands:") << '\n';
    for (const auto &c : portalCommands())
        s << "  " << c.synopsis << '\n';
    s << PortalCli::tr("URL is a PostgreSQL URL such as postgresql://app@127.0.0.1:5432/motcua.") << '\n'
      << PortalCli::tr("Exit codes: 0 success, 1 operation failed, 2 usage error.") << '\n';
    s.flush();
}

// POSIX precedence, as motcua-cli: LC_ALL, then LC_MESSAGES, then LANG; vi… → Vietnamese.
QString languageFromEnvironment()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(name);
        if (!value.isEmpty())
            return value.startsWith("vi") ? QStringLiteral("vi") : QStringLiteral("en");
    }
    return QStringLiteral("en");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTranslator translator;
    if (translator.load(QStringLiteral(":/portal/i18n/motcua_%1.qm").arg(languageFromEnvironment())))
        QCoreApplication::installTranslator(&translator);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        printHelp(err);
        return PortalUsage;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        QTextStream out(stdout);
        printHelp(out);
        return PortalOk;
    }
    if (name == QLatin1String("--version")) {
        QTextStream(stdout) << "motcua-portal " << MOTCUA_VERSION << '\n';
        return PortalOk;
    }
    for (const auto &c : portalCommands()) {
        if (c.name == name) {
            CommandContext ctx(name, args);
            return c.run(ctx);
        }
    }
    err << "motcua-portal: " << PortalCli::tr("unknown command: %1").arg(name) << '\n';
    printHelp(err);
    return PortalUsage;
}
