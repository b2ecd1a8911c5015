#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QTime>

#include <array>

namespace motcua {

// One opening of the office within a day, [start, end), in seconds after local midnight.
struct OfficeSession {
    int start = 0;
    int end = 0;
    int length() const { return end - start; }
    friend bool operator==(const OfficeSession &, const OfficeSession &) = default;
};

// The office's hours per weekday (Monday=1 … Sunday=7, as Qt::DayOfWeek). A weekday without
// sessions is not a working day (unless the day table makes it a make-up day).
class OfficeHours {
public:
    static constexpr int kMaxSessions = 4;

    OfficeHours() = default; // closed every day
    // 07:30–11:30 and 13:00–17:00, Monday to Friday.
    static OfficeHours standard();

    void setSessions(int weekday, QList<OfficeSession> sessions);
    const QList<OfficeSession> &sessions(int weekday) const { return m_days.at(static_cast<size_t>(weekday - 1)); }

    // The length of "one office day" (seconds) used for limits in working days: the most common
    // non-zero daily total over the week, the longest on a tie (8 h by default).
    int dayLength() const;
    // The sessions of that usual day: used on make-up working days that fall on a closed weekday.
    QList<OfficeSession> usualDay() const;

    // Sessions sorted, non-empty, not overlapping, inside 00:00–24:00, at most kMaxSessions a day.
    Status validate() const;

    // Text form of one day, "07:30-11:30,13:00-17:00" (empty = closed); parse returns nullopt-like
    // Error "calendar.bad-hours" on anything else.
    static QString sessionsToText(const QList<OfficeSession> &sessions);
    static Result<QList<OfficeSession>> sessionsFromText(const QString &text);

    friend bool operator==(const OfficeHours &, const OfficeHours &) = default;

private:
    std::array<QList<OfficeSession>, 7> m_days;
};

} // namespace motcua
