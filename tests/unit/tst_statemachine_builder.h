#pragma once
// Test helpers shared by the dossier tests (tst_statemachine, tst_audit, tst_eventstore): a fake
// calendar and a small event builder. Header-only on purpose (tests may not share .cpp files).

#include "domain/audit/ChainHash.h"
#include "domain/calendar/TimeLimit.h"
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
    default: return {};
    }
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
