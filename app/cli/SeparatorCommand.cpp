// motcua-cli separator --kind dossier|component [--label TEXT] --out FILE.pdf
// Writes one A4 separator sheet (PDF/A-1b, vector QR; app/barcode/SeparatorSheet.h). Prints
// nothing on success. Usage errors (bad kind, component without label, label on a dossier sheet,
// a label with control characters or over 200 characters, no --out) exit 2; a write failure 1.
#include "app/barcode/SeparatorSheet.h"
#include "app/cli/CliCommand.h"

namespace motcua::cli {
namespace {

int runSeparator(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("dossier or component"), QStringLiteral("KIND"));
    const QCommandLineOption label(QStringLiteral("label"), QStringLiteral("component name"), QStringLiteral("TEXT"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PDF to write"), QStringLiteral("FILE.pdf"));
    parser.addOptions({kind, label, out});
    if (!ctx.parse(parser))
        return ExitUsage;
    const QString usage = QStringLiteral("usage: separator --kind dossier|component [--label TEXT] --out FILE.pdf");
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(kind) || !parser.isSet(out) || parser.value(out).isEmpty())
        return ctx.usage(usage);

    SeparatorPayload payload;
    if (parser.value(kind) == QLatin1String("dossier")) {
        if (parser.isSet(label))
            return ctx.usage(Cli::tr("--label goes with --kind component only"));
        payload.kind = SeparatorPayload::Kind::Dossier;
    } else if (parser.value(kind) == QLatin1String("component")) {
        if (!parser.isSet(label))
            return ctx.usage(Cli::tr("--kind component needs --label TEXT"));
        payload.kind = SeparatorPayload::Kind::Component;
        payload.label = parser.value(label);
        if (const Status s = SeparatorPayload::checkLabel(payload.label); !s.ok())
            return ctx.usage(Cli::tr("--label: ") + s.error().detail);
    } else {
        return ctx.usage(Cli::tr("--kind must be dossier or component"));
    }

    const Status s = SeparatorSheet::writePdf(payload, parser.value(out));
    if (!s.ok())
        return ctx.fail(ExitFailed, Cli::tr("cannot write ") + parser.value(out) + QStringLiteral(": ") + s.error().toString());
    return ExitOk;
}

// needsGui: fonts for the title need a QGuiApplication (offscreen).
const RegisterCommand reg{{QStringLiteral("separator"),
                           QStringLiteral("separator --kind dossier|component [--label TEXT] --out FILE.pdf"), true, &runSeparator}};

} // namespace
} // namespace motcua::cli
