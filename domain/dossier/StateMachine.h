#pragma once

#include "domain/calendar/TimeLimit.h"
#include "domain/dossier/DossierState.h"
#include "domain/dossier/Event.h"
#include "domain/auth/Role.h"
#include "domain/dossier/Actor.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <QJsonObject>

#include <functional>
#include <optional>

namespace motcua {

// The state machine's answer for one event. Reason codes are stable:
//   dossier.role-missing   the event's role cannot do this (admin alone never can), or the author does
//                          not hold the role
//   dossier.wrong-state    not possible in the dossier's current status
//   dossier.not-holder     the acting officer does not hold the dossier
//   dossier.wrong-office   an office-wide action (counter pool, supervisor) from another office
//   dossier.bad-payload    the payload misses what the event needs
//   dossier.wrong-dossier  the event belongs to another dossier
//   dossier.duplicate-event the same uuid was already replayed
//   dossier.not-author     (authoring only) the session's officer is not the event's officer
//   dossier.unknown-part   a bundle routing event names a part the dossier does not have (or names
//                          the part with another authority); any such event on a single procedure
//   dossier.parts-pending  a bundle's own ResultReady while some part has no result yet
struct Verdict {
    bool allowed = true;
    QString reason;
    QString detail;
    static Verdict ok() { return {}; }
    static Verdict refuse(QString reason, QString detail = {}) { return {false, std::move(reason), std::move(detail)}; }
};

// The due moment from the calendar (WorkingCalendar::dueMoment bound by the caller), injected so the
// machine stays pure and testable. Empty: the due moment stays invalid.
using DueMomentFn = std::function<QDateTime(const QDateTime &received, const TimeLimit &limit,
                                            const QList<PauseInterval> &pauses, const QList<TimeLimit> &extensions)>;
// Whether a supervisor of `supervisorOffice` may act on a dossier of `dossierOffice` (province centres
// cover their communes). Empty: only the same office.
using OfficeCoversFn = std::function<bool(const QString &supervisorOffice, const QString &dossierOffice)>;

// A Transferred payload's "to" that names a unit's pool ("pool:OFFICE", as Holder::toText writes
// it): the office (empty when none is named). std::nullopt for an officer's login.
std::optional<QString> poolOffice(const QJsonObject &transferPayload);

struct MachineContext {
    DueMomentFn dueMoment;
    OfficeCoversFn officeCovers;
    // The version of the holiday calendar behind dueMoment (the portal's calendar feed version; 0
    // for a workspace-local calendar): recorded in the events beside the due moment it gave.
    int calendarVersion = 0;
};

// ONE state machine: which event is allowed in which state, for which role and holder, and what it
// changes. See docs in the helper report / StateMachine.cpp for the full table. Replay uses check()
// (trusting the role and office recorded in the event); the app uses checkAuthor() before appending
// an event for a logged-in officer.
class StateMachine {
public:
    explicit StateMachine(MachineContext ctx = {});

    Verdict check(const DossierState &state, const Event &event) const;
    Verdict checkAuthor(const DossierState &state, const Event &event, const Actor &actor) const;
    // Applies an event check() allowed. Applying a refused event is a programming error (asserted).
    void apply(DossierState &state, const Event &event) const;
    // check() then apply(), or count a conflict; returns the verdict.
    Verdict step(DossierState &state, const Event &event) const;

    // The roles an event type may be done in (never Admin).
    static Roles rolesFor(EventType type);
    // Whether an event of this type changes the clock's inputs (receipt, pauses, extensions, end), so
    // its author records the due moment after it (eventlog::recordDue).
    static bool changesDue(EventType type);
    bool hasCalendar() const { return bool(m_ctx.dueMoment); }
    int calendarVersion() const { return m_ctx.calendarVersion; }

private:
    bool covers(const QString &actorOffice, const QString &dossierOffice) const;
    Verdict checkState(const DossierState &s, const Event &e) const;
    Verdict checkPayload(const Event &e) const;
    Verdict checkPart(const DossierState &s, const Event &e) const;
    void recomputeDue(DossierState &s, const Event &e) const;

    MachineContext m_ctx;
};

} // namespace motcua
