// The sync half of motcua-portal against a real PostgreSQL and real `motcua-portal serve` processes
// (two instances on one database and one page folder), driven by test devices that seal their
// events with the domain's own functions: idempotent pushes, gaps and forks, signatures, the change
// feed's visibility, office chains under concurrent pushes through both instances, resumable files,
// hand-carried bundles, the public status and the authorization of every sync route.
#include "domain/audit/ChainHash.h"
#include "domain/dossier/Event.h"
#include "support/PgCluster.h"
#include "support/PortalHttp.h"
#include "support/PortalProcess.h"
#include "support/TestDevice.h"
#include "portal/db/PgConnections.h"
#include "portal/feeds/FeedStore.h"

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

namespace {

const QString kProvince = QStringLiteral("000.00.00.H55");
const QString kCommune1 = QStringLiteral("H55.242");
const QString kCommune2 = QStringLiteral("H55.250");
const QString kPassword = QStringLiteral("mat-khau-thu");
// What every test Received carries (TestDevice::receive): must never reach a log.
const QString kApplicantName = QStringLiteral("Nguyễn Văn An");
const QString kApplicantId = QStringLiteral("001090123456");

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(b.data()), n / 4);
    for (qsizetype i = n / 4 * 4; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

QString rangeOf(qint64 start, qint64 len, qint64 total)
{
    return QStringLiteral("bytes %1-%2/%3").arg(start).arg(start + len - 1).arg(total);
}

} // namespace

class TestPortalSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void enrollsThroughHttp();
    void pushIsIdempotent();
    void gapIsBadLink();
    void forkIsSeqTaken();
    void badSignatureRefusedWhole();
    void changesFollowVisibility();
    void concurrentInstancesKeepOfficeChainsWhole();
    void filesResumeAndCheckHashes();
    void filesMissingUntilUploaded();
    void bundleImportedTwiceIsOnce();
    void tamperedBundleRefusedWhole();
    void publicStatusRevealsNothingElse();
    void foreignOfficeIsRefusedEverywhere();
    void revokedDeviceRefused();
    void duplicatesCountWhatMustNeverExist();
    void publishedCalendarRecomputesSummaries();
    void batchWithRefusalsStoresTheRest();

private:
    // A device of `office` enrolled through the HTTP API by officer `login` (who belongs to it).
    std::unique_ptr<TestDevice> device(const QString &office, const QString &login, const PortalProcess *portal = nullptr);
    QString officerToken(const QString &login);
    QString mintToken(const QJsonObject &claims) const;
    QJsonObject stats(const QString &office);
    QList<QJsonObject> allChanges(const TestDevice &d, int limit = 1000);
    qint64 storedEventsOf(const QString &device);

    PgCluster m_pg;
    QTemporaryDir m_files;
    std::unique_ptr<PortalProcess> m_a;
    std::unique_ptr<PortalProcess> m_b;
    QByteArray m_tokenKey;
    QByteArray m_boxPublic;
};

void TestPortalSync::initTestCase()
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

void TestPortalSync::cleanupTestCase()
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

QString TestPortalSync::mintToken(const QJsonObject &claims) const
{
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray mac = QMessageAuthenticationCode::hash(payload, m_tokenKey, QCryptographicHash::Sha256);
    return QString::fromLatin1(payload + '.' + mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TestPortalSync::officerToken(const QString &login)
{
    const HttpReply r = m_a->postJson(QStringLiteral("/v1/auth/login"), {{QStringLiteral("login"), login}, {QStringLiteral("password"), kPassword}});
    return r.json().value(QStringLiteral("token")).toString();
}

std::unique_ptr<TestDevice> TestPortalSync::device(const QString &office, const QString &login, const PortalProcess *portal)
{
    auto d = std::make_unique<TestDevice>(QUrl((portal ? portal : m_a.get())->baseUrl()));
    const QString error = d->enroll(login, kPassword);
    if (!error.isEmpty())
        qFatal("enrollment failed: %s", qPrintable(error));
    if (d->office() != office)
        qFatal("enrolled in %s, not %s", qPrintable(d->office()), qPrintable(office));
    return d;
}

QJsonObject TestPortalSync::stats(const QString &office)
{
    const PortalRun r = runPortal({QStringLiteral("stats"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--office"), office});
    if (r.exitCode != 0)
        qWarning("stats failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}

QList<QJsonObject> TestPortalSync::allChanges(const TestDevice &d, int limit)
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

qint64 TestPortalSync::storedEventsOf(const QString &device)
{
    return m_pg.psql(QStringLiteral("SELECT count(*) FROM events WHERE device = '%1'").arg(device)).trimmed().toLongLong();
}

void TestPortalSync::enrollsThroughHttp()
{
    TestDevice d(QUrl(m_a->baseUrl()));
    QCOMPARE(d.enroll(QStringLiteral("tn1"), kPassword), QString());
    QCOMPARE(d.office(), kCommune1);
    const Event e = d.receive();
    const HttpReply r = d.push({e});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("portalSeq")).toDouble() > 0);
}

void TestPortalSync::pushIsIdempotent()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const Event r1 = d->receive();
    const Event n1 = d->act(r1.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("ghi chú")}});
    const Event r2 = d->receive();
    const qint64 eventsBefore = qint64(stats(kCommune1).value(QStringLiteral("events")).toDouble());

    const HttpReply first = d->push({r1, n1, r2});
    QCOMPARE(first.status, 200);
    const QJsonArray results = first.json().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    qint64 lastSeq = 0;
    qint64 lastOfficeSeq = 0;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        QVERIFY2(!o.contains(QStringLiteral("error")), QJsonDocument(o).toJson().constData());
        QVERIFY(qint64(o.value(QStringLiteral("portalSeq")).toDouble()) > lastSeq);
        QVERIFY(qint64(o.value(QStringLiteral("officeSeq")).toDouble()) > lastOfficeSeq);
        QCOMPARE(o.value(QStringLiteral("portalHash")).toString().size(), 64);
        lastSeq = qint64(o.value(QStringLiteral("portalSeq")).toDouble());
        lastOfficeSeq = qint64(o.value(QStringLiteral("officeSeq")).toDouble());
    }
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("uuid")).toString(), uuidText(r1.uuid));
    const QJsonObject head = first.json().value(QStringLiteral("head")).toObject();
    QCOMPARE(qint64(head.value(QStringLiteral("seq")).toDouble()), r2.deviceSeq);
    QCOMPARE(head.value(QStringLiteral("hash")).toString(), QString::fromLatin1(r2.deviceHash.toHex()));

    // The same batch again, through the other instance: the same answers, nothing stored twice.
    TestDevice viaB = *d;
    const HttpReply again = httpJson(QUrl(m_b->baseUrl()), "POST", QStringLiteral("/v1/sync/push"), d->pushBody({r1, n1, r2}), d->token());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), first.json());
    // A tail of it (a retry after the reply to the first part was lost) too.
    const HttpReply tail = d->push({n1, r2});
    QCOMPARE(tail.json().value(QStringLiteral("results")).toArray().at(1), results.at(2));

    const QJsonObject s = stats(kCommune1);
    QCOMPARE(qint64(s.value(QStringLiteral("events")).toDouble()), eventsBefore + 3);
    QCOMPARE(s.value(QStringLiteral("duplicates")).toDouble(), 0.0);
    QVERIFY(s.value(QStringLiteral("dossiers")).toDouble() >= 2);
    QCOMPARE(storedEventsOf(d->id()), 3);
}

void TestPortalSync::gapIsBadLink()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const Event e1 = d->receive();
    const Event e2 = d->receive();
    const Event e3 = d->receive();
    QCOMPARE(d->push({e1}).status, 200);
    const HttpReply gap = d->push({e3});
    QCOMPARE(gap.status, 200);
    const QJsonObject item = gap.json().value(QStringLiteral("results")).toArray().at(0).toObject();
    QCOMPARE(item.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("events.bad-link"));
    // The device head did not move: e2 then e3 are taken.
    QCOMPARE(qint64(gap.json().value(QStringLiteral("head")).toObject().value(QStringLiteral("seq")).toDouble()), e1.deviceSeq);
    const HttpReply fill = d->push({e2, e3});
    for (const QJsonValue &v : fill.json().value(QStringLiteral("results")).toArray())
        QVERIFY2(!v.toObject().contains(QStringLiteral("error")), fill.body.constData());
    QCOMPARE(storedEventsOf(d->id()), 3);
}

void TestPortalSync::forkIsSeqTaken()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const Event e1 = d->receive();
    QCOMPARE(d->push({e1}).status, 200);
    // Another event at the same place of the device chain (a restored backup, a cloned disk).
    d->rewind(0, {});
    const Event other = d->receive();
    QCOMPARE(other.deviceSeq, e1.deviceSeq);
    const HttpReply fork = d->push({other});
    QCOMPARE(fork.status, 200);
    QCOMPARE(fork.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("error")).toObject()
                 .value(QStringLiteral("code")).toString(),
             QStringLiteral("events.seq-taken"));
    QCOMPARE(storedEventsOf(d->id()), 1);
}

void TestPortalSync::badSignatureRefusedWhole()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const Event e1 = d->receive();
    const Event e2 = d->act(e1.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("a")}});

    // A signature that is not the device's.
    QJsonObject body = d->pushBody({e1, e2});
    QByteArray sig = QByteArray::fromBase64(body.value(QStringLiteral("signature")).toString().toLatin1());
    sig[5] = char(sig[5] ^ 0x20);
    body.insert(QStringLiteral("signature"), QString::fromLatin1(sig.toBase64()));
    HttpReply r = d->pushBodyAs(body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("sync.bad-signature"));

    // `last` (signed) is not the batch's last event.
    body = d->pushBody({e1});
    QJsonObject both = d->pushBody({e1, e2});
    both.insert(QStringLiteral("last"), body.value(QStringLiteral("last")));
    both.insert(QStringLiteral("signature"), body.value(QStringLiteral("signature")));
    r = d->pushBodyAs(both);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("sync.bad-signature"));

    // An event changed after sealing, the signature over `last` still valid: the chain inside
    // the batch no longer holds.
    body = d->pushBody({e1, e2});
    QJsonArray events = body.value(QStringLiteral("events")).toArray();
    QJsonObject changed = events.at(1).toObject();
    changed.insert(QStringLiteral("payload"), QJsonObject{{QStringLiteral("text"), QStringLiteral("b")}});
    events.replace(1, changed);
    body.insert(QStringLiteral("events"), events);
    r = d->pushBodyAs(body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("sync.bad-signature"));
    // The first event too (its own hash no longer matches its content).
    body = d->pushBody({e1});
    events = body.value(QStringLiteral("events")).toArray();
    changed = events.at(0).toObject();
    changed.insert(QStringLiteral("officer"), QStringLiteral("tn2"));
    events.replace(0, changed);
    body.insert(QStringLiteral("events"), events);
    r = d->pushBodyAs(body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("error")).toObject()
                 .value(QStringLiteral("code")).toString(),
             QStringLiteral("events.bad-link"));

    QCOMPARE(storedEventsOf(d->id()), 0);
    QCOMPARE(d->push({e1, e2}).status, 200);
    QCOMPARE(storedEventsOf(d->id()), 2);
}

void TestPortalSync::changesFollowVisibility()
{
    auto a1 = device(kCommune1, QStringLiteral("tn1"));
    auto a2 = device(kCommune1, QStringLiteral("tn2"));
    auto centre = device(kProvince, QStringLiteral("ld"));
    auto other = device(kCommune2, QStringLiteral("tn3"));
    const Event mine = a1->receive();
    const Event theirs = other->receive();
    QCOMPARE(a1->push({mine}).status, 200);
    QCOMPARE(other->push({theirs}).status, 200);

    auto uuids = [](const QList<QJsonObject> &events) {
        QSet<QString> out;
        for (const QJsonObject &e : events)
            out << e.value(QStringLiteral("uuid")).toString();
        return out;
    };
    auto offices = [](const QList<QJsonObject> &events) {
        QSet<QString> out;
        for (const QJsonObject &e : events) {
            if (!e.contains(QStringLiteral("refused")))   // tombstones name no dossier
                out << e.value(QStringLiteral("dossier")).toString().section(QLatin1Char('-'), 0, 0);
        }
        return out;
    };
    const QList<QJsonObject> seenByA2 = allChanges(*a2);
    const QList<QJsonObject> seenByCentre = allChanges(*centre);
    const QList<QJsonObject> seenByOther = allChanges(*other);
    QVERIFY(uuids(seenByA2).contains(uuidText(mine.uuid)));      // the same office: yes
    QVERIFY(!uuids(seenByA2).contains(uuidText(theirs.uuid)));
    QCOMPARE(offices(seenByA2), QSet<QString>{kCommune1});
    QVERIFY(uuids(seenByCentre).contains(uuidText(mine.uuid)));  // the province centre sees its communes
    QVERIFY(uuids(seenByCentre).contains(uuidText(theirs.uuid)));
    QVERIFY(uuids(seenByOther).contains(uuidText(theirs.uuid)));
    QCOMPARE(offices(seenByOther), QSet<QString>{kCommune2});    // another commune: never commune 1

    // A pulled event is the pushed one with its portal links.
    for (const QJsonObject &o : seenByA2) {
        if (o.value(QStringLiteral("uuid")).toString() != uuidText(mine.uuid))
            continue;
        Result<Event> e = Event::fromJson(o);
        QVERIFY(e.ok());
        QCOMPARE(e->canonicalBytes(), mine.canonicalBytes());
        QCOMPARE(e->deviceHash, mine.deviceHash);
        QVERIFY(e->portalSeq > 0 && e->officeSeq > 0 && e->portalHash.size() == 32);
    }
    // Paging by one gives the same events in the same order.
    const QList<QJsonObject> byOne = allChanges(*a2, 1);
    QCOMPARE(byOne.size(), seenByA2.size());
    for (qsizetype i = 0; i < byOne.size(); ++i)
        QCOMPARE(byOne[i].value(QStringLiteral("uuid")), seenByA2[i].value(QStringLiteral("uuid")));

    HttpReply bad = httpCall(a2->portal(), "GET", QStringLiteral("/v1/sync/changes?after=x"), {}, a2->token());
    QCOMPARE(bad.status, 400);
    bad = httpCall(a2->portal(), "GET", QStringLiteral("/v1/sync/changes?after=0&limit=1001"), {}, a2->token());
    QCOMPARE(bad.status, 400);
}

void TestPortalSync::concurrentInstancesKeepOfficeChainsWhole()
{
    // Four devices of three offices push at once, each batch through one instance or the other;
    // the centre's device also acts on a commune's dossier, so two offices' devices extend one chain.
    auto a1 = device(kCommune1, QStringLiteral("tn1"));
    const Event shared = a1->receive();
    QCOMPARE(a1->push({shared}).status, 200);
    std::vector<std::unique_ptr<TestDevice>> devices;
    devices.push_back(std::move(a1));
    devices.push_back(device(kCommune1, QStringLiteral("tn2")));
    devices.push_back(device(kCommune2, QStringLiteral("tn3")));
    devices.push_back(device(kProvince, QStringLiteral("ld")));
    const QUrl instances[2] = {QUrl(m_a->baseUrl()), QUrl(m_b->baseUrl())};
    constexpr int kRounds = 15;

    QList<QFuture<QString>> running;
    for (size_t i = 0; i < devices.size(); ++i) {
        TestDevice *d = devices[i].get();
        const bool centre = d->office() == kProvince;
        running << QtConcurrent::run([d, centre, i, &instances, dossier = shared.dossier]() -> QString {
            QString lastDossier;
            for (int round = 0; round < kRounds; ++round) {
                QList<Event> batch;
                const int n = 1 + round % 4;
                for (int k = 0; k < n; ++k) {
                    if (centre && k % 2 == 0)
                        batch << d->act(dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("giám sát")}}, Role::Supervisor);
                    else if (lastDossier.isEmpty() || k % 2 == 0)
                        lastDossier = (batch << d->receive()).last().dossier;
                    else
                        batch << d->act(lastDossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("n")}});
                }
                const HttpReply r = httpJson(instances[(round + i) % 2], "POST", QStringLiteral("/v1/sync/push"), d->pushBody(batch), d->token());
                if (r.status != 200)
                    return QStringLiteral("device %1 round %2: HTTP %3 %4").arg(i).arg(round).arg(r.status).arg(QString::fromUtf8(r.body));
                for (const QJsonValue &v : r.json().value(QStringLiteral("results")).toArray()) {
                    if (v.toObject().contains(QStringLiteral("error")))
                        return QStringLiteral("device %1 round %2: %3").arg(i).arg(round).arg(QString::fromUtf8(r.body));
                }
            }
            return {};
        });
    }
    // Meanwhile a reader follows the change feed with its cursor, as a client does: portal
    // sequences become visible in their order, so it must never step over one that commits late.
    std::atomic<bool> pushing{true};
    QFuture<QSet<QString>> reader = QtConcurrent::run([&pushing, d = devices.back().get()]() {
        QSet<QString> seen;
        qint64 cursor = 0;
        bool last = false;
        while (!last) {
            last = !pushing.load();
            for (;;) {
                const HttpReply r = httpCall(d->portal(), "GET", QStringLiteral("/v1/sync/changes?after=%1&limit=7").arg(cursor), {}, d->token());
                if (r.status != 200)
                    return QSet<QString>{};
                const QJsonObject o = r.json();
                for (const QJsonValue &v : o.value(QStringLiteral("events")).toArray())
                    seen << v.toObject().value(QStringLiteral("uuid")).toString();
                cursor = qint64(o.value(QStringLiteral("cursor")).toDouble());
                if (!o.value(QStringLiteral("more")).toBool())
                    break;
            }
        }
        return seen;
    });
    for (QFuture<QString> &f : running) {
        f.waitForFinished();
        QVERIFY2(f.result().isEmpty(), qPrintable(f.result()));
    }
    pushing = false;
    reader.waitForFinished();

    // Every office chain, as the centre's device pulls it: numbered 1..n without a gap, each link
    // the office link of the one before, portal sequences unique and rising along each chain.
    const QList<QJsonObject> all = allChanges(*devices.back());
    QVERIFY(all.size() >= int(devices.size()) * 20);
    QMap<QString, QList<Event>> byOffice;
    QSet<qint64> portalSeqs;
    for (const QJsonObject &o : all) {
        Result<Event> e = Event::fromJson(o);
        QVERIFY(e.ok());
        QVERIFY2(!portalSeqs.contains(e->portalSeq), "a portal sequence given twice");
        portalSeqs << e->portalSeq;
        byOffice[chain::receivingOffice(*e)] << *e;
    }
    QCOMPARE(QSet<QString>(byOffice.keyBegin(), byOffice.keyEnd()), (QSet<QString>{kCommune1, kCommune2, kProvince}));
    QSet<QString> everything;
    for (const QJsonObject &o : all)
        everything << o.value(QStringLiteral("uuid")).toString();
    QCOMPARE(reader.result().size(), everything.size());
    QCOMPARE(reader.result(), everything);
    for (auto it = byOffice.begin(); it != byOffice.end(); ++it) {
        QList<Event> &chainEvents = it.value();
        std::sort(chainEvents.begin(), chainEvents.end(), [](const Event &x, const Event &y) { return x.officeSeq < y.officeSeq; });
        QByteArray prev = chain::genesis();
        qint64 prevPortalSeq = 0;
        for (qsizetype k = 0; k < chainEvents.size(); ++k) {
            const Event &e = chainEvents[k];
            QCOMPARE(e.officeSeq, k + 1);
            QVERIFY(e.portalSeq > prevPortalSeq);
            QCOMPARE(e.portalHash, chain::officeLink(prev, e.officeSeq, e.portalSeq, e));
            prev = e.portalHash;
            prevPortalSeq = e.portalSeq;
        }
        QCOMPARE(m_pg.psql(QStringLiteral("SELECT office_seq FROM office_heads WHERE office = '%1'").arg(it.key())).trimmed().toLongLong(),
                 chainEvents.size());
    }
    for (const QString &office : {kCommune1, kCommune2, kProvince})
        QCOMPARE(stats(office).value(QStringLiteral("duplicates")).toDouble(), 0.0);
}

void TestPortalSync::filesResumeAndCheckHashes()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const QUrl base = d->portal();
    const QByteArray data = randomBytes(300000);
    const QString h = sha(data);
    const QString path = QStringLiteral("/v1/files/") + h;

    HttpReply r = httpCall(base, "HEAD", path, {}, d->token());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("Upload-Offset"), QByteArray("0"));
    r = httpCall(base, "PUT", path, data.left(100000), d->token(), {{"Content-Range", rangeOf(0, 100000, data.size()).toLatin1()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("offset")).toDouble(), 100000.0);
    // The next chunk through the other instance: the folder is shared.
    const QUrl other(m_b->baseUrl());
    r = httpCall(other, "HEAD", path, {}, d->token());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("Upload-Offset"), QByteArray("100000"));
    r = httpCall(other, "PUT", path, data.left(100000), d->token(), {{"Content-Range", rangeOf(0, 100000, data.size()).toLatin1()}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("files.bad-offset"));
    QCOMPARE(r.header("Upload-Offset"), QByteArray("100000"));
    r = httpCall(other, "PUT", path, data.mid(100000, 100000), d->token(), {{"Content-Range", rangeOf(100000, 100000, data.size()).toLatin1()}});
    QCOMPARE(r.status, 200);
    r = httpCall(base, "PUT", path, data.mid(200000), d->token(), {{"Content-Range", rangeOf(200000, 100000, data.size()).toLatin1()}});
    QCOMPARE(r.status, 201);
    r = httpCall(base, "HEAD", path, {}, d->token());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Upload-Length"), QByteArray::number(data.size()));
    r = httpCall(other, "GET", path, {}, d->token());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, data);
    r = httpCall(base, "PUT", path, data, d->token());   // already complete and held: idempotent
    QCOMPARE(r.status, 200);

    // Bytes that do not hash to the name: refused when complete, the partial upload dropped.
    const QByteArray wanted = randomBytes(50000);
    const QString wh = sha(wanted);
    QByteArray wrong = wanted;
    wrong[49999] = char(wrong[49999] ^ 1);
    const QString wpath = QStringLiteral("/v1/files/") + wh;
    QCOMPARE(httpCall(base, "PUT", wpath, wrong.left(25000), d->token(), {{"Content-Range", rangeOf(0, 25000, 50000).toLatin1()}}).status, 200);
    r = httpCall(base, "PUT", wpath, wrong.mid(25000), d->token(), {{"Content-Range", rangeOf(25000, 25000, 50000).toLatin1()}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("files.hash-mismatch"));
    r = httpCall(base, "HEAD", wpath, {}, d->token());
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("Upload-Offset"), QByteArray("0"));
    r = httpCall(base, "PUT", wpath, wrong, d->token());
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), QStringLiteral("files.hash-mismatch"));
    QCOMPARE(httpCall(base, "PUT", wpath, wanted, d->token()).status, 201);

    // Malformed: a bad name, a range that does not match the body.
    QCOMPARE(httpCall(base, "PUT", QStringLiteral("/v1/files/ABC"), wanted, d->token()).status, 400);
    QCOMPARE(httpCall(base, "PUT", path, data.left(10), d->token(), {{"Content-Range", QByteArrayLiteral("bytes 0-99/300000")}}).status, 400);
}

void TestPortalSync::filesMissingUntilUploaded()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    auto sameOffice = device(kCommune1, QStringLiteral("tn2"));
    auto centre = device(kProvince, QStringLiteral("ld"));
    auto other = device(kCommune2, QStringLiteral("tn3"));
    const QByteArray page = randomBytes(20000);
    const QString h = sha(page);
    const Event r = d->receive();
    const Event attach = d->act(r.dossier, EventType::ComponentAttached,
                                {{QStringLiteral("number"), 1}, {QStringLiteral("provenance"), QStringLiteral("scanned")},
                                 {QStringLiteral("pages"), QJsonArray{h}}});
    HttpReply push = d->push({r, attach});
    QCOMPARE(push.status, 200);
    QJsonArray results = push.json().value(QStringLiteral("results")).toArray();
    QVERIFY(!results.at(0).toObject().contains(QStringLiteral("error")));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("files.missing"));
    // Another office uploading it does not make it this office's.
    QCOMPARE(httpCall(other->portal(), "PUT", QStringLiteral("/v1/files/") + h, page, other->token()).status, 201);
    push = d->push({attach});
    QCOMPARE(push.json().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("error")).toObject()
                 .value(QStringLiteral("code")).toString(),
             QStringLiteral("files.missing"));
    // Uploaded by this device (the HEAD says not yet: another office holds it, that is not told).
    QCOMPARE(httpCall(d->portal(), "HEAD", QStringLiteral("/v1/files/") + h, {}, d->token()).status, 404);
    QCOMPARE(httpCall(d->portal(), "PUT", QStringLiteral("/v1/files/") + h, page, d->token()).status, 201);
    push = d->push({attach});
    QVERIFY2(!push.json().value(QStringLiteral("results")).toArray().at(0).toObject().contains(QStringLiteral("error")), push.body.constData());

    // Readable by the office's devices and the centre's (through the event), not by a stranger.
    const QByteArray own = randomBytes(1000);
    const QString ownHash = sha(own);
    QCOMPARE(httpCall(d->portal(), "PUT", QStringLiteral("/v1/files/") + ownHash, own, d->token()).status, 201);
    const Event attach2 = d->act(r.dossier, EventType::ComponentAttached,
                                 {{QStringLiteral("number"), 2}, {QStringLiteral("provenance"), QStringLiteral("scanned")},
                                  {QStringLiteral("pages"), QJsonArray{ownHash}}});
    QCOMPARE(d->push({attach2}).status, 200);
    for (TestDevice *reader : {sameOffice.get(), centre.get()}) {
        const HttpReply got = httpCall(reader->portal(), "GET", QStringLiteral("/v1/files/") + ownHash, {}, reader->token());
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body, own);
    }
    QCOMPARE(httpCall(other->portal(), "GET", QStringLiteral("/v1/files/") + ownHash, {}, other->token()).status, 404);
    QCOMPARE(httpCall(other->portal(), "HEAD", QStringLiteral("/v1/files/") + ownHash, {}, other->token()).status, 404);
    QCOMPARE(stats(kCommune1).value(QStringLiteral("duplicates")).toDouble(), 0.0);
}

void TestPortalSync::bundleImportedTwiceIsOnce()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const QByteArray page = randomBytes(30000);
    const QString h = sha(page);
    const Event r = d->receive();
    const Event attach = d->act(r.dossier, EventType::ComponentAttached,
                                {{QStringLiteral("number"), 1}, {QStringLiteral("provenance"), QStringLiteral("scanned")},
                                 {QStringLiteral("pages"), QJsonArray{h}}});
    const QByteArray sealed = d->bundle({r, attach}, {{h, page}});
    QVERIFY(!sealed.isEmpty());

    const HttpReply first = httpCall(d->portal(), "POST", QStringLiteral("/v1/sync/bundle"), sealed, d->token(),
                                     {{"Content-Type", "application/octet-stream"}});
    QCOMPARE(first.status, 200);
    for (const QJsonValue &v : first.json().value(QStringLiteral("results")).toArray())
        QVERIFY2(!v.toObject().contains(QStringLiteral("error")), first.body.constData());
    // Again, carried in by an officer of another office (a courier): the same answer.
    const QString courier = officerToken(QStringLiteral("tn3"));
    const HttpReply second = httpCall(QUrl(m_b->baseUrl()), "POST", QStringLiteral("/v1/sync/bundle"), sealed, courier,
                                      {{"Content-Type", "application/octet-stream"}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json(), first.json());
    // And offline with the command.
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("bundle.bin")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(sealed);
    f.close();
    const PortalRun cli = runPortal({QStringLiteral("import-bundle"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--files"),
                                     m_files.path(), f.fileName()});
    QCOMPARE(cli.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cli.out).object(), first.json());
    QCOMPARE(storedEventsOf(d->id()), 2);
    const HttpReply got = httpCall(d->portal(), "GET", QStringLiteral("/v1/files/") + h, {}, d->token());
    QCOMPARE(got.body, page);
    QCOMPARE(stats(kCommune1).value(QStringLiteral("duplicates")).toDouble(), 0.0);
}

void TestPortalSync::tamperedBundleRefusedWhole()
{
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const QByteArray page = randomBytes(5000);
    const QString h = sha(page);
    const Event r = d->receive();
    const Event attach = d->act(r.dossier, EventType::ComponentAttached,
                                {{QStringLiteral("number"), 1}, {QStringLiteral("provenance"), QStringLiteral("scanned")},
                                 {QStringLiteral("pages"), QJsonArray{h}}});
    const QByteArray sealed = d->bundle({r, attach}, {{h, page}});
    for (const qsizetype at : {qsizetype(0), sealed.size() / 2, sealed.size() - 1}) {
        QByteArray flipped = sealed;
        flipped[at] = char(flipped[at] ^ 0x01);
        const HttpReply refused = httpCall(d->portal(), "POST", QStringLiteral("/v1/sync/bundle"), flipped, d->token(),
                                           {{"Content-Type", "application/octet-stream"}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), QStringLiteral("bundle.tampered"));
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("bundle.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(flipped);
        f.close();
        const PortalRun cli = runPortal({QStringLiteral("import-bundle"), QStringLiteral("--db"), m_pg.url(), QStringLiteral("--files"),
                                         m_files.path(), f.fileName()});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY(cli.out.isEmpty());
    }
    QCOMPARE(storedEventsOf(d->id()), 0);
    QCOMPARE(httpCall(d->portal(), "HEAD", QStringLiteral("/v1/files/") + h, {}, d->token()).status, 404);
    // A bundle sealed right but signed by another key (another device's) is refused whole too.
    auto impostor = device(kCommune1, QStringLiteral("tn2"));
    QJsonObject inner = impostor->pushBody({r});
    inner.insert(QStringLiteral("device"), d->id());
    inner.insert(QStringLiteral("format"), QStringLiteral("motcua.bundle.v1"));
    QByteArray plain = QJsonDocument(inner).toJson(QJsonDocument::Compact);
    QByteArray box(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(box.data()), reinterpret_cast<const unsigned char *>(plain.constData()),
                    quint64(plain.size()), reinterpret_cast<const unsigned char *>(m_boxPublic.constData()));
    const HttpReply forged = httpCall(d->portal(), "POST", QStringLiteral("/v1/sync/bundle"), box, d->token(),
                                      {{"Content-Type", "application/octet-stream"}});
    QCOMPARE(forged.status, 422);
    QCOMPARE(forged.errorCode(), QStringLiteral("sync.bad-signature"));
    QCOMPARE(storedEventsOf(d->id()), 0);
}

void TestPortalSync::publicStatusRevealsNothingElse()
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

void TestPortalSync::foreignOfficeIsRefusedEverywhere()
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

void TestPortalSync::revokedDeviceRefused()
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

// The "duplicates are 0" the other tests assert can fail: rows written behind the portal's back
// (the same content again under a new uuid, another dossier opened under a taken code) are counted.
void TestPortalSync::duplicatesCountWhatMustNeverExist()
{
    auto d = device(kCommune2, QStringLiteral("tn3"));
    const Event r = d->receive();
    const Event n = d->act(r.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("z")}});
    QCOMPARE(d->push({r, n}).status, 200);
    QCOMPARE(stats(kCommune2).value(QStringLiteral("duplicates")).toDouble(), 0.0);
    const QString copy = QStringLiteral(
        "INSERT INTO events (uuid, dossier_code, receiving_office, type, payload, officer, role, office, device, device_seq, "
        "wall_time, parent, device_hash, portal_seq, office_seq, portal_hash) "
        "SELECT gen_random_uuid(), dossier_code, receiving_office, type, payload, officer, role, office, %2, device_seq + 1000000, "
        "wall_time, parent, device_hash, nextval('portal_seq'), office_seq + 1000000, portal_hash FROM events WHERE uuid = '%1'");
    // The note again from the same device, under another uuid and sequence.
    QVERIFY(!m_pg.psql(copy.arg(uuidText(n.uuid), QStringLiteral("device"))).isNull());
    QCOMPARE(stats(kCommune2).value(QStringLiteral("duplicates")).toDouble(), 1.0);
    // The Received again from another device: the code opened twice.
    QVERIFY(!m_pg.psql(copy.arg(uuidText(r.uuid), QStringLiteral("'another-device'"))).isNull());
    QCOMPARE(stats(kCommune2).value(QStringLiteral("duplicates")).toDouble(), 2.0);
    QVERIFY(!m_pg.psql(QStringLiteral("DELETE FROM events WHERE device_seq > 1000000")).isNull());
    QCOMPARE(stats(kCommune2).value(QStringLiteral("duplicates")).toDouble(), 0.0);
}

QTEST_GUILESS_MAIN(TestPortalSync)
void TestPortalSync::publishedCalendarRecomputesSummaries()
{
    // TestDevice records no due moment in its Received (as events written before 0012), so the
    // portal derives it with the calendar of its latest feed version: a version that makes the next
    // ten days days off must move the stored due moment later, at publication, without a push.
    auto d = device(kCommune1, QStringLiteral("tn1"));
    const Event r = d->receive(QStringLiteral("CALE2345"));
    QVERIFY(!r.payload.contains(QStringLiteral("due")));
    QCOMPARE(d->push({r}).status, 200);
    const QString dueSql = QStringLiteral("SELECT due_at FROM dossier_summaries WHERE code = '%1'").arg(r.dossier);
    const QString before = m_pg.psql(dueSql).trimmed();
    QVERIFY2(!before.isEmpty(), "the summary has a due moment");

    // The calendar as the feed serves it, with the ten days after today (office time) made days off.
    const HttpReply feed = m_a->get(QStringLiteral("/v1/calendar"), officerToken(QStringLiteral("tn1")).toLatin1());
    QCOMPARE(feed.status, 200);
    QJsonObject file = QJsonDocument::fromJson(feed.body).object().value(QStringLiteral("file")).toObject();
    QJsonArray years = file.value(QStringLiteral("years")).toArray();
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    for (int i = 1; i <= 10; ++i) {
        const QDate day = today.addDays(i);
        const QJsonObject entry{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                {QStringLiteral("kind"), QStringLiteral("off")},
                                {QStringLiteral("description"), QStringLiteral("Nghỉ bù (thử)")}};
        qsizetype at = -1;
        for (qsizetype y = 0; y < years.size(); ++y) {
            if (years[y].toObject().value(QStringLiteral("year")).toInt() == day.year())
                at = y;
        }
        if (at < 0) {
            years.append(QJsonObject{{QStringLiteral("year"), day.year()}, {QStringLiteral("source"), QStringLiteral("test")},
                                     {QStringLiteral("verified"), false}, {QStringLiteral("days"), QJsonArray{}}});
            at = years.size() - 1;
        }
        QJsonObject year = years[at].toObject();
        QJsonArray days = year.value(QStringLiteral("days")).toArray();
        days.append(entry);
        year.insert(QStringLiteral("days"), days);
        years[at] = year;
    }
    file.insert(QStringLiteral("years"), years);

    Result<portal::PgUrl> url = portal::PgUrl::parse(m_pg.url());
    QVERIFY(url.ok());
    portal::PgConnections connections(*url);
    Result<QSqlDatabase> db = connections.get();
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    Result<int> version = portal::FeedStore::publish(*db, portal::FeedStore::Feed::Calendar, QJsonDocument(file).toJson());
    QVERIFY2(version.ok(), version.ok() ? "" : qPrintable(version.error().toString()));
    QVERIFY(*version >= 2);

    const QString after = m_pg.psql(dueSql).trimmed();
    QVERIFY2(after > before, qPrintable(before + QStringLiteral(" → ") + after));
    // The public status reads the same row.
    const QString code = QString::fromLatin1(QUrl::toPercentEncoding(r.dossier));
    const HttpReply status = httpCall(QUrl(m_a->baseUrl()), "GET", QStringLiteral("/v1/public/status?code=%1&lookup=CALE2345").arg(code));
    QCOMPARE(status.status, 200);
    QCOMPARE(QJsonDocument::fromJson(status.body).object().value(QStringLiteral("dueAt")).toString(), after);

    // A push after the publication derives with the new calendar too (the portal's cached rules move).
    const Event r2 = d->receive(QStringLiteral("CALF2345"));
    QCOMPARE(d->push({r2}).status, 200);
    const QString due2 = m_pg.psql(QStringLiteral("SELECT due_at FROM dossier_summaries WHERE code = '%1'").arg(r2.dossier)).trimmed();
    QCOMPARE(due2.left(10), after.left(10));
}

void TestPortalSync::batchWithRefusalsStoresTheRest()
{
    // One batch, one transaction: an event refused on its merits (another acting office) gets its
    // own answer, is recorded as refused, and the events before and after it are stored.
    auto d = device(kCommune1, QStringLiteral("tn2"));
    QList<Event> batch;
    const Event r = d->receive();
    batch << r;
    batch << d->act(r.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("ghi chú")}});
    Event foreign;
    foreign.dossier = r.dossier;
    foreign.type = EventType::NoteAdded;
    foreign.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("văn phòng khác")}};
    foreign.officer = d->officer();
    foreign.role = Role::Counter;
    foreign.office = kCommune2;   // not the device's office: refused on its merits
    batch << d->seal(foreign);
    batch << d->act(r.dossier, EventType::NoteAdded, {{QStringLiteral("text"), QStringLiteral("sau")}});
    const Event r2 = d->receive();
    batch << r2;
    const HttpReply reply = d->push(batch);
    QCOMPARE(reply.status, 200);
    const QJsonArray results = QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), batch.size());
    qint64 lastSeq = 0;
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject o = results[i].toObject();
        QCOMPARE(o.value(QStringLiteral("uuid")).toString(), uuidText(batch[i].uuid));
        if (i == 2) {
            QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("auth.forbidden"));
            continue;
        }
        QVERIFY2(o.contains(QStringLiteral("portalSeq")), QJsonDocument(o).toJson().constData());
        QVERIFY(o.value(QStringLiteral("portalSeq")).toInteger() > lastSeq);
        lastSeq = o.value(QStringLiteral("portalSeq")).toInteger();
    }
    QCOMPARE(storedEventsOf(d->id()), qint64(batch.size() - 1));
    QCOMPARE(m_pg.psql(QStringLiteral("SELECT count(*) FROM refused_events WHERE device = '%1'").arg(d->id())).trimmed(),
             QStringLiteral("1"));
    // Pushed again: the same answers, nothing stored twice.
    const HttpReply again = d->push(batch);
    QCOMPARE(again.status, 200);
    QCOMPARE(QJsonDocument::fromJson(again.body).object().value(QStringLiteral("results")).toArray(), results);
    QCOMPARE(storedEventsOf(d->id()), qint64(batch.size() - 1));
    const QString summary = m_pg.psql(QStringLiteral("SELECT status || '|' || last_portal_seq FROM dossier_summaries WHERE code = '%1'")
                                          .arg(r.dossier)).trimmed();
    QVERIFY2(summary.startsWith(QStringLiteral("accepted|")), qPrintable(summary));
    QCOMPARE(summary.section(QLatin1Char('|'), 1).toLongLong(), results[3].toObject().value(QStringLiteral("portalSeq")).toInteger());
    QCOMPARE(stats(kCommune1).value(QStringLiteral("duplicates")).toInt(), 0);
}

#include "tst_portalsync.moc"
