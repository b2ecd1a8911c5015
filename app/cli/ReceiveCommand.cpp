#include "app/cli/CliSession.h"
#include "app/cli/CommandData.h"
#include "app/common/ErrorText.h"
#include "app/common/ScopedTranslation.h"
#include "app/forms/Declaration.h"
#include "app/intake/ApplicantReader.h"
#include "app/intake/IntakeService.h"
#include "app/intake/PageIntake.h"
#include "app/printing/FormPdf.h"

#include <QCommandLineParser>
#include <QDir>
#include <QImageReader>
#include <QRegularExpression>

// motcua-cli --workspace DIR --officer LOGIN receive --procedure CODE
//     (--applicant-qr IMAGE | --applicant-text "QR TEXT") [--phone N] [--email ADDR]
//     [--component "N=FILE[,FILE…]"]… [--receipt OUT.pdf] [--supplement-slip OUT.pdf] [--limit-days N]
// Stable contract (issue 5): on success exactly one line on stdout, the new dossier code. An
// incomplete dossier exits 1 naming the missing components on stderr; with --supplement-slip it is
// registered with Form 02 instead (the slip is written, its code printed) and exits 4
// (ExitIncomplete: registered, supplement requested; nothing was received).
// Nothing the citizen gave is printed on stderr (issue 10): files are named by their component and
// place ("component 2, file 1"), the card's fields and the phone number are never echoed.
namespace motcua::cli {
namespace {

using namespace motcua::intake;

int runReceive(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("procedure"), QStringLiteral("procedure code (catalog list)"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("applicant-qr"), QStringLiteral("image of the applicant's ID card QR"), QStringLiteral("IMAGE")});
    parser.addOption({QStringLiteral("applicant-text"), QStringLiteral("the ID card's QR text"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("phone"), QStringLiteral("phone number for notices"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("email"), QStringLiteral("e-mail address for notices"), QStringLiteral("ADDR")});
    parser.addOption({QStringLiteral("component"), QStringLiteral("component N's pages (repeatable)"), QStringLiteral("N=FILE[,FILE...]")});
    parser.addOption({QStringLiteral("receipt"), QStringLiteral("write Form 01 here"), QStringLiteral("OUT.pdf")});
    parser.addOption({QStringLiteral("supplement-slip"), QStringLiteral("when incomplete, register with Form 02 written here"), QStringLiteral("OUT.pdf")});
    parser.addOption({QStringLiteral("limit-days"), QStringLiteral("working days, for a procedure that publishes no limit"), QStringLiteral("N")});
    if (!ctx.parse(parser))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(Cli::tr("receive takes no argument besides its options"));
    if (ctx.global().workspace.isEmpty() || ctx.global().officer.isEmpty())
        return ctx.usage(Cli::tr("receive needs --workspace DIR and --officer LOGIN"));
    if (!parser.isSet(QStringLiteral("procedure")))
        return ctx.usage(Cli::tr("receive needs --procedure CODE"));
    if (parser.isSet(QStringLiteral("applicant-qr")) == parser.isSet(QStringLiteral("applicant-text")))
        return ctx.usage(Cli::tr("receive needs exactly one of --applicant-qr IMAGE and --applicant-text TEXT"));

    // Components: "N=FILE[,FILE…]", each number once.
    QMap<int, QStringList> componentFiles;
    static const QRegularExpression componentArg(QStringLiteral("^([0-9]+)=(.+)$"));
    for (const QString &value : parser.values(QStringLiteral("component"))) {
        const QRegularExpressionMatch m = componentArg.match(value);
        if (!m.hasMatch() || m.captured(1).toInt() < 1)
            return ctx.usage(Cli::tr("--component takes N=FILE[,FILE...]"));
        const int n = m.captured(1).toInt();
        if (componentFiles.contains(n))
            return ctx.usage(Cli::tr("component %1 given twice").arg(n));
        componentFiles.insert(n, m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    QString phone = parser.value(QStringLiteral("phone")).trimmed();
    static const QRegularExpression phoneShape(QStringLiteral("^(\\+84|0)[0-9]{8,10}$"));
    if (!phone.isEmpty() && !phoneShape.match(phone).hasMatch())
        return ctx.usage(Cli::tr("--phone is not a Vietnamese phone number (0 or +84, then 8 to 10 digits)"));
    std::optional<TimeLimit> limitOverride;
    if (parser.isSet(QStringLiteral("limit-days"))) {
        bool ok = false;
        const int days = parser.value(QStringLiteral("limit-days")).toInt(&ok);
        if (!ok || days < 1 || days > 365)
            return ctx.usage(Cli::tr("--limit-days takes a number of working days (1-365)"));
        limitOverride = TimeLimit::days(days);
    }

    // The applicant, before unlocking: a bad card costs no password prompt.
    Result<CardReading> card = Error(QStringLiteral("intake.not-a-card"));
    if (parser.isSet(QStringLiteral("applicant-text"))) {
        card = ApplicantReader::fromText(parser.value(QStringLiteral("applicant-text")));
    } else {
        const QString path = parser.value(QStringLiteral("applicant-qr"));
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull())
            return failWithAt(ctx, Error(QStringLiteral("import.unreadable")), QStringLiteral("--applicant-qr"));
        card = ApplicantReader::fromImage(image);
    }
    if (!card)
        return failWithAt(ctx, card.error(), Cli::tr("the ID card"));
    // The warning's code only: its arguments are the card's data (years, gender).
    for (const CccdWarning &w : card->warnings)
        ctx.err() << "motcua-cli: " << Cli::tr("the ID card needs a look: %1").arg(w.code) << Qt::endl;

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
    const QString procedureCode = parser.value(QStringLiteral("procedure"));
    const Procedure *procedure = (*catalog)->find(procedureCode);
    if (!procedure)
        return failWith(ctx, Error(QStringLiteral("intake.unknown-procedure"), procedureCode));
    for (auto it = componentFiles.cbegin(); it != componentFiles.cend(); ++it) {
        if (!procedure->component(it.key()))
            return ctx.usage(Cli::tr("procedure %1 has no component %2 (see: catalog show %1)").arg(procedureCode).arg(it.key()));
    }

    const SessionInfo &session = data->workspace()->session();
    const QDateTime now = (*services)->now();
    IntakeDraft draft = IntakeDraft::start(session.officer.login, now);
    draft.id.clear(); // no stored draft behind a command-line receipt
    draft.procedureCode = procedureCode;
    draft.applicant = card->applicant;
    draft.applicant.phone = phone;
    draft.applicant.email = parser.value(QStringLiteral("email")).trimmed();
    draft.limitOverride = limitOverride;
    // Declaration forms: the bundled ones and the workspace's own (DIR/forms), to read a signed
    // declaration's QR back (issue 13).
    Result<forms::FormRegistry> formRegistry = forms::FormRegistry::withFolder(QDir(ctx.global().workspace).filePath(QStringLiteral("forms")));
    if (!formRegistry)
        return failWith(ctx, formRegistry.error());
    PageStore pages(data->database()->sql());
    for (auto it = componentFiles.cbegin(); it != componentFiles.cend(); ++it) {
        DraftComponent &c = draft.componentRef(it.key());
        c.provenance = Provenance::ImportedFile;
        // File by file, so a refusal names the file by its place, never by its name.
        for (qsizetype f = 0; f < it.value().size(); ++f) {
            Result<QList<DraftPage>> stored = PageIntake::importFiles(pages, {it.value().at(f)});
            if (!stored)
                return failWithAt(ctx, stored.error(), Cli::tr("component %1, file %2").arg(it.key()).arg(f + 1));
            c.pages += *stored;
        }
        if (c.filedPages().isEmpty())
            return failWithAt(ctx, Error(QStringLiteral("intake.blank-component")), Cli::tr("component %1").arg(it.key()));
        // A signed declaration printed by `form fill`: its data are attached when they check out; a
        // form QR that does not (changed data, a form version unknown here) is flagged on the
        // component and said on stderr, and the pages are filed as any paper.
        const forms::DeclarationReading reading = forms::readDeclarationFromFiles(it.value(), *formRegistry);
        forms::applyReading(reading, c);
        if (reading.outcome == forms::DeclarationReading::Outcome::Verified)
            ctx.err() << "motcua-cli: " << Cli::tr("component %1: the signed declaration's data were read (%2 version %3)")
                                               .arg(it.key()).arg(reading.formId).arg(reading.version) << Qt::endl;
        else if (reading.outcome != forms::DeclarationReading::Outcome::None)
            ctx.err() << "motcua-cli: " << Cli::tr("component %1: the declaration's data are not used: %2 [%3]")
                                               .arg(it.key()).arg(errorText(reading.error)).arg(reading.error.code) << Qt::endl;
    }

    // The slips are legal documents of the Vietnamese counter: made and printed in Vietnamese,
    // whatever the language of the run's messages (the translation is installed only meanwhile).
    auto inVietnamese = [](const auto &make) {
        const ScopedTranslation vietnamese(QStringLiteral("vi"));
        return make();
    };
    IntakeService service(**services);
    const QList<int> missing = IntakeService::missingRequired(*procedure, draft);
    if (!missing.isEmpty()) {
        QStringList names;
        for (int n : missing)
            names << QStringLiteral("%1 (%2)").arg(n).arg(procedure->component(n)->name);
        ctx.err() << "motcua-cli: " << Cli::tr("incomplete dossier, missing component(s): %1").arg(names.join(QStringLiteral("; "))) << Qt::endl;
        if (!parser.isSet(QStringLiteral("supplement-slip")))
            return ExitFailed;
        Result<IntakeOutcome> registered = inVietnamese([&] { return service.requestSupplement(draft, {}, {}, now); });
        if (!registered)
            return failWith(ctx, registered.error());
        const Status written = inVietnamese([&] { return printing::writeFormPdf(registered->form, parser.value(QStringLiteral("supplement-slip"))); });
        if (!written)
            return failWithAt(ctx, written.error(), QStringLiteral("--supplement-slip"));
        (void)service.markPrinted(registered->dossierCode, now);
        ctx.out() << registered->dossierCode << Qt::endl;
        ctx.err() << "motcua-cli: " << Cli::tr("registered as incomplete, Form 02 written: a supplement was requested") << Qt::endl;
        return ExitIncomplete;
    }

    Result<IntakeOutcome> received = inVietnamese([&] { return service.receive(draft, now); });
    if (!received)
        return failWith(ctx, received.error());
    if (parser.isSet(QStringLiteral("receipt"))) {
        // The dossier is received and stays so; a slip that cannot be written is reported (exit 1)
        // and can be reprinted from the app.
        const Status written = inVietnamese([&] { return printing::writeFormPdf(received->form, parser.value(QStringLiteral("receipt"))); });
        if (!written) {
            ctx.out() << received->dossierCode << Qt::endl;
            return failWithAt(ctx, written.error(), QStringLiteral("--receipt"));
        }
        (void)service.markPrinted(received->dossierCode, now);
    }
    ctx.out() << received->dossierCode << Qt::endl;
    return ExitOk;
}

const RegisterCommand reg{{QStringLiteral("receive"),
                           QStringLiteral("receive --procedure CODE (--applicant-qr IMAGE | --applicant-text TEXT) [--phone N] "
                                          "[--component N=FILE[,FILE...]]... [--receipt OUT.pdf] [--supplement-slip OUT.pdf]"),
                           true, &runReceive}};

} // namespace
} // namespace motcua::cli
