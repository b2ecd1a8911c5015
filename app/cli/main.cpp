// motcua-cli: the same libraries as the desktop client, without widgets.
// Global options come before the command; results go to stdout, everything else to stderr.
#include "app/cli/CliCommand.h"
#include "app/common/ScopedTranslation.h"
#include "app/logging/LogSetup.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace motcua::cli;
using motcua::ScopedTranslation;

namespace {

void printHelp(QTextStream &s)
{
    s << Cli::tr("usage: motcua-cli [--workspace DIR] [--officer LOGIN] [--lang vi|en] [--verbose] COMMAND [ARGS...]") << '\n'
      << "       motcua-cli --version\n\n"
      << Cli::tr("commands:") << '\n';
    std::vector<const CommandInfo *> cmds;
    for (const auto &c : CommandRegistry::all())
        cmds.push_back(&c);
    std::sort(cmds.begin(), cmds.end(), [](auto a, auto b) { return a->name < b->name; });
    for (const auto *c : cmds)
        s << "  " << c->synopsis << '\n';
    s << '\n'
      << Cli::tr("The acting officer's password comes from MOTCUA_PASSWORD (a new officer's from MOTCUA_NEW_PASSWORD).") << '\n'
      << Cli::tr("Messages are in the language of --lang, else of LC_ALL, LC_MESSAGES or LANG (vi…: Vietnamese), else English.") << '\n'
      << Cli::tr("Exit codes: 0 success, 1 operation failed, 2 usage error, 3 authentication failed, "
                 "4 registered as incomplete (receive --supplement-slip: Form 02 written, supplement requested).")
      << '\n';
    s.flush();
}

} // namespace

int main(int argc, char **argv)
{
    GlobalOptions global;
    QString command;
    QStringList rest;
    bool wantVersion = false, wantHelp = false;
    // A usage error found while reading the global options; printed once the run's language is known.
    std::function<QString()> usageError;

    int i = 1;
    auto needValue = [&](const char *opt) -> const char * {
        if (i + 1 >= argc) {
            const QString name = QString::fromLocal8Bit(opt);
            usageError = [name] { return Cli::tr("%1 needs a value").arg(name); };
            return nullptr;
        }
        return argv[++i];
    };
    for (; i < argc && !usageError; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--workspace") || a == QLatin1String("--officer") || a == QLatin1String("--lang")) {
            const char *v = needValue(argv[i]);
            if (!v)
                break;
            (a == QLatin1String("--workspace") ? global.workspace
             : a == QLatin1String("--officer") ? global.officer
                                               : global.language) = QString::fromLocal8Bit(v);
        } else if (a.startsWith(QLatin1String("--workspace="))) {
            global.workspace = a.mid(12);
        } else if (a.startsWith(QLatin1String("--officer="))) {
            global.officer = a.mid(10);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            global.language = a.mid(7);
        } else if (a == QLatin1String("--verbose") || a == QLatin1String("-v")) {
            global.verbose = true;
        } else if (a == QLatin1String("--version")) {
            wantVersion = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            wantHelp = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            usageError = [a] { return Cli::tr("unknown global option %1 (global options come before the command)").arg(a); };
        } else {
            command = a;
            for (++i; i < argc; ++i)
                rest << QString::fromLocal8Bit(argv[i]);
            break;
        }
    }
    if (global.language.isEmpty())
        global.language = languageFromEnvironment();
    const bool knownLanguage = global.language == QLatin1String("vi") || global.language == QLatin1String("en");
    if (!knownLanguage) {
        const QString given = global.language;
        global.language = languageFromEnvironment();
        if (!usageError)
            usageError = [given] { return Cli::tr("--lang takes vi or en, not '%1'").arg(given); };
    }

    const CommandInfo *info = command.isEmpty() ? nullptr : CommandRegistry::find(command);

    // Commands that draw (PDFs, images, fonts) run under a QGuiApplication; it never needs a
    // display: without a platform chosen, use the offscreen one.
    std::unique_ptr<QCoreApplication> app;
    if (info && info->needsGui && !usageError && !wantHelp) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("motcua"));
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
    // Every line of the run in one language (issue 10); forms printed in Vietnamese install
    // their own translation only while they are made.
    const ScopedTranslation language(global.language);

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (usageError) {
        err << "motcua-cli: " << usageError() << Qt::endl;
        return ExitUsage;
    }
    if (wantVersion && command.isEmpty()) {
        out << "motcua-cli " << MOTCUA_VERSION << Qt::endl;
        return ExitOk;
    }
    if (wantHelp || command.isEmpty()) {
        printHelp(wantHelp ? out : err);
        return wantHelp ? ExitOk : ExitUsage;
    }
    if (!info) {
        err << "motcua-cli: " << Cli::tr("unknown command '%1' (see motcua-cli --help)").arg(command) << Qt::endl;
        return ExitUsage;
    }
    motcua::LogSetup::install(global.verbose);

    CliContext ctx(global, command, rest);
    const int code = info->run(ctx);
    ctx.out().flush();
    return code;
}
