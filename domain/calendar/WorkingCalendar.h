#pragma once

#include "domain/calendar/CalendarDay.h"
#include "domain/calendar/HolidayCalendar.h"
#include "domain/calendar/OfficeHours.h"
#include "domain/calendar/TimeLimit.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace motcua {

// The working-day calendar of one office: its hours, its days off and make-up days, its time zone,
// and the one rule for the due moment (DOMAIN.md, "Time limits"):
// - only office time counts; the clock starts at receipt, or at the next opening when received
//   outside office hours or over lunch;
// - N working days = N × dayLength() of office time (8 h by default); N working hours = N h;
// - an advance ending exactly at the day's closing stays there; one ending at a break inside the
//   day (the lunch closing) lands on the reopening of that day (Tue 12:00 + 1 day → Wed 13:00);
// - nextDayAfter15: received after 15:00 on a working day → the clock starts at the next working
//   day's opening (so 1 working day / within the day → the closing of the next working day);
// - WithinDay: the closing of the day the clock starts (the receipt day, or the next working day
//   when received after closing or on a day off);
// - office time inside a pause does not count; a pause still open before the due moment → no due
//   moment ("paused"); extensions (apology slips) add their limits after the original one
//   (a WithinDay extension: the closing of the working day after the current due day).
//
// All day data is precomputed at construction for [firstYear, lastYear] as a per-day template
// index and a prefix sum of office seconds, so a due moment costs a few array reads: the hot
// path (dueLocal) has no QDateTime arithmetic. Immutable after construction: safe to share
// between threads.
class WorkingCalendar {
public:
    enum class DueStatus { Due, Paused, OutOfRange, Invalid };
    struct Due {
        DueStatus status = DueStatus::Invalid;
        QDateTime moment; // valid only with status Due
        bool ok() const { return status == DueStatus::Due; }
    };

    static QTimeZone defaultZone(); // Asia/Ho_Chi_Minh
    static constexpr qint64 kInvalid = std::numeric_limits<qint64>::min();

    explicit WorkingCalendar(HolidayCalendar holidays = {}, OfficeHours hours = OfficeHours::standard(),
                             QTimeZone zone = defaultZone(), int firstYear = 1970, int lastYear = 2100);

    const HolidayCalendar &holidays() const { return m_holidays; }
    const OfficeHours &hours() const { return m_hours; }
    const QTimeZone &zone() const { return m_zone; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    int dayLength() const { return m_dayLength; } // seconds of office time in one working day

    bool isWorkingDay(const QDate &date) const;
    QList<OfficeSession> sessionsOn(const QDate &date) const;
    // The public days off of a year that fall on days the office would otherwise work, and the
    // make-up working days (kind Work) on days it would otherwise not: what `calendar --year` prints.
    QList<CalendarDay> daysOff(int year) const;

    QDateTime dueMoment(const QDateTime &received, const TimeLimit &limit,
                        const QList<PauseInterval> &pauses = {}, const QList<TimeLimit> &extensions = {}) const;
    Due computeDue(const QDateTime &received, const TimeLimit &limit,
                   const QList<PauseInterval> &pauses = {}, const QList<TimeLimit> &extensions = {}) const;
    // Office time (seconds) from a to b, less office time inside the pauses (an open pause runs to
    // b); negative when b is before a; nullopt outside the precomputed range or for invalid input.
    std::optional<qint64> officeSecondsBetween(const QDateTime &a, const QDateTime &b,
                                               const QList<PauseInterval> &pauses = {}) const;
    std::optional<qint64> officeTimeBetween(const QDateTime &a, const QDateTime &b,
                                            const QList<PauseInterval> &pauses = {}) const
    {
        return officeSecondsBetween(a, b, pauses);
    }
    // The receipt moment itself when inside office hours, else the next opening.
    QDateTime nextOpening(const QDateTime &moment) const;

    // The hot path, on office-local wall-clock seconds since 1970-01-01 00:00 (no pauses or
    // extensions). kInvalid outside the range.
    qint64 dueLocal(qint64 receivedLocal, const TimeLimit &limit) const;
    qint64 toLocalSeconds(const QDateTime &dt) const;
    QDateTime fromLocalSeconds(qint64 local) const;

private:
    struct DayTemplate {
        int count = 0;
        std::array<int, OfficeHours::kMaxSessions> start{};
        std::array<int, OfficeHours::kMaxSessions> end{};
        int total = 0;
    };
    static constexpr int kUsualTemplate = 8; // 0 closed, 1..7 weekdays, 8 the usual day (make-up days)

    void buildDays();
    void buildOffsets();
    const DayTemplate &tplAt(qint64 idx) const { return m_templates[m_dayTemplate[static_cast<size_t>(idx)]]; }
    qint64 coordinate(qint64 local) const;      // office seconds since the range start
    qint64 fromCoordinate(qint64 target, qint64 hintIdx) const;
    qint64 nextOpeningLocal(qint64 local) const;
    qint64 clockStart(qint64 local, const TimeLimit &limit) const; // applies nextDayAfter15
    qint64 baseTarget(qint64 start, const TimeLimit &limit) const;
    qint64 extendTarget(qint64 target, const TimeLimit &extension) const;
    qint64 utcOffsetForUtc(qint64 utc) const;

    HolidayCalendar m_holidays;
    OfficeHours m_hours;
    QTimeZone m_zone;
    int m_firstYear;
    int m_lastYear;
    int m_dayLength = 0;
    qint64 m_firstDay = 0; // days since 1970-01-01 of 1 Jan firstYear
    qint64 m_dayCount = 0;
    std::array<DayTemplate, 9> m_templates{};
    std::vector<std::uint8_t> m_dayTemplate; // per day of the range
    std::vector<qint64> m_cum;               // m_cum[i] = office seconds before day i; size dayCount + 1
    std::vector<qint64> m_transitionUtc;     // zone offset changes inside the range
    std::vector<int> m_offsetAfter;
    int m_offsetBefore = 0;
};

} // namespace motcua
