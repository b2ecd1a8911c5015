#pragma once

// Realistic dossier lives written straight into an event store's tables (sealed device chains, 50
// counter devices, ten events a dossier), for the benchmarks that need a big workspace
// (bench_rebuild, bench_app). Header-only: each bench is one standalone program.
#include "domain/audit/ChainHash.h"
#include "domain/calendar/TimeLimit.h"
#include "domain/dossier/CanonicalJson.h"
#include "domain/dossier/Event.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

namespace motcua::bench {

struct Generator {
    QSqlQuery insert;
    QHash<QString, QPair<qint64, QByteArray>> heads;
    qint64 events = 0;

    bool add(Event &e)
    {
        auto &h = heads[e.device];
        chain::sealOnDevice(e, h.first, h.second);
        h = {e.deviceSeq, e.deviceHash};
        insert.bindValue(0, uuidText(e.uuid));
        insert.bindValue(1, e.dossier);
        insert.bindValue(2, eventTypeName(e.type));
        insert.bindValue(3, QString::fromUtf8(canonicalJson(e.payload)));
        insert.bindValue(4, e.officer);
        insert.bindValue(5, roleName(e.role));
        insert.bindValue(6, e.office);
        insert.bindValue(7, e.device);
        insert.bindValue(8, e.deviceSeq);
        insert.bindValue(9, e.wallTime.toMSecsSinceEpoch());
        insert.bindValue(10, e.parent.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(uuidText(e.parent)));
        insert.bindValue(11, QString::fromLatin1(e.deviceHash.toHex()));
        ++events;
        return insert.exec();
    }
};

// Fills `dossiers` dossiers of `office` in one transaction (events and chain heads; the derived
// state is the caller's: EventStore::rebuildDerivedState()).
inline bool fill(QSqlDatabase db, int dossiers, const QString &office = QStringLiteral("G12.18"))
{
    Generator g;
    g.insert = QSqlQuery(db);
    if (!db.transaction())
        return false;
    if (!g.insert.prepare(QStringLiteral("INSERT INTO events(uuid, dossier_code, type, payload, officer, role, office, "
                                         "device, device_seq, wall_time, parent, device_hash) "
                                         "VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")))
        return false;
    QDateTime t(QDate(2026, 1, 5), QTime(1, 0), Qt::UTC);
    for (int i = 0; i < dossiers; ++i) {
        const int devNo = 1 + i % 50;
        const QString device = QStringLiteral("dev-%1").arg(devNo);
        const QString code = office + QStringLiteral("-%1-%2%3")
                                          .arg(t.toString(QStringLiteral("yyMMdd")))
                                          .arg(devNo, 2, 10, QLatin1Char('0'))
                                          .arg(1 + i / 50 % 9999, 4, 10, QLatin1Char('0'));
        QUuid last;
        QDateTime at = t;
        auto ev = [&](EventType type, const QString &officer, Role role, QJsonObject payload) {
            Event e;
            e.uuid = QUuid::createUuid();
            e.dossier = code;
            e.type = type;
            e.payload = std::move(payload);
            e.officer = officer;
            e.role = role;
            e.office = office;
            e.device = device;
            e.wallTime = at;
            e.parent = last;
            at = at.addSecs(3 * 3600);
            last = e.uuid;
            return g.add(e);
        };
        const QJsonObject applicant{{QStringLiteral("idNumber"), QStringLiteral("0010901%1").arg(i, 5, 10, QLatin1Char('0'))},
                                    {QStringLiteral("name"), QStringLiteral("Nguyễn Văn %1").arg(i)}};
        bool ok = ev(EventType::Received, QStringLiteral("c1"), Role::Counter,
                     {{QStringLiteral("procedure"), QStringLiteral("1.001193")},
                      {QStringLiteral("limit"), TimeLimit::days(3).toJson()},
                      {QStringLiteral("applicant"), applicant},
                      {QStringLiteral("lookupCode"), QStringLiteral("ABCD%1").arg(i % 10000, 4, 10, QLatin1Char('0'))}});
        for (int c = 1; c <= 2; ++c)
            ok = ok && ev(EventType::ComponentAttached, QStringLiteral("c1"), Role::Counter,
                          {{QStringLiteral("number"), c},
                           {QStringLiteral("provenance"), QStringLiteral("scanned")},
                           {QStringLiteral("pages"), QJsonArray{QString(64, QLatin1Char('a' + c))}}});
        ok = ok && ev(EventType::Transferred, QStringLiteral("c1"), Role::Counter, {{QStringLiteral("to"), QStringLiteral("p1")}});
        ok = ok && ev(EventType::Appraised, QStringLiteral("p1"), Role::Processing, {{QStringLiteral("opinion"), QStringLiteral("approve")}});
        ok = ok && ev(EventType::Transferred, QStringLiteral("p1"), Role::Processing,
                      {{QStringLiteral("to"), QStringLiteral("s1")}, {QStringLiteral("forApproval"), true}});
        ok = ok && ev(EventType::Approved, QStringLiteral("s1"), Role::Supervisor, {});
        ok = ok && ev(EventType::ResultReady, QStringLiteral("p1"), Role::Processing, {});
        ok = ok && ev(EventType::Returned, QStringLiteral("c2"), Role::Counter, {});
        ok = ok && ev(EventType::NoteAdded, QStringLiteral("c2"), Role::Counter, {{QStringLiteral("text"), QStringLiteral("đã trả")}});
        if (!ok) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(g.insert.lastError().text()));
            return false;
        }
        if (i % 50 == 49)
            t = t.addSecs(600);
    }
    QSqlQuery heads(db);
    heads.prepare(QStringLiteral("INSERT INTO chain_heads(device, last_seq, last_hash) VALUES(?, ?, ?)"));
    for (auto it = g.heads.cbegin(); it != g.heads.cend(); ++it) {
        heads.bindValue(0, it.key());
        heads.bindValue(1, it->first);
        heads.bindValue(2, QString::fromLatin1(it->second.toHex()));
        if (!heads.exec())
            return false;
    }
    std::printf("events: %lld\n", g.events);
    return db.commit();
}

} // namespace motcua::bench
