// PDFs of a component and of a whole dossier: page counts, titles, physical page sizes, XMP
// metadata, checked with pdfinfo, and the pages rendered back with pdftoppm.
#include "app/capture/PageProcessor.h"
#include "app/capture/PdfAssembler.h"
#include "app/capture/SamplePages.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;
using namespace motcua::capture;

namespace {
QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
QString field(const QString &pdfinfo, const QString &name)
{
    for (const QString &line : pdfinfo.split(QLatin1Char('\n')))
        if (line.startsWith(name + QLatin1Char(':')))
            return line.mid(name.size() + 1).trimmed();
    return {};
}
} // namespace

class TestCapturePdf : public QObject {
    Q_OBJECT
    QList<PdfComponent> m_components;

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QFAIL("poppler-utils (pdfinfo) is needed — tools/install-deps installs it");
        // Component 1: two processed text pages (1-bit, 200 dpi, A4)
        PdfComponent form{QStringLiteral("Đơn đề nghị"), {}};
        for (int i = 0; i < 2; ++i) {
            SamplePageSpec spec;
            spec.rotationDegrees = i ? 1.0 : 0.0;
            const ProcessedPage p = PageProcessor::process(SamplePages::textPage(spec), 200);
            form.pages.append({p.image, p.dpi});
        }
        // Component 2: an ID card photo, colour 300 dpi, 95.6 × 64 mm
        QImage card(1129, 756, QImage::Format_RGB888);
        card.fill(QColor(40, 90, 160));
        PdfComponent id{QStringLiteral("CCCD"), {{card, 300}}};
        m_components = {form, id};
    }

    void componentPdf()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("form.pdf"));
        QVERIFY(PdfAssembler::write(path, QStringLiteral("H01.01-260101-0007"), {m_components.at(0)},
                                    m_components.at(0).label).ok());
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QCOMPARE(field(info, QStringLiteral("Pages")), QStringLiteral("2"));
        QCOMPARE(field(info, QStringLiteral("Title")), QStringLiteral("H01.01-260101-0007 — Đơn đề nghị"));
        QCOMPARE(field(info, QStringLiteral("Creator")), QStringLiteral("MotCua"));
        // 1654 × 2339 px at 200 dpi = A4 = 595 × 842 pt
        const QString size = field(info, QStringLiteral("Page size"));
        QVERIFY2(size.startsWith(QLatin1String("595.")) || size.startsWith(QLatin1String("595 ")), qPrintable(size));
        QVERIFY2(size.contains(QLatin1String("x 842")), qPrintable(size));
        const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
        QVERIFY(meta.contains(QLatin1String("pages=2")));
        QVERIFY(meta.contains(QLatin1String("dossier=H01.01-260101-0007")));
        QVERIFY(meta.contains(QLatin1String("<pdfaid:part>1</pdfaid:part>")));
        QVERIFY(meta.contains(QLatin1String("2 pages")));
        // Compact: two 1-bit A4 pages
        qInfo("component PDF, 2 bilevel A4 pages: %lld bytes", qint64(QFileInfo(path).size()));
        QVERIFY2(QFileInfo(path).size() < 160 * 1024, qPrintable(QString::number(QFileInfo(path).size())));

        // Rendered back: white paper, black text (a 1-bit page is not inverted nor lost)
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QFAIL("pdftoppm is needed — tools/install-deps installs it");
        QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-gray"),
                                                       QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                       QStringLiteral("1"), path, dir.filePath(QStringLiteral("r"))});
        const QStringList rendered = QDir(dir.path()).entryList({QStringLiteral("r*.pgm")});
        QCOMPARE(rendered.size(), 1);
        const QImage img(dir.filePath(rendered.first()));
        QVERIFY(!img.isNull());
        QVERIFY(qGray(img.pixel(5, 5)) > 200);   // margin: white
        int dark = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                dark += qGray(img.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(dark > 500 && dark < img.width() * img.height() / 5, qPrintable(QString::number(dark)));
    }

    void dossierExport()
    {
        QTemporaryDir dir;
        const auto files = PdfAssembler::exportDossierAsync(dir.filePath(QStringLiteral("out")),
                                                            QStringLiteral("H01.01-260101-0007"), m_components)
                               .result();
        QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error().toString()));
        QCOMPARE(files->size(), 3);
        QVERIFY(files->at(0).endsWith(QStringLiteral("H01.01-260101-0007_01_Đơn_đề_nghị.pdf")));
        QVERIFY(files->at(1).endsWith(QStringLiteral("H01.01-260101-0007_02_CCCD.pdf")));
        QVERIFY(files->at(2).endsWith(QStringLiteral("H01.01-260101-0007.pdf")));
        QCOMPARE(field(run(QStringLiteral("pdfinfo"), {files->at(1)}), QStringLiteral("Pages")), QStringLiteral("1"));
        const QString whole = run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                              QStringLiteral("3"), files->at(2)});
        QCOMPARE(field(whole, QStringLiteral("Pages")), QStringLiteral("3"));
        QCOMPARE(field(whole, QStringLiteral("Title")), QStringLiteral("H01.01-260101-0007"));
        // The card page keeps its physical size: 1129 px at 300 dpi = 95.6 mm = 271 pt
        QVERIFY2(field(whole, QStringLiteral("Page    3 size")).startsWith(QLatin1String("271")),
                 qPrintable(field(whole, QStringLiteral("Page    3 size"))));
        QCOMPARE(PdfAssembler::write(dir.filePath(QStringLiteral("none.pdf")), QStringLiteral("X"), {}).error().code,
                 QStringLiteral("pdf.no-pages"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.pdf"))));
    }
};

QTEST_MAIN(TestCapturePdf)
#include "tst_capturepdf.moc"
