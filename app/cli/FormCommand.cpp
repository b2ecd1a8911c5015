// motcua-cli form list
// motcua-cli form validate FILE
// motcua-cli [--workspace DIR --officer LOGIN] form fill --procedure CODE (--applicant-qr IMAGE |
//     --applicant-text TEXT) [--field NAME=VALUE]... --out F.pdf
// Stable contract (issue 13):
// - list: one line per procedure and form, "PROCEDURE_CODE<TAB>FORM_ID<TAB>TITLE" (the official
//   Vietnamese title), sorted by procedure code;
// - fill: writes the printable declaration (PDF, the form's payload QR) and prints the filled fields
//   as one JSON object on stdout (field → value, "_sources": field → where it came from). An unknown
//   field name, a value of the wrong shape or a required field left empty exits 1 with the reason
//   (the field's name, never its value) on stderr, and no file is written.
// - validate: checks a form definition file; exit 1 with "line N: reason" when it is refused.
// With --workspace, the workspace's own forms folder (DIR/forms/*.json, a province's additions) is
// loaded beside the bundled forms, "Kính gửi" is the office's name and the applicant's earlier
// declarations in the workspace pre-fill the fields marked "reuse".
#include "app/cli/CliSession.h"
#include "app/cli/CliClock.h"
#include "app/cli/CommandData.h"
#include "app/common/ErrorText.h"
#include "app/common/ScopedTranslation.h"
#include "app/forms/Declaration.h"
#include "app/forms/FormRegistry.h"
#include "app/intake/ApplicantReader.h"
#include "app/printing/FormPdf.h"

#include <QDir>
#include <QImageReader>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace motcua::cli {
namespace {

using namespace motcua::forms;

// "field 'child_name': …" → "field child_name"; the value itself is never printed.
QString whereOf(const Error &e)
{
    if (e.code == QLatin1String("form.missing-required"))
        return Cli::tr("required field(s) left empty: %1").arg(e.detail);
    static const QRegularExpression field(QStringLiteral("field '([a-z0-9_]+)'"));
    if (const QRegularExpressionMatch m = field.match(e.detail); m.hasMatch())
        return Cli::tr("field %1").arg(m.captured(1));
    return {};
}

Result<FormRegistry> registryFor(const CliContext &ctx)
{
    if (ctx.global().workspace.isEmpty())
        return FormRegistry::bundled();
    return FormRegistry::withFolder(QDir(ctx.global().workspace).filePath(QStringLiteral("forms")));
}

int runList(CliContext &ctx)
{
    Result<FormRegistry> registry = registryFor(ctx);
    if (!registry)
        return failWith(ctx, registry.error());
    QList<QStringList> rows;
    for (const FormDefinition &d : registry->all()) {
        for (const QString &code : d.procedures) {
            // Older versions stay for reading back; the list names the one a fill uses.
            if (registry->forProcedure(code) == &d)
                rows << QStringList{code, d.id, d.titleVi};
        }
    }
    std::sort(rows.begin(), rows.end());
    for (const QStringList &r : rows)
        ctx.out() << r.join(QLatin1Char('\t')) << '\n';
    ctx.out().flush();
    return ExitOk;
}

int runValidate(CliContext &ctx, const QStringList &files)
{
    if (files.size() != 1)
        return ctx.usage(Cli::tr("usage: form validate FILE"));
    Result<FormDefinition> d = FormRegistry::loadFile(files.first());
    if (!d) {
        // The detail is the line and the reason: what the person fixing the file needs.
        return ctx.fail(ExitFailed, errorText(d.error()) + QStringLiteral(" (") + d.error().detail + QStringLiteral(") [")
                                        + d.error().code + QLatin1Char(']'));
    }
    ctx.out() << d->id << '\t' << d->version << '\t' << d->fields.size() << Qt::endl;
    return ExitOk;
}

int runFill(CliContext &ctx, QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("procedure")))
        return ctx.usage(Cli::tr("form fill needs --procedure CODE"));
    if (!parser.isSet(QStringLiteral("out")))
        return ctx.usage(Cli::tr("form fill needs --out F.pdf"));
    if (parser.isSet(QStringLiteral("applicant-qr")) == parser.isSet(QStringLiteral("applicant-text")))
        return ctx.usage(Cli::tr("form fill needs exactly one of --applicant-qr IMAGE and --applicant-text TEXT"));
    if (!ctx.global().workspace.isEmpty() && ctx.global().officer.isEmpty())
        return ctx.usage(Cli::tr("form fill with --workspace needs --officer LOGIN"));
    QList<QPair<QString, QString>> typed;
    static const QRegularExpression fieldArg(QStringLiteral("^([^=]+)=(.*)$"), QRegularExpression::DotMatchesEverythingOption);
    for (const QString &value : parser.values(QStringLiteral("field"))) {
        const QRegularExpressionMatch m = fieldArg.match(value);
        if (!m.hasMatch())
            return ctx.usage(Cli::tr("--field takes NAME=VALUE"));
        typed << qMakePair(m.captured(1).trimmed(), m.captured(2));
    }

    // The card, before unlocking: a bad card costs no password prompt.
    Result<intake::CardReading> card = Error(QStringLiteral("intake.not-a-card"));
    if (parser.isSet(QStringLiteral("applicant-text"))) {
        card = intake::ApplicantReader::fromText(parser.value(QStringLiteral("applicant-text")));
    } else {
        QImageReader reader(parser.value(QStringLiteral("applicant-qr")));
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull())
            return failWithAt(ctx, Error(QStringLiteral("import.unreadable")), QStringLiteral("--applicant-qr"));
        card = intake::ApplicantReader::fromImage(image);
    }
    if (!card)
        return failWithAt(ctx, card.error(), Cli::tr("the ID card"));

    Result<FormRegistry> registry = registryFor(ctx);
    if (!registry)
        return failWith(ctx, registry.error());
    const QString procedureCode = parser.value(QStringLiteral("procedure"));
    const FormDefinition *definition = registry->forProcedure(procedureCode);
    if (!definition)
        return failWith(ctx, Error(QStringLiteral("form.no-form"), procedureCode));

    QString authority;
    QDateTime now = cliClock()->now().toUTC();
    QTimeZone zone("Asia/Ho_Chi_Minh");
    QList<EarlierDeclaration> earlier;
    std::unique_ptr<CommandData> data;
    if (!ctx.global().workspace.isEmpty()) {
        int code = ExitOk;
        data = CommandData::open(ctx, &code);
        if (!data)
            return code;
        Result<WorkspaceServices *> services = data->services();
        if (!services)
            return failWith(ctx, services.error());
        authority = data->workspace()->session().office.name;
        now = (*services)->now();
        zone = (*services)->calendar().zone();
        Result<QList<EarlierDeclaration>> found =
            earlierDeclarations(data->database()->sql(), (*services)->events(), card->applicant.idNumber);
        if (!found)
            return failWith(ctx, found.error());
        earlier = *found;
    } else {
        Result<std::shared_ptr<const Catalog>> catalog = CatalogService::bundledCatalog();
        if (catalog)
            if (const Procedure *p = (*catalog)->find(procedureCode))
                authority = p->authority;
    }
    const QDateTime local = now.toTimeZone(zone);

    FillInput input = fillInputFor(card->applicant, authority, local.date());
    input.earlier = earlier;
    input.typed = typed;
    Result<FilledForm> filled = fillForm(*definition, input);
    if (!filled)
        return failWithAt(ctx, filled.error(), whereOf(filled.error()));

    // A declaration is a legal paper of the Vietnamese counter: printed in Vietnamese whatever the
    // run's language.
    const Status written = [&] {
        const ScopedTranslation vietnamese(QStringLiteral("vi"));
        return printing::writeFormPdf(declarationForm(*definition, *filled, local), parser.value(QStringLiteral("out")));
    }();
    if (!written)
        return failWithAt(ctx, written.error(), QStringLiteral("--out"));
    ctx.out() << filledJson(*definition, *filled) << Qt::endl;
    return ExitOk;
}

int runForm(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("procedure"), QStringLiteral("procedure code (form list)"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("applicant-qr"), QStringLiteral("image of the applicant's ID card QR"), QStringLiteral("IMAGE")});
    parser.addOption({QStringLiteral("applicant-text"), QStringLiteral("the ID card's QR text"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("field"), QStringLiteral("a field's value (repeatable)"), QStringLiteral("NAME=VALUE")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("write the printable form here"), QStringLiteral("F.pdf")});
    if (!ctx.parse(parser))
        return ExitUsage;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("list") && args.size() == 1)
        return runList(ctx);
    if (action == QLatin1String("validate"))
        return runValidate(ctx, args.mid(1));
    if (action == QLatin1String("fill") && args.size() == 1)
        return runFill(ctx, parser);
    return ctx.usage(Cli::tr("usage: form list | form validate FILE | form fill --procedure CODE "
                             "(--applicant-qr IMAGE | --applicant-text TEXT) [--field NAME=VALUE]... --out F.pdf"));
}

const RegisterCommand reg{{QStringLiteral("form"),
                           QStringLiteral("form list | validate FILE | fill --procedure CODE (--applicant-qr IMAGE | --applicant-text TEXT) "
                                          "[--field NAME=VALUE]... --out F.pdf   (declaration forms)"),
                           true, &runForm}};

} // namespace
} // namespace motcua::cli
