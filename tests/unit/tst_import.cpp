// Importing PNG, JPEG, multi-page TIFF and PDF files and folders; corrupt or unsupported files
// are refused by name while the rest of the batch imports.
#include "app/capture/Importer.h"

#include <QFile>
#include <QFutureWatcher>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua::capture;

namespace {
QImage page(int n, QSize size = {400, 560})
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setPen(Qt::black);
    p.setFont(QFont(QStringLiteral("Noto Sans"), 40));
    p.drawText(img.rect(), Qt::AlignCenter, QString::number(n));
    return img;
}

void writePdf(const QString &path, int pages)
{
    QPdfWriter w(path);
    w.setPageSize(QPageSize(QPageSize::A4));
    w.setResolution(150);
    QPainter p(&w);
    for (int i = 0; i < pages; ++i) {
        if (i)
            w.newPage();
        p.setFont(QFont(QStringLiteral("Noto Sans"), 30));
        p.drawText(QPointF(200, 300), QStringLiteral("Trang %1").arg(i + 1));
    }
}
} // namespace

class TestImport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void formatsArePresent()
    {
        QVERIFY(Importer::canRead("png"));
        QVERIFY(Importer::canRead("jpeg"));
        QVERIFY2(Importer::canRead("tiff"), "qt6-image-formats-plugins (TIFF) is missing");
    }

    void pngJpegTiffPdf()
    {
        QImage png = page(1);
        png.setDotsPerMeterX(qRound(300 / 0.0254));
        png.setDotsPerMeterY(qRound(300 / 0.0254));
        QVERIFY(png.save(path(QStringLiteral("a.png"))));
        QVERIFY(page(2).save(path(QStringLiteral("b.jpg")), "jpeg", 85));
        // Multi-page TIFF: three frames, written by ImageMagick (Qt writes one frame per file)
        const QString convert = QStandardPaths::findExecutable(QStringLiteral("convert"));
        if (convert.isEmpty())
            QFAIL("ImageMagick convert is needed to make a multi-page TIFF — tools/install-deps installs it");
        QStringList frames;
        for (int i = 0; i < 3; ++i) {
            frames << path(QStringLiteral("f%1.png").arg(i));
            QVERIFY(page(10 + i).save(frames.last()));
        }
        QCOMPARE(QProcess::execute(convert, frames + QStringList{path(QStringLiteral("c.tif"))}), 0);
        writePdf(path(QStringLiteral("d.pdf")), 2);

        const ImportResult r = Importer::importFiles({path(QStringLiteral("a.png")), path(QStringLiteral("b.jpg")),
                                                      path(QStringLiteral("c.tif")), path(QStringLiteral("d.pdf"))});
        QVERIFY(r.refused.isEmpty());
        QCOMPARE(r.pages.size(), 1 + 1 + 3 + 2);
        QCOMPARE(r.pages.at(0).dpi, 300);             // from the PNG's own resolution
        QCOMPARE(r.pages.at(2).pageInFile, 0);
        QCOMPARE(r.pages.at(4).pageInFile, 2);
        QVERIFY(r.pages.at(4).sourceFile.endsWith(QLatin1String("c.tif")));
        // PDF pages rendered at 200 dpi for text: A4 = 1654 × 2339
        const ImportedPage &pdf = r.pages.at(5);
        QCOMPARE(pdf.dpi, 200);
        QVERIFY(qAbs(pdf.image.width() - 1654) <= 2);
        QVERIFY(qAbs(pdf.image.height() - 2339) <= 2);
        QCOMPARE(QColor(pdf.image.pixel(5, 5)), QColor(Qt::white));   // paper, not transparency
        // Photos: 300 dpi
        ImportOptions photo;
        photo.kind = PageKind::Photo;
        const ImportResult r300 = Importer::importFiles({path(QStringLiteral("d.pdf"))}, photo);
        QVERIFY(qAbs(r300.pages.at(0).image.width() - 2480) <= 2);
    }

    void badFilesRefusedByNameRestImports()
    {
        QTemporaryDir dir;
        QVERIFY(page(2).save(dir.filePath(QStringLiteral("page2.png"))));
        QVERIFY(page(10).save(dir.filePath(QStringLiteral("page10.png"))));
        QVERIFY(page(1).save(dir.filePath(QStringLiteral("page1.png"))));
        // A corrupt PNG: the right signature, then garbage
        {
            QFile f(dir.filePath(QStringLiteral("broken.png")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(300, '\x5a'));
        }
        // A truncated PDF: the first 60 % of a good one
        writePdf(dir.filePath(QStringLiteral("full.pdf")), 3);
        {
            QFile full(dir.filePath(QStringLiteral("full.pdf")));
            QVERIFY(full.open(QIODevice::ReadOnly));
            const QByteArray all = full.readAll();
            QFile cut(dir.filePath(QStringLiteral("cut.pdf")));
            QVERIFY(cut.open(QIODevice::WriteOnly));
            cut.write(all.left(all.size() * 6 / 10));
        }
        {
            QFile f(dir.filePath(QStringLiteral("notes.txt")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a page\n");
        }
        QFuture<ImportResult> future = Importer::importAsync({dir.path(), dir.filePath(QStringLiteral("nothere.png"))});
        QFutureWatcher<ImportResult> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcher<ImportResult>::progressValueChanged);
        QSignalSpy done(&watcher, &QFutureWatcher<ImportResult>::finished);
        watcher.setFuture(future);
        QVERIFY(done.wait(30000));
        const ImportResult r = future.result();

        QHash<QString, QString> refused;
        for (const ImportRefusal &x : r.refused)
            refused.insert(QFileInfo(x.file).fileName(), x.error.code);
        QCOMPARE(refused.value(QStringLiteral("broken.png")), QStringLiteral("import.unreadable"));
        QCOMPARE(refused.value(QStringLiteral("cut.pdf")), QStringLiteral("import.corrupt-pdf"));
        QCOMPARE(refused.value(QStringLiteral("notes.txt")), QStringLiteral("import.unsupported"));
        QCOMPARE(refused.value(QStringLiteral("nothere.png")), QStringLiteral("import.missing"));
        QCOMPARE(refused.size(), 4);
        // The rest: full.pdf (3 pages) and the three PNGs in name order
        QStringList order;
        for (const ImportedPage &p : r.pages)
            order << QFileInfo(p.sourceFile).fileName();
        QCOMPARE(order, (QStringList{QStringLiteral("full.pdf"), QStringLiteral("full.pdf"), QStringLiteral("full.pdf"),
                                     QStringLiteral("page1.png"), QStringLiteral("page2.png"), QStringLiteral("page10.png")}));
        QVERIFY(!progress.isEmpty());
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
