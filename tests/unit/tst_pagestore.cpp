// The page store on an encrypted Database: dedupe, reference counts, tamper detection, GC, and
// no page bytes in clear in the file.
#include "app/capture/PageStoreWorker.h"
#include "db/Database.h"
#include "db/PageStore.h"

#include <QFile>
#include <QPainter>
#include <QThread>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {
QByteArray pageBytes(char seed, int size = 5000)
{
    QByteArray b("MOTCUA-PLAINTEXT-MARKER-");
    for (int i = 0; b.size() < size; ++i)
        b.append(char(seed + i * 7));
    return b;
}
PageMeta meta()
{
    return {QStringLiteral("image/png"), 1654, 2339, 200, false};
}
int count(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}
} // namespace

class TestPageStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> open(const QString &name)
    {
        auto db = Database::open({m_dir.filePath(name), QByteArray(32, 'k')});
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        return std::move(db).value();
    }
private slots:
    void dedupeAndRead()
    {
        auto db = open(QStringLiteral("a.db"));
        PageStore store(db->sql());
        const QByteArray bytes = pageBytes('a');
        const auto first = store.put(bytes, meta());
        QVERIFY(first.ok());
        QCOMPARE(first.value(), PageStore::hashOf(bytes));
        QCOMPARE(first.value().size(), 64);
        const auto second = store.put(bytes, {QStringLiteral("image/jpeg"), 1, 1, 72, true});
        QCOMPARE(second.value(), first.value());
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM pages")), 1);
        const auto got = store.get(first.value());
        QVERIFY(got.ok());
        QCOMPARE(got->bytes, bytes);
        QCOMPARE(got->meta.mime, QStringLiteral("image/png"));   // the first metadata stays
        QCOMPARE(got->meta.dpi, 200);
        QVERIFY(got->createdAt.isValid());
        QCOMPARE(store.get(QString(64, QLatin1Char('0'))).error().code, QStringLiteral("pages.missing"));
        QCOMPARE(store.get(QStringLiteral("nothex")).error().code, QStringLiteral("pages.bad-hash"));
        QCOMPARE(store.put({}, meta()).error().code, QStringLiteral("pages.empty"));
    }

    void referenceCounts()
    {
        auto db = open(QStringLiteral("b.db"));
        PageStore store(db->sql());
        const QString a = store.put(pageBytes('a'), meta()).value();
        const QString b = store.put(pageBytes('b'), meta()).value();
        const QString owner1 = QStringLiteral("H01.01-260101-0001/1");
        const QString owner2 = QStringLiteral("draft:7f3a");
        // In the caller's transaction
        QVERIFY(db->sql().transaction());
        QVERIFY(store.addRef(owner1, a, 0).ok());
        QVERIFY(store.addRef(owner1, b, 1).ok());
        QVERIFY(store.addRef(owner2, a, 0).ok());
        QVERIFY(db->sql().commit());
        QCOMPARE(store.info(a)->refcount, 2);
        QCOMPARE(store.info(b)->refcount, 1);
        QCOMPARE(store.pagesOf(owner1).value(), (QStringList{a, b}));
        // A position holds one page; a missing page cannot be referenced
        QVERIFY(!store.addRef(owner1, b, 0).ok());
        QCOMPARE(store.addRef(owner1, QString(64, QLatin1Char('1')), 5).error().code, QStringLiteral("pages.missing"));
        // A rolled-back removal changes nothing
        QVERIFY(db->sql().transaction());
        QVERIFY(store.removeOwner(owner1).ok());
        QVERIFY(db->sql().rollback());
        QCOMPARE(store.info(a)->refcount, 2);
        QVERIFY(store.removeRef(owner2, 0).ok());
        QCOMPARE(store.info(a)->refcount, 1);
        QVERIFY(store.removeOwner(owner1).ok());
        QCOMPARE(store.info(a)->refcount, 0);
        QCOMPARE(store.info(b)->refcount, 0);
    }

    void garbageCollection()
    {
        auto db = open(QStringLiteral("c.db"));
        PageStore store(db->sql());
        const QString kept = store.put(pageBytes('k'), meta()).value();
        const QString dropped = store.put(pageBytes('d'), meta()).value();
        QVERIFY(store.addRef(QStringLiteral("X/1"), kept, 0).ok());
        // A page stored just now is spared by a cutoff in the past (a draft about to reference it)
        QCOMPARE(store.collectGarbage(QDateTime::currentDateTimeUtc().addSecs(-60)).value(), 0);
        QCOMPARE(store.collectGarbage().value(), 1);
        QVERIFY(store.contains(kept));
        QVERIFY(!store.contains(dropped));
        QVERIFY(store.removeOwner(QStringLiteral("X/1")).ok());
        QCOMPARE(store.collectGarbage().value(), 1);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM pages")), 0);
    }

    void tamperedPageIsReported()
    {
        auto db = open(QStringLiteral("d.db"));
        PageStore store(db->sql());
        const QString sha = store.put(pageBytes('t'), meta()).value();
        const QString other = store.put(pageBytes('u'), meta()).value();
        // Flip one byte of the stored blob behind the store's back
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE pages SET bytes = substr(bytes, 1, 99) || X'FF' || substr(bytes, 101) "
                                      "WHERE sha256 = '%1'").arg(sha)));
        const auto got = store.get(sha);
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, QStringLiteral("pages.tampered"));
        QVERIFY(store.get(other).ok());
        QCOMPARE(store.verifyAll().value(), QStringList{sha});
    }

    void pagesAreEncryptedAtRest()
    {
        const QString path = m_dir.filePath(QStringLiteral("e.db"));
        {
            auto db = open(QStringLiteral("e.db"));
            PageStore store(db->sql());
            QVERIFY(store.put(pageBytes('z', 20000), meta()).ok());
            QSqlQuery q(db->sql());
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY(raw.size() > 20000);
        QVERIFY(!raw.contains("MOTCUA-PLAINTEXT-MARKER"));
        // Reopened with the key, the page reads back whole
        auto db = open(QStringLiteral("e.db"));
        PageStore store(db->sql());
        QCOMPARE(store.get(PageStore::hashOf(pageBytes('z', 20000)))->bytes, pageBytes('z', 20000));
    }

    void workerThreadProcessesAndStores()
    {
        const QString path = m_dir.filePath(QStringLiteral("w.db"));
        QImage page(1654, 2339, QImage::Format_Grayscale8);   // A4 at 200 dpi, ruled "text"
        page.fill(240);
        {
            QPainter p(&page);
            for (int y = 300; y < 2000; y += 60)
                p.fillRect(QRect(200, y, 1200, 14), QColor(20, 20, 20));
        }
        QImage blank(1654, 2339, QImage::Format_Grayscale8);
        blank.fill(242);
        QList<int> order;
        QList<capture::StoredPageReport> reports;
        {
            capture::PageStoreWorker worker({path, QByteArray(32, 'k')});
            connect(&worker, &capture::PageStoreWorker::pageStored, this,
                    [&](int ticket, const capture::StoredPageReport &r) {
                        QCOMPARE(QThread::currentThread(), thread());   // delivered in the receiver's thread
                        order << ticket;
                        reports << r;
                    });
            worker.submit(1, page, 200);
            worker.submit(2, blank, 200);
            worker.submit(3, page, 200);   // the same page again: deduplicated
            QTRY_COMPARE_WITH_TIMEOUT(reports.size(), 3, 30000);
        }
        QCOMPARE(order, (QList<int>{1, 2, 3}));
        QCOMPARE(reports.at(0).sha256, reports.at(2).sha256);
        QVERIFY(!reports.at(0).blank);
        QVERIFY(reports.at(1).blank);
        QVERIFY(reports.at(1).warnings.contains(QStringLiteral("quality.blank")));
        QCOMPARE(reports.at(0).mime, QStringLiteral("image/png"));
        auto db = open(QStringLiteral("w.db"));
        PageStore store(db->sql());
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM pages")), 2);
        QVERIFY(store.get(reports.at(1).sha256)->meta.blank);

        // A wrong key: every ticket fails, with the database's error
        capture::PageStoreWorker bad({path, QByteArray(32, 'x')});
        int failedTicket = 0;
        QString failedCode;
        connect(&bad, &capture::PageStoreWorker::pageFailed, this, [&](int ticket, const Error &e) {
            failedTicket = ticket;
            failedCode = e.code;
        });
        bad.submit(9, page, 200);
        QTRY_COMPARE_WITH_TIMEOUT(failedTicket, 9, 30000);
        QCOMPARE(failedCode, QStringLiteral("db.wrong-key"));
    }
};

QTEST_GUILESS_MAIN(TestPageStore)
#include "tst_pagestore.moc"
