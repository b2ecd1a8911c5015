// motcua-cli calendar --year YYYY → each public day off on a weekday and each make-up working
// day of the year, "YYYY-MM-DD<TAB>description", in date order (bundled calendar, or the workspace's with --workspace).
#include "app/calendar/BundledCalendar.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CommandData.h"

namespace motcua::cli {
namespace {
const QString kMakeUpMark = QStringLiteral("(ngày làm bù)");

int runCalendar(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("the year"), QStringLiteral("YYYY"));
    parser.addOption(year);
    if (!ctx.parse(parser))
        return ExitUsage;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(year))
        return ctx.usage(Cli::tr("usage: calendar --year YYYY"));
    bool ok = false;
    const int y = parser.value(year).toInt(&ok);
    if (!ok || parser.value(year).size() != 4 || y < 1900 || y > 2100)
        return ctx.usage(Cli::tr("--year must be a year from 1900 to 2100"));
    int exitCode = ExitOk;
    const auto data = CommandData::open(ctx, &exitCode); // with --workspace: its own calendar days
    if (!data)
        return exitCode;
    auto cal = data->calendar();
    if (!cal.ok())
        return ctx.fail(ExitFailed, cal.error().toString());
    for (const CalendarDay &d : cal.value()->daysOff(y)) {
        QString text = d.description;
        if (d.kind == CalendarDay::Kind::Work && !text.contains(kMakeUpMark))
            text += QLatin1Char(' ') + kMakeUpMark; // make-up days are always marked as such
        ctx.out() << d.date.toString(Qt::ISODate) << '\t' << text << '\n';
    }
    return ExitOk;
}
const RegisterCommand reg{{QStringLiteral("calendar"), QStringLiteral("calendar --year YYYY"), false, &runCalendar}};
} // namespace
} // namespace motcua::cli
