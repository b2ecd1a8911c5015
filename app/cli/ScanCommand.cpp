// motcua-cli scan --device NAME [--source flatbed|feeder|duplex] [--mode color|gray|lineart]
//                 [--dpi N] [--pages N] [--drop-blank] --out FILE.pdf
// Scans through the worker process (a hung or crashed driver cannot take this process down) and
// writes every page into one PDF, blank pages too unless --drop-blank. No workspace, no password.
// Pages received before a driver failure are still written; the exit status is then 1.
#include "app/capture/ImageOps.h"
#include "app/capture/PdfAssembler.h"
#include "app/capture/SaneScanner.h"
#include "app/cli/CliCommand.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::cli {
namespace {

using namespace motcua::capture;

int runScan(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("device"), QStringLiteral("SANE device name (see scanimage -L)"), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("source"), QStringLiteral("flatbed|feeder|duplex"), QStringLiteral("SOURCE"), QStringLiteral("flatbed")});
    parser.addOption({QStringLiteral("mode"), QStringLiteral("color|gray|lineart"), QStringLiteral("MODE"), QStringLiteral("gray")});
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("resolution"), QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("pages"), QStringLiteral("pages to scan (feeder: 0 = until empty)"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("drop-blank"), QStringLiteral("leave blank pages out")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("PDF to write"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("sane-option"), QStringLiteral("extra device option NAME=VALUE (repeatable)"), QStringLiteral("NAME=VALUE")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("seconds without progress before the driver counts as hung"),
                      QStringLiteral("S"), QStringLiteral("30")});
    if (!ctx.parse(parser))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("scan takes no positional arguments"));
    const QString device = parser.value(QStringLiteral("device"));
    const QString out = parser.value(QStringLiteral("out"));
    if (device.isEmpty() || out.isEmpty())
        return ctx.usage(Cli::tr("scan needs --device NAME and --out FILE.pdf"));

    ScanProfile profile;
    if (!parseScanSource(parser.value(QStringLiteral("source")), &profile.source))
        return ctx.usage(Cli::tr("--source must be flatbed, feeder or duplex"));
    if (!parseColorMode(parser.value(QStringLiteral("mode")), &profile.mode))
        return ctx.usage(Cli::tr("--mode must be color, gray or lineart"));
    bool ok = false;
    profile.dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
    if (!ok || profile.dpi < 50 || profile.dpi > 1200)
        return ctx.usage(Cli::tr("--dpi must be a number from 50 to 1200"));
    profile.pages = profile.source == ScanSource::Flatbed ? 1 : 0;
    if (parser.isSet(QStringLiteral("pages"))) {
        profile.pages = parser.value(QStringLiteral("pages")).toInt(&ok);
        if (!ok || profile.pages < 0 || (profile.pages == 0 && profile.source == ScanSource::Flatbed))
            return ctx.usage(Cli::tr("--pages must be a positive number (0 only with a feeder)"));
    }
    for (const QString &kv : parser.values(QStringLiteral("sane-option"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return ctx.usage(Cli::tr("--sane-option takes NAME=VALUE"));
        profile.extraOptions.insert(kv.left(eq), kv.mid(eq + 1));
    }
    const int timeout = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeout < 1)
        return ctx.usage(Cli::tr("--timeout must be a positive number of seconds"));

    SaneScanner::Options options;
    options.watchdogMs = timeout * 1000;
    SaneScanner scanner(options);
    QEventLoop loop;
    std::optional<Error> failure;
    QObject::connect(&scanner, &Scanner::batchFinished, &loop, [&loop] { loop.quit(); });
    QObject::connect(&scanner, &Scanner::batchFailed, &loop, [&](const Error &e, int) {
        failure = e;
        loop.quit();
    });
    QObject::connect(&scanner, &Scanner::pageScanned, &loop, [&ctx](const ScannedPage &p) {
        ctx.err() << Cli::tr("page %1 scanned").arg(p.index + 1) << Qt::endl;
    });
    scanner.startBatch(device, profile);
    if (scanner.isBusy())
        loop.exec();

    if (failure && failure->code == QLatin1String("scanner.unknown-device")) {
        QStringList names;
        QEventLoop listLoop;
        QObject::connect(&scanner, &Scanner::devicesListed, &listLoop, [&](const QList<ScannerDevice> &devices) {
            for (const ScannerDevice &d : devices)
                names << d.name + QStringLiteral("  (") + d.vendor + QLatin1Char(' ') + d.model + QLatin1Char(')');
            listLoop.quit();
        });
        QObject::connect(&scanner, &Scanner::devicesFailed, &listLoop, &QEventLoop::quit);
        scanner.listDevices();
        if (scanner.isBusy())
            listLoop.exec();
        ctx.err() << "motcua-cli: " << Cli::tr("unknown device '%1'").arg(device) << Qt::endl;
        ctx.err() << (names.isEmpty() ? Cli::tr("no devices found") : Cli::tr("available devices:")) << Qt::endl;
        for (const QString &n : names)
            ctx.err() << "  " << n << Qt::endl;
        return ExitFailed;
    }

    // Every page received is written, even after a failure: nothing scanned is lost.
    PdfComponent all;
    int blank = 0, dropped = 0;
    for (const ScannedPage &p : scanner.pages()) {
        QImage image = p.image;
        if (profile.mode == ColorMode::Lineart && image.format() != QImage::Format_Mono)
            image = imageops::binarize(image, p.dpi);   // device without lineart: reduce here
        const bool isBlank = imageops::looksBlank(imageops::ink(imageops::toGray(p.image), p.dpi));
        blank += isBlank ? 1 : 0;
        if (isBlank && parser.isSet(QStringLiteral("drop-blank"))) {
            ++dropped;
            continue;
        }
        all.pages.append({image, p.dpi});
    }
    if (!all.pages.isEmpty()) {
        const Status s = PdfAssembler::write(out, QStringLiteral("scan"), {all});
        if (!s)
            return ctx.fail(ExitFailed, s.error().toString());
    }
    const QJsonObject summary{{QStringLiteral("out"), all.pages.isEmpty() ? QString() : out},
                              {QStringLiteral("scanned"), int(scanner.pages().size())},
                              {QStringLiteral("written"), int(all.pages.size())},
                              {QStringLiteral("blank"), blank},
                              {QStringLiteral("dropped"), dropped}};
    ctx.out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << Qt::endl;
    if (failure) {
        return ctx.fail(ExitFailed, failure->toString()
                                        + QStringLiteral(" (%1 page(s) kept in the PDF; scan again to retry)").arg(all.pages.size()));
    }
    if (all.pages.isEmpty())
        return ctx.fail(ExitFailed, Cli::tr("no pages to write"));
    return ExitOk;
}

const RegisterCommand reg{{QStringLiteral("scan"),
                           QStringLiteral("scan --device NAME [--source flatbed|feeder|duplex] [--mode color|gray|lineart] "
                                          "[--dpi N] [--pages N] [--drop-blank] --out FILE.pdf"),
                           true, &runScan}};
} // namespace
} // namespace motcua::cli
