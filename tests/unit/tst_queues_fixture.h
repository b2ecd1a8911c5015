#pragma once
// A workspace with a dossier in every queue of the Dossiers page, made through EventStore as the
// state machine allows (receive, transfer, supplement, approval, result, return; a conflict imported
// from a laptop), for the queue tests (unit and GUI). Header-only on purpose (tests may not share
// .cpp files). Times: the base is Monday 2 March 2026, 09:00 in Hà Nội; `now()` is two hours later.

#include "tst_statemachine_builder.h"

#include "app/auth/Session.h"
#include "app/auth/SessionHandle.h"
#include "db/Database.h"
#include "db/EventStore.h"
#include "db/Workspace.h"
#include "domain/Clock.h"
#include "domain/calendar/WorkingCalendar.h"
#include "domain/codes/DossierCode.h"
#include "domain/dossier/CalendarBinding.h"
#include "support/TestServices.h"
#include "support/TestWorkspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

namespace motcua::test {

class QueuesFixture {
public:
    QTemporaryDir tmp;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Database> db;
    std::vector<std::shared_ptr<const SessionHandle>> handles;
    WorkingCalendar calendar;
    QString error;

    static inline const QString kPassword = QStringLiteral("mật-khẩu");
    // an: all four roles (the workspace's first officer); binh: processing; chi: supervisor; dung: counter.
    QString recv5, recv1, recvLate, procBinh, procAn, procBinhLate, supplement, approval, ready, returned, form02,
        conflict;
    int localEvents = 0;   // events appended on this device (each one an outbox item)

    static QDateTime base() { return QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC); }
    static QDateTime now() { return base().addSecs(2 * 3600); }
    static std::shared_ptr<const Clock> clock() { return std::make_shared<FixedClock>(now()); }

    QueuesFixture() { error = build(); }

    // The session of `login` (one of an, binh, chi, dung) as the GUI would hold it.
    Session session(const QString &login)
    {
        SessionInfo info = infoOf(login);
        auto handle = std::make_shared<const SessionHandle>(info);
        handles.push_back(handle);
        Session s;
        s.workspaceDirectory = info.directory;
        s.login = info.officer.login;
        s.fullName = info.officer.fullName;
        s.roles = info.officer.roles;
        s.officeCode = info.office.code;
        s.officeName = info.office.name;
        s.deviceNumber = info.deviceNumber;
        s.handle = handle;
        return s;
    }

    SessionInfo infoOf(const QString &login) const
    {
        SessionInfo info = workspace->session();
        info.officer.login = login;
        if (login == QLatin1String("binh")) {
            info.officer.fullName = QStringLiteral("Trần Thị Bình");
            info.officer.roles = Roles(Role::Processing);
        } else if (login == QLatin1String("chi")) {
            info.officer.fullName = QStringLiteral("Lê Minh Chi");
            info.officer.roles = Roles(Role::Supervisor);
        } else if (login == QLatin1String("dung")) {
            info.officer.fullName = QStringLiteral("Phạm Văn Dũng");
            info.officer.roles = Roles(Role::Counter);
        }
        return info;
    }

    // A composition root for `login` over the fixture's connection, at now().
    std::unique_ptr<WorkspaceServices> services(const QString &login) const
    {
        QString why;
        auto s = servicesFor(db->sql(), infoOf(login), {}, {}, clock(), &why);
        if (!s)
            qFatal("fixture services: %s", qPrintable(why));
        return s;
    }
    QString officeCode() const { return workspace->session().office.code; }

private:
    QString build()
    {
        TestWorkspaceSpec spec;
        spec.password = kPassword;
        auto ws = createTestWorkspace(tmp.filePath(QStringLiteral("ws")), spec);
        if (!ws)
            return ws.error().toString();
        workspace = std::move(*ws);
        const struct {
            const char *login;
            const char *name;
            Roles roles;
        } officers[] = {{"binh", "Trần Thị Bình", Roles(Role::Processing)},
                        {"chi", "Lê Minh Chi", Roles(Role::Supervisor)},
                        {"dung", "Phạm Văn Dũng", Roles(Role::Counter)}};
        for (const auto &o : officers)
            if (auto s = workspace->addOfficer(QLatin1String(o.login), QString::fromUtf8(o.name), o.roles, kPassword,
                                               KdfCost::fastForTests());
                !s)
                return s.error().toString();
        auto opened = workspace->openDatabase();
        if (!opened)
            return opened.error().toString();
        db = std::move(*opened);
        return addDossiers();
    }

    Event draft(EventType type, QJsonObject payload, const QString &officer, Role role, const QDateTime &at) const
    {
        Event e;
        e.type = type;
        e.officer = officer;
        e.role = role;
        e.office = officeCode();
        e.payload = std::move(payload);
        e.wallTime = at;
        return e;
    }

    // A new dossier received by `an` at `at` with a limit of `days` working days; its code, or "" (error set).
    QString receive(EventStore &store, const QString &name, const QDateTime &at, int days,
                    EventType type = EventType::Received, const QString &procedure = QStringLiteral("1.001193"))
    {
        QJsonObject applicant{{QStringLiteral("idNumber"), QStringLiteral("0010901234%1").arg(localEvents % 100, 2, 10, QLatin1Char('0'))},
                              {QStringLiteral("name"), name}};
        Event e = draft(type,
                        {{QStringLiteral("procedure"), procedure},
                         {QStringLiteral("limit"), TimeLimit::days(days).toJson()},
                         {QStringLiteral("applicant"), applicant}},
                        QStringLiteral("an"), Role::Counter, at);
        const SessionInfo &s = workspace->session();
        auto r = store.receive(e, DossierCodeMinter(s.office.code, s.deviceId, s.deviceNumber),
                               at.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))).date());
        if (!r) {
            m_failure = r.error().toString();
            return {};
        }
        ++localEvents;
        m_clockAt = std::max(m_clockAt, at);
        return r->dossier;
    }

    void step(EventStore &store, const QString &code, EventType type, const QString &officer, Role role,
              QJsonObject payload = {}, int minutes = 1)
    {
        if (code.isEmpty() || !m_failure.isEmpty())
            return;
        m_clockAt = m_clockAt.addSecs(60 * minutes);
        Event e = draft(type, std::move(payload), officer, role, m_clockAt);
        e.dossier = code;
        auto r = store.append(e);
        if (!r)
            m_failure = QStringLiteral("%1 %2: %3").arg(code, eventTypeName(type), r.error().toString());
        else
            ++localEvents;
    }

    QString addDossiers()
    {
        using testing::transferPayload;
        EventStore store(db->sql(), workspace->session().deviceId, machineContextFor(calendar));
        const QDateTime t = base();
        const QDateTime weekBefore = t.addDays(-7);   // Monday 23 February
        const QString an = QStringLiteral("an"), binh = QStringLiteral("binh"), chi = QStringLiteral("chi"),
                      dung = QStringLiteral("dung");
        m_clockAt = t;
        recv5 = receive(store, QStringLiteral("Nguyễn Văn Năm"), t, 5);
        recv1 = receive(store, QStringLiteral("Trần Văn Một"), t.addSecs(60), 1);
        recvLate = receive(store, QStringLiteral("Lê Thị Trễ"), weekBefore, 1, EventType::Received, QStringLiteral("1.000894"));
        procBinh = receive(store, QStringLiteral("Hoàng Đức Bình"), t.addSecs(120), 5);
        step(store, procBinh, EventType::Transferred, an, Role::Counter, transferPayload(binh));
        procAn = receive(store, QStringLiteral("Đỗ Thị Ân"), t.addSecs(180), 5);
        step(store, procAn, EventType::Transferred, an, Role::Counter, transferPayload(an));
        procBinhLate = receive(store, QStringLiteral("Vũ Văn Muộn"), weekBefore.addSecs(60), 2);
        step(store, procBinhLate, EventType::Transferred, an, Role::Counter, transferPayload(binh));
        supplement = receive(store, QStringLiteral("Phan Thị Bổ"), t.addSecs(240), 5);
        step(store, supplement, EventType::Transferred, an, Role::Counter, transferPayload(binh));
        step(store, supplement, EventType::SupplementRequested, binh, Role::Processing);
        approval = receive(store, QStringLiteral("Ngô Văn Duyệt"), t.addSecs(300), 5);
        step(store, approval, EventType::Transferred, an, Role::Counter, transferPayload(binh));
        step(store, approval, EventType::Transferred, binh, Role::Processing, transferPayload(chi, true));
        ready = receive(store, QStringLiteral("Bùi Thị Xong"), t.addSecs(360), 5);
        step(store, ready, EventType::Transferred, an, Role::Counter, transferPayload(binh));
        step(store, ready, EventType::Transferred, binh, Role::Processing, transferPayload(chi, true));
        step(store, ready, EventType::Approved, chi, Role::Supervisor);
        step(store, ready, EventType::ResultReady, binh, Role::Processing);
        returned = receive(store, QStringLiteral("Đặng Văn Trả"), t.addSecs(420), 5);
        step(store, returned, EventType::Transferred, an, Role::Counter, transferPayload(binh));
        step(store, returned, EventType::Transferred, binh, Role::Processing, transferPayload(chi, true));
        step(store, returned, EventType::Approved, chi, Role::Supervisor);
        step(store, returned, EventType::ResultReady, binh, Role::Processing);
        step(store, returned, EventType::Returned, dung, Role::Counter);
        form02 = receive(store, QStringLiteral("Mai Thị Hai"), t.addSecs(480), 5, EventType::SupplementRequestedAtCounter);
        step(store, form02, EventType::SupplementReceived, dung, Role::Counter);
        conflict = receive(store, QStringLiteral("Tô Văn Xung"), t.addSecs(540), 5);
        step(store, conflict, EventType::Transferred, an, Role::Counter, transferPayload(binh));
        step(store, conflict, EventType::Transferred, binh, Role::Processing, transferPayload(chi, true));
        step(store, conflict, EventType::Approved, chi, Role::Supervisor);
        if (!m_failure.isEmpty())
            return m_failure;
        // The supervisor's laptop rejected the same submission offline: sync imports it, replay refuses it.
        testing::Script laptop(conflict, officeCode());
        const Event rejected = laptop.make(EventType::Rejected, chi, Role::Supervisor, {}, QStringLiteral("zz-laptop"));
        if (auto s = store.import(rejected); !s)
            return s.error().toString();
        return {};
    }

    QString m_failure;
    QDateTime m_clockAt;
};

} // namespace motcua::test
