#include "portal/cli/PortalCommand.h"

#include "portal/db/PgConnections.h"
#include "portal/files/FileStore.h"
#include "portal/submissions/OnlineSubmissions.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QUuid>

namespace motcua::portal {

// submit-online --db URL --files DIR --office CODE --procedure CODE --applicant-json FILE
//               [--external-ref REF] [--page [N:]FILE …]
// The connector from the National Public Service Portal: registers a citizen's online submission
// for the office (docs/sync-protocol.md "Online submissions") and prints its dossier code. A page
// goes to component N (1 when not given), pages in the order given. --external-ref makes a retry
// idempotent (the same code again); without it every call is a new submission.
int runSubmitOnline(CommandContext &ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("db"), PortalCli::tr("PostgreSQL URL"), QStringLiteral("URL")});
    p.addOption({QStringLiteral("files"), PortalCli::tr("page folder"), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("office"), PortalCli::tr("office code"), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("procedure"), PortalCli::tr("procedure code"), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("applicant-json"), PortalCli::tr("the applicant's facts (JSON)"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("external-ref"), PortalCli::tr("the national portal's reference"), QStringLiteral("REF")});
    p.addOption({QStringLiteral("page"), PortalCli::tr("a page of component N"), QStringLiteral("[N:]FILE")});
    if (!ctx.parse(p))
        return PortalUsage;
    for (const char *needed : {"db", "files", "office", "procedure", "applicant-json"}) {
        if (!p.isSet(QLatin1String(needed)) || !p.positionalArguments().isEmpty())
            return ctx.fail(PortalUsage,
                            PortalCli::tr("usage: motcua-portal submit-online --db URL --files DIR --office CODE "
                                          "--procedure CODE --applicant-json FILE [--external-ref REF] [--page [N:]FILE …]"));
    }
    auto url = PgUrl::parse(p.value(QStringLiteral("db")));
    if (!url)
        return ctx.fail(PortalUsage, PortalCli::tr("not a PostgreSQL URL (postgresql://user@host:port/dbname)"));

    OnlineSubmission s;
    s.office = p.value(QStringLiteral("office"));
    s.procedure = p.value(QStringLiteral("procedure"));
    s.externalRef = p.isSet(QStringLiteral("external-ref")) ? p.value(QStringLiteral("external-ref"))
                                                            : QUuid::createUuid().toString(QUuid::WithoutBraces);
    QFile applicant(p.value(QStringLiteral("applicant-json")));
    if (!applicant.open(QIODevice::ReadOnly))
        return ctx.fail(PortalFailed, PortalCli::tr("cannot read the applicant file"));
    const QJsonDocument doc = QJsonDocument::fromJson(applicant.readAll());
    if (!doc.isObject())
        return ctx.fail(PortalUsage, PortalCli::tr("the applicant file is not a JSON object"));
    s.applicant = doc.object();

    const QString filesDir = QDir(p.value(QStringLiteral("files"))).absolutePath();
    if (!QDir().mkpath(filesDir))
        return ctx.fail(PortalFailed, PortalCli::tr("cannot create the page folder"));
    PgConnections connections(*url);
    auto db = connections.get();
    if (!db)
        return ctx.fail(PortalFailed, PortalCli::tr("cannot connect to %1").arg(url->display()));
    FileStore files(filesDir);
    PortalRules rules;
    OnlineSubmissions submissions(*db, files, rules);

    // The pages into the file store first (as a connector uploads them before POST /v1/submissions).
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,3}):(.+)$"));
    QMap<int, OnlineSubmission::Component> byNumber;
    for (const QString &arg : p.values(QStringLiteral("page"))) {
        const auto m = numbered.match(arg);
        const int number = m.hasMatch() ? m.captured(1).toInt() : 1;
        QFile page(m.hasMatch() ? m.captured(2) : arg);
        if (!page.open(QIODevice::ReadOnly))
            return ctx.fail(PortalFailed, PortalCli::tr("cannot read a page file"));
        if (page.size() > FileStore::kMaxFileBytes)
            return ctx.fail(PortalFailed, PortalCli::tr("a page file is too large"));
        Result<QString> sha = submissions.storePage(s.office, page.readAll());
        if (!sha)
            return ctx.fail(PortalFailed, PortalCli::tr("a page could not be stored: %1").arg(sha.error().code));
        OnlineSubmission::Component &c = byNumber[number];
        c.number = number;
        c.pages << *sha;
    }
    s.components = byNumber.values();

    QList<FieldError> fields;
    auto done = submissions.submit(s, &fields);
    if (!done) {
        const QString code = done.error().code;
        if (code == QLatin1String("online.unknown-office"))
            return ctx.fail(PortalFailed, PortalCli::tr("no such office: %1").arg(s.office));
        if (code == QLatin1String("online.bad-submission")) {
            // One line per refused field: where, the code, the rule (never the value).
            for (const FieldError &f : std::as_const(fields))
                ctx.err() << f.field << '\t' << f.code << '\t' << f.message << '\n';
            return ctx.fail(PortalFailed, PortalCli::tr("the submission was refused: %n field(s) to correct", nullptr,
                                                        int(fields.size())));
        }
        return ctx.fail(PortalFailed, PortalCli::tr("the submission was not registered: %1").arg(code));
    }
    ctx.out() << done->code << '\n';
    return PortalOk;
}

} // namespace motcua::portal
