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
    // Box blur, twice (≈ Gaussian): an out-of-focus scan
    QImage src = gray;
    for (int pass = 0; pass < 2; ++pass) {
        QImage dst(src.size(), QImage::Format_Grayscale8);
        for (int y = 0; y < src.height(); ++y) {
            uchar *d = dst.scanLine(y);
            for (int x = 0; x < src.width(); ++x) {
                int s = 0, n = 0;
                for (int dy = -radius; dy <= radius; ++dy) {
                    const int yy = qBound(0, y + dy, src.height() - 1);
                    const uchar *row = src.constScanLine(yy);
                    for (int dx = -radius; dx <= radius; ++dx) {
                        s += row[qBound(0, x + dx, src.width() - 1)];
                        ++n;
                    }
                }
                d[x] = uchar(s / n);
            }
        }
        src = dst;
    }
    return src;
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
};

QTEST_MAIN(TestPageProcessing)
#include "tst_pageprocessing.moc"
