// Online submissions over HTTP (issue 11, online-http): a real PostgreSQL 15 (PgCluster) and the
// real portal (`motcua-portal serve`, demo offices: centre 000.00.00.H55, communes H55.242 and
// H55.243). A connector credential made by `motcua-portal connector-add` uploads the pages through
// PUT /v1/files/{sha256} and posts POST /v1/submissions; the same external reference again answers
// the same dossier; every refused field is answered; only the connector's credential of the
// office is accepted (not an officer's or a device's token, not a wrong secret, not a revoked
// connector, not another office's connector); the dossier reaches the office's devices through the
// change feed and no other commune's; lookup codes are unique per office; nothing personal is
// logged.
#include "support/PortalFixture.h"
#include "support/PortalHttp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace motcua::test;

namespace {

const QString kCommune = QStringLiteral("H55.242");
const QString kOtherCommune = QStringLiteral("H55.243");
const QString kCentre = QStringLiteral("000.00.00.H55");
const QString kIdNumber = QStringLiteral("001090123456");
const QString kName = QStringLiteral("Trần Thị Bình");

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject applicant()
{
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("citizen")},
                       {QStringLiteral("idNumber"), kIdNumber},
                       {QStringLiteral("name"), kName},
                       {QStringLiteral("dob"), QStringLiteral("1990-05-04")},
                       {QStringLiteral("gender"), QStringLiteral("Nữ")},
                       {QStringLiteral("address"), QStringLiteral("Số 1, phố Huế, Hà Nội")}};
}

// field → error code of a 422 answer.
QMultiHash<QString, QString> fieldsOf(const HttpReply &r)
{
    QMultiHash<QString, QString> out;
    for (const QJsonValue &v : r.json().value(QStringLiteral("fields")).toArray())
        out.insert(v.toObject().value(QStringLiteral("field")).toString(), v.toObject().value(QStringLiteral("error")).toString());
    return out;
}

} // namespace

class TestPortalSubmissions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void connectorAddAndItsUsage();
    void uploadThenSubmitMintsAPortalCode();
    void theSameReferenceIsTheSameDossier();
    void everyRefusedFieldIsAnswered();
    void aProcedureTheOfficeDoesNotServeIsRefused();
    void onlyTheOfficesConnectorMaySubmit();
    void aRevokedConnectorIsRefused();
    void reachesTheOfficesDevicesThroughTheChangeFeed();
    void lookupCodesAreUniquePerOffice();
    void nothingPersonalIsLogged();

private:
    QString connectorFor(const QString &office, QString *id = nullptr);
    HttpReply put(const QByteArray &bytes, const QByteArray &credential) const
    {
        return m_f.portal->request("PUT", QStringLiteral("/v1/files/") + sha256(bytes), bytes, credential);
    }
    HttpReply post(const QJsonObject &body, const QByteArray &credential) const
    {
        return m_f.portal->postJson(QStringLiteral("/v1/submissions"), body, credential);
    }
    QJsonObject submission(const QString &office, const QString &ref, const QStringList &pages,
                           const QString &procedure = QStringLiteral("1.001193")) const
    {
        return QJsonObject{{QStringLiteral("office"), office},
                           {QStringLiteral("procedure"), procedure},
                           {QStringLiteral("externalRef"), ref},
                           {QStringLiteral("applicant"), applicant()},
                           {QStringLiteral("components"),
                            QJsonArray{QJsonObject{{QStringLiteral("number"), 1}, {QStringLiteral("pages"), QJsonArray::fromStringList(pages)}}}}};
    }
    QByteArray officerOf(const QString &office, const QString &role);
    QByteArray deviceTokenOf(const QString &office);
    QJsonObject stats(const QString &office) const
    {
        const PortalRun r = runPortal({QStringLiteral("stats"), QStringLiteral("--db"), m_f.pg.url(), QStringLiteral("--office"), office});
        return QJsonDocument::fromJson(r.out).object();
    }

    PortalFixture m_f;
    QByteArray m_connector;        // H55.242
    QByteArray m_otherConnector;   // H55.243
    QStringList m_pages;           // uploaded by m_connector
    QString m_code;
    QString m_lookup;
};

QString TestPortalSubmissions::connectorFor(const QString &office, QString *id)
{
    const PortalRun r = runPortal({QStringLiteral("connector-add"), QStringLiteral("--db"), m_f.pg.url(), QStringLiteral("--office"),
                                   office, QStringLiteral("--name"), QStringLiteral("dvc")});
    if (r.exitCode != 0 || r.outLines().size() != 1)
        return {};
    const QStringList f = r.outLines().constFirst().split(QLatin1Char('\t'));
    if (f.size() != 2)
        return {};
    if (id)
        *id = f[0];
    return f[1];
}

QByteArray TestPortalSubmissions::officerOf(const QString &office, const QString &role)
{
    for (const DemoOfficerLine &o : std::as_const(m_f.officers)) {
        if (o.office == office && o.roles.split(QLatin1Char(',')).contains(role))
            return m_f.login(o.login);
    }
    return {};
}

QByteArray TestPortalSubmissions::deviceTokenOf(const QString &office)
{
    const DeviceKeys keys = DeviceKeys::make();
    const QString device = m_f.enroll(officerOf(office, QStringLiteral("counter")), keys);
    if (device.isEmpty())
        return {};
    return m_f.deviceAuth(device, keys).json().value(QStringLiteral("token")).toString().toLatin1();
}

void TestPortalSubmissions::initTestCase()
{
    QString error;
    QVERIFY2(m_f.setUp(&error, 50), qPrintable(error));
    m_connector = connectorFor(kCommune).toLatin1();
    m_otherConnector = connectorFor(kOtherCommune).toLatin1();
    QVERIFY(m_connector.startsWith("mcc1."));
    QVERIFY(m_otherConnector.startsWith("mcc1."));
    QVERIFY(m_connector != m_otherConnector);
}

void TestPortalSubmissions::connectorAddAndItsUsage()
{
    // The secret is kept hashed: the credential's secret is nowhere in the table.
    const QString secret = QString::fromLatin1(m_connector).section(QLatin1Char('.'), 2);
    QCOMPARE(secret.size(), 43);
    const QString stored = m_f.pg.psql(QStringLiteral("SELECT string_agg(secret_hash, ',') FROM connectors"));
    QVERIFY(!stored.isEmpty());
    QVERIFY(!stored.contains(secret));
    const PortalRun unknown = runPortal({QStringLiteral("connector-add"), QStringLiteral("--db"), m_f.pg.url(),
                                         QStringLiteral("--office"), QStringLiteral("H99.999")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.out.isEmpty());
    const PortalRun usage = runPortal({QStringLiteral("connector-add"), QStringLiteral("--db"), m_f.pg.url()});
    QCOMPARE(usage.exitCode, 2);
    const PortalRun revokeUnknown = runPortal({QStringLiteral("connector-revoke"), QStringLiteral("--db"), m_f.pg.url(),
                                               QStringLiteral("0b7e8a52-6d0e-4a53-9f39-6c2d3c3f4e11")});
    QCOMPARE(revokeUnknown.exitCode, 1);
}

void TestPortalSubmissions::uploadThenSubmitMintsAPortalCode()
{
    for (int i = 1; i <= 2; ++i) {
        const QByteArray page = QByteArray("\x89PNG online page ") + QByteArray::number(i) + QByteArray(4096, char('a' + i));
        const HttpReply r = put(page, m_connector);
        QVERIFY2(r.status == 201, r.body.constData());
        // Held by the connector's office: HEAD with its credential says complete.
        QCOMPARE(m_f.portal->request("HEAD", QStringLiteral("/v1/files/") + sha256(page), {}, m_connector).status, 200);
        m_pages << sha256(page);
    }
    const HttpReply r = post(submission(kCommune, QStringLiteral("DVC-H-0001"), m_pages), m_connector);
    QVERIFY2(r.status == 201, r.body.constData());
    m_code = r.json().value(QStringLiteral("code")).toString();
    m_lookup = r.json().value(QStringLiteral("lookupCode")).toString();
    QVERIFY(!r.json().value(QStringLiteral("existed")).toBool());
    const QRegularExpression shape(QRegularExpression::escape(kCommune) + QStringLiteral("-\\d{6}-00\\d{4}"));
    QVERIFY2(shape.match(m_code).hasMatch(), qPrintable(m_code));
    QCOMPARE(m_lookup.size(), 8);
    // The citizen's public status answers with the code and the lookup code.
    const HttpReply status = m_f.portal->get(QStringLiteral("/v1/public/status?code=%1&lookup=%2").arg(m_code, m_lookup));
    QVERIFY2(status.status == 200, status.body.constData());
    QCOMPARE(status.json().value(QStringLiteral("code")).toString(), m_code);
    const QJsonObject s = stats(kCommune);
    QCOMPARE(s.value(QStringLiteral("dossiers")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("events")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("files")).toInt(), 2);
}

void TestPortalSubmissions::theSameReferenceIsTheSameDossier()
{
    QVERIFY(!m_code.isEmpty());
    const HttpReply again = post(submission(kCommune, QStringLiteral("DVC-H-0001"), m_pages), m_connector);
    QVERIFY2(again.status == 200, again.body.constData());
    QCOMPARE(again.json().value(QStringLiteral("code")).toString(), m_code);
    QCOMPARE(again.json().value(QStringLiteral("lookupCode")).toString(), m_lookup);
    QVERIFY(again.json().value(QStringLiteral("existed")).toBool());
    const QJsonObject s = stats(kCommune);
    QCOMPARE(s.value(QStringLiteral("dossiers")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("events")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("duplicates")).toInt(), 0);
    // A new reference is a new dossier, the next code of the day.
    const HttpReply next = post(submission(kCommune, QStringLiteral("DVC-H-0002"), m_pages), m_connector);
    QVERIFY2(next.status == 201, next.body.constData());
    QVERIFY(next.json().value(QStringLiteral("code")).toString() != m_code);
    QCOMPARE(stats(kCommune).value(QStringLiteral("dossiers")).toInt(), 2);
}

void TestPortalSubmissions::everyRefusedFieldIsAnswered()
{
    QJsonObject body = submission(kCommune, QStringLiteral("DVC-H-BAD"), {m_pages.value(0), QString(64, QLatin1Char('e'))},
                                  QStringLiteral("9.999999"));
    QJsonObject a = applicant();
    a.insert(QStringLiteral("idNumber"), QStringLiteral("00109012345"));   // 11 digits
    a.insert(QStringLiteral("gender"), QStringLiteral("X"));
    a.insert(QStringLiteral("birthDate"), QStringLiteral("1990-05-04"));   // not a fact of Received
    a.insert(QStringLiteral("dob"), QStringLiteral("1990-13-40"));
    body.insert(QStringLiteral("applicant"), a);
    const HttpReply r = post(body, m_connector);
    QVERIFY2(r.status == 422, QByteArray(r.body + m_f.portal->stderrText().right(3000)).constData());
    QCOMPARE(r.errorCode(), QStringLiteral("online.bad-submission"));
    const auto fields = fieldsOf(r);
    QCOMPARE(fields.value(QStringLiteral("procedure")), QStringLiteral("online.unknown-procedure"));
    QCOMPARE(fields.value(QStringLiteral("applicant.idNumber")), QStringLiteral("online.bad-value"));
    QCOMPARE(fields.value(QStringLiteral("applicant.gender")), QStringLiteral("online.bad-value"));
    QCOMPARE(fields.value(QStringLiteral("applicant.dob")), QStringLiteral("online.bad-value"));
    QCOMPARE(fields.value(QStringLiteral("applicant.birthDate")), QStringLiteral("online.unknown-field"));
    QCOMPARE(fields.value(QStringLiteral("components[0].pages[1]")), QStringLiteral("online.page-missing"));
    QVERIFY(!fields.contains(QStringLiteral("components[0].pages[0]")));   // uploaded: fine
    QCOMPARE(fields.size(), 6);
    // The answer names the fields, never their values.
    QVERIFY(!r.body.contains("00109012345"));

    // Nothing required given: each missing field named.
    const HttpReply empty = post(QJsonObject{{QStringLiteral("office"), kCommune}, {QStringLiteral("applicant"), QJsonObject{}}},
                                 m_connector);
    QCOMPARE(empty.status, 422);
    const auto missing = fieldsOf(empty);
    for (const QString &f : {QStringLiteral("procedure"), QStringLiteral("externalRef"), QStringLiteral("applicant.name"),
                             QStringLiteral("applicant.idNumber"), QStringLiteral("components")})
        QVERIFY2(missing.value(f) == QLatin1String("online.required"), qPrintable(f));
    // Not JSON: 400.
    QCOMPARE(m_f.portal->request("POST", QStringLiteral("/v1/submissions"), "not json", m_connector).status, 400);
    // Nothing was stored by the refusals.
    QCOMPARE(stats(kCommune).value(QStringLiteral("dossiers")).toInt(), 2);
}

void TestPortalSubmissions::aProcedureTheOfficeDoesNotServeIsRefused()
{
    // A catalog version 2 with a province-level procedure (the bundled catalog is all commune-level).
    const QString published = m_f.pg.psql(QStringLiteral(
        "INSERT INTO catalog_versions (version, body) SELECT 2, jsonb_set(body, '{procedures}', (body->'procedures') || "
        "jsonb_build_array((body->'procedures'->0) || '{\"code\": \"2.999999\", \"level\": \"province\"}'::jsonb)) "
        "FROM catalog_versions WHERE version = 1 RETURNING version"));
    QCOMPARE(published.trimmed().section(QLatin1Char('\n'), 0, 0), QStringLiteral("2"));
    const HttpReply r = post(submission(kCommune, QStringLiteral("DVC-H-PROV"), m_pages, QStringLiteral("2.999999")), m_connector);
    QVERIFY2(r.status == 422, r.body.constData());
    QCOMPARE(fieldsOf(r).value(QStringLiteral("procedure")), QStringLiteral("online.procedure-not-served"));

    // The province centre serves it (and a commune-level one: it accepts for any authority).
    const QByteArray centre = connectorFor(kCentre).toLatin1();
    QVERIFY(!centre.isEmpty());
    const QByteArray page("centre page");
    QCOMPARE(put(page, centre).status, 201);
    const HttpReply atCentre = post(submission(kCentre, QStringLiteral("DVC-C-PROV"), {sha256(page)}, QStringLiteral("2.999999")), centre);
    QVERIFY2(atCentre.status == 201, atCentre.body.constData());
    const HttpReply communeLevel = post(submission(kCentre, QStringLiteral("DVC-C-COMM"), {sha256(page)}), centre);
    QVERIFY2(communeLevel.status == 201, communeLevel.body.constData());
}

void TestPortalSubmissions::onlyTheOfficesConnectorMaySubmit()
{
    const QJsonObject body = submission(kCommune, QStringLiteral("DVC-H-AUTH"), m_pages);
    // No credential, an officer's token, a device's token of the office.
    QCOMPARE(post(body, {}).status, 401);
    const QByteArray officer = officerOf(kCommune, QStringLiteral("counter"));
    QVERIFY(!officer.isEmpty());
    const HttpReply byOfficer = post(body, officer);
    QCOMPARE(byOfficer.status, 403);
    QCOMPARE(byOfficer.errorCode(), QStringLiteral("auth.forbidden"));
    const QByteArray device = deviceTokenOf(kCommune);
    QVERIFY(!device.isEmpty());
    QCOMPARE(post(body, device).status, 403);
    // A wrong secret; a well-formed credential of no connector; garbage of the shape.
    QByteArray wrong = m_connector;
    wrong[wrong.size() - 2] = wrong[wrong.size() - 2] == 'A' ? 'B' : 'A';
    const HttpReply byWrong = post(body, wrong);
    QCOMPARE(byWrong.status, 401);
    QCOMPARE(byWrong.errorCode(), QStringLiteral("auth.token-invalid"));
    QCOMPARE(post(body, "mcc1.0b7e8a52-6d0e-4a53-9f39-6c2d3c3f4e11." + m_connector.right(43)).status, 401);
    QCOMPARE(post(body, "mcc1.x").status, 401);
    // Another office's connector: not for this office, and its uploads are not this office's pages.
    const HttpReply byOther = post(body, m_otherConnector);
    QCOMPARE(byOther.status, 403);
    QCOMPARE(byOther.errorCode(), QStringLiteral("auth.forbidden"));
    const QByteArray otherPage("uploaded by the other commune");
    QCOMPARE(put(otherPage, m_otherConnector).status, 201);
    QCOMPARE(m_f.portal->request("HEAD", QStringLiteral("/v1/files/") + sha256(otherPage), {}, m_connector).status, 404);
    const HttpReply foreignPage = post(submission(kCommune, QStringLiteral("DVC-H-FOREIGN"), {sha256(otherPage)}), m_connector);
    QCOMPARE(foreignPage.status, 422);
    QCOMPARE(fieldsOf(foreignPage).value(QStringLiteral("components[0].pages[0]")), QStringLiteral("online.page-missing"));
    // A connector's credential is no token anywhere else: not even reading its own pages.
    const QStringList paths{QStringLiteral("/v1/offices"), QStringLiteral("/v1/sync/changes"), QStringLiteral("/v1/files/") + m_pages[0],
                            QStringLiteral("/v1/offices/") + kCommune + QStringLiteral("/stats")};
    for (const QString &path : paths) {
        const HttpReply r = m_f.portal->get(path, m_connector);
        QVERIFY2(r.status == 401, qPrintable(path + QStringLiteral(": ") + QString::number(r.status)));
    }
    QCOMPARE(m_f.portal->postJson(QStringLiteral("/v1/sync/push"), QJsonObject{}, m_connector).status, 401);
    // Nothing was stored by any of them.
    QCOMPARE(stats(kCommune).value(QStringLiteral("dossiers")).toInt(), 2);
}

void TestPortalSubmissions::aRevokedConnectorIsRefused()
{
    QString id;
    const QByteArray credential = connectorFor(kCommune, &id).toLatin1();
    QVERIFY(!credential.isEmpty());
    QCOMPARE(post(submission(kCommune, QStringLiteral("DVC-H-REV1"), m_pages), credential).status, 201);
    const PortalRun revoke = runPortal({QStringLiteral("connector-revoke"), QStringLiteral("--db"), m_f.pg.url(), id});
    QVERIFY2(revoke.exitCode == 0, revoke.err.constData());
    const HttpReply after = post(submission(kCommune, QStringLiteral("DVC-H-REV2"), m_pages), credential);
    QCOMPARE(after.status, 401);
    QCOMPARE(put(QByteArray("after revocation"), credential).status, 401);
    QCOMPARE(stats(kCommune).value(QStringLiteral("dossiers")).toInt(), 3);
}

void TestPortalSubmissions::reachesTheOfficesDevicesThroughTheChangeFeed()
{
    QVERIFY(!m_code.isEmpty());
    auto codesSeenBy = [this](const QByteArray &token) {
        QStringList codes;
        const HttpReply r = m_f.portal->get(QStringLiteral("/v1/sync/changes?after=0&limit=1000"), token);
        for (const QJsonValue &v : r.json().value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject().value(QStringLiteral("event")).toObject();
            const QJsonObject ev = e.isEmpty() ? v.toObject() : e;
            if (ev.value(QStringLiteral("type")).toString() == QLatin1String("SubmittedOnline"))
                codes << ev.value(QStringLiteral("dossier")).toString();
        }
        return codes;
    };
    const QByteArray here = deviceTokenOf(kCommune);
    const QByteArray there = deviceTokenOf(kOtherCommune);
    QVERIFY(!here.isEmpty() && !there.isEmpty());
    const QStringList seen = codesSeenBy(here);
    QVERIFY2(seen.contains(m_code), qPrintable(seen.join(QLatin1Char(' '))));
    QCOMPARE(seen.size(), 3);   // DVC-H-0001, DVC-H-0002, DVC-H-REV1
    QVERIFY(codesSeenBy(there).isEmpty());
    // Its pages are readable by the office's device.
    QCOMPARE(m_f.portal->get(QStringLiteral("/v1/files/") + m_pages[0], here).status, 200);
}

void TestPortalSubmissions::lookupCodesAreUniquePerOffice()
{
    const QString codes = m_f.pg.psql(QStringLiteral(
        "SELECT count(*), count(DISTINCT lookup_code), count(lookup_code) FROM online_submissions WHERE office = 'H55.242'"));
    QCOMPARE(codes.trimmed(), QStringLiteral("3|3|3"));
    // The database refuses a second submission with a lookup code the office has already.
    const QString dup = m_f.pg.psql(QStringLiteral(
        "INSERT INTO online_submissions (office, external_ref, dossier_code, event_uuid, device_seq, event, lookup_code) "
        "SELECT office, 'DVC-DUP', 'X-DUP', gen_random_uuid(), 999, event, lookup_code FROM online_submissions "
        "WHERE office = 'H55.242' LIMIT 1"));
    QVERIFY(dup.isNull());
    QVERIFY2(m_f.pg.error().contains(QStringLiteral("online_submissions_lookup")), qPrintable(m_f.pg.error()));
}

void TestPortalSubmissions::nothingPersonalIsLogged()
{
    const QByteArray log = m_f.portal->stderrText();
    QVERIFY(log.contains("POST /v1/submissions"));   // the refusals were logged
    QVERIFY(!log.contains(kIdNumber.toUtf8()));
    QVERIFY(!log.contains("00109012345"));
    QVERIFY(!log.contains(kName.toUtf8()));
    QVERIFY(!log.contains(m_connector.mid(m_connector.lastIndexOf('.') + 1)));   // nor a secret
}

QTEST_GUILESS_MAIN(TestPortalSubmissions)
#include "tst_portalsubmissions.moc"
