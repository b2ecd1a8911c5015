#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

// A processing limit of a procedure, or of one extension (apology slip). A plain value type.
struct TimeLimit {
    enum class Unit { WorkingDays, WorkingHours, WithinDay };
    Unit unit = Unit::WorkingDays;
    int amount = 0;              // days or hours; ignored for WithinDay
    bool nextDayAfter15 = false; // received after 15:00 → due at the closing of the next working day

    static TimeLimit days(int n) { return {Unit::WorkingDays, n, false}; }
    static TimeLimit hours(int n) { return {Unit::WorkingHours, n, false}; }
    static TimeLimit withinDay(bool after15 = false) { return {Unit::WithinDay, 0, after15}; }

    friend bool operator==(const TimeLimit &, const TimeLimit &) = default;

    // JSON form: {"unit":"workingDays"|"workingHours"|"withinDay","amount":N,"nextDayAfter15":bool}
    // ("nextDayAfter15" and, for withinDay, "amount" may be omitted).
    QJsonObject toJson() const;
    static std::optional<TimeLimit> fromJson(const QJsonObject &o);

    // Text form (English, stable): "1 working day", "5 working days", "4 working hours",
    // "within the day"; suffix ", next day after 15:00" when nextDayAfter15. fromText accepts it back.
    QString toText() const;
    static std::optional<TimeLimit> fromText(const QString &text);
};

// A stretch while a supplement is awaited; office time inside it does not count.
struct PauseInterval {
    QDateTime from;
    QDateTime to; // invalid = still paused
};

} // namespace motcua
