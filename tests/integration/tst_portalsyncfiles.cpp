// The portal's content-addressed files and hand-carried bundles against a real PostgreSQL and two
// real `motcua-portal serve` instances (support/PortalSyncBase): resumable uploads checked by hash,
// files.missing until a page is uploaded, a bundle imported twice is once, a tampered one refused
// whole.
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

class TestPortalSyncFiles : public PortalSyncBase {
    Q_OBJECT
private slots:
    void initTestCase() { setUpPortals(); }
    void cleanupTestCase() { checkLogsClean(); }
    void filesResumeAndCheckHashes();
    void filesMissingUntilUploaded();
    void bundleImportedTwiceIsOnce();
    void tamperedBundleRefusedWhole();
};

void TestPortalSyncFiles::filesResumeAndCheckHashes()
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

void TestPortalSyncFiles::filesMissingUntilUploaded()
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

void TestPortalSyncFiles::bundleImportedTwiceIsOnce()
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

void TestPortalSyncFiles::tamperedBundleRefusedWhole()
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

QTEST_GUILESS_MAIN(TestPortalSyncFiles)
#include "tst_portalsyncfiles.moc"
