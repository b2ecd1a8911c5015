#include "domain/calendar/WorkingCalendar.h"

#include "domain/calendar/OfficeTime.h"

#include <algorithm>

namespace motcua {

namespace {
constexpr qint64 kDay = 86400;
constexpr int k15h = 15 * 3600;
constexpr qint64 kEpochJd = 2440588; // QDate(1970, 1, 1).toJulianDay()

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0); }
} // namespace

QTimeZone WorkingCalendar::defaultZone()
{
    return OfficeTime::zone();
}

WorkingCalendar::WorkingCalendar(HolidayCalendar holidays, OfficeHours hours, QTimeZone zone, int firstYear, int lastYear)
    : m_holidays(std::move(holidays)), m_hours(std::move(hours)), m_zone(std::move(zone)),
      m_firstYear(firstYear), m_lastYear(std::max(firstYear, lastYear))
{
    if (!m_zone.isValid())
        m_zone = OfficeTime::zone(); // a system without tzdata: a fixed UTC+7
    m_dayLength = m_hours.dayLength();
    buildDays();
    buildOffsets();
}

void WorkingCalendar::buildDays()
{
    auto fill = [](DayTemplate &t, const QList<OfficeSession> &sessions) {
        t = {};
        for (const OfficeSession &s : sessions) {
            if (t.count == OfficeHours::kMaxSessions || s.length() <= 0)
                break;
            t.start[static_cast<size_t>(t.count)] = s.start;
            t.end[static_cast<size_t>(t.count)] = s.end;
            t.total += s.length();
            ++t.count;
        }
    };
    for (int wd = 1; wd <= 7; ++wd)
        fill(m_templates[static_cast<size_t>(wd)], m_hours.sessions(wd));
    fill(m_templates[kUsualTemplate], m_hours.usualDay());

    const qint64 firstJd = QDate(m_firstYear, 1, 1).toJulianDay();
    m_firstDay = firstJd - kEpochJd;
    m_dayCount = QDate(m_lastYear, 12, 31).toJulianDay() - firstJd + 1;
    m_dayTemplate.assign(static_cast<size_t>(m_dayCount), 0);
    // Weekday pattern: 1 Jan of firstYear has dayOfWeek w; day i has ((w - 1 + i) % 7) + 1.
    const int w0 = QDate(m_firstYear, 1, 1).dayOfWeek();
    for (qint64 i = 0; i < m_dayCount; ++i) {
        const int wd = static_cast<int>((w0 - 1 + i) % 7) + 1;
        m_dayTemplate[static_cast<size_t>(i)] = m_templates[static_cast<size_t>(wd)].count > 0 ? static_cast<std::uint8_t>(wd) : 0;
    }
    for (int y = m_firstYear; y <= m_lastYear; ++y) {
        for (const CalendarDay &d : m_holidays.days(y)) {
            const qint64 i = d.date.toJulianDay() - firstJd;
            if (i < 0 || i >= m_dayCount)
                continue;
            auto &slot = m_dayTemplate[static_cast<size_t>(i)];
            if (d.kind == CalendarDay::Kind::Off)
                slot = 0;
            else if (slot == 0) // a make-up day on a closed weekday works the usual day
                slot = kUsualTemplate;
        }
    }
    m_cum.assign(static_cast<size_t>(m_dayCount + 1), 0);
    for (qint64 i = 0; i < m_dayCount; ++i)
        m_cum[static_cast<size_t>(i + 1)] = m_cum[static_cast<size_t>(i)] + tplAt(i).total;
}

void WorkingCalendar::buildOffsets()
{
    const QDateTime from(QDate(m_firstYear - 1, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(m_lastYear + 1, 12, 31), QTime(0, 0), Qt::UTC);
    m_offsetBefore = m_zone.offsetFromUtc(from);
    if (!m_zone.hasTransitions())
        return;
    const QTimeZone::OffsetDataList list = m_zone.transitions(from, to);
    for (const QTimeZone::OffsetData &t : list) {
        m_transitionUtc.push_back(t.atUtc.toSecsSinceEpoch());
        m_offsetAfter.push_back(t.offsetFromUtc);
    }
}

qint64 WorkingCalendar::utcOffsetForUtc(qint64 utc) const
{
    if (m_transitionUtc.empty() || utc < m_transitionUtc.front())
        return m_offsetBefore;
    if (utc >= m_transitionUtc.back())
        return m_offsetAfter.back();
    const auto it = std::upper_bound(m_transitionUtc.begin(), m_transitionUtc.end(), utc);
    return m_offsetAfter[static_cast<size_t>(it - m_transitionUtc.begin() - 1)];
}

qint64 WorkingCalendar::toLocalSeconds(const QDateTime &dt) const
{
    if (!dt.isValid())
        return kInvalid;
    const qint64 utc = dt.toSecsSinceEpoch();
    return utc + utcOffsetForUtc(utc);
}

QDateTime WorkingCalendar::fromLocalSeconds(qint64 local) const
{
    if (local == kInvalid)
        return {};
    // Two steps settle the offset for any moment not inside a DST gap or overlap.
    const qint64 guess = local - utcOffsetForUtc(local);
    const qint64 utc = local - utcOffsetForUtc(guess);
    return QDateTime::fromSecsSinceEpoch(utc, m_zone);
}

qint64 WorkingCalendar::coordinate(qint64 local) const
{
    const qint64 day = floorDiv(local, kDay);
    const qint64 idx = day - m_firstDay;
    if (idx < 0 || idx >= m_dayCount)
        return kInvalid;
    const int sod = static_cast<int>(local - day * kDay);
    const DayTemplate &t = tplAt(idx);
    qint64 before = 0;
    for (int i = 0; i < t.count; ++i) {
        const auto k = static_cast<size_t>(i);
        if (sod <= t.start[k])
            break;
        before += std::min(sod, t.end[k]) - t.start[k];
    }
    return m_cum[static_cast<size_t>(idx)] + before;
}

qint64 WorkingCalendar::fromCoordinate(qint64 target, qint64 hintIdx) const
{
    const auto cum = [this](qint64 j) { return m_cum[static_cast<size_t>(j)]; };
    if (target <= cum(0) || target > cum(m_dayCount))
        return kInvalid;
    // Smallest j with cum(j) >= target; the due day is j - 1. Gallop from the start day (limits are
    // short compared with the range), then bisect.
    qint64 lo = std::clamp<qint64>(hintIdx, 0, m_dayCount);
    if (cum(lo) >= target)
        lo = 0;
    qint64 step = 1;
    qint64 hi = std::min(lo + step, m_dayCount);
    while (cum(hi) < target) {
        lo = hi;
        step *= 2;
        hi = std::min(lo + step, m_dayCount);
    }
    while (hi - lo > 1) { // invariant: cum(lo) < target <= cum(hi)
        const qint64 mid = lo + (hi - lo) / 2;
        if (cum(mid) < target)
            lo = mid;
        else
            hi = mid;
    }
    const qint64 idx = hi - 1;
    qint64 r = target - cum(idx); // in (0, total of the day]
    const DayTemplate &t = tplAt(idx);
    const qint64 dayStart = (m_firstDay + idx) * kDay;
    for (int i = 0; i < t.count; ++i) {
        const auto k = static_cast<size_t>(i);
        const int len = t.end[k] - t.start[k];
        if (r <= len) {
            qint64 sod = t.start[k] + r;
            if (sod == t.end[k] && i + 1 < t.count) // a break inside the day: the reopening
                sod = t.start[k + 1];
            return dayStart + sod;
        }
        r -= len;
    }
    return kInvalid; // unreachable with consistent tables
}

qint64 WorkingCalendar::nextOpeningLocal(qint64 local) const
{
    const qint64 day = floorDiv(local, kDay);
    qint64 idx = day - m_firstDay;
    if (idx < 0 || idx >= m_dayCount)
        return kInvalid;
    const int sod = static_cast<int>(local - day * kDay);
    const DayTemplate &t = tplAt(idx);
    for (int i = 0; i < t.count; ++i) {
        const auto k = static_cast<size_t>(i);
        if (sod < t.start[k])
            return day * kDay + t.start[k];
        if (sod < t.end[k])
            return local;
    }
    for (++idx; idx < m_dayCount; ++idx) {
        const DayTemplate &n = tplAt(idx);
        if (n.count > 0)
            return (m_firstDay + idx) * kDay + n.start[0];
    }
    return kInvalid;
}

qint64 WorkingCalendar::clockStart(qint64 local, const TimeLimit &limit) const
{
    if (!limit.nextDayAfter15)
        return local;
    const qint64 day = floorDiv(local, kDay);
    const qint64 idx = day - m_firstDay;
    if (idx < 0 || idx >= m_dayCount)
        return kInvalid;
    if (tplAt(idx).count > 0 && local - day * kDay > k15h)
        return (day + 1) * kDay; // as if received at the start of the next day
    return local;
}

qint64 WorkingCalendar::baseTarget(qint64 start, const TimeLimit &limit) const
{
    switch (limit.unit) {
    case TimeLimit::Unit::WorkingDays:
    case TimeLimit::Unit::WorkingHours: {
        const qint64 c = coordinate(start);
        if (c == kInvalid)
            return kInvalid;
        const qint64 unit = limit.unit == TimeLimit::Unit::WorkingDays ? m_dayLength : 3600;
        return c + static_cast<qint64>(std::max(limit.amount, 0)) * unit;
    }
    case TimeLimit::Unit::WithinDay: {
        const qint64 open = nextOpeningLocal(start);
        if (open == kInvalid)
            return kInvalid;
        const qint64 idx = floorDiv(open, kDay) - m_firstDay;
        return m_cum[static_cast<size_t>(idx + 1)]; // the closing of that day
    }
    }
    return kInvalid;
}

qint64 WorkingCalendar::extendTarget(qint64 target, const TimeLimit &extension) const
{
    if (target == kInvalid)
        return kInvalid;
    switch (extension.unit) {
    case TimeLimit::Unit::WorkingDays:
        return target + static_cast<qint64>(std::max(extension.amount, 0)) * m_dayLength;
    case TimeLimit::Unit::WorkingHours:
        return target + static_cast<qint64>(std::max(extension.amount, 0)) * 3600;
    case TimeLimit::Unit::WithinDay: {
        // The closing of the working day after the day the current target falls on.
        const auto it = std::lower_bound(m_cum.begin(), m_cum.end(), target);
        if (it == m_cum.begin() || it == m_cum.end())
            return kInvalid;
        for (auto j = static_cast<size_t>(it - m_cum.begin()); j < m_cum.size() - 1; ++j) {
            if (m_cum[j + 1] > m_cum[j])
                return m_cum[j + 1];
        }
        return kInvalid;
    }
    }
    return kInvalid;
}

qint64 WorkingCalendar::dueLocal(qint64 receivedLocal, const TimeLimit &limit) const
{
    if (receivedLocal == kInvalid)
        return kInvalid;
    const qint64 start = clockStart(receivedLocal, limit);
    if (start == kInvalid)
        return kInvalid;
    if (limit.unit != TimeLimit::Unit::WithinDay && limit.amount <= 0)
        return nextOpeningLocal(start);
    const qint64 target = baseTarget(start, limit);
    if (target == kInvalid)
        return kInvalid;
    return fromCoordinate(target, floorDiv(start, kDay) - m_firstDay);
}

WorkingCalendar::Due WorkingCalendar::computeDue(const QDateTime &received, const TimeLimit &limit,
                                                 const QList<PauseInterval> &pauses,
                                                 const QList<TimeLimit> &extensions) const
{
    const qint64 local = toLocalSeconds(received);
    if (local == kInvalid)
        return {DueStatus::Invalid, {}};
    const qint64 start = clockStart(local, limit);
    if (start == kInvalid)
        return {DueStatus::OutOfRange, {}};
    const qint64 startCoord = coordinate(start);
    qint64 target = (limit.unit != TimeLimit::Unit::WithinDay && limit.amount <= 0)
                        ? coordinate(nextOpeningLocal(start))
                        : baseTarget(start, limit);
    for (const TimeLimit &e : extensions)
        target = extendTarget(target, e);
    if (target == kInvalid || startCoord == kInvalid)
        return {DueStatus::OutOfRange, {}};

    // Pauses as intervals of office-time coordinates, clipped to the clock start, merged, then
    // each one that begins before the (growing) target pushes it by its length.
    struct Span { qint64 a; qint64 b; bool open; };
    std::vector<Span> spans;
    spans.reserve(static_cast<size_t>(pauses.size()));
    for (const PauseInterval &p : pauses) {
        const qint64 a = coordinate(toLocalSeconds(p.from));
        if (a == kInvalid)
            return {p.from.isValid() ? DueStatus::OutOfRange : DueStatus::Invalid, {}};
        const bool open = !p.to.isValid();
        const qint64 b = open ? std::numeric_limits<qint64>::max() : coordinate(toLocalSeconds(p.to));
        if (b == kInvalid)
            return {DueStatus::OutOfRange, {}};
        const qint64 ca = std::max(a, startCoord);
        if (b > ca)
            spans.push_back({ca, b, open});
    }
    std::sort(spans.begin(), spans.end(), [](const Span &x, const Span &y) { return x.a < y.a; });
    qint64 coveredUntil = startCoord;
    for (const Span &s : spans) {
        if (s.a >= target)
            break;
        if (s.open)
            return {DueStatus::Paused, {}};
        const qint64 a = std::max(s.a, coveredUntil);
        if (s.b > a) {
            target += s.b - a;
            coveredUntil = s.b;
        }
    }
    const qint64 due = fromCoordinate(target, floorDiv(start, kDay) - m_firstDay);
    if (due == kInvalid)
        return {DueStatus::OutOfRange, {}};
    return {DueStatus::Due, fromLocalSeconds(due)};
}

QDateTime WorkingCalendar::dueMoment(const QDateTime &received, const TimeLimit &limit,
                                     const QList<PauseInterval> &pauses, const QList<TimeLimit> &extensions) const
{
    return computeDue(received, limit, pauses, extensions).moment;
}

std::optional<qint64> WorkingCalendar::officeSecondsBetween(const QDateTime &a, const QDateTime &b,
                                                            const QList<PauseInterval> &pauses) const
{
    const qint64 ca = coordinate(toLocalSeconds(a));
    const qint64 cb = coordinate(toLocalSeconds(b));
    if (ca == kInvalid || cb == kInvalid)
        return std::nullopt;
    const qint64 lo = std::min(ca, cb);
    const qint64 hi = std::max(ca, cb);
    // Paused office time inside [lo, hi], overlapping pauses counted once.
    std::vector<std::pair<qint64, qint64>> spans;
    for (const PauseInterval &p : pauses) {
        const qint64 pa = coordinate(toLocalSeconds(p.from));
        const qint64 pb = p.to.isValid() ? coordinate(toLocalSeconds(p.to)) : hi;
        if (pa == kInvalid || pb == kInvalid)
            return std::nullopt;
        const qint64 x = std::max(pa, lo);
        const qint64 y = std::min(pb, hi);
        if (y > x)
            spans.emplace_back(x, y);
    }
    std::sort(spans.begin(), spans.end());
    qint64 paused = 0;
    qint64 until = lo;
    for (const auto &[x, y] : spans) {
        const qint64 from = std::max(x, until);
        if (y > from) {
            paused += y - from;
            until = y;
        }
    }
    const qint64 net = hi - lo - paused;
    return cb >= ca ? net : -net;
}

QDateTime WorkingCalendar::nextOpening(const QDateTime &moment) const
{
    const qint64 local = toLocalSeconds(moment);
    return local == kInvalid ? QDateTime() : fromLocalSeconds(nextOpeningLocal(local));
}

QList<OfficeSession> WorkingCalendar::sessionsOn(const QDate &date) const
{
    if (!date.isValid())
        return {};
    const qint64 idx = date.toJulianDay() - kEpochJd - m_firstDay;
    int tpl = 0;
    if (idx >= 0 && idx < m_dayCount) {
        tpl = m_dayTemplate[static_cast<size_t>(idx)];
    } else { // outside the precomputed range: layer the day table by hand
        tpl = m_hours.sessions(date.dayOfWeek()).isEmpty() ? 0 : date.dayOfWeek();
        for (const CalendarDay &d : m_holidays.days(date.year())) {
            if (d.date == date)
                tpl = d.kind == CalendarDay::Kind::Off ? 0 : (tpl == 0 ? kUsualTemplate : tpl);
        }
    }
    if (tpl == 0)
        return {};
    return tpl == kUsualTemplate ? m_hours.usualDay() : m_hours.sessions(tpl);
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    return !sessionsOn(date).isEmpty();
}

QList<CalendarDay> WorkingCalendar::daysOff(int year) const
{
    QList<CalendarDay> out;
    for (const CalendarDay &d : m_holidays.days(year)) {
        const bool normallyOpen = !m_hours.sessions(d.date.dayOfWeek()).isEmpty();
        if ((d.kind == CalendarDay::Kind::Off) == normallyOpen)
            out.append(d);
    }
    return out;
}

} // namespace motcua
