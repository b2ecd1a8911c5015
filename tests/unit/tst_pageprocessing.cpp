// Page processing on synthetic pages drawn with QPainter at 200 dpi: deskew, blank detection,
// crop, quality warnings, compression size.
#include "app/capture/ImageOps.h"
#include "app/capture/PageProcessor.h"
#include "app/capture/SamplePages.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace motcua::capture;

namespace {
QImage blurred(const QImage &gray, int radius)
{
    // Down and up again with smoothing: an out-of-focus scan, cheaply
    const QSize small(gray.width() / (radius + 1), gray.height() / (radius + 1));
    return gray.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(gray.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_Grayscale8);
}
} // namespace

class TestPageProcessing : public QObject {
    Q_OBJECT
private slots:
    void skewIsEstimatedBothWays_data()
    {
        QTest::addColumn<double>("angle");
        QTest::newRow("+3") << 3.0;
        QTest::newRow("-3") << -3.0;
        QTest::newRow("+1.2") << 1.2;
        QTest::newRow("0") << 0.0;
    }
    void skewIsEstimatedBothWays()
    {
        QFETCH(double, angle);
        SamplePageSpec spec;
        spec.rotationDegrees = angle;
        const QImage page = SamplePages::textPage(spec);
        const double found = imageops::estimateSkew(page, 200);
        QVERIFY2(qAbs(found - angle) < 0.3, qPrintable(QString::number(found)));
    }

    void rotatedPageIsDeskewed()
    {
        SamplePageSpec spec;
        spec.rotationDegrees = 3;
        const ProcessedPage p = PageProcessor::process(SamplePages::textPage(spec), 200);
        QVERIFY(p.deskewed);
        QVERIFY(qAbs(p.skewFound - 3) < 0.3);
        const double residual = imageops::estimateSkew(imageops::toGray(p.image), 200);
        QVERIFY2(qAbs(residual) < 0.5, qPrintable(QString::number(residual)));
        qInfo("3° page: found %.2f°, residual after deskew %.2f°", p.skewFound, residual);
        QVERIFY(!p.warnings.contains(QLatin1String(quality::kSkewed)));
        QVERIFY(!p.blank);
    }

    void tooSkewedIsWarned()
    {
        SamplePageSpec spec;
        spec.rotationDegrees = 9;
        const ProcessedPage p = PageProcessor::process(SamplePages::textPage(spec), 200);
        QVERIFY2(p.warnings.contains(QLatin1String(quality::kSkewed)), qPrintable(p.warnings.join(QLatin1Char(','))));
    }

    void blankPageWithNoiseIsBlank()
    {
        SamplePageSpec spec;
        spec.lines = 0;
        spec.noise = 12;
        QImage page = SamplePages::textPage(spec);
        // Scanner dust: a few isolated dark pixels and 2×2 specks
        QRandomGenerator rng(5);
        for (int i = 0; i < 400; ++i) {
            const int x = int(rng.bounded(page.width() - 2)), y = int(rng.bounded(page.height() - 2));
            page.scanLine(y)[x] = 0;
            if (i % 4 == 0) {
                page.scanLine(y)[x + 1] = 0;
                page.scanLine(y + 1)[x] = 0;
                page.scanLine(y + 1)[x + 1] = 0;
            }
        }
        const ProcessedPage p = PageProcessor::process(page, 200);
        QVERIFY(p.blank);
        QVERIFY(p.warnings.contains(QLatin1String(quality::kBlank)));
        QVERIFY(!p.bytes.isEmpty());   // kept, marked, recoverable
    }

    void oneShortLineIsNotBlank()
    {
        SamplePageSpec spec;
        spec.lines = 0;
        QImage page = SamplePages::textPage(spec);
        {
            QPainter painter(&page);
            QFont f(QStringLiteral("Noto Sans"));
            f.setPixelSize(30);
            painter.setFont(f);
            painter.setPen(QColor(30, 30, 30));
            painter.drawText(QPointF(600, 1100), QStringLiteral("Ký tên"));
        }
        const ProcessedPage p = PageProcessor::process(page, 200);
        QVERIFY(!p.blank);
        QVERIFY(!p.warnings.contains(QLatin1String(quality::kBlank)));
    }

    void darkLightBlurredWarnings()
    {
        SamplePageSpec ok;
        const QImage normal = SamplePages::textPage(ok);
        QCOMPARE(PageProcessor::check(normal, 200, PageKind::Text), QStringList());

        SamplePageSpec dark;
        dark.paper = 110;
        dark.ink = 10;
        QVERIFY(PageProcessor::check(SamplePages::textPage(dark), 200, PageKind::Text)
                    .contains(QLatin1String(quality::kTooDark)));

        SamplePageSpec light;
        light.paper = 250;
        light.ink = 205;
        light.noise = 2;
        QVERIFY(PageProcessor::check(SamplePages::textPage(light), 200, PageKind::Text)
                    .contains(QLatin1String(quality::kTooLight)));

        const QImage soft = blurred(normal.copy(0, 0, 1654, 1200), 3);
        QVERIFY(PageProcessor::check(soft, 200, PageKind::Text).contains(QLatin1String(quality::kBlurred)));
        QVERIFY(!PageProcessor::check(normal.copy(0, 0, 1654, 1200), 200, PageKind::Text)
                     .contains(QLatin1String(quality::kBlurred)));
        qInfo("sharpness: sharp %.3f, blurred %.3f", imageops::sharpness(normal.copy(0, 0, 1654, 1200)),
              imageops::sharpness(soft));
    }

    void lowResolutionAndPageCount()
    {
        SamplePageSpec spec;
        spec.dpi = 100;
        QVERIFY(PageProcessor::check(SamplePages::textPage(spec), 100, PageKind::Text)
                    .contains(QLatin1String(quality::kLowResolution)));
        QVERIFY(PageProcessor::check(SamplePages::textPage(), 200, PageKind::Photo)
                    .contains(QLatin1String(quality::kLowResolution)));
        QCOMPARE(PageProcessor::checkPageCount(1, 2), QStringList{QLatin1String(quality::kTooFewPages)});
        QVERIFY(PageProcessor::checkPageCount(2, 2).isEmpty());
        QVERIFY(PageProcessor::checkPageCount(3, 0).isEmpty());
    }

    void cropsToPaperOnDarkBackground()
    {
        SamplePageSpec spec;
        spec.darkBackground = true;
        const QImage page = SamplePages::textPage(spec);
        const QRect r = imageops::paperRect(page, 200);
        const int inset = qRound(6 / 25.4 * 200);
        QVERIFY2(qAbs(r.left() - inset) <= 10 && qAbs(r.top() - inset) <= 10, qPrintable(QStringLiteral("%1,%2").arg(r.left()).arg(r.top())));
        QVERIFY(qAbs(page.width() - 1 - r.right() - inset) <= 10);
        // White lid: nothing to crop
        QCOMPARE(imageops::paperRect(SamplePages::textPage(), 200), SamplePages::textPage().rect());
    }

    void textPageCompressesUnder60KB()
    {
        SamplePageSpec spec;
        spec.rotationDegrees = 1.5;
        const ProcessedPage p = PageProcessor::process(SamplePages::textPage(spec), 200);
        QCOMPARE(p.mime, QStringLiteral("image/png"));
        QCOMPARE(p.image.format(), QImage::Format_Mono);
        qInfo("bilevel PNG: %lld bytes", qint64(p.bytes.size()));
        QVERIFY2(p.bytes.size() <= 60 * 1024, qPrintable(QString::number(p.bytes.size())));
        // The bytes decode back to the same page
        QImage back;
        QVERIFY(back.loadFromData(p.bytes, "png"));
        QCOMPARE(back.size(), p.image.size());
        // Alternatives measured for docs/capture.md
        const QImage gray = imageops::toGray(SamplePages::textPage());
        qInfo("grey JPEG q50: %lld bytes, q30: %lld bytes", qint64(PageProcessor::encodeJpeg(gray, 50).size()),
              qint64(PageProcessor::encodeJpeg(gray, 30).size()));
    }

    void processAsyncGivesTheSameBytes()
    {
        const QImage page = SamplePages::textPage();
        const ProcessedPage direct = PageProcessor::process(page, 200);
        const ProcessedPage async = PageProcessor::processAsync(page, 200).result();
        QCOMPARE(async.bytes, direct.bytes);
    }

    // Sizes per encoding for docs/capture.md; with MOTCUA_WRITE_SAMPLES=DIR also writes the
    // before/after sample crops shown there.
    void measureEncodings()
    {
        for (int noise : {0, 3, 6}) {
            SamplePageSpec spec;
            spec.noise = noise;
            spec.rotationDegrees = 1.5;
            const QImage scan = SamplePages::textPage(spec);
            const ProcessedPage bilevel = PageProcessor::process(scan, 200);
            ProcessOptions grey;
            grey.reduce = false;
            const ProcessedPage g = PageProcessor::process(scan, 200, grey);
            const QImage straight = imageops::toGray(g.image);
            qInfo("noise ±%d: bilevel PNG %lld B | grey JPEG q50 %lld B, q30 %lld B", noise,
                  qint64(bilevel.bytes.size()), qint64(PageProcessor::encodeJpeg(straight, 50).size()),
                  qint64(PageProcessor::encodeJpeg(straight, 30).size()));
            const QString dir = qEnvironmentVariable("MOTCUA_WRITE_SAMPLES");
            if (!dir.isEmpty() && noise == 3) {
                const QRect crop(180, 200, 760, 300);   // title and first lines, full resolution
                scan.copy(crop).save(dir + QStringLiteral("/sample-before-scan.jpg"), "jpeg", 92);
                bilevel.image.copy(crop).save(dir + QStringLiteral("/sample-after-bilevel.png"));
                QImage jpeg;
                jpeg.loadFromData(PageProcessor::encodeJpeg(straight, 50), "jpeg");
                jpeg.copy(crop).save(dir + QStringLiteral("/sample-after-grey-jpeg-q50.jpg"), "jpeg", 95);
                scan.scaled(scan.width() / 4, scan.height() / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                    .save(dir + QStringLiteral("/page-before.jpg"), "jpeg", 85);
                bilevel.image.convertToFormat(QImage::Format_Grayscale8)
                    .scaled(scan.width() / 4, scan.height() / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                    .save(dir + QStringLiteral("/page-after.png"));
            }
        }
    }
};

QTEST_MAIN(TestPageProcessing)
#include "tst_pageprocessing.moc"
