#include "app/casework/CaseworkForms.h"
#include "app/casework/CaseworkService.h"
#include "app/casework/DossierJson.h"
#include "app/cli/CliSession.h"
#include "app/cli/CommandData.h"
#include "app/common/ScopedTranslation.h"
#include "app/intake/ApplicantReader.h"
#include "app/intake/PageIntake.h"
#include "app/printing/FormPdf.h"
#include "db/OfficerStore.h"
#include "db/PageStore.h"

#include <QCommandLineParser>
#include <QImageReader>
#include <QJsonDocument>
#include <QRegularExpression>

// motcua-cli --workspace DIR --officer LOGIN dossier CODE show
// motcua-cli --workspace DIR --officer LOGIN dossier CODE ACTION [options] [--role ROLE]
//   accept | return-for-supplement --reason T | transfer --to LOGIN|pool:OFFICE [--for-approval]
//   appraise --note T | request-supplement --reason T | supplement-received [--component "N=FILE[,FILE…]"]…
//   extend --days N --reason T [--out F.pdf] | stop --reason T [--out F.pdf] | approve | reject --reason T
//   result --file F --number T [--document-type TYPE] | return (--collector-qr IMAGE | --collector-text T) [--rating 1-5]
// motcua-cli --workspace DIR --officer LOGIN dossier CODE form06 --out F.pdf
// Stable contract (issue 12): `show` prints the dossier as JSON (app/casework/DossierJson.h); an action
// prints the dossier after it as the same JSON and exits 0; a refused action (wrong role, not the
// holder, wrong state …) exits 1 with the reason on stderr and writes nothing. Usage errors exit 2.
// Nothing the citizen gave reaches stderr or the log: files by their place, the card never echoed.
namespace motcua::cli {
namespace {

using namespace motcua::casework;

struct Options {
    QCommandLineParser parser;
    Options()
    {
        parser.addOption({QStringLiteral("role"), QStringLiteral("record the action in this role"), QStringLiteral("ROLE")});
        parser.addOption({QStringLiteral("to"), QStringLiteral("transfer: the receiving officer, or pool:OFFICE for a unit's pool"), QStringLiteral("LOGIN|pool:OFFICE")});
        parser.addOption({QStringLiteral("for-approval"), QStringLiteral("transfer: submit for approval")});
        parser.addOption({QStringLiteral("note"), QStringLiteral("appraise: the note"), QStringLiteral("T")});
        parser.addOption({QStringLiteral("reason"), QStringLiteral("the reason"), QStringLiteral("T")});
        parser.addOption({QStringLiteral("component"), QStringLiteral("supplement-received: component N's pages"), QStringLiteral("N=FILE[,FILE...]")});
        parser.addOption({QStringLiteral("days"), QStringLiteral("extend: working days"), QStringLiteral("N")});
        parser.addOption({QStringLiteral("file"), QStringLiteral("result: the result document"), QStringLiteral("F")});
        parser.addOption({QStringLiteral("number"), QStringLiteral("result: its number"), QStringLiteral("T")});
        parser.addOption({QStringLiteral("document-type"), QStringLiteral("result: catalog document type, for reuse"), QStringLiteral("TYPE")});
        parser.addOption({QStringLiteral("collector-qr"), QStringLiteral("return: image of the collector's ID card QR"), QStringLiteral("IMAGE")});
        parser.addOption({QStringLiteral("collector-text"), QStringLiteral("return: the collector's ID card QR text"), QStringLiteral("T")});
        parser.addOption({QStringLiteral("rating"), QStringLiteral("return: the citizen's rating 1-5"), QStringLiteral("N")});
        parser.addOption({QStringLiteral("out"), QStringLiteral("write the action's form (04, 05, 06) here"), QStringLiteral("F.pdf")});
    }
    bool isSet(const char *name) const { return parser.isSet(QLatin1String(name)); }
    QString value(const char *name) const { return parser.value(QLatin1String(name)); }
};

// The options each action needs (besides --role): a usage error names the first missing one.
QString missingOption(Action action, const Options &o)
{
    switch (action) {
    case Action::ReturnForSupplement:
    case Action::RequestSupplement:
    case Action::Stop:
    case Action::Reject: return o.isSet("reason") ? QString() : QStringLiteral("--reason T");
    case Action::Transfer: return o.isSet("to") ? QString() : QStringLiteral("--to LOGIN|pool:OFFICE");
    case Action::Appraise: return o.isSet("note") ? QString() : QStringLiteral("--note T");
    case Action::Extend:
        if (!o.isSet("days"))
            return QStringLiteral("--days N");
        return o.isSet("reason") ? QString() : QStringLiteral("--reason T");
    case Action::Result:
        if (!o.isSet("file"))
            return QStringLiteral("--file F");
        return o.isSet("number") ? QString() : QStringLiteral("--number T");
    case Action::Return:
        return o.isSet("collector-qr") != o.isSet("collector-text") ? QString()
                                                                    : QStringLiteral("--collector-qr IMAGE | --collector-text T");
    default: return {};
    }
}

// "N=FILE[,FILE…]", each number once; usage errors as text.
Result<QMap<int, QStringList>> componentFiles(const QStringList &values)
{
    QMap<int, QStringList> out;
    static const QRegularExpression shape(QStringLiteral("^([0-9]+)=(.+)$"));
    for (const QString &value : values) {
        const QRegularExpressionMatch m = shape.match(value);
        if (!m.hasMatch() || m.captured(1).toInt() < 1)
            return Error(QStringLiteral("usage"), Cli::tr("--component takes N=FILE[,FILE...]"));
        const int n = m.captured(1).toInt();
        if (out.contains(n))
            return Error(QStringLiteral("usage"), Cli::tr("component %1 given twice").arg(n));
        out.insert(n, m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    return out;
}

void printJson(CliContext &ctx, const QJsonObject &o)
{
    ctx.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    ctx.out().flush();
}

class DossierRun {
public:
    DossierRun(CliContext &ctx, WorkspaceServices &services) : m_ctx(ctx), m_services(services), m_service(services) {}

    int show(const QString &code)
    {
        Result<DossierState> s = m_service.state(code);
        if (!s)
            return failWith(m_ctx, s.error());
        printJson(m_ctx, dossierJson(*s, m_service.events(code)));
        return ExitOk;
    }

    int form06(const QString &code, const QString &out)
    {
        if (Result<DossierState> s = m_service.state(code); !s)
            return failWith(m_ctx, s.error());
        return writeForm([&] { return forms().controlSlip(m_service.events(code), m_services.now()); }, out);
    }

    int act(const QString &code, Action action, const Options &o);

private:
    CaseworkForms forms() const
    {
        QSqlDatabase db = m_services.db();
        return CaseworkForms(m_services.catalog(), m_services.session(), m_services.events().machine(),
                             m_services.calendar().zone(), [db](const QString &login) {
            const std::optional<Officer> o = OfficerStore(db).officer(login);
            return o && !o->fullName.isEmpty() ? o->fullName + QStringLiteral(" (") + login + QLatin1Char(')') : login;
        });
    }

    template <typename Make>
    int writeForm(const Make &make, const QString &out)
    {
        // A legal paper of the Vietnamese office: made in Vietnamese whatever the run's language.
        const ScopedTranslation vietnamese(QStringLiteral("vi"));
        const Status written = printing::writeFormPdf(make(), out);
        if (!written)
            return failWithAt(m_ctx, written.error(), QStringLiteral("--out"));
        return ExitOk;
    }

    Result<QStringList> importPages(const QStringList &files, const QString &where)
    {
        PageStore pages(m_services.db());
        QStringList hashes;
        for (qsizetype f = 0; f < files.size(); ++f) {
            Result<QList<intake::DraftPage>> stored = intake::PageIntake::importFiles(pages, {files.at(f)});
            if (!stored)
                return Error(stored.error().code, Cli::tr("%1, file %2").arg(where).arg(f + 1));
            for (const intake::DraftPage &p : std::as_const(*stored)) {
                if (!p.setAside)
                    hashes << p.sha256;
            }
        }
        if (hashes.isEmpty())
            return Error(QStringLiteral("intake.blank-component"), where);
        return hashes;
    }

    CliContext &m_ctx;
    WorkspaceServices &m_services;
    CaseworkService m_service;
};

int DossierRun::act(const QString &code, Action action, const Options &o)
{
    ActionRequest r;
    r.action = action;
    r.dossier = code;
    if (o.isSet("role")) {
        const std::optional<Role> role = roleFromName(o.value("role"));
        if (!role)
            return m_ctx.usage(Cli::tr("--role takes counter, processing or supervisor"));
        r.role = role;
    }
    r.to = o.value("to");
    r.forApproval = o.isSet("for-approval");
    r.text = action == Action::Appraise ? o.value("note") : o.value("reason");
    if (o.isSet("days")) {
        bool ok = false;
        r.days = o.value("days").toInt(&ok);
        if (!ok || r.days < 1 || r.days > 365)
            return m_ctx.usage(Cli::tr("--days takes a number of working days (1-365)"));
    }
    if (o.isSet("rating")) {
        bool ok = false;
        const int rating = o.value("rating").toInt(&ok);
        if (!ok || rating < 1 || rating > 5)
            return m_ctx.usage(Cli::tr("--rating takes a whole number from 1 to 5"));
        r.rating = rating;
    }
    if (action == Action::Return) {
        Result<intake::CardReading> card = Error(QStringLiteral("intake.not-a-card"));
        if (o.isSet("collector-text")) {
            card = intake::ApplicantReader::fromText(o.value("collector-text"));
        } else {
            QImageReader reader(o.value("collector-qr"));
            reader.setAutoTransform(true);
            const QImage image = reader.read();
            if (image.isNull())
                return failWithAt(m_ctx, Error(QStringLiteral("import.unreadable")), QStringLiteral("--collector-qr"));
            card = intake::ApplicantReader::fromImage(image);
        }
        if (!card)
            return failWithAt(m_ctx, card.error(), Cli::tr("the collector's ID card"));
        r.collector = Collector{card->applicant.idNumber, card->applicant.name};
    }
    Result<QMap<int, QStringList>> files = componentFiles(o.parser.values(QStringLiteral("component")));
    if (!files)
        return m_ctx.usage(files.error().detail);

    // Refused before any file is read into the page store: a refusal writes nothing at all. The
    // check sees the files as the pages they will become.
    ActionRequest probe = r;
    for (auto it = files->cbegin(); it != files->cend(); ++it)
        probe.components << SuppliedComponent{it.key(), it.value(), Provenance::ImportedFile};
    if (action == Action::Result) {
        probe.resultPages = {o.value("file")};
        probe.resultNumber = o.value("number");
    }
    if (Status allowed = m_service.check(probe); !allowed)
        return failWith(m_ctx, allowed.error());
    for (auto it = files->cbegin(); it != files->cend(); ++it) {
        Result<QStringList> pages = importPages(it.value(), Cli::tr("component %1").arg(it.key()));
        if (!pages)
            return failWithAt(m_ctx, Error(pages.error().code), pages.error().detail);
        r.components << SuppliedComponent{it.key(), *pages, Provenance::ImportedFile};
    }
    if (action == Action::Result) {
        Result<QStringList> pages = importPages({o.value("file")}, QStringLiteral("--file"));
        if (!pages)
            return failWithAt(m_ctx, Error(pages.error().code), pages.error().detail);
        r.resultPages = *pages;
        r.resultNumber = o.value("number");
        r.resultDocumentType = o.value("document-type");
    }

    Result<ActionOutcome> done = m_service.perform(r);
    if (!done)
        return failWith(m_ctx, done.error());
    const QList<Event> events = m_service.events(code);
    if (o.isSet("out")) {
        int written = ExitOk;
        if (action == Action::Extend)
            written = writeForm([&] { return forms().extension(events); }, o.value("out"));
        else if (action == Action::Stop)
            written = writeForm([&] { return forms().stop(events); }, o.value("out"));
        if (written != ExitOk) {
            printJson(m_ctx, dossierJson(done->state, events));
            return written;
        }
    }
    printJson(m_ctx, dossierJson(done->state, events));
    return ExitOk;
}

int runDossier(CliContext &ctx)
{
    Options o;
    if (!ctx.parse(o.parser))
        return ExitUsage;
    const QStringList pos = o.parser.positionalArguments();
    if (pos.size() != 2)
        return ctx.usage(Cli::tr("dossier takes a dossier code and an action: dossier CODE show|ACTION [options]"));
    if (ctx.global().workspace.isEmpty() || ctx.global().officer.isEmpty())
        return ctx.usage(Cli::tr("dossier needs --workspace DIR and --officer LOGIN"));
    const QString code = pos.at(0);
    const QString verb = pos.at(1);
    const std::optional<Action> action = actionFromName(verb);
    if (verb != QLatin1String("show") && verb != QLatin1String("form06") && !action)
        return ctx.usage(Cli::tr("unknown dossier action '%1'").arg(verb));
    if (action) {
        if (const QString missing = missingOption(*action, o); !missing.isEmpty())
            return ctx.usage(Cli::tr("%1 needs %2").arg(verb, missing));
    }
    if (verb == QLatin1String("form06") && !o.isSet("out"))
        return ctx.usage(Cli::tr("form06 needs --out F.pdf"));

    int exit = ExitOk;
    std::unique_ptr<CommandData> data = CommandData::open(ctx, &exit);
    if (!data)
        return exit;
    Result<WorkspaceServices *> services = data->services();
    if (!services)
        return failWith(ctx, services.error());
    DossierRun run(ctx, **services);
    if (verb == QLatin1String("show"))
        return run.show(code);
    if (verb == QLatin1String("form06"))
        return run.form06(code, o.value("out"));
    return run.act(code, *action, o);
}

const RegisterCommand reg{{QStringLiteral("dossier"),
                           QStringLiteral("dossier CODE show | form06 --out F.pdf | ACTION [--role ROLE] (accept, return-for-supplement, "
                                          "transfer, appraise, request-supplement, supplement-received, extend, stop, approve, "
                                          "reject, result, return)"),
                           true, &runDossier}};

} // namespace
} // namespace motcua::cli
