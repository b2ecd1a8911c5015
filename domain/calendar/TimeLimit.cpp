#include "domain/calendar/TimeLimit.h"

#include <QRegularExpression>

namespace motcua {

namespace {
QString unitName(TimeLimit::Unit u)
{
    switch (u) {
    case TimeLimit::Unit::WorkingDays: return QStringLiteral("workingDays");
    case TimeLimit::Unit::WorkingHours: return QStringLiteral("workingHours");
    case TimeLimit::Unit::WithinDay: return QStringLiteral("withinDay");
    }
    return {};
}
const QString kAfter15 = QStringLiteral(", next day after 15:00");
} // namespace

QJsonObject TimeLimit::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("unit"), unitName(unit));
    if (unit != Unit::WithinDay)
        o.insert(QStringLiteral("amount"), amount);
    if (nextDayAfter15)
        o.insert(QStringLiteral("nextDayAfter15"), true);
    return o;
}

std::optional<TimeLimit> TimeLimit::fromJson(const QJsonObject &o)
{
    TimeLimit t;
    const QString u = o.value(QStringLiteral("unit")).toString();
    if (u == QLatin1String("workingDays"))
        t.unit = Unit::WorkingDays;
    else if (u == QLatin1String("workingHours"))
        t.unit = Unit::WorkingHours;
    else if (u == QLatin1String("withinDay"))
        t.unit = Unit::WithinDay;
    else
        return std::nullopt;
    const QJsonValue amount = o.value(QStringLiteral("amount"));
    if (t.unit != Unit::WithinDay) {
        if (!amount.isDouble())
            return std::nullopt;
        const double a = amount.toDouble();
        if (a < 0 || a > 100000 || a != static_cast<int>(a))
            return std::nullopt;
        t.amount = static_cast<int>(a);
    }
    const QJsonValue nd = o.value(QStringLiteral("nextDayAfter15"));
    if (!nd.isUndefined() && !nd.isBool())
        return std::nullopt;
    t.nextDayAfter15 = nd.toBool(false);
    return t;
}

QString TimeLimit::toText() const
{
    QString s;
    switch (unit) {
    case Unit::WorkingDays:
        s = QString::number(amount) + (amount == 1 ? QStringLiteral(" working day") : QStringLiteral(" working days"));
        break;
    case Unit::WorkingHours:
        s = QString::number(amount) + (amount == 1 ? QStringLiteral(" working hour") : QStringLiteral(" working hours"));
        break;
    case Unit::WithinDay: s = QStringLiteral("within the day"); break;
    }
    if (nextDayAfter15)
        s += kAfter15;
    return s;
}

std::optional<TimeLimit> TimeLimit::fromText(const QString &text)
{
    QString s = text.trimmed();
    TimeLimit t;
    if (s.endsWith(kAfter15)) {
        t.nextDayAfter15 = true;
        s.chop(kAfter15.size());
    }
    if (s == QLatin1String("within the day")) {
        t.unit = Unit::WithinDay;
        return t;
    }
    static const QRegularExpression re(QStringLiteral("^(\\d{1,5}) working (day|days|hour|hours)$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    t.amount = m.captured(1).toInt();
    t.unit = m.captured(2).startsWith(QLatin1String("day")) ? Unit::WorkingDays : Unit::WorkingHours;
    return t;
}

} // namespace motcua
