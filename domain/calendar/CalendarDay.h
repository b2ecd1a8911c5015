#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace motcua {

// One entry of a day table: a day off (holiday, compensatory day, swapped day) or a working day
// that would otherwise be off (a make-up working Saturday, "ngày làm bù").
struct CalendarDay {
    enum class Kind { Off, Work };
    QDate date;
    Kind kind = Kind::Off;
    QString description; // Vietnamese, shown to officers: "Tết Nguyên đán", "Nghỉ bù …", "Làm bù …"
    QString source;      // where it comes from: "rule: Labor Code 2019 art. 112", a notice number, "admin"
    bool verified = true; // false: not confirmed against the published notice

    friend bool operator==(const CalendarDay &, const CalendarDay &) = default;
};

inline QString calendarDayKindName(CalendarDay::Kind k)
{
    return k == CalendarDay::Kind::Work ? QStringLiteral("work") : QStringLiteral("off");
}

} // namespace motcua
