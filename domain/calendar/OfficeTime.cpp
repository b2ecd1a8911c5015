#include "domain/calendar/OfficeTime.h"

namespace motcua {

QTimeZone OfficeTime::zone()
{
    static const QTimeZone office = [] {
        const QTimeZone named(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
        return named.isValid() ? named : QTimeZone(7 * 3600);
    }();
    return office;
}

QTimeZone OfficeTime::zoneOr(const QString &ianaId)
{
    if (ianaId.isEmpty())
        return zone();
    const QTimeZone named(ianaId.toUtf8());
    return named.isValid() ? named : zone();
}

QDateTime OfficeTime::now(const QTimeZone &zone)
{
    return QDateTime::currentDateTimeUtc().toTimeZone(zone.isValid() ? zone : OfficeTime::zone());
}

QDateTime OfficeTime::local(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return {};
    return moment.toTimeZone(zone.isValid() ? zone : OfficeTime::zone());
}

QDate OfficeTime::day(const QDateTime &moment, const QTimeZone &zone)
{
    return local(moment, zone).date();
}

QString OfficeTime::text(const QDateTime &moment, const QString &format, const QTimeZone &zone)
{
    const QDateTime t = local(moment, zone);
    return t.isValid() ? t.toString(format) : QString();
}

QDateTime OfficeTime::startOfDay(const QDate &day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone.isValid() ? zone : OfficeTime::zone()).toUTC();
}

} // namespace motcua
