#pragma once
// A workspace with known citizens, dossiers, events and pages, for the lookup tests (unit and GUI).
// Header-only on purpose (tests may not share .cpp files).

#include "app/auth/Session.h"
#include "app/auth/SessionHandle.h"
#include "db/CatalogStore.h"
#include "db/CitizenStore.h"
#include "db/Database.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "db/SqlTransaction.h"
#include "db/Workspace.h"
#include "domain/calendar/WorkingCalendar.h"
#include "domain/catalog/CatalogJson.h"
#include "domain/dossier/CalendarBinding.h"
#include "support/TestServices.h"
#include "support/TestWorkspace.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace motcua::test {

class LookupFixture {
public:
    QTemporaryDir tmp;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Database> db;
    std::shared_ptr<const SessionHandle> handle;
    WorkingCalendar calendar;
    QString error;           // empty when the fixture is ready

    // Dossier codes, in the order made.
    QString anDossier;       // Nguyễn Văn An, two components (one page good, one page tampered), transferred
    QString binhDossier1;    // Trần Thị Bình
    QString binhDossier2;
    QString cuongDossier;    // Lê Đức Cường
    QStringList otherDossiers; // Nguyễn Thị Hoa, Hoàng Văn Đức (received two weeks before: late), Nguyễn Hoàng Nam
    QString anLookupCode;
    QString goodPage;
    QString tamperedPage;

    static inline const QString kAnId = QStringLiteral("001090123456");
    static inline const QString kAnOldId = QStringLiteral("012345678");
    static inline const QString kAnPhone = QStringLiteral("0912345678");
    static inline const QString kBinhId = QStringLiteral("079185000111");
    static inline const QString kCuongId = QStringLiteral("001200000777");

    // base: when Nguyễn Văn An's dossier was received (the others are placed around it).
    static QDateTime defaultBase() { return QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC); } // Mon 09:00 Hà Nội
    explicit LookupFixture(const QDateTime &base = defaultBase()) : m_base(base) { error = build(); }

    Session session() const
    {
        Session s;
        s.workspaceDirectory = workspace->session().directory;
        s.login = workspace->session().officer.login;
        s.fullName = workspace->session().officer.fullName;
        s.roles = workspace->session().officer.roles;
        s.officeCode = workspace->session().office.code;
        s.officeName = workspace->session().office.name;
        s.deviceNumber = workspace->session().deviceNumber;
        s.handle = handle;
        return s;
    }
    QString officeCode() const { return workspace->session().office.code; }

    // A composition root over this fixture's connection for the signed-in session, changed by
    // `tweak` (another office, no time zone …); kept alive as long as the fixture.
    const WorkspaceServices &services(const std::function<void(SessionInfo &)> &tweak = {}) const
    {
        SessionInfo info = workspace->session();
        if (tweak)
            tweak(info);
        QString why;
        m_services.push_back(servicesFor(db->sql(), info, {}, {}, {}, &why));
        if (!m_services.back())
            qFatal("fixture services: %s", qPrintable(why));
        return *m_services.back();
    }

    static QByteArray pagePng(const QString &caption, int width = 620, int height = 877)
    {
        QImage img(width, height, QImage::Format_RGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x33, 0x33, 0x33));
        p.drawRect(60, 60, width - 120, 18);
        p.setBrush(QColor(0x99, 0x99, 0x99));
        for (int y = 120; y < height - 80; y += 28)
            p.drawRect(60, y, (y * 7) % 3 == 0 ? width - 220 : width - 120, 8);
        if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            p.setPen(Qt::black);
            QFont f = p.font();
            f.setPixelSize(22);
            f.setBold(true);
            p.setFont(f);
            p.fillRect(QRect(60, 56, width - 120, 30), Qt::white);
            p.drawText(QRect(60, 56, width - 120, 30), Qt::AlignCenter, caption);
        }
        p.end();
        QByteArray bytes;
        QBuffer buf(&bytes);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "PNG");
        return bytes;
    }

private:
    mutable std::vector<std::unique_ptr<WorkspaceServices>> m_services;
    QString build()
    {
        TestWorkspaceSpec spec;
        spec.password = QStringLiteral("mật-khẩu");
        auto ws = createTestWorkspace(tmp.filePath(QStringLiteral("ws")), spec);
        if (!ws)
            return ws.error().toString();
        workspace = std::move(*ws);
        if (auto s = workspace->addOfficer(QStringLiteral("binh"), QStringLiteral("Trần Thị Bình"), Roles(Role::Processing),
                                           spec.password, KdfCost::fastForTests());
            !s)
            return s.error().toString();
        handle = std::make_shared<const SessionHandle>(workspace->session());
        auto opened = workspace->openDatabase();
        if (!opened)
            return opened.error().toString();
        db = std::move(*opened);

        QFile json(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/procedures.json"));
        if (!json.open(QIODevice::ReadOnly))
            return QStringLiteral("no catalog");
        auto catalog = CatalogJson::parse(json.readAll());
        if (!catalog)
            return catalog.error().toString();
        if (auto s = CatalogStore(db->sql()).replace(*catalog, QStringLiteral("test"), QDateTime::currentDateTimeUtc()); !s)
            return s.error().toString();

        if (QString e = addCitizens(); !e.isEmpty())
            return e;
        return addDossiers();
    }

    QString addCitizens()
    {
        QSqlDatabase sql = db->sql();
        SqlTransaction tx(sql);
        CitizenStore store(sql);
        const QList<Citizen> people = {
            {kAnId, kAnOldId, QStringLiteral("Nguyễn Văn An"), QStringLiteral("1990-01-01"), QStringLiteral("Nam"),
             QStringLiteral("Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội"), QStringLiteral("2021-04-15"), kAnPhone, {}, {}},
            {kBinhId, {}, QStringLiteral("Trần Thị Bình"), QStringLiteral("1985"), QStringLiteral("Nữ"),
             QStringLiteral("Phường Bến Nghé, TP Hồ Chí Minh"), {}, QStringLiteral("0987654321"), {}, {}},
            {kCuongId, {}, QStringLiteral("Lê Đức Cường"), QStringLiteral("2000-12-31"), QStringLiteral("Nam"),
             QStringLiteral("Xã Tân Lập"), {}, {}, {}, {}},
        };
        for (const Citizen &c : people)
            if (auto s = store.upsert(c); !s)
                return s.error().toString();
        if (auto s = tx.commit(); !s)
            return s.error().toString();
        return {};
    }

    Event draft(EventType type, QJsonObject payload, const QString &officer = QStringLiteral("an"),
                Role role = Role::Counter) const
    {
        Event e;
        e.type = type;
        e.officer = officer;
        e.role = role;
        e.office = officeCode();
        e.payload = std::move(payload);
        return e;
    }

    Result<Event> receive(EventStore &store, const QString &procedure, const QString &id, const QString &name,
                          const QDateTime &at, int days = 5)
    {
        QJsonObject applicant{{QStringLiteral("idNumber"), id}, {QStringLiteral("name"), name}};
        Event e = draft(EventType::Received, {{QStringLiteral("procedure"), procedure},
                                              {QStringLiteral("limit"), TimeLimit::days(days).toJson()},
                                              {QStringLiteral("applicant"), applicant}});
        e.wallTime = at;
        const SessionInfo &s = workspace->session();
        return store.receive(e, DossierCodeMinter(s.office.code, s.deviceId, s.deviceNumber),
                             at.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))).date());
    }

    QString addDossiers()
    {
        EventStore store(db->sql(), workspace->session().deviceId, machineContextFor(calendar));
        const QDateTime t = m_base;
        auto an = receive(store, QStringLiteral("1.001193"), kAnId, QStringLiteral("Nguyễn Văn An"), t);
        auto b1 = receive(store, QStringLiteral("1.001193"), kBinhId, QStringLiteral("Trần Thị Bình"), t.addSecs(600));
        auto b2 = receive(store, QStringLiteral("1.001193"), kBinhId, QStringLiteral("Trần Thị Bình"), t.addDays(1));
        auto cu = receive(store, QStringLiteral("1.001193"), kCuongId, QStringLiteral("Lê Đức Cường"), t.addDays(2));
        for (const auto *r : {&an, &b1, &b2, &cu})
            if (!*r)
                return r->error().toString();
        anDossier = an->dossier;
        anLookupCode = an->payload.value(QStringLiteral("lookupCode")).toString();
        binhDossier1 = b1->dossier;
        binhDossier2 = b2->dossier;
        cuongDossier = cu->dossier;
        const struct {
            const char *procedure;
            const char *id;
            const char *name;
            qint64 offsetSecs;
            int days;
        } others[] = {
            {"1.000894", "001185004321", "Nguyễn Thị Hoa", 3 * 3600, 1},
            {"1.004873", "036090001234", "Hoàng Văn Đức", -14 * 86400, 3},
            {"1.004884", "001095007788", "Nguyễn Hoàng Nam", -3 * 86400 + 1800, 5},
        };
        for (const auto &o : others) {
            auto r = receive(store, QLatin1String(o.procedure), QLatin1String(o.id), QString::fromUtf8(o.name),
                             t.addSecs(o.offsetSecs), o.days);
            if (!r)
                return r.error().toString();
            otherDossiers << r->dossier;
        }

        PageStore pages(db->sql());
        auto good = pages.put(pagePng(QStringLiteral("TỜ KHAI ĐĂNG KÝ KHAI SINH")), {QStringLiteral("image/png"), 620, 877, 75, false});
        auto bad = pages.put(pagePng(QStringLiteral("GIẤY CHỨNG SINH")), {QStringLiteral("image/png"), 620, 877, 75, false});
        if (!good || !bad)
            return QStringLiteral("page put failed");
        goodPage = *good;
        tamperedPage = *bad;

        const QList<Event> more = {
            withTime(draft(EventType::ComponentAttached,
                           {{QStringLiteral("number"), 1}, {QStringLiteral("provenance"), QStringLiteral("scanned")},
                            {QStringLiteral("pages"), QJsonArray{goodPage}}}),
                     t.addSecs(60)),
            withTime(draft(EventType::ComponentAttached,
                           {{QStringLiteral("number"), 2}, {QStringLiteral("provenance"), QStringLiteral("reused")},
                            {QStringLiteral("fromDossier"), binhDossier1},
                            {QStringLiteral("pages"), QJsonArray{tamperedPage}}}),
                     t.addSecs(120)),
            withTime(draft(EventType::Transferred, {{QStringLiteral("to"), QStringLiteral("binh")}}), t.addSecs(180)),
            withTime(draft(EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("Đã gọi điện cho công dân")}},
                           QStringLiteral("binh"), Role::Processing),
                     t.addSecs(240)),
        };
        for (Event e : more) {
            e.dossier = anDossier;
            if (auto r = store.append(e); !r)
                return r.error().toString();
        }
        // Someone edits the stored bytes of the second page behind the program's back.
        QSqlQuery q(db->sql());
        q.prepare(QStringLiteral("UPDATE pages SET bytes = ? WHERE sha256 = ?"));
        q.addBindValue(pagePng(QStringLiteral("GIẢ MẠO")));
        q.addBindValue(tamperedPage);
        if (!q.exec())
            return QStringLiteral("tamper failed");
        return {};
    }

    QDateTime m_base;

    static Event withTime(Event e, const QDateTime &at)
    {
        e.wallTime = at;
        return e;
    }
};

} // namespace motcua::test
