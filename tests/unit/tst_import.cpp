// Importing PNG, JPEG, multi-page TIFF and PDF files and folders; corrupt or unsupported files
// are refused by name while the rest of the batch imports; a JPEG or PNG cut short or damaged is
// refused before any of it is decoded; pages are streamed one at a time; an image too small for a
// page is flagged.
#include "app/capture/ImageIntegrity.h"
#include "app/capture/ImageOps.h"
#include "app/capture/Importer.h"
#include "app/capture/PageProcessor.h"

#include <QBuffer>
#include <QFile>
#include <QFutureWatcher>
#include <QImageWriter>
#include <QPainter>
#include <QPdfDocument>
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

QByteArray encoded(const QImage &image, const char *format, bool progressive = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(85);
    writer.setProgressiveScanWrite(progressive);
    writer.write(image);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
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
        QCOMPARE(refused.value(QStringLiteral("broken.png")), QStringLiteral("import.damaged-image"));   // no chunk is whole
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

    // A JPEG cut short decodes in Qt to a page whose lower part is grey, with only a warning: it
    // must be refused, before anything of it is delivered. So must a PNG with a bad CRC or no IEND.
    void damagedImagesAreRefusedWhole()
    {
        QTemporaryDir dir;
        const QImage photo = page(7, {800, 1100});
        const QByteArray jpeg = encoded(photo, "jpeg");
        const QByteArray png = encoded(photo, "png");
        QVERIFY(jpeg.size() > 4000 && png.size() > 1000);
        QVERIFY(ImageIntegrity::checkBytes(jpeg).ok());
        QVERIFY(ImageIntegrity::checkBytes(png).ok());
        // What the decoder alone makes of the cut JPEG: an image, not an error (the reason for the check).
        const QByteArray cutJpeg = jpeg.left(jpeg.size() * 6 / 10);
        QVERIFY(!QImage::fromData(cutJpeg, "jpeg").isNull());

        QByteArray badCrc = png;
        badCrc[badCrc.size() / 2] = char(badCrc[badCrc.size() / 2] ^ 0x10);   // a bit flipped inside IDAT
        const QByteArray noEnd = png.left(png.size() - 12);                    // IEND missing
        QByteArray cutAtEoi = jpeg;
        cutAtEoi.chop(2);                                                         // only the end marker gone
        const QList<std::pair<QString, QByteArray>> bad{
            {QStringLiteral("cut.jpg"), cutJpeg},           {QStringLiteral("cut-at-eoi.jpg"), cutAtEoi},
            {QStringLiteral("header-only.jpg"), jpeg.left(600)}, {QStringLiteral("bad-crc.png"), badCrc},
            {QStringLiteral("no-iend.png"), noEnd},         {QStringLiteral("cut.png"), png.left(png.size() / 2)}};
        for (const auto &[name, bytes] : bad) {
            QVERIFY(writeFile(dir.filePath(name), bytes));
            const motcua::Status st = ImageIntegrity::checkFile(dir.filePath(name));
            QVERIFY2(!st.ok(), qPrintable(name));
            QCOMPARE(st.error().code, QStringLiteral("import.damaged-image"));
            QVERIFY2(!st.error().detail.contains(name), qPrintable(st.error().detail));   // no file name in it
        }
        // Whole files of other shapes pass: progressive JPEG (several scans), bytes after EOI (as
        // phones append), and a grey PNG.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ok-progressive.jpg")), encoded(photo, "jpeg", true)));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ok-trailer.jpg")), jpeg + QByteArray("\0\0trailer after EOI\xff\xd8", 21)));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ok-grey.png")), encoded(photo.convertToFormat(QImage::Format_Grayscale8), "png")));
        QVERIFY(ImageIntegrity::checkFile(dir.filePath(QStringLiteral("ok-progressive.jpg"))).ok());
        QVERIFY(ImageIntegrity::checkFile(dir.filePath(QStringLiteral("ok-trailer.jpg"))).ok());

        // The importer: the damaged files refused by name, nothing of them delivered; the whole ones imported.
        int delivered = 0;
        QStringList pagesFrom;
        QHash<QString, QString> refused;
        ImportSink sink;
        sink.page = [&](const ImportedPage &p) {
            ++delivered;
            pagesFrom << QFileInfo(p.sourceFile).fileName();
            return true;
        };
        sink.refused = [&](const ImportRefusal &r, int alreadyDelivered) {
            refused.insert(QFileInfo(r.file).fileName(), r.error.code);
            return alreadyDelivered == 0;   // a damaged image never gets as far as a page
        };
        Importer::forEachPage({dir.path()}, {}, sink);
        QCOMPARE(refused.size(), bad.size());
        for (const auto &[name, bytes] : bad)
            QCOMPARE(refused.value(name), QStringLiteral("import.damaged-image"));
        QCOMPARE(pagesFrom, (QStringList{QStringLiteral("ok-grey.png"), QStringLiteral("ok-progressive.jpg"), QStringLiteral("ok-trailer.jpg")}));
        QCOMPARE(delivered, 3);
        // check() finds the same files without decoding any page.
        QCOMPARE(Importer::check({dir.path()}).size(), bad.size());
    }

    // forEachPage hands each page over before rendering the next, and a sink that says stop ends
    // the import there (tst_importcli measures the memory of a long one).
    void pagesAreStreamedOneByOne()
    {
        QTemporaryDir dir;
        writePdf(dir.filePath(QStringLiteral("long.pdf")), 5);
        QList<int> seen;
        ImportSink sink;
        sink.page = [&](const ImportedPage &p) {
            seen << p.pageInFile;
            return seen.size() < 3;
        };
        int filesDone = 0;
        sink.fileDone = [&](int done) { filesDone = done; };
        Importer::forEachPage({dir.filePath(QStringLiteral("long.pdf"))}, {}, sink);
        QCOMPARE(seen, (QList<int>{0, 1, 2}));
        QCOMPARE(filesDone, 1);
    }

    // Rendered PDF pages are laid on white in one pass; the result must be bit for bit what the
    // importer gave before (premultiply with QImage's conversion, then add 255 − alpha): page
    // hashes must not change. Every channel value at every alpha, in each channel.
    void whitePaperIsBitExact()
    {
        QImage rendered(256, 256 * 3, QImage::Format_ARGB32);
        for (int a = 0; a < 256; ++a) {
            auto *row0 = reinterpret_cast<QRgb *>(rendered.scanLine(a));
            auto *row1 = reinterpret_cast<QRgb *>(rendered.scanLine(256 + a));
            auto *row2 = reinterpret_cast<QRgb *>(rendered.scanLine(512 + a));
            for (int c = 0; c < 256; ++c) {
                row0[c] = qRgba(c, 255 - c, (c * 7) & 255, a);
                row1[c] = qRgba((c * 13) & 255, c, 255 - c, a);
                row2[c] = qRgba(255 - c, (c * 29) & 255, c, a);
            }
        }
        const auto before = [](const QImage &img) {
            QImage flat(img.size(), QImage::Format_RGB32);
            flat.fill(Qt::white);
            const QImage src = img.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            for (int y = 0; y < src.height(); ++y) {
                const QRgb *s = reinterpret_cast<const QRgb *>(src.constScanLine(y));
                QRgb *d = reinterpret_cast<QRgb *>(flat.scanLine(y));
                for (int x = 0; x < src.width(); ++x) {
                    const int a = qAlpha(s[x]);
                    d[x] = qRgb(qRed(s[x]) + 255 - a, qGreen(s[x]) + 255 - a, qBlue(s[x]) + 255 - a);
                }
            }
            return flat;
        };
        QCOMPARE(imageops::onWhitePaper(rendered), before(rendered));
        const QImage premultiplied = rendered.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(imageops::onWhitePaper(premultiplied), before(premultiplied));
        // And a real rendered page, whatever format QtPdf gives.
        QTemporaryDir dir;
        writePdf(dir.filePath(QStringLiteral("p.pdf")), 1);
        QPdfDocument doc;
        QCOMPARE(doc.load(dir.filePath(QStringLiteral("p.pdf"))), QPdfDocument::Error::None);
        const QImage page = doc.render(0, QSize(827, 1170));
        QVERIFY(page.hasAlphaChannel());
        QCOMPARE(imageops::onWhitePaper(page), before(page));
    }

    // An image file too small for a page gets the low-resolution warning whatever dpi it declares.
    void smallImagesAreFlagged()
    {
        const QString low = QStringLiteral("quality.low-resolution");
        QCOMPARE(PageProcessor::checkImportedSize({400, 300}, PageKind::Text), QStringList{low});
        QCOMPARE(PageProcessor::checkImportedSize({300, 400}, PageKind::Text), QStringList{low});
        QCOMPARE(PageProcessor::checkImportedSize({1000, 1414}, PageKind::Text), QStringList{low});   // A4 at 121 dpi
        QVERIFY(PageProcessor::checkImportedSize({1240, 1754}, PageKind::Text).isEmpty());           // A4 at 150 dpi
        QVERIFY(PageProcessor::checkImportedSize({4032, 3024}, PageKind::Text).isEmpty());           // a phone photo
        QVERIFY(PageProcessor::checkImportedSize({1011, 638}, PageKind::IdCard).isEmpty());            // a card at 300 dpi
        QCOMPARE(PageProcessor::checkImportedSize({505, 319}, PageKind::IdCard), QStringList{low});    // a card at 150 dpi

        QTemporaryDir dir;
        QImage small = page(3, {400, 300});
        small.setDotsPerMeterX(qRound(300 / 0.0254));   // claims 300 dpi: 1.3 × 1 inch of "page"
        small.setDotsPerMeterY(qRound(300 / 0.0254));
        QVERIFY(small.save(dir.filePath(QStringLiteral("small.png"))));
        QVERIFY(page(4, {1654, 2339}).save(dir.filePath(QStringLiteral("a4.png"))));
        const ImportResult r = Importer::importFiles({dir.filePath(QStringLiteral("small.png")), dir.filePath(QStringLiteral("a4.png"))});
        QCOMPARE(r.pages.size(), 2);
        QCOMPARE(r.pages.at(0).dpi, 300);   // the declared resolution still goes to processing
        QCOMPARE(r.pages.at(0).warnings, QStringList{low});
        QVERIFY(r.pages.at(1).warnings.isEmpty());
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
