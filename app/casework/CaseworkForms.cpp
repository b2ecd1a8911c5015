#include "app/casework/CaseworkForms.h"
#include "app/printing/OfficialText.h"

#include "domain/dossier/Replay.h"

#include <QJsonArray>

namespace motcua::casework {

using printing::OfficialText;   // Forms 02/04/05/06 are printed in Vietnamese

CaseworkForms::CaseworkForms(const Catalog &catalog, const SessionInfo &session, const StateMachine &machine,
                             QTimeZone zone, OfficerNameFn officerName)
    : m_catalog(catalog), m_session(session), m_machine(machine), m_zone(std::move(zone)), m_name(std::move(officerName))
{
}

printing::FormData CaseworkForms::common(const QList<Event> &events, printing::FormKind kind) const
{
    printing::FormData f;
    f.kind = kind;
    f.officeName = m_session.office.name;
    f.officeCode = m_session.office.code;
    const DossierState s = replay(events, m_machine).state;
    f.dossierCode = s.code;
    f.lookupCode = s.lookupCode;
    f.procedureCode = s.procedureCode;
    if (const Procedure *p = m_catalog.find(s.procedureCode)) {
        f.procedureName = p->name;
        f.authority = p->authority;
    }
    for (const Event &e : events) {
        const QJsonObject a = e.payload.value(QStringLiteral("applicant")).toObject();
        if (a.isEmpty())
            continue;
        f.applicantName = a.value(QStringLiteral("name")).toString();
        if (f.applicantName.isEmpty())
            f.applicantName = a.value(QStringLiteral("organisationName")).toString();
        f.applicantIdNumber = a.value(QStringLiteral("idNumber")).toString();
        f.applicantAddress = a.value(QStringLiteral("address")).toString();
        break;
    }
    if (s.receivedAt.isValid())
        f.receivedAt = s.receivedAt.toTimeZone(m_zone);
    if (s.dueAt.isValid())
        f.dueAt = s.dueAt.toTimeZone(m_zone);
    f.officerName = m_name ? m_name(m_session.officer.login) : m_session.officer.login;
    return f;
}

QString CaseworkForms::holderText(const Holder &holder) const
{
    if (holder.isPool())
        return OfficialText::translate("motcua::casework::CaseworkForms", "Counter of %1").arg(holder.office);
    if (holder.login.isEmpty())
        return {};
    return m_name ? m_name(holder.login) : holder.login;
}

printing::FormData CaseworkForms::controlSlip(const QList<Event> &events, const QDateTime &issuedAt) const
{
    printing::FormData f = common(events, printing::FormKind::ControlSlip06);
    f.issuedAt = issuedAt.toTimeZone(m_zone);
    DossierState s;
    for (const Event &e : events) {
        if (!m_machine.step(s, e).allowed)
            continue; // a conflict changed nothing: no hand-over happened
        printing::HandoverLine line;
        line.from = m_name ? m_name(e.officer) : e.officer;
        line.at = e.wallTime.toTimeZone(m_zone);
        switch (e.type) {
        case EventType::Received: line.step = OfficialText::translate("motcua::casework::CaseworkForms", "Received"); line.to = holderText(s.holder); break;
        case EventType::Transferred:
            line.step = e.payload.value(QStringLiteral("forApproval")).toBool() ? OfficialText::translate("motcua::casework::CaseworkForms", "Submitted for approval")
                                                                                 : OfficialText::translate("motcua::casework::CaseworkForms", "Transferred for processing");
            line.to = holderText(s.status == DossierStatus::SupplementRequired ? s.supplementReturnTo : s.holder);
            break;
        case EventType::Appraised: line.step = OfficialText::translate("motcua::casework::CaseworkForms", "Appraised"); break;
        case EventType::SupplementRequested: line.step = OfficialText::translate("motcua::casework::CaseworkForms", "Supplement requested (clock paused)"); line.to = holderText(s.holder); break;
        case EventType::SupplementReceived: line.step = OfficialText::translate("motcua::casework::CaseworkForms", "Supplement received"); line.to = holderText(s.holder); break;
        case EventType::Approved: line.step = OfficialText::translate("motcua::casework::CaseworkForms", "Approved"); line.to = holderText(s.holder); break;
        case EventType::Rejected: line.step = OfficialText::translate("motcua::casework::CaseworkForms", "Rejected"); line.to = holderText(s.holder); break;
        case EventType::Extended: line.step = OfficialText::translate("motcua::casework::CaseworkForms", "Time extended (Form 04)"); break;
        case EventType::Stopped: line.step = OfficialText::translate("motcua::casework::CaseworkForms", "Processing stopped (Form 05)"); break;
        case EventType::ResultReady: line.step = OfficialText::translate("motcua::casework::CaseworkForms", "Result ready"); line.to = holderText(s.holder); break;
        case EventType::Returned: line.step = OfficialText::translate("motcua::casework::CaseworkForms", "Result returned"); line.to = OfficialText::translate("motcua::casework::CaseworkForms", "The applicant or an authorised person"); break;
        default: continue; // attachments and notes are not hand-overs
        }
        // On time: at or before the due moment as it stood after this step (pauses and extensions
        // so far counted).
        if (s.dueAt.isValid())
            line.timeliness = e.wallTime <= s.dueAt ? OfficialText::translate("motcua::casework::CaseworkForms", "On time") : OfficialText::translate("motcua::casework::CaseworkForms", "Late");
        f.handovers << line;
    }
    return f;
}

printing::FormData CaseworkForms::extension(const QList<Event> &events) const
{
    printing::FormData f = common(events, printing::FormKind::Extension04);
    // The due moment before the last extension: replay without it.
    int last = -1;
    for (int i = 0; i < events.size(); ++i) {
        if (events.at(i).type == EventType::Extended)
            last = i;
    }
    if (last < 0)
        return f;
    const Event &ext = events.at(last);
    QList<Event> before = events;
    before.removeAt(last);
    if (const QDateTime due = replay(before, m_machine).state.dueAt; due.isValid())
        f.previousDueAt = due.toTimeZone(m_zone);
    f.extensionDays = TimeLimit::fromJson(ext.payload.value(QStringLiteral("limit")).toObject()).value_or(TimeLimit{}).amount;
    f.reasons << ext.payload.value(QStringLiteral("reason")).toString();
    f.issuedAt = ext.wallTime.toTimeZone(m_zone);
    return f;
}

printing::FormData CaseworkForms::stop(const QList<Event> &events) const
{
    printing::FormData f = common(events, printing::FormKind::Stop05);
    for (const Event &e : events) {
        if (e.type == EventType::Stopped) {
            f.reasons = {e.payload.value(QStringLiteral("reason")).toString()};
            f.issuedAt = e.wallTime.toTimeZone(m_zone);
        }
    }
    return f;
}

printing::FormData CaseworkForms::supplementRequest(const QList<Event> &events) const
{
    printing::FormData f = common(events, printing::FormKind::Supplement02);
    for (const Event &e : events) {
        if (e.type == EventType::SupplementRequested) {
            f.reasons = {e.payload.value(QStringLiteral("reason")).toString()};
            f.issuedAt = e.wallTime.toTimeZone(m_zone);
        } else if (e.type == EventType::SupplementRequestedAtCounter) {
            // An online submission returned for supplement (its reasons, as the counter typed them).
            f.reasons.clear();
            for (const QJsonValue &r : e.payload.value(QStringLiteral("reasons")).toArray())
                f.reasons << r.toString();
            f.issuedAt = e.wallTime.toTimeZone(m_zone);
        }
    }
    return f;
}

} // namespace motcua::casework
