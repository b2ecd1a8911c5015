#include "app/cli/CliSession.h"
#include "app/cli/CommandData.h"
#include "app/common/ScopedTranslation.h"
#include "app/printing/FormPdf.h"
#include "app/reporting/DossierRegister.h"

#include <QCommandLineParser>
#include <QSaveFile>

// motcua-cli --workspace DIR --officer LOGIN register --from YYYY-MM-DD --to YYYY-MM-DD --out F.pdf|F.csv
// (issue 12): Form 07, the dossier register of the office for those office days, as a PDF or as
// CSV by the file's extension. Nothing on stdout; the file is whole or not there.
namespace motcua::cli {
namespace {

int runRegister(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("from"), QStringLiteral("first office day"), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("last office day"), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("the register, .pdf or .csv"), QStringLiteral("F")});
    if (!ctx.parse(parser))
        return ExitUsage;
    if (ctx.global().workspace.isEmpty() || ctx.global().officer.isEmpty())
        return ctx.usage(Cli::tr("register needs --workspace DIR and --officer LOGIN"));
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from)
        return ctx.usage(Cli::tr("register needs --from YYYY-MM-DD and --to YYYY-MM-DD, --to not before --from"));
    const QString out = parser.value(QStringLiteral("out"));
    const bool pdf = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return ctx.usage(Cli::tr("register needs --out F.pdf or --out F.csv"));

    int exit = ExitOk;
    std::unique_ptr<CommandData> data = CommandData::open(ctx, &exit);
    if (!data)
        return exit;
    const SessionInfo &session = data->workspace()->session();
    Result<WorkspaceServices *> services = data->services();
    if (!services)
        return failWith(ctx, services.error());
    const reporting::ReportPeriod period{from, to, session.office.code, {}};
    const reporting::DossierRegister book(**services);
    Result<QList<reporting::RegisterLine>> lines = book.lines(period);
    if (!lines)
        return failWith(ctx, lines.error());
    if (pdf) {
        // A paper of the Vietnamese office: in Vietnamese whatever the run's language.
        const ScopedTranslation vietnamese(QStringLiteral("vi"));
        const Status written = printing::writeFormPdf(book.form(*lines, period, session), out);
        if (!written)
            return failWithAt(ctx, written.error(), QStringLiteral("--out"));
        return ExitOk;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(reporting::DossierRegister::csv(*lines)) < 0 || !file.commit())
        return failWithAt(ctx, Error(QStringLiteral("printing.write-failed")), QStringLiteral("--out"));
    return ExitOk;
}

const RegisterCommand reg{{QStringLiteral("register"), QStringLiteral("register --from YYYY-MM-DD --to YYYY-MM-DD --out F.pdf|F.csv"),
                           true, &runRegister}};

} // namespace
} // namespace motcua::cli
