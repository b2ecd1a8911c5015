#pragma once

#include "app/printing/FormData.h"
#include "db/Workspace.h"
#include "domain/catalog/Catalog.h"
#include "domain/dossier/Event.h"
#include "domain/dossier/StateMachine.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

#include <functional>

namespace motcua::casework {

// The officer's full name for a login ("Trần Thị B (tiepnhan)"); the login alone when unknown.
using OfficerNameFn = std::function<QString(const QString &login)>;

// Forms 04, 05 and 06 of a dossier, drawn from its events (replayed with `machine`, whose calendar
// gives the due moments) by the same FormPainter as Forms 01–03. Times in the office's zone.
class CaseworkForms {
    Q_DECLARE_TR_FUNCTIONS(motcua::casework::CaseworkForms)
public:
    CaseworkForms(const Catalog &catalog, const SessionInfo &session, const StateMachine &machine, QTimeZone zone,
                  OfficerNameFn officerName);

    // Form 06: every hand-over (receipt, transfers, submissions, decisions, supplements, extension,
    // stop, result, return), who, when, and whether it was on time against the due moment then known.
    printing::FormData controlSlip(const QList<Event> &events, const QDateTime &issuedAt) const;
    // Form 04 of the dossier's last Extended event; Form 05 of its Stopped event. Empty kind checks
    // are the caller's: call them after the action.
    printing::FormData extension(const QList<Event> &events) const;
    printing::FormData stop(const QList<Event> &events) const;
    // Form 02 of a supplement requested during processing (the dossier's last SupplementRequested):
    // what to complete and why; the clock is paused until it comes.
    printing::FormData supplementRequest(const QList<Event> &events) const;

private:
    printing::FormData common(const QList<Event> &events, printing::FormKind kind) const;
    QString holderText(const Holder &holder) const;

    const Catalog &m_catalog;
    const SessionInfo &m_session;
    const StateMachine &m_machine;
    QTimeZone m_zone;
    OfficerNameFn m_name;
};

} // namespace motcua::casework
