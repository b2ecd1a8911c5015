#include "app/calendar/BundledCalendar.h"

#include "app/calendar/CalendarLogging.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>

namespace motcua {

Result<OfficialDayTable> BundledCalendar::officialTable()
{
    QFile f(resourcePath());
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("calendar.no-table"), QStringLiteral("cannot open ") + resourcePath());
    auto table = OfficialDayTable::fromJson(f.readAll());
    if (!table.ok())
        qCWarning(lcCalendar) << "bundled official table rejected:" << table.error().toString();
    return table;
}

Result<HolidayCalendar> BundledCalendar::holidays()
{
    auto table = officialTable();
    if (!table.ok())
        return table.error();
    return HolidayCalendar(std::move(table).value());
}

Result<std::shared_ptr<const WorkingCalendar>> BundledCalendar::working()
{
    static QMutex mutex;
    static std::shared_ptr<const WorkingCalendar> cached;
    QMutexLocker lock(&mutex);
    if (!cached) {
        auto h = holidays();
        if (!h.ok())
            return h.error();
        cached = std::make_shared<const WorkingCalendar>(std::move(h).value());
    }
    return cached;
}

} // namespace motcua
