// Portal identities against a real PostgreSQL and a real `motcua-portal serve`: officer login
// (Argon2id; one answer for an unknown login and a wrong password), the token format of
// docs/sync-protocol.md (checked by signing tokens here with the key from PostgreSQL), expired and
// forged tokens, tokens shared by two instances, device tokens (Ed25519, ±5 minutes) and a revoked
// device refused; repeated failed logins throttled; nothing secret or personal in the portal's log.
#include "support/PortalFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QtTest>

using namespace motcua::test;

namespace {
constexpr auto kB64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray signToken(const QJsonObject &claims, const QByteArray &key)
{
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64Url);
    return payload + '.' + QMessageAuthenticationCode::hash(payload, key, QCryptographicHash::Sha256).toBase64(kB64Url);
}

QJsonObject claimsOf(const QByteArray &token)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(token.left(token.indexOf('.')), QByteArray::Base64UrlEncoding)).object();
}
} // namespace

class TestPortalAuth : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.setUp(&error), qPrintable(error));
        m_key = QByteArray::fromBase64(m_f.pg.psql(QStringLiteral("SELECT token_key FROM portal_secrets")).trimmed().toLatin1());
        QCOMPARE(m_key.size(), 32);
    }

    void loginGivesAToken()
    {
        const auto r = m_f.portal->postJson(QStringLiteral("/v1/auth/login"),
                                            QJsonObject{{QStringLiteral("login"), QStringLiteral("lan")},
                                                        {QStringLiteral("password"), m_f.passwordOf(QStringLiteral("lan"))}});
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        const QJsonObject officer = o.value(QStringLiteral("officer")).toObject();
        QCOMPARE(officer.value(QStringLiteral("login")).toString(), QStringLiteral("lan"));
        QCOMPARE(officer.value(QStringLiteral("fullName")).toString(), QStringLiteral("Nguyễn Thị Lan"));
        QCOMPARE(officer.value(QStringLiteral("office")).toString(), QStringLiteral("H55.242"));
        QCOMPARE(officer.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("counter")});
        const QDateTime expires = QDateTime::fromString(o.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
        const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(expires);
        QVERIFY2(secs > 14 * 60 && secs <= 15 * 60, qPrintable(QString::number(secs)));
        const QByteArray token = o.value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(m_f.portal->get(QStringLiteral("/v1/policy"), token).status, 200);
        // The documented format: claims {"sub", "kind", "office", "roles", "exp"}, HMAC-SHA256.
        const QJsonObject claims = claimsOf(token);
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("lan"));
        QCOMPARE(claims.value(QStringLiteral("kind")).toString(), QStringLiteral("officer"));
        QCOMPARE(signToken(claims, m_key), token);
    }

    void wrongPasswordAndUnknownLoginAnswerTheSame()
    {
        const auto wrong = m_f.portal->postJson(QStringLiteral("/v1/auth/login"),
                                                QJsonObject{{QStringLiteral("login"), QStringLiteral("lan")},
                                                            {QStringLiteral("password"), QStringLiteral("not-her-password")}});
        const auto unknown = m_f.portal->postJson(QStringLiteral("/v1/auth/login"),
                                                  QJsonObject{{QStringLiteral("login"), QStringLiteral("nobody")},
                                                              {QStringLiteral("password"), QStringLiteral("not-her-password")}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("auth.bad-credentials"));
        QCOMPARE(unknown.status, wrong.status);
        QCOMPARE(unknown.body, wrong.body);
        // A deactivated officer gets the same answer with the right password.
        m_f.pg.psql(QStringLiteral("UPDATE officers SET active = false WHERE login = 'hoa'"));
        const auto inactive = m_f.portal->postJson(QStringLiteral("/v1/auth/login"),
                                                   QJsonObject{{QStringLiteral("login"), QStringLiteral("hoa")},
                                                               {QStringLiteral("password"), m_f.passwordOf(QStringLiteral("hoa"))}});
        QCOMPARE(inactive.body, wrong.body);
        m_f.pg.psql(QStringLiteral("UPDATE officers SET active = true WHERE login = 'hoa'"));
    }

    void malformedLogin()
    {
        QCOMPARE(m_f.portal->request("POST", QStringLiteral("/v1/auth/login"), "not json").errorCode(), QStringLiteral("request.malformed"));
        const auto r = m_f.portal->postJson(QStringLiteral("/v1/auth/login"), QJsonObject{{QStringLiteral("login"), 5}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QStringLiteral("request.malformed"));
        const auto big = m_f.portal->request("POST", QStringLiteral("/v1/auth/login"), QByteArray(200 * 1024, 'x'));
        QCOMPARE(big.status, 413);
        QCOMPARE(big.errorCode(), QStringLiteral("request.too-large"));
    }

    void missingForgedAndExpiredTokensAreRefused()
    {
        const QByteArray good = m_f.login(QStringLiteral("lan"));
        QVERIFY(!good.isEmpty());
        auto expect = [&](const QByteArray &token, const char *code) {
            const auto r = m_f.portal->get(QStringLiteral("/v1/offices"), token);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), QString::fromLatin1(code));
        };
        expect({}, "auth.token-missing");
        expect("garbage", "auth.token-invalid");
        // Claims changed (another office), signature kept.
        QJsonObject claims = claimsOf(good);
        claims.insert(QStringLiteral("office"), QStringLiteral("H55.243"));
        const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64Url);
        expect(payload + good.mid(good.indexOf('.')), "auth.token-invalid");
        // Signed with another key.
        expect(signToken(claimsOf(good), QByteArray(32, 'k')), "auth.token-invalid");
        // Signed with the portal's key but expired a second ago.
        QJsonObject old = claimsOf(good);
        old.insert(QStringLiteral("exp"), QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs));
        expect(signToken(old, m_key), "auth.token-expired");
        // The same claims with a future exp, signed with the portal's key: accepted (the format is
        // the documented one, and nothing else is needed).
        old.insert(QStringLiteral("exp"), QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs));
        QCOMPARE(m_f.portal->get(QStringLiteral("/v1/offices"), signToken(old, m_key)).status, 200);
        // A token naming an officer who does not exist (or a changed office) is refused even when signed.
        QJsonObject ghost = old;
        ghost.insert(QStringLiteral("sub"), QStringLiteral("ghost"));
        expect(signToken(ghost, m_key), "auth.token-invalid");
    }

    void anotherInstanceAcceptsTheToken()
    {
        PortalProcess second(m_f.pg.url(), m_f.files.path());
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        const QByteArray token = m_f.login(QStringLiteral("dung"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(second.get(QStringLiteral("/v1/offices"), token).status, 200);
    }

    void deviceTokens()
    {
        const QByteArray lan = m_f.login(QStringLiteral("lan"));
        const DeviceKeys keys = DeviceKeys::make();
        const QString device = m_f.enroll(lan, keys);
        QVERIFY(!device.isEmpty());

        const auto ok = m_f.deviceAuth(device, keys);
        QCOMPARE(ok.status, 200);
        const QByteArray token = ok.json().value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(claimsOf(token).value(QStringLiteral("kind")).toString(), QStringLiteral("device"));
        QCOMPARE(claimsOf(token).value(QStringLiteral("office")).toString(), QStringLiteral("H55.242"));
        QCOMPARE(m_f.portal->get(QStringLiteral("/v1/policy"), token).status, 200);

        // Signed 6 minutes ago or ahead, or by another key: refused.
        for (int minutes : {-6, 6}) {
            const auto skew = m_f.deviceAuth(device, keys, QDateTime::currentDateTimeUtc().addSecs(minutes * 60));
            QCOMPARE(skew.status, 401);
            QCOMPARE(skew.errorCode(), QStringLiteral("auth.bad-signature"));
        }
        QCOMPARE(m_f.deviceAuth(device, keys, QDateTime::currentDateTimeUtc().addSecs(-4 * 60)).status, 200);
        const auto forged = m_f.deviceAuth(device, DeviceKeys::make());
        QCOMPARE(forged.status, 401);
        QCOMPARE(forged.errorCode(), QStringLiteral("auth.bad-signature"));
        const auto unknown = m_f.deviceAuth(QStringLiteral("0b7e8a52-6d0e-4a53-9f39-6c2d3c3f4e11"), keys);
        QCOMPARE(unknown.status, 403);
        QCOMPARE(unknown.errorCode(), QStringLiteral("device.unknown"));

        // Revoked: the token in hand and any new one are refused.
        const QByteArray dung = m_f.login(QStringLiteral("dung"));
        QCOMPARE(m_f.portal->request("POST", QStringLiteral("/v1/devices/%1/revoke").arg(device), "{}", dung).status, 200);
        const auto after = m_f.portal->get(QStringLiteral("/v1/policy"), token);
        QCOMPARE(after.status, 403);
        QCOMPARE(after.errorCode(), QStringLiteral("device.revoked"));
        const auto again = m_f.deviceAuth(device, keys);
        QCOMPARE(again.status, 403);
        QCOMPARE(again.errorCode(), QStringLiteral("device.revoked"));
    }

    // Guessing is throttled: per login from the 5th consecutive failure (even the right password is
    // refused while locked), per address from the 20th; the lock doubles; a success clears it.
    void repeatedFailuresAreThrottled()
    {
        m_f.pg.psql(QStringLiteral("DELETE FROM login_throttle"));
        auto attempt = [this](const QString &login, const QString &password) {
            return m_f.portal->postJson(QStringLiteral("/v1/auth/login"),
                                        QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}});
        };
        const QString lan = QStringLiteral("lan");
        const QString right = m_f.passwordOf(lan);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(attempt(lan, QStringLiteral("guess-%1").arg(i)).errorCode(), QStringLiteral("auth.bad-credentials"));
        const auto locked = attempt(lan, right);
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.errorCode(), QStringLiteral("auth.throttled"));
        const int retry = locked.header("Retry-After").toInt();
        QVERIFY2(retry >= 1 && retry <= 30, locked.header("Retry-After").constData());
        QCOMPARE(locked.json().value(QStringLiteral("retryAfter")).toInt(), retry);
        QVERIFY(!locked.body.contains(lan.toUtf8()));
        // The login's spelling does not get round it; another officer from this address is not locked.
        QCOMPARE(attempt(QStringLiteral(" LAN "), right).status, 429);
        QCOMPARE(attempt(QStringLiteral("hoa"), m_f.passwordOf(QStringLiteral("hoa"))).status, 200);
        // Nobody is named in the table.
        QVERIFY(!m_f.pg.psql(QStringLiteral("SELECT string_agg(key, ',') FROM login_throttle")).contains(lan));

        // The lock runs out: one more failure locks again, twice as long.
        m_f.pg.psql(QStringLiteral("UPDATE login_throttle SET locked_until = now() - interval '1 second'"));
        QCOMPARE(attempt(lan, QStringLiteral("guess-again")).status, 401);
        const auto longer = attempt(lan, right);
        QCOMPARE(longer.status, 429);
        QVERIFY2(longer.header("Retry-After").toInt() > 30 && longer.header("Retry-After").toInt() <= 60,
                 longer.header("Retry-After").constData());
        // After the lock a success clears the count: the next failure is the first again.
        m_f.pg.psql(QStringLiteral("UPDATE login_throttle SET locked_until = now() - interval '1 second'"));
        QCOMPARE(attempt(lan, right).status, 200);
        QCOMPARE(attempt(lan, QStringLiteral("typo")).status, 401);
        QCOMPARE(attempt(lan, right).status, 200);

        // From one address: 20 failures over many logins lock the address for everyone.
        m_f.pg.psql(QStringLiteral("DELETE FROM login_throttle"));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(attempt(QStringLiteral("ghost%1").arg(i), QStringLiteral("x")).status, 401);
        const auto address = attempt(lan, right);
        QCOMPARE(address.status, 429);
        QCOMPARE(address.errorCode(), QStringLiteral("auth.throttled"));
        m_f.pg.psql(QStringLiteral("DELETE FROM login_throttle"));
        QCOMPARE(attempt(lan, right).status, 200);
    }

    void logsHoldNoSecretsNorPersonalData()
    {
        // A citizen lookup goes through the log too.
        const QString id = m_f.pg.psql(QStringLiteral("SELECT id_number FROM citizens ORDER BY id_number LIMIT 1")).trimmed();
        const QString name = m_f.pg.psql(QStringLiteral("SELECT full_name FROM citizens ORDER BY id_number LIMIT 1")).trimmed();
        const QByteArray token = m_f.login(QStringLiteral("lan"));
        QCOMPARE(m_f.portal->get(QStringLiteral("/v1/citizens/") + id, token).status, 200);
        const QByteArray log = m_f.portal->stderrText();
        QVERIFY2(log.contains("refused"), log.constData());   // the refusals above were logged
        QVERIFY(!log.contains(token.left(20)));
        for (const auto &o : m_f.officers)
            QVERIFY2(!log.contains(o.password.toUtf8()), qPrintable(o.login));
        QVERIFY(!log.contains(id.toUtf8()));
        QVERIFY(!log.contains(name.toUtf8()));
        QVERIFY(!log.contains("Nguyễn Thị Lan"));
        static const QRegularExpression twelveDigits(QStringLiteral("\\d{12}"));
        QVERIFY(!twelveDigits.match(QString::fromUtf8(log)).hasMatch());
    }

private:
    PortalFixture m_f;
    QByteArray m_key;
};

QTEST_GUILESS_MAIN(TestPortalAuth)
#include "tst_portalauth.moc"
