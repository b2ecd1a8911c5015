// motcua-cli decode FILE...  → one JSON line per code found (app/barcode/DecodeJson.h).
// Exit: 0 when every file was read and at least one code was found; 1 when a file could not be
// read (told on stderr by its place, "file 2": names are never printed, officers name files after
// citizens; the other files are still read) or no code was found; 2 for usage errors only.
// Needs no workspace and no password.
#include "app/barcode/DecodeJson.h"
#include "app/barcode/PageCodes.h"
#include "app/barcode/PayloadKind.h"
#include "app/cli/CliCommand.h"
#include "app/common/ErrorText.h"

namespace motcua::cli {
namespace {

int runDecode(CliContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return ExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return ctx.usage(Cli::tr("usage: decode FILE..."));

    bool unreadable = false;
    int found = 0;
    for (qsizetype number = 1; number <= files.size(); ++number) {
        const QString &file = files[number - 1];
        QString pageError;
        const Status s = PageCodes::forEach(file, [&](int index, const PageCodes::Codes &codes) {
            if (!codes) {
                pageError = Cli::tr("page %1 cannot be read [%2]").arg(index + 1).arg(codes.error().code);
                return true;   // the next pages may still be fine
            }
            for (const DecodedBarcode &code : *codes) {
                ctx.out() << decodeJsonLine(file, index + 1, code, PayloadKind::classify(code.text)) << '\n';
                ++found;
            }
            ctx.out().flush();   // a caller reading line by line sees each page's codes at once
            return true;
        });
        if (!s.ok() || !pageError.isEmpty()) {
            unreadable = true;
            ctx.err() << "motcua-cli: " << Cli::tr("file %1").arg(number) << ": "
                      << (s.ok() ? pageError : errorText(s.error()) + QStringLiteral(" [") + s.error().code + QLatin1Char(']')) << Qt::endl;
        }
    }
    if (unreadable)
        return ExitFailed;   // a file that cannot be read is a failed operation, not a usage error
    return found > 0 ? ExitOk : ExitFailed;
}

// needsGui false: QImageReader, QtPdf's QPdfDocument::render and QPainter on a QImage all work
// under a plain QCoreApplication (checked; tst_decodecli covers PNG, JPEG, TIFF and PDF), and
// skipping the QGuiApplication saves process start-up time in scripts that decode file by file.
const RegisterCommand reg{{QStringLiteral("decode"), QStringLiteral("decode FILE...   (images, PDFs; one JSON line per code)"),
                           false, &runDecode}};

} // namespace
} // namespace motcua::cli
