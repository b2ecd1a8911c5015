// Who may see what of sync, against a real PostgreSQL and two real `motcua-portal serve` instances
// (support/PortalSyncBase): the public status reveals nothing else, another office's token is
// refused on every sync route, a revoked device is refused (push, changes, bundles).
#include "domain/audit/ChainHash.h"
#include "domain/dossier/Event.h"
#include "support/PortalSyncBase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <sodium.h>

#include <atomic>
#include <map>
#include <memory>

using namespace motcua;
using namespace motcua::test;
using namespace motcua::test::portalsync;

class TestPortalSyncAccess : public PortalSyncBase {
    Q_OBJECT
private slots:
    void initTestCase() { setUpPortals(); }
    void cleanupTestCase() { checkLogsClean(); }
    void publicStatusRevealsNothingElse();
    void foreignOfficeIsRefusedEverywhere();
    void revokedDeviceRefused();
};

void TestPortalSyncAccess::publicStatusRevealsNothingElse()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const Event r = d->receive(QStringLiteral("ABCD2345"));
    QCOMPARE(d->push({r}).status, 200);
    const QUrl base(m_b->baseUrl());
    const QString code = QString::fromLatin1(QUrl::toPercentEncoding(r.dossier));
    HttpReply ok = httpCall(base, "GET", QStringLiteral("/v1/public/status?code=%1&lookup=ABCD2345").arg(code));
    QCOMPARE(ok.status, 200);
    const QJsonObject o = ok.json();
    QStringList keys = o.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{QStringLiteral("code"), QStringLiteral("dueAt"), QStringLiteral("nationalStatus"),
                                QStringLiteral("receivedAt"), QStringLiteral("returnedAt"), QStringLiteral("status")}));
    QCOMPARE(o.value(QStringLiteral("code")).toString(), r.dossier);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(o.value(QStringLiteral("nationalStatus")).toInt(), 2);
    QVERIFY(parseIsoUtcMs(o.value(QStringLiteral("receivedAt")).toString()).isValid());
    QVERIFY(parseIsoUtcMs(o.value(QStringLiteral("dueAt")).toString()) > parseIsoUtcMs(o.value(QStringLiteral("receivedAt")).toString()));
    QVERIFY(o.value(QStringLiteral("returnedAt")).isNull());
    QVERIFY(!ok.body.contains(kApplicantId.toUtf8()) && !ok.body.contains(kApplicantName.toUtf8()));
    // Typed loosely: lower case, a dash.
    QCOMPARE(httpCall(base, "GET", QStringLiteral("/v1/public/status?code=%1&lookup=abcd-2345").arg(code)).status, 200);

    // A wrong lookup code and an unknown dossier code get the same answer.
    const HttpReply wrong = httpCall(base, "GET", QStringLiteral("/v1/public/status?code=%1&lookup=ABCD2346").arg(code));
    const HttpReply unknown = httpCall(base, "GET", QStringLiteral("/v1/public/status?code=%1&lookup=ABCD2345")
                                                        .arg(QStringLiteral("H55.242-200101-990001")));
    const HttpReply none = httpCall(base, "GET", QStringLiteral("/v1/public/status?code=%1").arg(code));
    QCOMPARE(wrong.status, 404);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(none.status, 404);
    QCOMPARE(wrong.body, unknown.body);
    QCOMPARE(none.body, unknown.body);
}

void TestPortalSyncAccess::foreignOfficeIsRefusedEverywhere()
{
    auto home = device(kCommune1, QStringLiteral("tn1"));
    auto stranger = device(kCommune2, QStringLiteral("tn3"));
    const Event mine = home->receive();
    QCOMPARE(home->push({mine}).status, 200);

    // push: an event on another office's dossier is refused on its merits, and the stranger's
    // chain moves on past it (its next event is taken).
    const Event intrusion = stranger->act(mine.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("x")}});
    const Event ownNext = stranger->receive();
    HttpReply r = stranger->push({intrusion, ownNext});
    QCOMPARE(r.status, 200);
    QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("auth.forbidden"));
    QVERIFY(!results.at(1).toObject().contains(QStringLiteral("error")));
    // Idempotent as well: the same refusal again.
    QCOMPARE(stranger->push({intrusion}).json().value(QStringLiteral("results")).toArray().at(0), results.at(0));
    // The stranger's colleagues verify its device chain across the refused event: the feed carries
    // a tombstone (sequence and hash, no content) and the next event links to it. The dossier's
    // own office gets nothing of it.
    auto colleague = device(kCommune2, QStringLiteral("tn3"));
    std::optional<QJsonObject> tombstone;
    for (const QJsonObject &o : allChanges(*colleague)) {
        if (o.value(QStringLiteral("uuid")).toString() == uuidText(intrusion.uuid))
            tombstone = o;
    }
    QVERIFY(tombstone);
    QCOMPARE(tombstone->value(QStringLiteral("refused")).toString(), QStringLiteral("auth.forbidden"));
    QCOMPARE(tombstone->value(QStringLiteral("device")).toString(), stranger->id());
    QCOMPARE(qint64(tombstone->value(QStringLiteral("deviceSeq")).toDouble()), intrusion.deviceSeq);
    QCOMPARE(tombstone->value(QStringLiteral("deviceHash")).toString(), QString::fromLatin1(intrusion.deviceHash.toHex()));
    QVERIFY(tombstone->value(QStringLiteral("portalSeq")).toDouble() > 0);
    QVERIFY(!tombstone->contains(QStringLiteral("dossier")) && !tombstone->contains(QStringLiteral("payload")));
    QCOMPARE(chain::deviceLink(QByteArray::fromHex(tombstone->value(QStringLiteral("deviceHash")).toString().toLatin1()), ownNext),
             ownNext.deviceHash);
    for (const QJsonObject &o : allChanges(*home))
        QVERIFY(o.value(QStringLiteral("uuid")).toString() != uuidText(intrusion.uuid));
    // An event that claims another acting office than its device's.
    Event claim;
    claim.dossier = ownNext.dossier;
    claim.type = EventType::NoteAdded;
    claim.payload = {{QStringLiteral("text"), QStringLiteral("y")}};
    claim.officer = QStringLiteral("tn3");
    claim.office = kCommune1;
    r = stranger->push({stranger->seal(claim)});
    QCOMPARE(r.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("error")).toObject()
                 .value(QStringLiteral("code")).toString(),
             QStringLiteral("auth.forbidden"));
    // A batch naming another device.
    QJsonObject body = stranger->pushBody({stranger->receive()});
    body.insert(QStringLiteral("device"), home->id());
    QCOMPARE(stranger->pushBodyAs(body).status, 403);
    // Another device's event inside one's own (signed) batch: refused, nothing stored for it.
    const qint64 homeEvents = storedEventsOf(home->id());
    r = stranger->push({mine});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("error")).toObject()
                 .value(QStringLiteral("code")).toString(),
             QStringLiteral("auth.forbidden"));
    QCOMPARE(storedEventsOf(home->id()), homeEvents);

    // Tokens: none, an officer's, forged, expired.
    const QJsonObject good = home->pushBody({home->receive()});
    QCOMPARE(httpJson(home->portal(), "POST", QStringLiteral("/v1/sync/push"), good).status, 401);
    const QString officer = officerToken(QStringLiteral("tn1"));
    QCOMPARE(httpJson(home->portal(), "POST", QStringLiteral("/v1/sync/push"), good, officer).status, 403);
    QString forged = home->token();
    forged[forged.size() - 2] = forged[forged.size() - 2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    HttpReply refused = httpJson(home->portal(), "POST", QStringLiteral("/v1/sync/push"), good, forged);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("auth.token-invalid"));
    const QString expired = mintToken({{QStringLiteral("sub"), home->id()},
                                       {QStringLiteral("kind"), QStringLiteral("device")},
                                       {QStringLiteral("office"), kCommune1},
                                       {QStringLiteral("roles"), QJsonArray()},
                                       {QStringLiteral("exp"), isoUtcMs(QDateTime::currentDateTimeUtc().addSecs(-1))}});
    refused = httpJson(home->portal(), "POST", QStringLiteral("/v1/sync/push"), good, expired);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.errorCode(), QStringLiteral("auth.token-expired"));
    QCOMPARE(httpCall(home->portal(), "GET", QStringLiteral("/v1/sync/changes?after=0")).status, 401);
    QCOMPARE(httpCall(home->portal(), "GET", QStringLiteral("/v1/sync/changes?after=0"), {}, officer).status, 403);
    QCOMPARE(httpCall(home->portal(), "POST", QStringLiteral("/v1/sync/bundle"), QByteArray("x")).status, 401);
    QCOMPARE(httpCall(home->portal(), "GET", QStringLiteral("/v1/files/") + QString(64, QLatin1Char('a'))).status, 401);
    QCOMPARE(httpCall(home->portal(), "HEAD", QStringLiteral("/v1/files/") + QString(64, QLatin1Char('a'))).status, 401);
    QCOMPARE(httpCall(home->portal(), "PUT", QStringLiteral("/v1/files/") + QString(64, QLatin1Char('a')), QByteArray("x")).status, 401);

    // Statistics: officers of the office and of its centre, nobody else.
    const QString path = QStringLiteral("/v1/offices/%1/stats").arg(kCommune1);
    const HttpReply own = httpCall(home->portal(), "GET", path, {}, officer);
    QCOMPARE(own.status, 200);
    QCOMPARE(own.json().value(QStringLiteral("office")).toString(), kCommune1);
    QCOMPARE(own.json().value(QStringLiteral("duplicates")).toDouble(), 0.0);
    QVERIFY(!own.body.contains(kApplicantId.toUtf8()));
    const QString supervisor = officerToken(QStringLiteral("ld"));
    QCOMPARE(httpCall(home->portal(), "GET", path, {}, supervisor).status, 200);
    const QString foreign = officerToken(QStringLiteral("tn3"));
    QCOMPARE(httpCall(home->portal(), "GET", path, {}, foreign).status, 403);
    QCOMPARE(httpCall(home->portal(), "GET", path, {}, home->token()).status, 403);
    QCOMPARE(httpCall(home->portal(), "GET", path).status, 401);
}

void TestPortalSyncAccess::revokedDeviceRefused()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const Event e = d->receive();
    QCOMPARE(d->push({e}).status, 200);
    QVERIFY(!m_pg.psql(QStringLiteral("UPDATE devices SET revoked_at = now() WHERE uuid = '%1'").arg(d->id())).isNull());
    const Event later = d->receive();
    HttpReply r = d->push({later});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("device.revoked"));
    r = httpCall(d->portal(), "GET", QStringLiteral("/v1/sync/changes?after=0"), {}, d->token());
    QCOMPARE(r.status, 403);
    // Its bundles too, whoever carries them.
    const QByteArray sealed = d->bundle({later}, {});
    const QString courier = officerToken(QStringLiteral("tn2"));
    r = httpCall(d->portal(), "POST", QStringLiteral("/v1/sync/bundle"), sealed, courier, {{"Content-Type", "application/octet-stream"}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("device.revoked"));
    QCOMPARE(storedEventsOf(d->id()), 1);
}

QTEST_GUILESS_MAIN(TestPortalSyncAccess)
#include "tst_portalsyncaccess.moc"
