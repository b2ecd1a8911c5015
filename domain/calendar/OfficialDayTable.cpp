#include "domain/calendar/OfficialDayTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace motcua {

namespace {
Error bad(const QString &detail) { return Error(QStringLiteral("calendar.bad-json"), detail); }

void sortDays(QList<CalendarDay> &days)
{
    std::sort(days.begin(), days.end(), [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
}
} // namespace

void OfficialDayTable::setYear(int year, QList<CalendarDay> days)
{
    sortDays(days);
    m_years.insert(year, std::move(days));
}

Result<OfficialDayTable> OfficialDayTable::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return bad(QStringLiteral("offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return bad(QStringLiteral("top level is not an object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return bad(QStringLiteral("unsupported or missing \"format\" (expected 1)"));
    const QJsonValue yearsValue = root.value(QStringLiteral("years"));
    if (!yearsValue.isArray())
        return bad(QStringLiteral("\"years\" is not an array"));

    OfficialDayTable table;
    const QJsonArray years = yearsValue.toArray();
    for (qsizetype yi = 0; yi < years.size(); ++yi) {
        const QJsonObject y = years.at(yi).toObject();
        const QString where = QStringLiteral("years[%1]").arg(yi);
        const int year = y.value(QStringLiteral("year")).toInt(0);
        if (year < 1900 || year > 2200)
            return bad(where + QStringLiteral(": missing or bad \"year\""));
        if (table.covers(year))
            return bad(where + QStringLiteral(": year %1 given twice").arg(year));
        const QString yearSource = y.value(QStringLiteral("source")).toString();
        const bool yearVerified = y.value(QStringLiteral("verified")).toBool(true);
        const QJsonValue daysValue = y.value(QStringLiteral("days"));
        if (!daysValue.isArray())
            return bad(where + QStringLiteral(": \"days\" is not an array"));
        const QJsonArray days = daysValue.toArray();
        QList<CalendarDay> list;
        for (qsizetype di = 0; di < days.size(); ++di) {
            const QString at = where + QStringLiteral(".days[%1]").arg(di);
            if (!days.at(di).isObject())
                return bad(at + QStringLiteral(": not an object"));
            const QJsonObject d = days.at(di).toObject();
            CalendarDay day;
            day.date = QDate::fromString(d.value(QStringLiteral("date")).toString(), Qt::ISODate);
            if (!day.date.isValid() || day.date.year() != year)
                return bad(at + QStringLiteral(": \"date\" missing, malformed or not in %1").arg(year));
            const QString kind = d.value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("off"))
                day.kind = CalendarDay::Kind::Off;
            else if (kind == QLatin1String("work"))
                day.kind = CalendarDay::Kind::Work;
            else
                return bad(at + QStringLiteral(": \"kind\" must be \"off\" or \"work\""));
            day.description = d.value(QStringLiteral("description")).toString().trimmed();
            if (day.description.isEmpty())
                return bad(at + QStringLiteral(": empty \"description\""));
            day.source = d.value(QStringLiteral("source")).toString(yearSource);
            day.verified = d.value(QStringLiteral("verified")).toBool(yearVerified);
            if (std::any_of(list.cbegin(), list.cend(), [&](const CalendarDay &c) { return c.date == day.date; }))
                return bad(at + QStringLiteral(": date %1 given twice").arg(day.date.toString(Qt::ISODate)));
            list.append(day);
        }
        table.setYear(year, std::move(list));
    }
    return table;
}

QByteArray OfficialDayTable::toJson() const
{
    QJsonArray years;
    for (auto it = m_years.cbegin(); it != m_years.cend(); ++it) {
        QJsonArray days;
        for (const CalendarDay &d : it.value()) {
            QJsonObject o;
            o.insert(QStringLiteral("date"), d.date.toString(Qt::ISODate));
            o.insert(QStringLiteral("kind"), calendarDayKindName(d.kind));
            o.insert(QStringLiteral("description"), d.description);
            o.insert(QStringLiteral("source"), d.source);
            o.insert(QStringLiteral("verified"), d.verified);
            days.append(o);
        }
        QJsonObject y;
        y.insert(QStringLiteral("year"), it.key());
        y.insert(QStringLiteral("days"), days);
        years.append(y);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), 1);
    root.insert(QStringLiteral("years"), years);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace motcua
