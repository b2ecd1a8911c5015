#include "domain/calendar/OfficeHours.h"

#include <QMap>
#include <QStringList>

#include <algorithm>

namespace motcua {

namespace {
int hm(int h, int m) { return h * 3600 + m * 60; }

int total(const QList<OfficeSession> &s)
{
    int t = 0;
    for (const OfficeSession &x : s)
        t += x.length();
    return t;
}

QString clock(int secs)
{
    return QStringLiteral("%1:%2").arg(secs / 3600, 2, 10, QLatin1Char('0')).arg((secs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

int parseClock(const QString &s)
{
    const QStringList p = s.trimmed().split(QLatin1Char(':'));
    if (p.size() != 2 || p.at(0).size() != 2 || p.at(1).size() != 2)
        return -1;
    bool ok1 = false;
    bool ok2 = false;
    const int h = p.at(0).toInt(&ok1);
    const int m = p.at(1).toInt(&ok2);
    if (!ok1 || !ok2 || h < 0 || m < 0 || m > 59 || h > 24 || (h == 24 && m != 0))
        return -1;
    return hm(h, m);
}
} // namespace

OfficeHours OfficeHours::standard()
{
    OfficeHours h;
    const QList<OfficeSession> day = {{hm(7, 30), hm(11, 30)}, {hm(13, 0), hm(17, 0)}};
    for (int wd = Qt::Monday; wd <= Qt::Friday; ++wd)
        h.setSessions(wd, day);
    return h;
}

void OfficeHours::setSessions(int weekday, QList<OfficeSession> sessions)
{
    if (weekday < 1 || weekday > 7)
        return;
    std::sort(sessions.begin(), sessions.end(), [](const OfficeSession &a, const OfficeSession &b) { return a.start < b.start; });
    m_days.at(static_cast<size_t>(weekday - 1)) = std::move(sessions);
}

int OfficeHours::dayLength() const
{
    QMap<int, int> count; // total → how many weekdays
    for (const auto &d : m_days) {
        const int t = total(d);
        if (t > 0)
            ++count[t];
    }
    int best = 0;
    int bestCount = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() >= bestCount) { // keys ascend: ">=" keeps the longest on a tie
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

QList<OfficeSession> OfficeHours::usualDay() const
{
    const int len = dayLength();
    for (const auto &d : m_days) {
        if (len > 0 && total(d) == len)
            return d;
    }
    return {};
}

Status OfficeHours::validate() const
{
    for (int wd = 1; wd <= 7; ++wd) {
        const QList<OfficeSession> &s = sessions(wd);
        if (s.size() > kMaxSessions)
            return Error(QStringLiteral("calendar.bad-hours"), QStringLiteral("more than %1 sessions on weekday %2").arg(kMaxSessions).arg(wd));
        int prevEnd = -1;
        for (const OfficeSession &x : s) {
            if (x.start < 0 || x.end > 86400 || x.start >= x.end || x.start < prevEnd)
                return Error(QStringLiteral("calendar.bad-hours"), QStringLiteral("bad or overlapping session on weekday %1").arg(wd));
            prevEnd = x.end;
        }
    }
    if (dayLength() <= 0)
        return Error(QStringLiteral("calendar.bad-hours"), QStringLiteral("the office is never open"));
    return {};
}

QString OfficeHours::sessionsToText(const QList<OfficeSession> &sessions)
{
    QStringList parts;
    for (const OfficeSession &s : sessions)
        parts.append(clock(s.start) + QLatin1Char('-') + clock(s.end));
    return parts.join(QLatin1Char(','));
}

Result<QList<OfficeSession>> OfficeHours::sessionsFromText(const QString &text)
{
    QList<OfficeSession> out;
    if (text.trimmed().isEmpty())
        return out;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &p : parts) {
        const QStringList se = p.split(QLatin1Char('-'));
        const int a = se.size() == 2 ? parseClock(se.at(0)) : -1;
        const int b = se.size() == 2 ? parseClock(se.at(1)) : -1;
        if (a < 0 || b < 0 || a >= b)
            return Error(QStringLiteral("calendar.bad-hours"), QStringLiteral("bad session \"%1\"").arg(p.trimmed()));
        out.append({a, b});
    }
    std::sort(out.begin(), out.end(), [](const OfficeSession &x, const OfficeSession &y) { return x.start < y.start; });
    return out;
}

} // namespace motcua
