// motcua-cli lunar YYYY-MM-DD → the Vietnamese lunar date "D/M/YYYY" (+ " leap").
#include "app/cli/CliCommand.h"
#include "domain/calendar/LunarCalendar.h"

#include <QRegularExpression>

namespace motcua::cli {
namespace {
int runLunar(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("date"), QStringLiteral("solar date YYYY-MM-DD"));
    if (!ctx.parse(parser))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return ctx.usage(Cli::tr("usage: lunar YYYY-MM-DD"));
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = re.match(pos.first()).hasMatch() ? QDate::fromString(pos.first(), Qt::ISODate) : QDate();
    if (!date.isValid())
        return ctx.usage(Cli::tr("not a date (expected YYYY-MM-DD): ") + pos.first());
    // The algorithm is pinned by tests for 1900–2100; outside that we would print unchecked dates.
    if (date.year() < 1900 || date.year() > 2100)
        return ctx.usage(Cli::tr("date out of the supported range 1900-01-01 – 2100-12-31"));
    const LunarDate l = LunarCalendar::fromSolar(date);
    ctx.out() << l.day << '/' << l.month << '/' << l.year << (l.leap ? " leap" : "") << '\n';
    return ExitOk;
}
const RegisterCommand reg{{QStringLiteral("lunar"), QStringLiteral("lunar YYYY-MM-DD"), false, &runLunar}};
} // namespace
} // namespace motcua::cli
