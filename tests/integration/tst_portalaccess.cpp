// Authorization on every endpoint of the non-sync half of the portal: no token → 401 everywhere;
// an office sees only itself, a province centre's supervisor (and its devices) also its communes;
// another office's device is "not found" (no oracle) and the refusal is logged; roles gate
// enrollment and revocation.
#include "support/PortalFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace motcua::test;

namespace {
QStringList codesOf(const QJsonArray &items, const QString &key)
{
    QStringList out;
    for (const auto &v : items)
        out << v.toObject().value(key).toString();
    return out;
}
} // namespace

class TestPortalAccess : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.setUp(&error, 50), qPrintable(error));
        for (const auto &o : m_f.officers)
            m_tokens.insert(o.login, m_f.login(o.login));
        for (const auto &t : std::as_const(m_tokens))
            QVERIFY(!t.isEmpty());
        m_idNumber = m_f.pg.psql(QStringLiteral("SELECT id_number FROM citizens LIMIT 1")).trimmed();
        QCOMPARE(m_idNumber.size(), 12);
    }

    void everyEndpointNeedsAToken()
    {
        const QList<QPair<QByteArray, QString>> endpoints{
            {"GET", QStringLiteral("/v1/offices")},
            {"GET", QStringLiteral("/v1/officers")},
            {"POST", QStringLiteral("/v1/devices")},
            {"POST", QStringLiteral("/v1/devices/0b7e8a52-6d0e-4a53-9f39-6c2d3c3f4e11/revoke")},
            {"POST", QStringLiteral("/v1/devices/0b7e8a52-6d0e-4a53-9f39-6c2d3c3f4e11/slot-secret")},
            {"GET", QStringLiteral("/v1/catalog?after=0")},
            {"GET", QStringLiteral("/v1/calendar?after=0")},
            {"GET", QStringLiteral("/v1/policy")},
            {"GET", QStringLiteral("/v1/citizens/") + m_idNumber},
        };
        for (const auto &[method, path] : endpoints) {
            const auto r = m_f.portal->request(method, path, method == "POST" ? QByteArray("{}") : QByteArray());
            QVERIFY2(r.status == 401, qPrintable(QString::fromLatin1(method) + QLatin1Char(' ') + path));
            QCOMPARE(r.errorCode(), QStringLiteral("auth.token-missing"));
            // Nothing of the answer leaks what was asked for.
            QVERIFY(!r.body.contains(m_idNumber.toLatin1()));
        }
    }

    void officesAreTheVisibleOnes()
    {
        auto offices = [&](const QString &login) {
            const auto r = m_f.portal->get(QStringLiteral("/v1/offices"), m_tokens.value(login));
            return codesOf(r.json().value(QStringLiteral("offices")).toArray(), QStringLiteral("code"));
        };
        const QStringList all{QStringLiteral("000.00.00.H55"), QStringLiteral("H55.242"), QStringLiteral("H55.243")};
        QCOMPARE(offices(QStringLiteral("lan")), QStringList{QStringLiteral("H55.242")});
        QCOMPARE(offices(QStringLiteral("dung")), QStringList{QStringLiteral("H55.242")});   // a commune's supervisor: own office
        QCOMPARE(offices(QStringLiteral("mai")), QStringList{QStringLiteral("H55.243")});
        QCOMPARE(offices(QStringLiteral("khanh")), all);                                      // province supervisor
        QCOMPARE(offices(QStringLiteral("nhung")), QStringList{QStringLiteral("000.00.00.H55")});   // province counter
        // A device of the province centre sees its communes too; a commune's device only itself.
        const DeviceKeys keys = DeviceKeys::make();
        const QString centreDevice = m_f.enroll(m_tokens.value(QStringLiteral("nhung")), keys);
        const QByteArray centreToken = m_f.deviceAuth(centreDevice, keys).json().value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(codesOf(m_f.portal->get(QStringLiteral("/v1/offices"), centreToken).json().value(QStringLiteral("offices")).toArray(),
                         QStringLiteral("code")),
                 all);
    }

    void officersOfTheOwnOfficeOnly()
    {
        auto logins = [&](const QString &login) {
            const auto r = m_f.portal->get(QStringLiteral("/v1/officers"), m_tokens.value(login));
            const QJsonArray list = r.json().value(QStringLiteral("officers")).toArray();
            for (const auto &o : list)
                Q_ASSERT(!o.toObject().contains(QStringLiteral("passwordHash")));
            return codesOf(list, QStringLiteral("login"));
        };
        QCOMPARE(logins(QStringLiteral("lan")),
                 (QStringList{QStringLiteral("binh"), QStringLiteral("dung"), QStringLiteral("hoa"), QStringLiteral("lan"), QStringLiteral("tuan")}));
        QCOMPARE(logins(QStringLiteral("mai")), QStringList{QStringLiteral("mai")});
        QCOMPARE(logins(QStringLiteral("khanh")), (QStringList{QStringLiteral("khanh"), QStringLiteral("nhung")}));
        const auto body = m_f.portal->get(QStringLiteral("/v1/officers"), m_tokens.value(QStringLiteral("lan"))).body;
        QVERIFY(!body.contains("argon2"));
    }

    void enrollmentNeedsAnEnrollingRole()
    {
        const auto processing = m_f.portal->postJson(
            QStringLiteral("/v1/devices"), QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(DeviceKeys::make().publicKey.toBase64())}},
            m_tokens.value(QStringLiteral("hoa")));
        QCOMPARE(processing.status, 403);
        QCOMPARE(processing.errorCode(), QStringLiteral("auth.forbidden"));
        // A device cannot enroll another device.
        const DeviceKeys keys = DeviceKeys::make();
        const QString device = m_f.enroll(m_tokens.value(QStringLiteral("lan")), keys);
        const QByteArray deviceToken = m_f.deviceAuth(device, keys).json().value(QStringLiteral("token")).toString().toLatin1();
        const auto byDevice = m_f.portal->postJson(
            QStringLiteral("/v1/devices"), QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(DeviceKeys::make().publicKey.toBase64())}},
            deviceToken);
        QCOMPARE(byDevice.status, 403);
        QCOMPARE(byDevice.errorCode(), QStringLiteral("auth.forbidden"));
    }

    void revocationMatrix()
    {
        auto revoke = [&](const QString &login, const QString &device) {
            return m_f.portal->request("POST", QStringLiteral("/v1/devices/%1/revoke").arg(device), "{}", m_tokens.value(login));
        };
        const QString commune242 = m_f.enroll(m_tokens.value(QStringLiteral("lan")), DeviceKeys::make());
        const QString commune243 = m_f.enroll(m_tokens.value(QStringLiteral("mai")), DeviceKeys::make());
        QVERIFY(!commune242.isEmpty() && !commune243.isEmpty());

        // Another commune's admin+supervisor: not found (and the refusal is logged).
        const auto other = revoke(QStringLiteral("mai"), commune242);
        QCOMPARE(other.status, 404);
        QCOMPARE(other.errorCode(), QStringLiteral("not-found"));
        QVERIFY(m_f.portal->stderrText().contains("refused POST /v1/devices/{uuid}/revoke (answered not-found)"));
        QCOMPARE(revoke(QStringLiteral("dung"), commune243).status, 404);
        // Own office, counter or processing role: forbidden.
        QCOMPARE(revoke(QStringLiteral("lan"), commune242).errorCode(), QStringLiteral("auth.forbidden"));
        QCOMPARE(revoke(QStringLiteral("hoa"), commune242).errorCode(), QStringLiteral("auth.forbidden"));
        // The province centre's counter officer does not cover the communes.
        QCOMPARE(revoke(QStringLiteral("nhung"), commune242).status, 404);
        QCOMPARE(m_f.pg.psql(QStringLiteral("SELECT count(*) FROM devices WHERE revoked_at IS NOT NULL")).trimmed(), QStringLiteral("0"));
        // The commune's admin, and the province supervisor for a commune's device.
        QCOMPARE(revoke(QStringLiteral("tuan"), commune242).status, 200);
        QCOMPARE(revoke(QStringLiteral("khanh"), commune243).status, 200);
        QCOMPARE(m_f.pg.psql(QStringLiteral("SELECT count(*) FROM devices WHERE revoked_at IS NOT NULL")).trimmed(), QStringLiteral("2"));
        // Unknown or malformed uuids: not found.
        QCOMPARE(revoke(QStringLiteral("khanh"), QStringLiteral("0b7e8a52-6d0e-4a53-9f39-6c2d3c3f4e11")).status, 404);
        QCOMPARE(revoke(QStringLiteral("khanh"), QStringLiteral("not-a-uuid")).status, 404);
    }

    void feedsPolicyAndRegistryForEveryToken()
    {
        for (const QString &login : {QStringLiteral("lan"), QStringLiteral("mai"), QStringLiteral("khanh")}) {
            const QByteArray token = m_tokens.value(login);
            const auto catalog = m_f.portal->get(QStringLiteral("/v1/catalog?after=0"), token);
            QCOMPARE(catalog.status, 200);
            QCOMPARE(catalog.json().value(QStringLiteral("version")).toInt(), 1);
            QVERIFY(catalog.json().value(QStringLiteral("procedures")).toArray().size() > 10);
            const auto current = m_f.portal->get(QStringLiteral("/v1/catalog?after=1"), token);
            QCOMPARE(current.json(), (QJsonObject{{QStringLiteral("version"), 1}}));
            const auto calendar = m_f.portal->get(QStringLiteral("/v1/calendar?after=0"), token);
            QCOMPARE(calendar.status, 200);
            QVERIFY(calendar.json().value(QStringLiteral("days")).toArray().size() > 10);
            QCOMPARE(m_f.portal->get(QStringLiteral("/v1/calendar?after=1"), token).json(), (QJsonObject{{QStringLiteral("version"), 1}}));
            QCOMPARE(m_f.portal->get(QStringLiteral("/v1/catalog?after=x"), token).errorCode(), QStringLiteral("request.malformed"));
            const auto policy = m_f.portal->get(QStringLiteral("/v1/policy"), token).json();
            QCOMPARE(policy, (QJsonObject{{QStringLiteral("warnAfterDays"), 3}, {QStringLiteral("blockAfterDays"), 14},
                                          {QStringLiteral("blockAfterUnsynced"), 500}}));
            const auto citizen = m_f.portal->get(QStringLiteral("/v1/citizens/") + m_idNumber, token);
            QCOMPARE(citizen.status, 200);
            QCOMPARE(citizen.json().value(QStringLiteral("idNumber")).toString(), m_idNumber);
        }
        const QByteArray lan = m_tokens.value(QStringLiteral("lan"));
        QCOMPARE(m_f.portal->get(QStringLiteral("/v1/citizens/999999999999"), lan).errorCode(), QStringLiteral("not-found"));
        QCOMPARE(m_f.portal->get(QStringLiteral("/v1/citizens/12345"), lan).errorCode(), QStringLiteral("request.malformed"));
    }

private:
    PortalFixture m_f;
    QHash<QString, QByteArray> m_tokens;
    QString m_idNumber;
};

QTEST_GUILESS_MAIN(TestPortalAccess)
#include "tst_portalaccess.moc"
