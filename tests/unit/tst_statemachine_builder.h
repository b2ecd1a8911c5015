#pragma once
// Test helpers shared by the dossier tests (tst_statemachine, tst_audit, tst_eventstore): a fake
// calendar and a small event builder. Header-only on purpose (tests may not share .cpp files).

#include "domain/audit/ChainHash.h"
#include "domain/calendar/TimeLimit.h"
#include "domain/dossier/DossierState.h"
#include "domain/dossier/Event.h"
#include "domain/dossier/StateMachine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace motcua::testing {

// A stand-in for WorkingCalendar::dueMoment: calendar days / hours, plus elapsed pause time, plus
// extensions. Enough to check that replay feeds the calendar the right inputs.
inline QDateTime fakeDue(const QDateTime &received, const TimeLimit &limit, const QList<PauseInterval> &pauses,
                         const QList<TimeLimit> &extensions)
{
    auto span = [](const TimeLimit &l) -> qint64 {
        switch (l.unit) {
        case TimeLimit::Unit::WorkingDays: return qint64(l.amount) * 86400000;
        case TimeLimit::Unit::WorkingHours: return qint64(l.amount) * 3600000;
        case TimeLimit::Unit::WithinDay: return 8 * 3600000;
        }
        return 0;
    };
    qint64 ms = span(limit);
    for (const TimeLimit &e : extensions)
        ms += span(e);
    for (const PauseInterval &p : pauses) {
        if (!p.to.isValid())
            return {}; // still paused: no due moment
        ms += p.from.msecsTo(p.to);
    }
    return received.addMSecs(ms);
}

inline MachineContext fakeContext()
{
    MachineContext c;
    c.dueMoment = &fakeDue;
    return c;
}

inline QDateTime t0()
{
    return QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC); // 09:00 in Hà Nội
}

inline QJsonObject receivedPayload(const QString &procedure = QStringLiteral("1.001193"), int days = 5)
{
    QJsonObject applicant{{QStringLiteral("idNumber"), QStringLiteral("001090123456")},
                          {QStringLiteral("name"), QStringLiteral("Nguyễn Văn An")}};
    return QJsonObject{{QStringLiteral("procedure"), procedure},
                       {QStringLiteral("limit"), TimeLimit::days(days).toJson()},
                       {QStringLiteral("applicant"), applicant},
                       {QStringLiteral("lookupCode"), QStringLiteral("ABCD2345")}};
}

// A bundle (liên thông) received with its three parts, as BundleParts.h documents it: birth
// registration at the commune, permanent residence at the police, health insurance (no procedure
// code in the catalog) at social insurance.
inline QJsonObject bundleReceivedPayload()
{
    QJsonObject p = receivedPayload(QStringLiteral("2.000986"), 7);
    p.insert(QStringLiteral("parts"),
             QJsonArray{QJsonObject{{QStringLiteral("part"), 1}, {QStringLiteral("procedure"), QStringLiteral("1.001193")},
                                    {QStringLiteral("authority"), QStringLiteral("Ủy ban nhân dân cấp xã")}},
                        QJsonObject{{QStringLiteral("part"), 2}, {QStringLiteral("procedure"), QStringLiteral("1.004222")},
                                    {QStringLiteral("authority"), QStringLiteral("Công an cấp xã")}},
                        QJsonObject{{QStringLiteral("part"), 3}, {QStringLiteral("authority"), QStringLiteral("Bảo hiểm xã hội")}}});
    return p;
}

inline QJsonObject componentPayload(int number, const QString &provenance = QStringLiteral("scanned"),
                                    const QString &fromDossier = {})
{
    QJsonObject p{{QStringLiteral("number"), number},
                  {QStringLiteral("provenance"), provenance},
                  {QStringLiteral("pages"), QJsonArray{QStringLiteral("aa%1").arg(number)}}};
    if (!fromDossier.isEmpty())
        p.insert(QStringLiteral("fromDossier"), fromDossier);
    return p;
}

inline QJsonObject transferPayload(const QString &to, bool forApproval = false)
{
    QJsonObject p{{QStringLiteral("to"), to}};
    if (forApproval)
        p.insert(QStringLiteral("forApproval"), true);
    return p;
}

// An online submission as the portal writes it (StateMachine.cpp, SubmittedOnline).
inline QJsonObject onlinePayload(const QString &procedure = QStringLiteral("1.001193"))
{
    QJsonObject applicant{{QStringLiteral("idNumber"), QStringLiteral("001090123456")},
                          {QStringLiteral("name"), QStringLiteral("Nguyễn Văn An")}};
    return QJsonObject{{QStringLiteral("procedure"), procedure},
                       {QStringLiteral("externalRef"), QStringLiteral("DVC-2026-000123")},
                       {QStringLiteral("applicant"), applicant},
                       {QStringLiteral("components"),
                        QJsonArray{QJsonObject{{QStringLiteral("number"), 1},
                                               {QStringLiteral("pages"), QJsonArray{QStringLiteral("bb01"), QStringLiteral("bb02")}}},
                                   QJsonObject{{QStringLiteral("number"), 2},
                                               {QStringLiteral("pages"), QJsonArray{QStringLiteral("bb03")}}}}}};
}

// A valid payload for any event type.
inline QJsonObject defaultPayload(EventType t)
{
    switch (t) {
    case EventType::Received:
    case EventType::SupplementRequestedAtCounter:
    case EventType::ReceiptRefused: return receivedPayload();
    case EventType::Transferred: return transferPayload(QStringLiteral("p2"));
    case EventType::Extended: return QJsonObject{{QStringLiteral("limit"), TimeLimit::days(3).toJson()}};
    case EventType::ComponentAttached: return componentPayload(1);
    case EventType::NoteAdded: return QJsonObject{{QStringLiteral("text"), QStringLiteral("note")}};
    case EventType::SubmittedOnline: return onlinePayload();
    default: return {};
    }
}

// One event by someone placed relative to the dossier's holder, for the transition matrices. who:
// 'H' the holder (for a pool: a counter officer of the pool's office), 'S' another officer of the
// office G12.18, 'F' an officer of another office (H55.242). An empty payload: defaultPayload(type).
inline Event actingEvent(const DossierState &st, EventType type, Role role, QChar who, QJsonObject payload = {})
{
    Event e;
    e.uuid = QUuid::createUuid();
    e.dossier = QStringLiteral("G12.18-260302-010001");
    e.type = type;
    e.payload = payload.isEmpty() ? defaultPayload(type) : std::move(payload);
    e.role = role;
    e.device = QStringLiteral("dev-X");
    e.deviceSeq = 1;
    e.wallTime = t0().addDays(1);
    if (who == QLatin1Char('H')) {
        e.officer = st.holder.login.isEmpty() ? QStringLiteral("c9") : st.holder.login;
        e.office = st.holder.office.isEmpty() ? QStringLiteral("G12.18") : st.holder.office;
    } else if (who == QLatin1Char('S')) {
        e.officer = QStringLiteral("zz");
        e.office = QStringLiteral("G12.18");
    } else {
        e.officer = QStringLiteral("ff");
        e.office = QStringLiteral("H55.242");
    }
    return e;
}

// The matrices' role letters: C counter, P processing, V supervisor, A admin.
inline QChar roleLetter(Role r)
{
    switch (r) {
    case Role::Counter: return QLatin1Char('C');
    case Role::Processing: return QLatin1Char('P');
    case Role::Supervisor: return QLatin1Char('V');
    case Role::Admin: return QLatin1Char('A');
    }
    return QLatin1Char('?');
}

// Builds the events of one dossier, one minute apart, sealing each device's chain as it goes.
class Script {
public:
    explicit Script(QString code = QStringLiteral("G12.18-260302-010001"), QString office = QStringLiteral("G12.18"))
        : m_code(std::move(code)), m_office(std::move(office)), m_time(t0())
    {
    }

    Event make(EventType type, const QString &officer, Role role, QJsonObject payload = {},
               const QString &device = QStringLiteral("dev-A"), const QString &office = {})
    {
        Event e;
        e.uuid = QUuid::createUuid();
        e.dossier = m_code;
        e.type = type;
        e.payload = payload.isEmpty() ? defaultPayload(type) : std::move(payload);
        e.officer = officer;
        e.role = role;
        e.office = office.isEmpty() ? m_office : office;
        e.device = device;
        e.wallTime = m_time;
        m_time = m_time.addSecs(60);
        e.parent = m_last;
        m_last = e.uuid;
        auto &head = m_heads[device];
        chain::sealOnDevice(e, head.first, head.second);
        head = {e.deviceSeq, e.deviceHash};
        return e;
    }
    void advance(qint64 secs) { m_time = m_time.addSecs(secs); }
    QDateTime now() const { return m_time; }
    const QString &code() const { return m_code; }

private:
    QString m_code;
    QString m_office;
    QDateTime m_time;
    QUuid m_last;
    QHash<QString, QPair<qint64, QByteArray>> m_heads;
};

} // namespace motcua::testing
