#pragma once

#include "domain/Result.h"
#include "domain/calendar/WorkingCalendar.h"
#include "domain/dossier/StateMachine.h"
#include "portal/db/Statements.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace motcua::portal {

// What the portal replays dossiers with, read from its database: the office hierarchy (a province
// centre covers its communes) and the working calendar of the latest calendar feed version (the
// statutory rules when there is none). Cheap to copy; the calendar is shared and immutable.
struct RulesSnapshot {
    std::shared_ptr<const WorkingCalendar> calendar;
    int calendarVersion = 0;
    QHash<QString, QString> provinceOf;   // commune → its province centre ("" for a centre)

    bool knows(const QString &office) const { return provinceOf.contains(office); }
    // The offices a token of `office` sees: itself and, for a province centre, its communes.
    QStringList visibleFrom(const QString &office) const;
    // Whether `actor` (an office) covers `dossierOffice`: the same office or its province centre.
    bool covers(const QString &actor, const QString &dossierOffice) const;
    // The one state machine, bound to this calendar and hierarchy (keep the snapshot alive with it).
    StateMachine machine() const;
};

// Builds snapshots; the calendar is rebuilt only when the feed's version moved, the offices read
// again only when their digest moved. Thread-safe: one per serving process, shared by the worker
// threads.
class PortalRules {
public:
    Result<RulesSnapshot> snapshot(QSqlDatabase &db);
    // The same, its version statement kept prepared on the connection (a push's, every request).
    Result<RulesSnapshot> snapshot(Statements &sql);

private:
    Result<RulesSnapshot> build(QSqlDatabase &db, int version, const QString &officesDigest);

    QMutex m_mutex;
    std::shared_ptr<const WorkingCalendar> m_calendar;
    int m_version = -1;
    QHash<QString, QString> m_provinceOf;   // the offices as of m_officesDigest
    QString m_officesDigest;
};

} // namespace motcua::portal
