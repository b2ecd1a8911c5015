#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace motcua::portal {

// Exit codes of motcua-portal, as motcua-cli's: 0 ok, 1 failed, 2 usage.
enum PortalExit : int { PortalOk = 0, PortalFailed = 1, PortalUsage = 2 };

// The translation context of the sentences motcua-portal prints: PortalCli::tr("...").
class PortalCli {
    Q_DECLARE_TR_FUNCTIONS(motcua::portal::PortalCli)
};

// What a command gets: its arguments and the two streams (stdout: results only).
class CommandContext {
public:
    CommandContext(QString command, QStringList args);
    const QString &command() const { return m_command; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Parses the arguments; on a usage error prints one line and returns false.
    bool parse(QCommandLineParser &parser);
    // One line on stderr ("motcua-portal: <message>") and the exit code to return.
    int fail(int exitCode, const QString &message);

private:
    QString m_command;
    QStringList m_args;
    QTextStream m_out;
    QTextStream m_err;
};

class PgConnections;

// The portal database a command names with --db URL: its connections and this thread's open one.
struct PortalDb {
    std::shared_ptr<PgConnections> connections;
    QSqlDatabase db;
};
// Opens --db's database, or prints why not and sets *exit (usage: not a PostgreSQL URL; failed: it
// cannot be reached) and returns nothing.
std::optional<PortalDb> openPortalDb(CommandContext &ctx, const QString &url, int *exit);

struct PortalCommand {
    QString name;
    QString synopsis;
    std::function<int(CommandContext &)> run;
};

// Every command of motcua-portal (portal/cli/*Command.cpp), in the order --help lists them.
const std::vector<PortalCommand> &portalCommands();

int runMigrate(CommandContext &ctx);
int runServe(CommandContext &ctx);
int runSeedDemo(CommandContext &ctx);
int runRoutes(CommandContext &ctx);
int runImportBundle(CommandContext &ctx);
int runStats(CommandContext &ctx);
int runSubmitOnline(CommandContext &ctx);
int runConnectorAdd(CommandContext &ctx);
int runConnectorRevoke(CommandContext &ctx);

} // namespace motcua::portal
