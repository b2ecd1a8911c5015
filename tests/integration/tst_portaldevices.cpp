// Device enrollment numbering on a real portal: the lowest number never handed out in the office,
// per office, never reused after a revocation, unique when two portal instances enroll at once,
// and 409 devices.office-full after 99.
#include "support/PortalFixture.h"

#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace motcua::test;

class TestPortalDevices : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.setUp(&error, 0), qPrintable(error));
    }

    void numbersCountUpPerOfficeAndAreNeverReused()
    {
        const QByteArray lan = m_f.login(QStringLiteral("lan"));
        const QByteArray mai = m_f.login(QStringLiteral("mai"));
        int n1 = 0, n2 = 0, n3 = 0, other = 0, n4 = 0;
        const QString d1 = m_f.enroll(lan, DeviceKeys::make(), &n1);
        const QString d2 = m_f.enroll(lan, DeviceKeys::make(), &n2);
        QVERIFY(!d1.isEmpty() && !d2.isEmpty());
        QCOMPARE(n1, 1);
        QCOMPARE(n2, 2);
        QVERIFY(!m_f.enroll(mai, DeviceKeys::make(), &other).isEmpty());
        QCOMPARE(other, 1);   // another office counts on its own
        const QByteArray dung = m_f.login(QStringLiteral("dung"));
        QCOMPARE(m_f.portal->request("POST", QStringLiteral("/v1/devices/%1/revoke").arg(d2), "{}", dung).status, 200);
        QCOMPARE(m_f.portal->request("POST", QStringLiteral("/v1/devices/%1/revoke").arg(d2), "{}", dung).status, 200);   // idempotent
        QVERIFY(!m_f.enroll(lan, DeviceKeys::make(), &n3).isEmpty());
        QCOMPARE(n3, 3);   // 2 was used in dossier codes: never handed out again
        // A gap (a row removed by hand) is filled: the lowest free number.
        m_f.pg.psql(QStringLiteral("DELETE FROM devices WHERE office = 'H55.242' AND number = 1"));
        QVERIFY(!m_f.enroll(lan, DeviceKeys::make(), &n4).isEmpty());
        QCOMPARE(n4, 1);
    }

    void enrollmentAnswerHasTheDocumentedShape()
    {
        const QByteArray binh = m_f.login(QStringLiteral("binh"));
        const DeviceKeys keys = DeviceKeys::make();
        const auto r = m_f.portal->postJson(QStringLiteral("/v1/devices"),
                                            QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(keys.publicKey.toBase64())},
                                                        {QStringLiteral("name"), QStringLiteral("Quầy 2 '); DROP TABLE devices; -- ? \\x")}},
                                            binh);
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("office")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("H55.242"));
        QCOMPARE(o.value(QStringLiteral("office")).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("commune"));
        const QJsonObject keysJson = o.value(QStringLiteral("portalKeys")).toObject();
        QCOMPARE(QByteArray::fromBase64(keysJson.value(QStringLiteral("sign")).toString().toLatin1()).size(), 32);
        QCOMPARE(QByteArray::fromBase64(keysJson.value(QStringLiteral("box")).toString().toLatin1()).size(), 32);
        // Values reach PostgreSQL as escaped literals: stored verbatim, nothing executed.
        QCOMPARE(m_f.pg.psql(QStringLiteral("SELECT name FROM devices WHERE uuid = '%1'").arg(o.value(QStringLiteral("device")).toString())).trimmed(),
                 QStringLiteral("Quầy 2 '); DROP TABLE devices; -- ? \\x"));
        QCOMPARE(keysJson.value(QStringLiteral("sign")).toString(),
                 m_f.pg.psql(QStringLiteral("SELECT sign_public FROM portal_secrets")).trimmed());
        // A bad key is malformed.
        const auto bad = m_f.portal->postJson(QStringLiteral("/v1/devices"), QJsonObject{{QStringLiteral("publicKey"), QStringLiteral("AAAA")}}, binh);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("request.malformed"));
    }

    void twoInstancesNeverHandOutANumberTwice()
    {
        PortalProcess second(m_f.pg.url(), m_f.files.path());
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        const QByteArray token = m_f.login(QStringLiteral("khanh"));   // the province centre: no devices yet
        const PortalProcess *instances[] = {m_f.portal.get(), &second};
        const QByteArray body = [] {
            QJsonObject o{{QStringLiteral("publicKey"), QString::fromLatin1(DeviceKeys::make().publicKey.toBase64())}};
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        }();
        QList<QFuture<int>> runs;
        constexpr int kCount = 30;
        for (int i = 0; i < kCount; ++i) {
            const PortalProcess *target = instances[i % 2];
            runs << QtConcurrent::run([target, token, body] {
                const auto r = target->request("POST", QStringLiteral("/v1/devices"), body, token);
                return r.status == 201 ? r.json().value(QStringLiteral("number")).toInt() : -r.status;
            });
        }
        QList<int> results;
        for (auto &f : runs)
            results << f.result();   // all finished before anything is checked (or `second` goes)
        QSet<int> numbers;
        for (const int n : std::as_const(results)) {
            QVERIFY2(n > 0, qPrintable(QStringLiteral("enrollment failed with %1: %2").arg(-n).arg(QString::fromUtf8(m_f.portal->stderrText() + second.stderrText()).right(1500))));
            QVERIFY2(!numbers.contains(n), qPrintable(QStringLiteral("number %1 handed out twice").arg(n)));
            numbers.insert(n);
        }
        for (int n = 1; n <= kCount; ++n)
            QVERIFY(numbers.contains(n));
        QCOMPARE(m_f.pg.psql(QStringLiteral("SELECT count(DISTINCT number) FROM devices WHERE office = '000.00.00.H55'")).trimmed(),
                 QString::number(kCount));
    }

    void aFullOfficeIsRefused()
    {
        // Fill H55.243 up to 99 directly, then ask for one more.
        m_f.pg.psql(QStringLiteral("INSERT INTO devices (uuid, office, number, public_key)"
                                   " SELECT gen_random_uuid(), 'H55.243', n, 'x' FROM generate_series(1, 99) n"
                                   " WHERE n NOT IN (SELECT number FROM devices WHERE office = 'H55.243')"));
        const QByteArray mai = m_f.login(QStringLiteral("mai"));
        const auto r = m_f.portal->postJson(QStringLiteral("/v1/devices"),
                                            QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(DeviceKeys::make().publicKey.toBase64())}},
                                            mai);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("devices.office-full"));
    }

private:
    PortalFixture m_f;
};

QTEST_GUILESS_MAIN(TestPortalDevices)
#include "tst_portaldevices.moc"
