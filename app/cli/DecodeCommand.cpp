// motcua-cli decode FILE...  → one JSON line per code found (app/barcode/DecodeJson.h).
// Exit: 2 when a file could not be read (named on stderr; the others are still read), else 0 when
// at least one code was found, else 1. Needs no workspace and no password.
#include "app/barcode/DecodeJson.h"
#include "app/barcode/PageCodes.h"
#include "app/barcode/PayloadKind.h"
#include "app/cli/CliCommand.h"

namespace motcua::cli {
namespace {

int runDecode(CliContext &ctx)
{
    QCommandLineParser parser;
    if (!ctx.parse(parser))
        return ExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return ctx.usage(QStringLiteral("usage: decode FILE..."));

    bool unreadable = false;
    int found = 0;
    for (const QString &file : files) {
        QString pageError;
        const Status s = PageCodes::forEach(file, [&](int index, const PageCodes::Codes &codes) {
            if (!codes) {
                pageError = QStringLiteral("page %1: %2").arg(index + 1).arg(codes.error().toString());
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
            ctx.err() << "motcua-cli: cannot read " << file << ": "
                      << (s.ok() ? pageError : (s.error().detail.isEmpty() ? s.error().code : s.error().detail)) << Qt::endl;
        }
    }
    if (unreadable)
        return ExitUsage;   // 2: the contract's "a file could not be read"
    return found > 0 ? ExitOk : ExitFailed;
}

// needsGui false: QImageReader, QtPdf's QPdfDocument::render and QPainter on a QImage all work
// under a plain QCoreApplication (checked; tst_decodecli covers PNG, JPEG, TIFF and PDF), and
// skipping the QGuiApplication saves process start-up time in scripts that decode file by file.
const RegisterCommand reg{{QStringLiteral("decode"), QStringLiteral("decode FILE...   (images, PDFs; one JSON line per code)"),
                           false, &runDecode}};

} // namespace
} // namespace motcua::cli
