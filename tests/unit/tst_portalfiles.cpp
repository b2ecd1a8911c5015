// portal/files/FileStore on a real folder: resumable chunks at the held offset only, the hash
// checked at the end (a mismatch drops the partial upload), atomic publication, idempotence, and
// several processes appending to one partial upload at once (flock) without corrupting it.
#include "portal/files/FileStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua::portal;

namespace {

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator g(seed);
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char(g.bounded(256));
    return b;
}

QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestPortalFiles : public QObject {
    Q_OBJECT
private slots:
    void chunksAtHeldOffset();
    void hashMismatchDropsPartial();
    void wholeFileAndIdempotence();
    void rejectsBadInput();
    void concurrentProcessesKeepOffsetsExact();
    void childAppend();
};

void TestPortalFiles::chunksAtHeldOffset()
{
    QTemporaryDir dir;
    FileStore store(dir.path());
    const QByteArray data = randomBytes(3 * 1000 + 17, 1);
    const QString h = sha(data);
    QCOMPARE(store.state(h).heldOffset, 0);
    QVERIFY(!store.state(h).complete);

    auto r = store.putChunk(h, 0, data.size(), data.left(1000));
    QVERIFY(r.ok());
    QCOMPARE(r->outcome, FileStore::Outcome::Partial);
    QCOMPARE(r->offset, 1000);
    QCOMPARE(store.state(h).heldOffset, 1000);

    // The same chunk again (a retry after a lost answer) is at the wrong offset now: refused with
    // the held offset, nothing appended.
    r = store.putChunk(h, 0, data.size(), data.left(1000));
    QVERIFY(r.ok());
    QCOMPARE(r->outcome, FileStore::Outcome::BadOffset);
    QCOMPARE(r->offset, 1000);
    // Ahead of the held offset: refused too.
    r = store.putChunk(h, 2000, data.size(), data.mid(2000, 1000));
    QCOMPARE(r->outcome, FileStore::Outcome::BadOffset);
    QCOMPARE(store.state(h).heldOffset, 1000);

    r = store.putChunk(h, 1000, data.size(), data.mid(1000, 2000));
    QCOMPARE(r->outcome, FileStore::Outcome::Partial);
    QCOMPARE(r->offset, 3000);
    QVERIFY(!QFile::exists(store.pathOf(h)));
    r = store.putChunk(h, 3000, data.size(), data.mid(3000));
    QVERIFY(r.ok());
    QCOMPARE(r->outcome, FileStore::Outcome::Completed);
    QCOMPARE(r->offset, data.size());

    QVERIFY(store.state(h).complete);
    QCOMPARE(store.state(h).size, data.size());
    QVERIFY(store.pathOf(h).endsWith(h.left(2) + QLatin1Char('/') + h.mid(2, 2) + QLatin1Char('/') + h));
    QCOMPARE(store.read(h).value(), data);
    QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/partial/") + h));
}

void TestPortalFiles::hashMismatchDropsPartial()
{
    QTemporaryDir dir;
    FileStore store(dir.path());
    const QByteArray data = randomBytes(4096, 2);
    const QString h = sha(data);
    QByteArray wrong = data;
    wrong[4000] = char(wrong[4000] ^ 0x01);
    QCOMPARE(store.putChunk(h, 0, wrong.size(), wrong.left(2048))->outcome, FileStore::Outcome::Partial);
    const auto r = store.putChunk(h, 2048, wrong.size(), wrong.mid(2048));
    QVERIFY(r.ok());
    QCOMPARE(r->outcome, FileStore::Outcome::HashMismatch);
    QCOMPARE(store.state(h).heldOffset, 0);
    QVERIFY(!store.state(h).complete);
    QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/partial/") + h));
    QCOMPARE(store.read(h).error().code, QStringLiteral("not-found"));
    // Starting again from 0 with the right bytes works.
    QCOMPARE(store.putChunk(h, 0, data.size(), data)->outcome, FileStore::Outcome::Completed);
    QCOMPARE(store.read(h).value(), data);
}

void TestPortalFiles::wholeFileAndIdempotence()
{
    QTemporaryDir dir;
    FileStore store(dir.path());
    const QByteArray data = randomBytes(10000, 3);
    const QString h = sha(data);
    QCOMPARE(store.putWhole(h, data.left(9999))->outcome, FileStore::Outcome::HashMismatch);
    QVERIFY(!store.state(h).complete);
    // A chunked upload left unfinished, then the whole file at once: published, the partial gone.
    QCOMPARE(store.putChunk(h, 0, data.size(), data.left(4000))->outcome, FileStore::Outcome::Partial);
    QCOMPARE(store.putWhole(h, data)->outcome, FileStore::Outcome::Completed);
    QVERIFY(!QFile::exists(dir.path() + QStringLiteral("/partial/") + h));
    const auto resumed = store.putChunk(h, 4000, data.size(), data.mid(4000, 10));
    QCOMPARE(resumed->outcome, FileStore::Outcome::BadOffset);
    QCOMPARE(resumed->offset, 0);
    QCOMPARE(store.putWhole(h, data)->outcome, FileStore::Outcome::Completed);   // same bytes again
    QCOMPARE(store.read(h).value(), data);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path() + QStringLiteral("/partial")).entryList(QDir::Files).size(), 0);
}

void TestPortalFiles::rejectsBadInput()
{
    QTemporaryDir dir;
    FileStore store(dir.path());
    const QByteArray data = randomBytes(100, 4);
    const QString h = sha(data);
    QCOMPARE(store.putChunk(QStringLiteral("../../etc/passwd"), 0, 100, data).error().code, QStringLiteral("request.malformed"));
    QCOMPARE(store.putChunk(h.toUpper(), 0, 100, data).error().code, QStringLiteral("request.malformed"));
    QCOMPARE(store.putChunk(h, 0, 50, data).error().code, QStringLiteral("request.malformed"));     // past the total
    QCOMPARE(store.putChunk(h, -1, 100, data).error().code, QStringLiteral("request.malformed"));
    QCOMPARE(store.putChunk(h, 0, 100, QByteArray()).error().code, QStringLiteral("request.malformed"));
    QCOMPARE(store.putChunk(h, 0, FileStore::kMaxFileBytes + 1, data).error().code, QStringLiteral("request.too-large"));
    QCOMPARE(store.putChunk(h, 0, FileStore::kMaxChunkBytes + 2, QByteArray(FileStore::kMaxChunkBytes + 1, 'x')).error().code,
             QStringLiteral("request.malformed"));
    QVERIFY(!FileStore::isValidHash(QString(64, QLatin1Char('g'))));
    QVERIFY(FileStore::isValidHash(h));
}

// The child side of concurrentProcessesKeepOffsetsExact: appends chunk after chunk of the shared
// data, each at the offset it believes is held, following the store's answers, until complete.
void TestPortalFiles::childAppend()
{
    const QString root = qEnvironmentVariable("MOTCUA_FILESTORE_CHILD");
    if (root.isEmpty())
        return;   // only when started by the test below
    FileStore store(root);
    const QByteArray data = randomBytes(256 * 1024, 5);
    const QString h = sha(data);
    const qint64 chunk = 4096;
    qint64 offset = 0;
    for (int i = 0; i < 100000; ++i) {
        if (store.state(h).complete)   // what HEAD tells a client
            return;
        const auto r = store.putChunk(h, offset, data.size(), data.mid(offset, chunk));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        if (r->outcome == FileStore::Outcome::Completed)
            return;
        QVERIFY(r->outcome != FileStore::Outcome::HashMismatch);
        offset = r->offset;
        if (offset >= data.size() || store.state(h).complete)
            return;
    }
    QFAIL("never completed");
}

void TestPortalFiles::concurrentProcessesKeepOffsetsExact()
{
    QTemporaryDir dir;
    const QByteArray data = randomBytes(256 * 1024, 5);
    const QString h = sha(data);
    QList<QProcess *> children;
    for (int i = 0; i < 4; ++i) {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MOTCUA_FILESTORE_CHILD"), dir.path());
        p->setProcessEnvironment(env);
        p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("childAppend")});
        children << p;
    }
    for (QProcess *p : children) {
        QVERIFY(p->waitForFinished(120000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardOutput().constData());
    }
    FileStore store(dir.path());
    QVERIFY(store.state(h).complete);
    QCOMPARE(store.read(h).value(), data);
}

QTEST_GUILESS_MAIN(TestPortalFiles)
#include "tst_portalfiles.moc"
