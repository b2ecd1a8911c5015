// Our SQLCipher crypto provider (db/sqlcipher/SqlCipherCrypto): the library's provider table has
// the layout we assume; our connections use our provider, and it keeps using it after every
// connection closed; its HMAC and cipher give what OpenSSL's one-shot functions give, across key
// changes; databases written by the stock `sqlcipher` shell open with it and the other way round;
// a tampered page is refused, not read.
#include "db/Database.h"
#include "db/sqlcipher/SqlCipher.h"
#include "db/sqlcipher/SqlCipherCrypto.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sqlite3.h>

#include <memory>

using namespace motcua;

#define QS(s) QStringLiteral(s)

extern "C" void *sqlcipher_get_provider(void);

namespace {

// SQLCipher 3.4's provider table seen as its 20 slots (SqlCipherCrypto.cpp declares it typed).
struct Slots {
    void *fn[20];
};
enum Slot { kNameSlot = 2, kHmac = 5, kCipher = 7, kCtxInit = 16, kCtxFree = 17, kFips = 18, kVersion = 19 };

template <typename F>
F slot(int i)
{
    return reinterpret_cast<F>(static_cast<Slots *>(sqlcipher_get_provider())->fn[i]);
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(b.data()), n / 4);
    return b;
}

QString providerOf(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(QS("PRAGMA cipher_provider")) && q.next() ? q.value(0).toString() : QString();
}

// Runs the stock shell on `path` with `key` and `sql`; stdout.
QString shell(const QString &path, const QByteArray &key, const QByteArray &sql)
{
    const QString exe = QStandardPaths::findExecutable(QS("sqlcipher"));
    if (exe.isEmpty())
        return QS("(sqlcipher shell not installed)");
    QProcess p;
    p.start(exe, {path});
    p.waitForStarted();
    p.write("PRAGMA key = \"x'" + key.toHex() + "'\";\n" + sql);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

const QString kName = QS("Nguyễn Thị Ánh Tuyết");

} // namespace

class TestSqlCipherProvider : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    // Before anything installs ours: the library's own provider answers at the slots where our
    // table puts the name, FIPS status and version. A library with another layout fails here
    // instead of crashing in a page read.
    void libraryLayoutMatches()
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(m_dir.filePath(QS("layout.db"))), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA key = \"x'0101010101010101010101010101010101010101010101010101010101010101'\";"
                                  "CREATE TABLE t(x)", nullptr, nullptr, nullptr), SQLITE_OK);
        QVERIFY(sqlcipher_get_provider());
        QCOMPARE(QByteArray(slot<const char *(*)(void *)>(kNameSlot)(nullptr)), QByteArray("openssl"));
        QCOMPARE(slot<int (*)(void *)>(kFips)(nullptr), 0);
        QVERIFY(QByteArray(slot<const char *(*)(void *)>(kVersion)(nullptr)).startsWith("OpenSSL"));
        sqlite3_close(db);
    }

    void connectionsUseOurProvider()
    {
        for (int round = 0; round < 2; ++round) {   // again after every connection closed
            auto opened = Database::openUnmigrated({m_dir.filePath(QS("ours.db")), QByteArray(32, 'k')});
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
            QCOMPARE(providerOf(opened.value()->sql()), QString::fromLatin1(sqlcipher_crypto::providerName()));
        }
    }

    // The HMAC and the cipher against OpenSSL's one-shot functions, keys changing between calls
    // (the kept contexts must follow), both directions.
    void primitivesMatchOpenSsl()
    {
        QVERIFY(sqlcipher_crypto::install());
        void *ctx = nullptr;
        QCOMPARE(slot<int (*)(void **)>(kCtxInit)(&ctx), SQLITE_OK);
        const auto hmac = slot<int (*)(void *, unsigned char *, int, unsigned char *, int, unsigned char *, int, unsigned char *)>(kHmac);
        const auto cipher = slot<int (*)(void *, int, unsigned char *, int, unsigned char *, unsigned char *, int, unsigned char *)>(kCipher);
        const QByteArray keys[2] = {randomBytes(32), randomBytes(32)};
        for (int i = 0; i < 40; ++i) {
            QByteArray key = keys[(i / 3) % 2];
            QByteArray page = randomBytes(1008), iv = randomBytes(16), pgno = randomBytes(4);

            unsigned char ours[20], theirs[EVP_MAX_MD_SIZE];
            QCOMPARE(hmac(ctx, reinterpret_cast<uchar *>(key.data()), 32, reinterpret_cast<uchar *>(page.data()), 1008,
                          reinterpret_cast<uchar *>(pgno.data()), 4, ours), SQLITE_OK);
            unsigned int len = 0;
            const QByteArray input = page + pgno;
            HMAC(EVP_sha1(), key.constData(), 32, reinterpret_cast<const uchar *>(input.constData()), size_t(input.size()), theirs, &len);
            QCOMPARE(QByteArray(reinterpret_cast<char *>(ours), 20), QByteArray(reinterpret_cast<char *>(theirs), int(len)));

            for (int mode : {1, 0}) {   // CIPHER_ENCRYPT, CIPHER_DECRYPT
                QByteArray out(1008, '\0'), expected(1008 + 16, '\0');
                QCOMPARE(cipher(ctx, mode, reinterpret_cast<uchar *>(key.data()), 32, reinterpret_cast<uchar *>(iv.data()),
                                reinterpret_cast<uchar *>(page.data()), 1008, reinterpret_cast<uchar *>(out.data())), SQLITE_OK);
                EVP_CIPHER_CTX *e = EVP_CIPHER_CTX_new();
                int n = 0, tail = 0;
                EVP_CipherInit_ex(e, EVP_aes_256_cbc(), nullptr, reinterpret_cast<const uchar *>(key.constData()),
                                  reinterpret_cast<const uchar *>(iv.constData()), mode);
                EVP_CIPHER_CTX_set_padding(e, 0);
                EVP_CipherUpdate(e, reinterpret_cast<uchar *>(expected.data()), &n, reinterpret_cast<const uchar *>(page.constData()), 1008);
                EVP_CipherFinal_ex(e, reinterpret_cast<uchar *>(expected.data()) + n, &tail);
                EVP_CIPHER_CTX_free(e);
                QCOMPARE(n + tail, 1008);
                QCOMPARE(out, expected.left(1008));
            }
        }
        QCOMPARE(slot<int (*)(void **)>(kCtxFree)(&ctx), SQLITE_OK);
        QVERIFY(!ctx);
    }

    // Thousands of pages each way: the stock shell writes, we read; we write, the shell reads.
    void stockShellCompatibleBothWays()
    {
        const QByteArray key = randomBytes(32);
        const QString theirs = m_dir.filePath(QS("shell.db"));
        const QString filled = shell(theirs, key,
            "CREATE TABLE c(id INTEGER PRIMARY KEY, name TEXT, pad TEXT);\n"
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)\n"
            "INSERT INTO c SELECT i, '" + kName.toUtf8() + " ' || i, hex(randomblob(100)) FROM n;\n"
            "SELECT count(*) FROM c;\n");
        QCOMPARE(filled, QS("5000"));
        {
            auto opened = Database::openUnmigrated({theirs, key, true});
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
            QSqlQuery q(opened.value()->sql());
            QVERIFY(q.exec(QS("SELECT count(*), sum(length(pad)), max(name) FROM c WHERE name LIKE '%' || id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 5000);
            QCOMPARE(q.value(1).toInt(), 5000 * 200);
            QVERIFY(q.exec(QS("INSERT INTO c(id, name, pad) SELECT id + 5000, name, pad FROM c")));
            QVERIFY(q.exec(QS("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QCOMPARE(shell(theirs, key, "PRAGMA integrity_check;\nSELECT count(*) FROM c WHERE id > 5000;\n"),
                 QS("ok\n5000"));
    }

    // A page whose ciphertext changed fails its HMAC: an error, not other data.
    void tamperedPageIsRefused()
    {
        const QString path = m_dir.filePath(QS("tampered.db"));
        const QByteArray key = randomBytes(32);
        {
            auto opened = Database::openUnmigrated({path, key});
            QVERIFY(opened.ok());
            QSqlQuery q(opened.value()->sql());
            QVERIFY(q.exec(QS("CREATE TABLE c(id INTEGER PRIMARY KEY, name TEXT)")));
            for (int i = 0; i < 200; ++i)
                QVERIFY(q.exec(QS("INSERT INTO c(name) VALUES('%1 %2')").arg(kName).arg(i)));
            QVERIFY(q.exec(QS("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 4 * 1024);
        f.seek(3 * 1024 + 100);   // inside page 4, a table page
        char c = 0;
        QVERIFY(f.getChar(&c));
        f.seek(3 * 1024 + 100);
        QVERIFY(f.putChar(char(c ^ 0x01)));
        f.close();

        auto opened = Database::openUnmigrated({path, key, true});
        if (!opened.ok())
            return;   // refused at open: also no wrong data
        QSqlQuery q(opened.value()->sql());
        const bool read = q.exec(QS("SELECT count(*), group_concat(name) FROM c")) && q.next();
        QVERIFY2(!read, "a tampered page was read as data");
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherProvider)
#include "tst_sqlcipherprovider.moc"
