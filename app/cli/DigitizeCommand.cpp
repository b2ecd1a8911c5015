#include "app/barcode/BarcodeReader.h"
#include "app/barcode/PageImages.h"
#include "app/capture/ImageIntegrity.h"
#include "app/capture/Importer.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandData.h"
#include "app/common/ErrorText.h"
#include "app/intake/IntakeService.h"
#include "app/intake/PageIntake.h"
#include "app/intake/StackSplitter.h"
#include "domain/cccd/CccdCard.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFileInfo>

// motcua-cli --workspace DIR --officer LOGIN digitize --procedure CODE STACK.pdf|DIR
// Stable contract (issue 4): splits a scanned stack on separator sheets into dossiers and
// components, receives each dossier, and prints one line per dossier on stdout: its code, in stack
// order. Details (components, pages, blank pages set aside, missing required components) go to
// stderr. The whole stack is read and checked before anything is received: a file that cannot be
// read or a separator naming no component of the procedure exits 1 with nothing received.
// Re-running on the same stack (recognised by the SHA-256 of its files) after an interrupted run
// receives only the parts not yet received and prints the codes of the others again, in the same
// form (each part is recorded with its dossier in one transaction: digitized_parts).
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

// The stack's identity: SHA-256 over its files' bytes in reading order (names left out).
Result<QString> stackHash(const QStringList &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qsizetype i = 0; i < files.size(); ++i) {
        QFile f(files[i]);
        if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
            return Error(QStringLiteral("import.unreadable"), Cli::tr("file %1 of the stack").arg(i + 1));
        hash.addData(QByteArrayView("\0", 1));   // file boundaries count
    }
    return QString::fromLatin1(hash.result().toHex());
}

int runDigitize(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("procedure"), QStringLiteral("procedure code of every dossier in the stack"), QStringLiteral("CODE")});
    if (!ctx.parse(parser))
        return ExitUsage;
    if (ctx.global().workspace.isEmpty() || ctx.global().officer.isEmpty())
        return ctx.usage(Cli::tr("digitize needs --workspace DIR and --officer LOGIN"));
    if (!parser.isSet(QStringLiteral("procedure")))
        return ctx.usage(Cli::tr("digitize needs --procedure CODE"));
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(Cli::tr("digitize takes one STACK.pdf or folder of page images"));
    // File names are never printed: officers name files after citizens (issue 10).
    const QString stack = parser.positionalArguments().first();
    if (!QFileInfo::exists(stack))
        return failWithAt(ctx, Error(QStringLiteral("import.missing")), Cli::tr("the stack"));

    int code = ExitOk;
    std::unique_ptr<CommandData> data = CommandData::open(ctx, &code);
    if (!data)
        return code;
    Result<std::shared_ptr<const Catalog>> catalog = data->catalog();
    Result<WorkspaceServices *> services = data->services();
    if (!catalog)
        return failWith(ctx, catalog.error());
    if (!services)
        return failWith(ctx, services.error());
    const Procedure *procedure = (*catalog)->find(parser.value(QStringLiteral("procedure")));
    if (!procedure)
        return failWith(ctx, Error(QStringLiteral("intake.unknown-procedure"), parser.value(QStringLiteral("procedure"))));

    // Read the whole stack first: pages go to the page store unreferenced (collected if we stop).
    QList<capture::ImportRefusal> missing;
    const QStringList files = capture::Importer::expand({stack}, &missing);
    if (!missing.isEmpty())
        return failWithAt(ctx, missing.first().error, Cli::tr("the stack"));
    if (files.isEmpty())
        return failWithAt(ctx, Error(QStringLiteral("intake.no-pages")), Cli::tr("the stack"));
    // A JPEG or PNG cut short would be stored as a half page: refused before any page is stored.
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (Status whole = capture::ImageIntegrity::checkFile(files[i]); !whole)
            return failWithAt(ctx, whole.error(), Cli::tr("file %1 of the stack").arg(i + 1));
    }
    const Result<QString> stackSha = stackHash(files);
    if (!stackSha)
        return failWithAt(ctx, stackSha.error(), stackSha.error().detail);
    Result<QMap<int, QString>> already = DigitizedPartStore(data->database()->sql()).received(*stackSha);
    if (!already)
        return failWith(ctx, already.error());
    PageStore pages(data->database()->sql());
    StackSplitter splitter(*procedure);
    int index = 0;
    std::optional<Error> failure;
    bool separatorFailure = false;
    int fileNumber = 0;
    const QDate today = ApplicantReader::today();
    for (const QString &file : files) {
        ++fileNumber;
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
                            separatorFailure = true;   // its detail names the sheet's page and label
                            return false;
                        }
                        separator = true;
                        break;
                    }
                    const CccdParseResult card = CccdParser::parse(c.text, today);
                    if (card.kind == CccdParseResult::Card)
                        splitter.addApplicant(ApplicantReader::fromCard(card.card), at);
                    else if (card.kind == CccdParseResult::Invalid)   // not taken as the applicant: say why
                        ctx.err() << "motcua-cli: " << Cli::tr("page %1: the ID card is not used: %2").arg(at + 1).arg(errorText(card.error))
                                  << " [" << card.error.code << ']' << Qt::endl;
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
        if (failure && separatorFailure)
            return failWith(ctx, *failure);
        if (failure)
            return failWithAt(ctx, *failure, Cli::tr("file %1 of the stack, page %2").arg(fileNumber).arg(index));
        if (!read)
            return failWithAt(ctx, read.error(), Cli::tr("file %1 of the stack").arg(fileNumber));
    }
    const QList<StackDossier> dossiers = splitter.finish();
    if (dossiers.isEmpty())
        return failWithAt(ctx, Error(QStringLiteral("intake.no-pages")), Cli::tr("the stack"));

    const SessionInfo &session = data->workspace()->session();
    IntakeService service(**services);
    for (int part = 0; part < dossiers.size(); ++part) {
        const StackDossier &d = dossiers[part];
        if (const auto it = already->constFind(part); it != already->constEnd()) {
            // Received by an earlier, interrupted run of this stack: the same line, not a second dossier.
            ctx.out() << it.value() << Qt::endl;
            ctx.err() << "motcua-cli: " << Cli::tr("%1 from page %2: already received by an earlier run").arg(it.value()).arg(d.firstPage + 1)
                      << Qt::endl;
            continue;
        }
        IntakeDraft draft = IntakeDraft::start(session.officer.login);
        draft.id.clear();
        draft.procedureCode = procedure->code;
        draft.components = d.components;
        if (d.applicant)
            draft.applicant = *d.applicant;
        Result<IntakeOutcome> received = service.receiveDigitized(draft, StackPart{*stackSha, part});
        if (!received)
            return failWith(ctx, received.error());
        ctx.out() << received->dossierCode << Qt::endl;
        QStringList parts;
        for (const DraftComponent &c : d.components)
            parts << QStringLiteral("%1:%2p").arg(c.number).arg(c.filedPages().size());
        QString line = Cli::tr("%1 from page %2, components %3").arg(received->dossierCode).arg(d.firstPage + 1).arg(parts.join(QLatin1Char(' ')));
        if (d.blankPages > 0)
            line += QStringLiteral(", ") + Cli::tr("%n blank page(s) set aside", nullptr, d.blankPages);
        const QList<int> lacking = IntakeService::missingRequired(*procedure, draft);
        if (!lacking.isEmpty()) {
            QStringList numbers;
            for (int n : lacking)
                numbers << QString::number(n);
            line += QStringLiteral(", ") + Cli::tr("missing required component(s) %1").arg(numbers.join(QStringLiteral(", ")));
        }
        ctx.err() << "motcua-cli: " << line << Qt::endl;
    }
    return ExitOk;
}

const RegisterCommand reg{{QStringLiteral("digitize"), QStringLiteral("digitize --procedure CODE STACK.pdf|DIR"), true, &runDigitize}};

} // namespace
} // namespace motcua::cli
