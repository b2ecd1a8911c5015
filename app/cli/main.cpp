// motcua-cli: the same libraries as the desktop client, without widgets.
// Global options come before the command; results go to stdout, everything else to stderr.
#include "app/cli/CliCommand.h"
#include "app/logging/LogSetup.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace motcua::cli;

namespace {

void printHelp(QTextStream &s)
{
    s << "usage: motcua-cli [--workspace DIR] [--officer LOGIN] [--verbose] COMMAND [ARGS...]\n"
         "       motcua-cli --version\n\ncommands:\n";
    std::vector<const CommandInfo *> cmds;
    for (const auto &c : CommandRegistry::all())
        cmds.push_back(&c);
    std::sort(cmds.begin(), cmds.end(), [](auto a, auto b) { return a->name < b->name; });
    for (const auto *c : cmds)
        s << "  " << c->synopsis << '\n';
    s << "\nThe acting officer's password comes from MOTCUA_PASSWORD (a new officer's from "
         "MOTCUA_NEW_PASSWORD).\nExit codes: 0 success, 1 operation failed, 2 usage error, 3 authentication failed.\n";
    s.flush();
}

} // namespace

int main(int argc, char **argv)
{
    GlobalOptions global;
    QString command;
    QStringList rest;
    bool wantVersion = false, wantHelp = false;
    QTextStream err(stderr);

    int i = 1;
    auto needValue = [&](const char *opt) -> const char * {
        if (i + 1 >= argc) {
            err << "motcua-cli: " << opt << " needs a value" << Qt::endl;
            return nullptr;
        }
        return argv[++i];
    };
    for (; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--workspace") || a == QLatin1String("--officer")) {
            const char *v = needValue(argv[i]);
            if (!v)
                return ExitUsage;
            (a == QLatin1String("--workspace") ? global.workspace : global.officer) = QString::fromLocal8Bit(v);
        } else if (a.startsWith(QLatin1String("--workspace="))) {
            global.workspace = a.mid(12);
        } else if (a.startsWith(QLatin1String("--officer="))) {
            global.officer = a.mid(10);
        } else if (a == QLatin1String("--verbose") || a == QLatin1String("-v")) {
            global.verbose = true;
        } else if (a == QLatin1String("--version")) {
            wantVersion = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            wantHelp = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            err << "motcua-cli: unknown global option " << a << " (global options come before the command)" << Qt::endl;
            return ExitUsage;
        } else {
            command = a;
            for (++i; i < argc; ++i)
                rest << QString::fromLocal8Bit(argv[i]);
            break;
        }
    }

    QTextStream out(stdout);
    if (wantVersion && command.isEmpty()) {
        out << "motcua-cli " << MOTCUA_VERSION << Qt::endl;
        return ExitOk;
    }
    if (wantHelp || command.isEmpty()) {
        printHelp(wantHelp ? out : err);
        return wantHelp ? ExitOk : ExitUsage;
    }

    const CommandInfo *info = CommandRegistry::find(command);
    if (!info) {
        err << "motcua-cli: unknown command '" << command << "' (see motcua-cli --help)" << Qt::endl;
        return ExitUsage;
    }

    // Commands that draw (PDFs, images, fonts) run under a QGuiApplication; it never needs a
    // display: without a platform chosen, use the offscreen one.
    std::unique_ptr<QCoreApplication> app;
    if (info->needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("motcua"));
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    motcua::LogSetup::install(global.verbose);

    CliContext ctx(global, command, rest);
    const int code = info->run(ctx);
    ctx.out().flush();
    return code;
}
