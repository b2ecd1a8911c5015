#include "support/PortalSyncBase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

#include <sodium.h>

namespace motcua::test::portalsync {

void PortalSyncBase::setUpPortals()
{
    QVERIFY2(sodium_init() >= 0, "libsodium");
    QVERIFY2(m_pg.ok(), qPrintable(m_pg.error()));
    const PortalRun migrate = runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), m_pg.url()});
    QVERIFY2(migrate.exitCode == 0, migrate.err.constData());

    // Offices and officers of our own (independent of seed-demo's choice of codes).
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray pw = kPassword.toUtf8();
    QVERIFY(crypto_pwhash_str(hash, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN) == 0);
    const QString h = QString::fromLatin1(hash);
    const QString sql = QStringLiteral(
        "INSERT INTO offices (code, name, level, province) VALUES "
        "('%1', 'Trung tâm Phục vụ hành chính công tỉnh', 'province', NULL), "
        "('%2', 'UBND xã Tân Lập', 'commune', '%1'), ('%3', 'UBND xã Tân Hòa', 'commune', '%1'); "
        "INSERT INTO officers (login, full_name, office, roles, password_hash) VALUES "
        "('tn1', 'Trần Thị Bình', '%2', 'counter', '%4'), ('tn2', 'Lê Văn Cường', '%2', 'counter', '%4'), "
        "('tn3', 'Phạm Thị Dung', '%3', 'counter', '%4'), ('ld', 'Hoàng Văn Em', '%1', 'supervisor,counter', '%4');")
                            .arg(kProvince, kCommune1, kCommune2, h);
    QVERIFY2(!m_pg.psql(sql).isNull(), qPrintable(m_pg.error()));
    const QStringList keys = m_pg.psql(QStringLiteral("SELECT token_key || '|' || box_public FROM portal_secrets")).trimmed().split(QLatin1Char('|'));
    QCOMPARE(keys.size(), 2);
    m_tokenKey = QByteArray::fromBase64(keys[0].toLatin1());
    m_boxPublic = QByteArray::fromBase64(keys[1].toLatin1());
    QCOMPARE(m_boxPublic.size(), int(crypto_box_PUBLICKEYBYTES));

    m_a = std::make_unique<PortalProcess>(m_pg.url(), m_files.path());
    m_b = std::make_unique<PortalProcess>(m_pg.url(), m_files.path());
    QString error;
    QVERIFY2(m_a->start(&error), qPrintable(error));
    QVERIFY2(m_b->start(&error), qPrintable(error));
    const HttpReply login = m_a->postJson(QStringLiteral("/v1/auth/login"),
                                          {{QStringLiteral("login"), QStringLiteral("tn1")}, {QStringLiteral("password"), kPassword}});
    QVERIFY2(login.status == 200, login.body.constData());
}

void PortalSyncBase::checkLogsClean()
{
    // Personal data never reaches the portal's log.
    for (PortalProcess *p : {m_a.get(), m_b.get()}) {
        if (!p)
            continue;
        const QString log = QString::fromUtf8(p->stderrText());
        QVERIFY2(!log.contains(kApplicantName), "the applicant's name is in the portal's log");
        QVERIFY2(!log.contains(kApplicantId), "the applicant's ID number is in the portal's log");
    }
}

QString PortalSyncBase::mintToken(const QJsonObject &claims) const
{
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray mac = QMessageAuthenticationCode::hash(payload, m_tokenKey, QCryptographicHash::Sha256);
    return QString::fromLatin1(payload + '.' + mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString PortalSyncBase::officerToken(const QString &login)
{
    const HttpReply r = m_a->postJson(QStringLiteral("/v1/auth/login"), {{QStringLiteral("login"), login}, {QStringLiteral("password"), kPassword}});
    return r.json().value(QStringLiteral("token")).toString();
}

std::unique_ptr<TestDevice> PortalSyncBase::device(const QString &office, const QString &login, const PortalProcess *portal)
{
    auto d = std::make_unique<TestDevice>(QUrl((portal ? portal : m_a.get())->baseUrl()));
    const QString error = d->enroll(login, kPassword);
    if (!error.isEmpty())
        qFatal("enrollment failed: %s", qPrintable(error));
    if (d->office() != office)
        qFatal("enrolled in %s, not %s", qPrintable(d->office()), qPrintable(office));
    return d;
}

QJsonObject PortalSyncBase::stats(const QString &office)
{
    const PortalRun r = runPortal({QStringLiteral("stats"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--office"), office});
    if (r.exitCode != 0)
        qWarning("stats failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

QList<QJsonObject> PortalSyncBase::allChanges(const TestDevice &d, int limit)
{
    QList<QJsonObject> out;
    qint64 cursor = 0;
    for (int round = 0; round < 10000; ++round) {
        const HttpReply r = httpCall(d.portal(), "GET", QStringLiteral("/v1/sync/changes?after=%1&limit=%2").arg(cursor).arg(limit), {}, d.token());
        if (r.status != 200) {
            qWarning("changes: HTTP %d %s", r.status, r.body.constData());
            return {};
        }
        const QJsonObject o = r.json();
        for (const QJsonValue &v : o.value(QStringLiteral("events")).toArray())
            out << v.toObject();
        const qint64 next = qint64(o.value(QStringLiteral("cursor")).toDouble());
        if (!o.value(QStringLiteral("more")).toBool())
            break;
        if (next <= cursor) {
            qWarning("changes: the cursor did not move");
            return {};
        }
        cursor = next;
    }
    return out;
}

qint64 PortalSyncBase::storedEventsOf(const QString &device)
{
    return m_pg.psql(QStringLiteral("SELECT count(*) FROM events WHERE device = '%1'").arg(device)).trimmed().toLongLong();
}

} // namespace motcua::test::portalsync
