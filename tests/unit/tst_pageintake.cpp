// PageIntake::importPages, the stream behind the Receive page's imports and `motcua-cli receive`,
// on a real encrypted page store: pages of good files stored in order with one progress report
// and one thumbnail each, the same bytes as storing page by page; a damaged image refused with
// nothing of it stored; the command line's all-or-nothing form stores nothing when any file is bad.
#include "app/capture/PageProcessor.h"
#include "app/intake/PageIntake.h"
#include "db/Database.h"
#include "support/LongDocument.h"

#include <QBuffer>
#include <QPainter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::intake;

namespace {

QImage textPage(QSize size, int dpi, int seed)
{
    QImage page(size, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    p.setFont(QFont(QStringLiteral("Noto Sans"), 10));
    for (int y = 60; y < size.height() - 40; y += 40)
        p.drawText(QPoint(60, y), QStringLiteral("Giấy tờ số %1, dòng %2").arg(seed).arg(y / 40));
    p.end();
    page.setDotsPerMeterX(qRound(dpi / 0.0254));
    page.setDotsPerMeterY(qRound(dpi / 0.0254));
    return page;
}

} // namespace

class TestPageIntake : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 storedPages()
    {
        QSqlQuery q(m_db->sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM pages")) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open({m_dir.filePath(QStringLiteral("pages.db")), QByteArray(32, 'k')});
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        m_db = std::move(db).value();
    }

    void streamsGoodFilesRefusesDamagedOnes()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.png")), b = m_dir.filePath(QStringLiteral("b.pdf")),
                      c = m_dir.filePath(QStringLiteral("c.jpg")), d = m_dir.filePath(QStringLiteral("d.png"));
        QVERIFY(textPage({1654, 2339}, 200, 1).save(a));
        QVERIFY(test::writeLongPdf(b, 3));
        QByteArray jpeg;
        {
            QBuffer buffer(&jpeg);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(textPage({1654, 2339}, 200, 2).save(&buffer, "jpeg", 85));
        }
        {
            QFile f(c);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(jpeg.left(jpeg.size() / 3));   // cut short
        }
        QVERIFY(textPage({400, 300}, 300, 3).save(d));   // too small for a page

        PageStore store(m_db->sql());
        const qint64 before = storedPages();
        QList<int> progress;
        PageImportOptions options;
        options.thumbnailSide = 240;
        options.progress = [&progress](int stored) { progress << stored; };
        const PageImport r = PageIntake::importPages(store, {a, b, c, d}, options);

        QCOMPARE(r.refused.size(), 1);
        QCOMPARE(r.refused.at(0).file, c);
        QCOMPARE(r.refused.at(0).error.code, QStringLiteral("import.damaged-image"));
        QCOMPARE(r.pages.size(), 1 + 3 + 1);
        QCOMPARE(r.thumbnails.size(), r.pages.size());
        for (const QImage &t : r.thumbnails)
            QVERIFY(!t.isNull() && std::max(t.width(), t.height()) <= 240);
        QCOMPARE(progress, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(storedPages(), before + 5);   // nothing of the cut JPEG
        QVERIFY(!r.pages.at(0).warnings.contains(QStringLiteral("quality.low-resolution")));
        QVERIFY(r.pages.at(4).warnings.contains(QStringLiteral("quality.low-resolution")));

        // In order, and the same bytes as processing and storing each page alone.
        QCOMPARE(PageIntake::store(store, QImage(a), 200)->sha256, r.pages.at(0).sha256);
        int pdfPage = 0;
        capture::ImportSink sink;
        sink.page = [&](const capture::ImportedPage &p) {
            Result<DraftPage> alone = PageIntake::store(store, p.image, p.dpi);
            [&] { QVERIFY(alone.ok()); QCOMPARE(alone->sha256, r.pages.at(1 + pdfPage).sha256); }();
            ++pdfPage;
            return true;
        };
        capture::Importer::forEachPage({b}, {}, sink);
        QCOMPARE(pdfPage, 3);
        QCOMPARE(storedPages(), before + 5);   // nothing new: the same pages
    }

    void commandLineFormIsAllOrNothing()
    {
        const QString good = m_dir.filePath(QStringLiteral("good.png")), bad = m_dir.filePath(QStringLiteral("bad.png"));
        QVERIFY(textPage({1654, 2339}, 200, 7).save(good));
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(textPage({1654, 2339}, 200, 8).save(&buffer, "png"));
        }
        png[png.size() / 2] = char(png[png.size() / 2] ^ 0x04);   // a bad CRC
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(png);
        }
        PageStore store(m_db->sql());
        const qint64 before = storedPages();
        const Result<QList<DraftPage>> r = PageIntake::importFiles(store, {good, bad});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("import.damaged-image"));
        QVERIFY(r.error().detail.startsWith(bad));   // the CLI names the file on stderr
        QCOMPARE(storedPages(), before);             // the good file before it was not stored either
        const Result<QList<DraftPage>> ok = PageIntake::importFiles(store, {good});
        QVERIFY(ok.ok());
        QCOMPARE(ok->size(), 1);
        QCOMPARE(storedPages(), before + 1);
    }
};

QTEST_MAIN(TestPageIntake)
#include "tst_pageintake.moc"
