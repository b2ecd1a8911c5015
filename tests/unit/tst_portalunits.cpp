// Pure pieces of the portal without a server: bearer tokens (issue, verify, tampering, expiry),
// bearer-header parsing, error statuses, the shape checks of an online submission, and the
// escaping of values into SQL literals, the database URLs the commands take.
#include "portal/auth/Tokens.h"
#include "portal/db/PgUrl.h"
#include "portal/db/Sql.h"
#include "portal/http/HttpRequest.h"
#include "portal/http/HttpResponse.h"
#include "portal/submissions/OnlineSubmissions.h"
#include "portal/submissions/SubmissionCheck.h"

#include <QJsonArray>

#include <QSqlDatabase>
#include <QtTest>

using namespace motcua;
using namespace motcua::portal;

class TestPortalUnits : public QObject {
    Q_OBJECT

private slots:
    void tokensRoundTrip()
    {
        const Tokens tokens(QByteArray(32, 'k'));
        const QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(8, 30), Qt::UTC);
        TokenClaims c;
        c.subject = QStringLiteral("lan");
        c.office = QStringLiteral("H55.242");
        c.roles = Role::Counter | Role::Supervisor;
        c.expiresAt = now.addSecs(Tokens::kLifetimeSecs);
        const QByteArray token = tokens.issue(c);
        auto back = tokens.verify(token, now);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back->subject, c.subject);
        QCOMPARE(back->office, c.office);
        QCOMPARE(back->roles, c.roles);
        QCOMPARE(back->expiresAt, c.expiresAt);
        QVERIFY(back->kind == TokenClaims::Kind::Officer);

        // One second before exp it is valid; at exp it is expired.
        QVERIFY(tokens.verify(token, c.expiresAt.addSecs(-1)).ok());
        QCOMPARE(tokens.verify(token, c.expiresAt).error().code, QStringLiteral("auth.token-expired"));
        // Another key, a flipped byte anywhere, extra parts: invalid.
        QCOMPARE(Tokens(QByteArray(32, 'x')).verify(token, now).error().code, QStringLiteral("auth.token-invalid"));
        for (int i = 0; i < token.size(); ++i) {
            QByteArray bad = token;
            bad[i] = bad[i] == 'A' ? 'B' : 'A';
            if (bad == token)
                continue;
            QVERIFY2(!tokens.verify(bad, now).ok(), qPrintable(QString::number(i)));
        }
        QVERIFY(!tokens.verify(token + ".x", now).ok());
        QVERIFY(!tokens.verify(QByteArray(), now).ok());
    }

    void bearerHeader()
    {
        HttpRequest r;
        QVERIFY(!r.bearerToken());
        r.headers = {{"authorization", "Bearer abc.def"}};
        QCOMPARE(*r.bearerToken(), QByteArray("abc.def"));
        r.headers = {{"Authorization", "bearer   abc.def  "}};
        QCOMPARE(*r.bearerToken(), QByteArray("abc.def"));
        r.headers = {{"Authorization", "Basic abc"}};
        QVERIFY(!r.bearerToken());
        r.headers = {{"Authorization", "Bearer "}};
        QVERIFY(!r.bearerToken());
    }

    void errorStatuses()
    {
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("request.malformed")), 400);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("request.too-large")), 413);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("auth.token-expired")), 401);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("auth.forbidden")), 403);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("device.revoked")), 403);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("not-found")), 404);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("devices.office-full")), 409);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("bundle.tampered")), 422);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("server.unavailable")), 503);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("online.bad-submission")), 422);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("online.unknown-office")), 422);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("codes.day-exhausted")), 409);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("codes.lookup-exhausted")), 409);
        QCOMPARE(HttpResponse::statusOf(QStringLiteral("something.else")), 500);
        // A 500's detail never reaches the client.
        const HttpResponse r = HttpResponse::error(Error(QStringLiteral("server.error"), QStringLiteral("query: secret detail")));
        QCOMPARE(r.status(), 500);
        QVERIFY(!r.body().contains("secret"));
        QCOMPARE(r.errorCode(), QStringLiteral("server.error"));
    }

    // A connector's kind is never a token: issued as "connector", refused by verify().
    void aConnectorKindIsNoToken()
    {
        const Tokens tokens(QByteArray(32, 'k'));
        TokenClaims c;
        c.kind = TokenClaims::Kind::Connector;
        c.subject = QStringLiteral("0b7e8a52-6d0e-4a53-9f39-6c2d3c3f4e11");
        c.office = QStringLiteral("H55.242");
        c.expiresAt = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(!tokens.verify(tokens.issue(c), QDateTime::currentDateTimeUtc()).ok());
    }

    // The shape of an online submission, field by field (the database checks are in
    // tst_portalsubmissions).
    void submissionShape()
    {
        OnlineSubmission s;
        const QList<FieldError> body = submissioncheck::read(
            QJsonObject{{QStringLiteral("office"), QStringLiteral("H55.242")},
                        {QStringLiteral("procedure"), QStringLiteral("1.001193")},
                        {QStringLiteral("externalRef"), QStringLiteral("DVC-1")},
                        {QStringLiteral("extra"), 1},
                        {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("organisation")},
                                                                 {QStringLiteral("name"), QStringLiteral("Công ty A")},
                                                                 {QStringLiteral("oldIdNumber"), QStringLiteral("12345")},
                                                                 {QStringLiteral("phone"), 912}}},
                        {QStringLiteral("components"),
                         QJsonArray{QJsonObject{{QStringLiteral("number"), 2}, {QStringLiteral("pages"), QJsonArray{QString(64, QLatin1Char('a'))}}},
                                    QJsonObject{{QStringLiteral("number"), 2}, {QStringLiteral("pages"), QJsonArray{QStringLiteral("ABC")}}},
                                    QJsonObject{{QStringLiteral("number"), 3}, {QStringLiteral("pages"), QJsonArray{}}}}}},
            s);
        QCOMPARE(body.size(), 1);
        QCOMPARE(body[0].field, QStringLiteral("extra"));
        QCOMPARE(body[0].code, QStringLiteral("online.unknown-field"));
        QCOMPARE(s.components.size(), 3);
        QHash<QString, QString> got;
        for (const FieldError &e : submissioncheck::shape(s))
            got.insert(e.field, e.code);
        const QHash<QString, QString> expected{
            {QStringLiteral("applicant.businessCode"), QStringLiteral("online.required")},
            {QStringLiteral("applicant.oldIdNumber"), QStringLiteral("online.bad-value")},
            {QStringLiteral("applicant.phone"), QStringLiteral("online.bad-value")},
            {QStringLiteral("components[1].number"), QStringLiteral("online.bad-value")},
            {QStringLiteral("components[1].pages[0]"), QStringLiteral("online.bad-value")},
            {QStringLiteral("components[2].pages"), QStringLiteral("online.required")},
        };
        QCOMPARE(got, expected);
        // A complete citizen: nothing refused.
        s.applicant = QJsonObject{{QStringLiteral("idNumber"), QStringLiteral("001090123456")},
                                  {QStringLiteral("name"), QStringLiteral("Trần Thị Bình")},
                                  {QStringLiteral("gender"), QStringLiteral("Nữ")},
                                  {QStringLiteral("dob"), QStringLiteral("1990-05-04")}};
        s.components = {OnlineSubmission::Component{1, {QString(64, QLatin1Char('a'))}}};
        QVERIFY(submissioncheck::shape(s).isEmpty());
    }

    void valuesBecomeLiterals()
    {
        const QSqlDatabase none;   // only bytea needs the driver
        QCOMPARE(withValues(none, QStringLiteral("SELECT ?, ?, ?, ?"), {42, true, QVariant(), QStringLiteral("a'b")}),
                 QStringLiteral("SELECT 42, TRUE, NULL, 'a''b'"));
        // A ? inside a quoted literal is not a placeholder; a ? inside a value is not rescanned.
        QCOMPARE(withValues(none, QStringLiteral("SELECT 'x?y', ?, ?"), {QStringLiteral("?"), 7}),
                 QStringLiteral("SELECT 'x?y', '?', 7"));
        QCOMPARE(withValues(none, QStringLiteral("SELECT 'it''s ?', ?"), {1}), QStringLiteral("SELECT 'it''s ?', 1"));
        // Injection attempts stay inside their literal; NUL is dropped; backslashes are literal.
        QCOMPARE(literal(none, QStringLiteral("'); DROP TABLE x; --")), QStringLiteral("'''); DROP TABLE x; --'"));
        QCOMPARE(literal(none, QString(QString(QStringLiteral("a")) + QChar(0) + QStringLiteral("b\\'"))), QStringLiteral("'ab\\'''"));
        QCOMPARE(literal(none, QStringLiteral("Nguyễn Thị Ánh")), QStringLiteral("'Nguyễn Thị Ánh'"));
        QCOMPARE(literal(none, QDateTime(QDate(2026, 12, 6), QTime(8, 30), Qt::UTC)), QStringLiteral("'2026-12-06T08:30:00.000Z'"));
        QCOMPARE(literal(none, qlonglong(9007199254740993)), QStringLiteral("9007199254740993"));
    }

    void databaseUrls()
    {
        // Over TCP, or through the Unix-domain socket of a PostgreSQL beside the portal: its folder
        // URL-encoded as the host (libpq takes a host starting with '/' as a socket folder).
        Result<PgUrl> tcp = PgUrl::parse(QStringLiteral("postgresql://app:b%C3%AD@127.0.0.1:5433/motcua"));
        QVERIFY(tcp.ok());
        QCOMPARE(tcp->user, QStringLiteral("app"));
        QCOMPARE(tcp->password, QStringLiteral("bí"));
        QCOMPARE(tcp->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(tcp->port, 5433);
        QCOMPARE(tcp->database, QStringLiteral("motcua"));
        QVERIFY(!tcp->display().contains(QStringLiteral("bí")));
        Result<PgUrl> socket = PgUrl::parse(QStringLiteral("postgres://motcua@%2Fvar%2Frun%2Fpostgresql/motcua"));
        QVERIFY2(socket.ok(), socket.ok() ? "" : qPrintable(socket.error().toString()));
        QCOMPARE(socket->host, QStringLiteral("/var/run/postgresql"));
        QCOMPARE(socket->port, 5432);
        QCOMPARE(socket->database, QStringLiteral("motcua"));
        Result<PgUrl> full = PgUrl::parse(QStringLiteral("postgresql://app:p%40ss@%2Ftmp%2Fmotcua-pg-x:5499/bench"));
        QVERIFY(full.ok());
        QCOMPARE(full->host, QStringLiteral("/tmp/motcua-pg-x"));
        QCOMPARE(full->password, QStringLiteral("p@ss"));
        QCOMPARE(full->port, 5499);
        QCOMPARE(full->database, QStringLiteral("bench"));
        for (const char *bad : {"mysql://app@127.0.0.1/motcua", "postgresql://app@127.0.0.1:5432/", "postgresql:///motcua",
                                "postgresql://app@127.0.0.1/a/b", "postgresql://app@%2Ftmp:99999/motcua",
                                "postgresql://app@%2Ftmp/motcua%2Fx"}) {
            Result<PgUrl> r = PgUrl::parse(QString::fromLatin1(bad));
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().code, QStringLiteral("portal.bad-db-url"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPortalUnits)
#include "tst_portalunits.moc"
