// motcua: the desktop client. Login window → main window; see ui/AppController.h.
#include "app/auth/AuthService.h"
#include "app/sync/SyncWorker.h"
#include "app/logging/LogSetup.h"
#include "ui/AppController.h"
#include "ui/BenchScript.h"
#include "ui/DemoScript.h"
#include "ui/IdleWatcher.h"
#include "ui/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFont>
#include <QFontDatabase>
#include <QTextStream>

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << "motcua: " << message << Qt::endl;
    return 2;
}

// Noto Sans has every Vietnamese glyph (stacked diacritics like ệ, ỗ); fall back to the platform font.
void setApplicationFont()
{
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans"))) {
        QFont font(QStringLiteral("Noto Sans"));
        font.setPointSize(10);
        QApplication::setFont(font);
    }
}

// The demo script must run on a machine without a display (tools/demo, CI): use the offscreen
// platform then, unless the caller chose one.
void chooseOffscreenForHeadlessDemo(int argc, char **argv)
{
    bool demo = false;
    for (int i = 1; i < argc; ++i)
        demo = demo || qstrncmp(argv[i], "--demo-script", 13) == 0 || qstrcmp(argv[i], "--bench-script") == 0;
    if (demo && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// The offscreen platform warns about every window-manager call it cannot do (size hints, raise);
// those lines would drown the demo's one-line diagnostics.
QtMessageHandler g_nextHandler = nullptr;
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support")))
        return;
    if (g_nextHandler)
        g_nextHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    chooseOffscreenForHeadlessDemo(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("motcua"));   // the same as motcua-cli: same
    QApplication::setOrganizationName(QStringLiteral("MotCua"));  // default workspace location
    QApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MotCua — one-stop service desk client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"), QStringLiteral("Workspace folder."), QStringLiteral("DIR"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), QStringLiteral("Interface language: vi or en (default vi)."),
                                     QStringLiteral("LANG"), QStringLiteral("vi"));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"), QStringLiteral("Log debug messages to stderr."));
    const QCommandLineOption lockOpt(QStringLiteral("lock-after-minutes"),
                                     QStringLiteral("Lock after N minutes without input (0: never; default 10)."),
                                     QStringLiteral("N"), QString::number(motcua::IdleWatcher::kDefaultMinutes));
    const QCommandLineOption demoOpt(QStringLiteral("demo-script"),
                                     QStringLiteral("Scripted run saving screenshots to OUTDIR (MOTCUA_DEMO_LOGIN, MOTCUA_DEMO_PASSWORD)."),
                                     QStringLiteral("OUTDIR"));
    const QCommandLineOption benchOpt(QStringLiteral("bench-script"),
                                      QStringLiteral("Measured run for tools/bench app; prints one JSON line (MOTCUA_DEMO_LOGIN, MOTCUA_DEMO_PASSWORD)."));
    const QCommandLineOption enrollOpt(QStringLiteral("enroll"),
                                       QStringLiteral("Start with the first-run wizard: enroll this PC with the portal (into an empty workspace folder)."));
    parser.addOptions({workspaceOpt, langOpt, verboseOpt, lockOpt, demoOpt, benchOpt, enrollOpt});
    if (!parser.parse(QApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument ") + parser.positionalArguments().constFirst());

    motcua::LogSetup::install(parser.isSet(verboseOpt));
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        g_nextHandler = qInstallMessageHandler(dropOffscreenNoise);

    const QString lang = parser.value(langOpt);
    if (!motcua::Language::isKnown(lang))
        return usageError(QStringLiteral("--lang must be vi or en"));
    bool minutesOk = false;
    const int minutes = parser.value(lockOpt).toInt(&minutesOk);
    if (!minutesOk || minutes < 0 || minutes > 24 * 60)
        return usageError(QStringLiteral("--lock-after-minutes must be a number of minutes from 0 to 1440"));

    setApplicationFont();
    motcua::Language language;
    if (!language.setLanguage(lang))
        return usageError(QStringLiteral("the translation for ") + lang + QStringLiteral(" is missing"));

    const QString workspace = parser.isSet(workspaceOpt) ? parser.value(workspaceOpt)
                                                         : motcua::AuthService::defaultWorkspaceDirectory();
    motcua::AuthService auth(workspace);
    // Sync with the portal (an enrolled workspace) on its own thread while unlocked: on a timer,
    // on demand and when the network returns; the status bar's and the Sync page's one source.
    // Locking or signing out stops it (the session's handle is gone).
    motcua::sync::SyncWorker sync;
    QObject::connect(&auth, &motcua::AuthService::unlocked, &sync, [&auth, &sync] { sync.setSession(auth.session()); });
    QObject::connect(&auth, &motcua::AuthService::lockedChanged, &sync, [&sync](bool locked) {
        if (locked)
            sync.setSession({});
    });
    motcua::AppController controller(&auth, &language, &sync);
    controller.setIdleTimeout(minutes * 60 * 1000);
    // No workspace yet (or --enroll): the first-run wizard (enroll with the portal or stand-alone).
    // Scripted runs prepare their own workspace.
    controller.setFirstRunWizard(!parser.isSet(demoOpt) && !parser.isSet(benchOpt), parser.isSet(enrollOpt));
    // The rotating log file lives in the workspace: attached once someone has unlocked it.
    QObject::connect(&auth, &motcua::AuthService::unlocked, &auth,
                     [&auth] { motcua::LogSetup::attachWorkspace(auth.workspaceDirectory()); });

    std::unique_ptr<motcua::DemoScript> demo;
    if (parser.isSet(demoOpt)) {
        demo = std::make_unique<motcua::DemoScript>(&controller, &auth, &language, parser.value(demoOpt));
        QString error;
        if (!demo->prepare(&error)) {
            QTextStream(stderr) << "motcua: " << error << Qt::endl;
            return 1;
        }
        QObject::connect(demo.get(), &motcua::DemoScript::finished, &app, [](int code, const QString &why) {
            if (code != 0)
                QTextStream(stderr) << "motcua: demo failed: " << why << Qt::endl;
            QCoreApplication::exit(code);
        });
    }

    std::unique_ptr<motcua::BenchScript> bench;
    if (parser.isSet(benchOpt)) {
        bench = std::make_unique<motcua::BenchScript>(&controller, &auth);
        QString error;
        if (!bench->prepare(&error)) {
            QTextStream(stderr) << "motcua: " << error << Qt::endl;
            return 1;
        }
        QObject::connect(bench.get(), &motcua::BenchScript::finished, &app, [](int code, const QString &why) {
            if (code != 0)
                QTextStream(stderr) << "motcua: bench failed: " << why << Qt::endl;
            QCoreApplication::exit(code);
        });
    }

    controller.start();
    if (demo)
        demo->start();
    if (bench)
        bench->start();
    return app.exec();
}
