#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace motcua {

// The counter's clock. Every moment an officer or a citizen reads (dossier codes' yyMMdd, slips,
// lookups, the status-bar clock, menus) is in the office's zone, Asia/Ho_Chi_Minh, whatever zone
// the PC is set to: a counter PC left on UTC or another zone must still print 07/12 at 01:30 on
// 7 December in Hà Nội. Functions take the moment as a parameter so a clock can be injected; `now()`
// is for the few callers that have none yet.
class OfficeTime {
public:
    // Asia/Ho_Chi_Minh; a fixed UTC+7 when the system has no tzdata (Vietnam has kept UTC+7 since 1975).
    static QTimeZone zone();
    // The office's configured zone (an IANA id from the workspace) when the system knows it, else zone().
    static QTimeZone zoneOr(const QString &ianaId);

    static QDateTime now(const QTimeZone &zone = OfficeTime::zone());
    // The moment in the office's zone; an invalid moment stays invalid.
    static QDateTime local(const QDateTime &moment, const QTimeZone &zone = OfficeTime::zone());
    // The office's calendar day of the moment (what a dossier code's yyMMdd says).
    static QDate day(const QDateTime &moment, const QTimeZone &zone = OfficeTime::zone());
    static QDate today(const QTimeZone &zone = OfficeTime::zone()) { return day(now(zone), zone); }
    // "HH:mm dd/MM/yyyy" (or `format`) of the moment in the office's zone; "" for an invalid moment.
    static QString text(const QDateTime &moment, const QString &format = QStringLiteral("HH:mm dd/MM/yyyy"),
                        const QTimeZone &zone = OfficeTime::zone());
    // The first moment of an office day (its 00:00), as UTC.
    static QDateTime startOfDay(const QDate &day, const QTimeZone &zone = OfficeTime::zone());
};

} // namespace motcua
