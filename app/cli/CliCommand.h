#pragma once

#include "domain/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace motcua::cli {

// Exit codes are part of the stable command-line contract. ExitIncomplete: `receive` registered
// an incomplete dossier with Form 02 (a supplement was requested); nothing was received.
enum ExitCode : int { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitAuth = 3, ExitIncomplete = 4 };

// The translation context of every sentence motcua-cli prints itself: Cli::tr("...").
class Cli {
    Q_DECLARE_TR_FUNCTIONS(motcua::cli::Cli)
};

struct GlobalOptions {
    QString workspace;   // --workspace DIR (empty: none given)
    QString officer;     // --officer LOGIN
    QString language;    // "vi" or "en": --lang, else LC_ALL / LC_MESSAGES / LANG (vi* → vi), else en
    bool verbose = false;
};

// The language of a run (see GlobalOptions::language): one language for every line it prints.
QString languageFromEnvironment();

// What a command gets: the global options, its own arguments, and the two streams.
// stdout carries results only; everything else goes to stderr.
class CliContext {
public:
    CliContext(GlobalOptions global, QString command, QStringList args);

    const GlobalOptions &global() const { return m_global; }
    const QString &command() const { return m_command; }
    const QStringList &args() const { return m_args; }

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Parses args() with `parser` (positional arguments allowed). On a usage error prints one line
    // to stderr and returns false; the command then returns ExitUsage.
    bool parse(QCommandLineParser &parser);

    // One clear line on stderr ("motcua-cli: <message>") and the exit code to return.
    int fail(int exitCode, const QString &message);
    int usage(const QString &message) { return fail(ExitUsage, message); }

    // The acting officer's password: $MOTCUA_PASSWORD, else a prompt when stdin is a terminal,
    // else an Error ("auth.no-password", exit 3).
    Result<QString> password();
    // A new officer's initial password: $MOTCUA_NEW_PASSWORD, else a prompt on a terminal.
    Result<QString> newPassword();

private:
    GlobalOptions m_global;
    QString m_command;
    QStringList m_args;
    QTextStream m_out;
    QTextStream m_err;
};

struct CommandInfo {
    QString name;            // first word: "init", "officer", "catalog", ...
    QString synopsis;        // one line for --help
    bool needsGui = false;   // true: runs under a QGuiApplication (offscreen) for fonts, images, PDFs
    std::function<int(CliContext &)> run;
};

// Commands register themselves from their own file in app/cli/:
//   static const motcua::cli::RegisterCommand reg{{"lunar", "lunar YYYY-MM-DD", false, &runLunar}};
class CommandRegistry {
public:
    static void add(CommandInfo info);
    static const CommandInfo *find(const QString &name);
    static const std::vector<CommandInfo> &all();
};

struct RegisterCommand {
    explicit RegisterCommand(CommandInfo info) { CommandRegistry::add(std::move(info)); }
};

} // namespace motcua::cli
