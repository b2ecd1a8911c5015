// motcua-cli due-date (--procedure CODE | --days N | --hours N) --received "YYYY-MM-DD HH:MM"
// → the due moment "YYYY-MM-DD HH:MM", office-local (bundled calendar and default office hours,
// or with --workspace the workspace's calendar, its office's hours and its catalog).
#include "app/calendar/BundledCalendar.h"
#include "app/catalog/CatalogService.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CommandData.h"

#include <QRegularExpression>

namespace motcua::cli {
namespace {
constexpr int kMaxAmount = 3650;

// The limit of a procedure of the catalog in use (bundled, or the workspace's).
Result<TimeLimit> procedureLimit(const CommandData &data, const QString &code)
{
    auto catalog = data.catalog();
    if (!catalog.ok())
        return catalog.error();
    const Procedure *p = catalog.value()->find(code);
    if (!p)
        return Error(QStringLiteral("catalog.unknown-procedure"), QStringLiteral("unknown procedure ") + code);
    if (!p->limit) // the catalog states no limit ("—"): never guess one
        return Error(QStringLiteral("catalog.no-limit"), QStringLiteral("procedure %1 has no processing limit in the catalog").arg(code));
    return *p->limit;
}

int runDueDate(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption procedure(QStringLiteral("procedure"), QStringLiteral("procedure code"), QStringLiteral("CODE"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("working days"), QStringLiteral("N"));
    const QCommandLineOption hours(QStringLiteral("hours"), QStringLiteral("working hours"), QStringLiteral("N"));
    const QCommandLineOption received(QStringLiteral("received"), QStringLiteral("moment of receipt"), QStringLiteral("YYYY-MM-DD HH:MM"));
    parser.addOptions({procedure, days, hours, received});
    if (!ctx.parse(parser))
        return ExitUsage;
    const int given = int(parser.isSet(procedure)) + int(parser.isSet(days)) + int(parser.isSet(hours));
    if (!parser.positionalArguments().isEmpty() || given != 1 || !parser.isSet(received))
        return ctx.usage(Cli::tr("usage: due-date (--procedure CODE | --days N | --hours N) --received \"YYYY-MM-DD HH:MM\""));

    static const QRegularExpression moment(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})$"));
    const auto m = moment.match(parser.value(received));
    const QDate date = m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
    const QTime time = m.hasMatch() ? QTime::fromString(m.captured(2), QStringLiteral("HH:mm")) : QTime();
    if (!date.isValid() || !time.isValid())
        return ctx.usage(Cli::tr("--received must be \"YYYY-MM-DD HH:MM\""));

    int exitCode = ExitOk;
    const auto data = CommandData::open(ctx, &exitCode);
    if (!data)
        return exitCode;
    TimeLimit limit;
    if (parser.isSet(procedure)) {
        const auto l = procedureLimit(*data, parser.value(procedure));
        if (!l.ok())
            return ctx.fail(ExitFailed, l.error().detail.isEmpty() ? l.error().code : l.error().detail);
        limit = l.value();
    } else {
        const bool isDays = parser.isSet(days);
        const QString text = parser.value(isDays ? days : hours);
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < 0 || n > kMaxAmount)
            return ctx.usage(Cli::tr("--%1 must be a whole number from 0 to %2").arg(isDays ? QStringLiteral("days") : QStringLiteral("hours")).arg(kMaxAmount));
        limit = isDays ? TimeLimit::days(n) : TimeLimit::hours(n);
    }

    auto cal = data->calendar();
    if (!cal.ok())
        return ctx.fail(ExitFailed, cal.error().toString());
    const WorkingCalendar &w = *cal.value();
    const auto due = w.computeDue(QDateTime(date, time, w.zone()), limit);
    if (!due.ok())
        return ctx.fail(ExitFailed, Cli::tr("no due moment: outside the calendar's range %1–%2").arg(w.firstYear()).arg(w.lastYear()));
    ctx.out() << due.moment.toTimeZone(w.zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\n';
    return ExitOk;
}
const RegisterCommand reg{{QStringLiteral("due-date"),
                           QStringLiteral("due-date (--procedure CODE | --days N | --hours N) --received \"YYYY-MM-DD HH:MM\""),
                           false, &runDueDate}};
} // namespace
} // namespace motcua::cli
