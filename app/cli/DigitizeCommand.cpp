#include "app/barcode/BarcodeReader.h"
#include "app/barcode/PageImages.h"
#include "app/capture/ImageIntegrity.h"
#include "app/capture/Importer.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandData.h"
#include "app/intake/IntakeService.h"
#include "app/intake/PageIntake.h"
#include "app/intake/StackSplitter.h"
#include "domain/cccd/CccdCard.h"

#include <QCommandLineParser>
#include <QFileInfo>

// motcua-cli --workspace DIR --officer LOGIN digitize --procedure CODE STACK.pdf|DIR
// Stable contract (issue 4): splits a scanned stack on separator sheets into dossiers and
// components, receives each dossier, and prints one line per dossier on stdout: its code, in stack
// order. Details (components, pages, blank pages set aside, missing required components) go to
// stderr. The whole stack is read and checked before anything is received: a file that cannot be
// read or a separator naming no component of the procedure exits 1 with nothing received.
namespace motcua::cli {
namespace {

using namespace motcua::intake;

// Stored PDF pages are rendered at the resolution the counter stores text at.
constexpr int kStackDpi = 200;

int dpiOf(const QImage &image, bool fromPdf)
{
    if (fromPdf)
        return kStackDpi;
    const int dpi = qRound(image.dotsPerMeterX() * 0.0254);
    return dpi >= 72 ? dpi : 300;
}

int runDigitize(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("procedure"), QStringLiteral("procedure code of every dossier in the stack"), QStringLiteral("CODE")});
    if (!ctx.parse(parser))
        return ExitUsage;
    if (ctx.global().workspace.isEmpty() || ctx.global().officer.isEmpty())
        return ctx.usage(QStringLiteral("digitize needs --workspace DIR and --officer LOGIN"));
    if (!parser.isSet(QStringLiteral("procedure")))
        return ctx.usage(QStringLiteral("digitize needs --procedure CODE"));
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("digitize takes one STACK.pdf or folder of page images"));
    const QString stack = parser.positionalArguments().first();
    if (!QFileInfo::exists(stack))
        return failWith(ctx, Error(QStringLiteral("import.missing"), stack));

    int code = ExitOk;
    std::unique_ptr<CommandData> data = CommandData::open(ctx, &code);
    if (!data)
        return code;
    Result<std::shared_ptr<const Catalog>> catalog = data->catalog();
    Result<std::shared_ptr<const WorkingCalendar>> calendar = data->calendar();
    if (!catalog)
        return failWith(ctx, catalog.error());
    if (!calendar)
        return failWith(ctx, calendar.error());
    const Procedure *procedure = (*catalog)->find(parser.value(QStringLiteral("procedure")));
    if (!procedure)
        return failWith(ctx, Error(QStringLiteral("intake.unknown-procedure"), parser.value(QStringLiteral("procedure"))));

    // Read the whole stack first: pages go to the page store unreferenced (collected if we stop).
    QList<capture::ImportRefusal> missing;
    const QStringList files = capture::Importer::expand({stack}, &missing);
    if (!missing.isEmpty())
        return failWith(ctx, Error(missing.first().error.code, missing.first().file));
    if (files.isEmpty())
        return failWith(ctx, Error(QStringLiteral("intake.no-pages"), stack));
    // A JPEG or PNG cut short would be stored as a half page: refused before any page is stored.
    for (const QString &file : files) {
        if (Status whole = capture::ImageIntegrity::checkFile(file); !whole)
            return failWith(ctx, Error(whole.error().code, file + QStringLiteral(": ") + whole.error().detail));
    }
    PageStore pages(data->database()->sql());
    StackSplitter splitter(*procedure);
    int index = 0;
    std::optional<Error> failure;
    for (const QString &file : files) {
        QFile probe(file);
        const bool isPdf = probe.open(QIODevice::ReadOnly) && probe.peek(5) == "%PDF-";
        probe.close();
        const Status read = PageImages::forEach(
            file,
            [&](int, const QImage &image) {
                const int at = index++;
                Result<QList<DecodedBarcode>> codes = BarcodeReader::read(image, nullptr, BarcodeReader::Effort::Fast);
                bool separator = false;
                for (const DecodedBarcode &c : codes ? *codes : QList<DecodedBarcode>()) {
                    if (Result<SeparatorPayload> sep = SeparatorPayload::parse(c.text); sep) {
                        if (Status st = splitter.addSeparator(*sep, at); !st) {
                            failure = st.error();
                            return false;
                        }
                        separator = true;
                        break;
                    }
                    if (const CccdParseResult card = CccdParser::parse(c.text); card.kind == CccdParseResult::Card)
                        splitter.addApplicant(ApplicantReader::fromCard(card.card), at);
                }
                if (separator)
                    return true;
                Result<DraftPage> page = PageIntake::store(pages, image, dpiOf(image, isPdf));
                if (!page) {
                    failure = page.error();
                    return false;
                }
                splitter.addPage(*page, at);
                return true;
            },
            kStackDpi);
        if (failure)
            return failWith(ctx, *failure);
        if (!read)
            return failWith(ctx, read.error());
    }
    const QList<StackDossier> dossiers = splitter.finish();
    if (dossiers.isEmpty())
        return failWith(ctx, Error(QStringLiteral("intake.no-pages"), stack));

    const SessionInfo &session = data->workspace()->session();
    IntakeService service(data->database()->sql(), session, *catalog, *calendar);
    for (const StackDossier &d : dossiers) {
        IntakeDraft draft = IntakeDraft::start(session.officer.login);
        draft.id.clear();
        draft.procedureCode = procedure->code;
        draft.components = d.components;
        if (d.applicant)
            draft.applicant = *d.applicant;
        Result<IntakeOutcome> received = service.receiveDigitized(draft);
        if (!received)
            return failWith(ctx, received.error());
        ctx.out() << received->dossierCode << Qt::endl;
        QStringList parts;
        for (const DraftComponent &c : d.components)
            parts << QStringLiteral("%1:%2p").arg(c.number).arg(c.filedPages().size());
        ctx.err() << "motcua-cli: " << received->dossierCode << " from page " << d.firstPage + 1 << ", components "
                  << parts.join(QLatin1Char(' '));
        if (d.blankPages > 0)
            ctx.err() << ", " << d.blankPages << " blank page(s) set aside";
        const QList<int> lacking = IntakeService::missingRequired(*procedure, draft);
        if (!lacking.isEmpty()) {
            QStringList numbers;
            for (int n : lacking)
                numbers << QString::number(n);
            ctx.err() << ", missing required component(s) " << numbers.join(QStringLiteral(", "));
        }
        ctx.err() << Qt::endl;
    }
    return ExitOk;
}

const RegisterCommand reg{{QStringLiteral("digitize"), QStringLiteral("digitize --procedure CODE STACK.pdf|DIR"), true, &runDigitize}};

} // namespace
} // namespace motcua::cli
