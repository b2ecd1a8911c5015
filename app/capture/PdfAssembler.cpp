#include "app/capture/PdfAssembler.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua::capture {
namespace {

QString xmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

// Our own XMP packet (QPdfWriter uses it verbatim): it must carry the PDF/A identification
// that Qt would otherwise write, plus what we add.
QByteArray xmp(const QString &title, const QString &code, const QString &component, int pages)
{
    const QString keywords = QStringLiteral("MotCua; dossier=%1; component=%2; pages=%3")
                                 .arg(code, component.isEmpty() ? QStringLiteral("*") : component)
                                 .arg(pages);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString x = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
        " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2 pages</rdf:li></rdf:Alt></dc:description>\n"
        "   <dc:creator><rdf:Seq><rdf:li>MotCua</rdf:li></rdf:Seq></dc:creator>\n"
        "   <pdf:Keywords>%3</pdf:Keywords>\n"
        "   <pdf:Producer>MotCua (Qt %4)</pdf:Producer>\n"
        "   <xmp:CreatorTool>MotCua</xmp:CreatorTool>\n"
        "   <xmp:CreateDate>%5</xmp:CreateDate>\n"
        "   <pdfaid:part>1</pdfaid:part>\n"
        "   <pdfaid:conformance>B</pdfaid:conformance>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>")
                          .arg(xmlEscape(title))
                          .arg(pages)
                          .arg(xmlEscape(keywords), QLatin1String(qVersion()), now);
    return x.toUtf8();
}

// Qt 6.4's PDF engine embeds a 1-bit image as 1-bit only when its colour table is exactly
// {black, white}; any other 1-bit image (ours are {white, black}, as SANE's lineart) becomes an
// 8-bit RGB JPEG, ten times larger and blurred. Measured with pdfimages -list.
QImage forPdf(const QImage &image)
{
    if (image.depth() != 1)
        return image;
    const QList<QRgb> blackWhite{qRgb(0, 0, 0), qRgb(255, 255, 255)};
    if (image.format() == QImage::Format_Mono && image.colorTable() == blackWhite)
        return image;
    const QImage src = image.convertToFormat(QImage::Format_Mono);
    QImage out(src.size(), QImage::Format_Mono);
    out.setColorTable(blackWhite);
    out.setDotsPerMeterX(src.dotsPerMeterX());
    out.setDotsPerMeterY(src.dotsPerMeterY());
    // Bit b of the new image: 0 where the old pixel is dark. Whole bytes when the old table is
    // {white, black} (ours), pixel by pixel otherwise.
    const bool inverted = src.colorTable().size() == 2 && qGray(src.color(0)) >= 128 && qGray(src.color(1)) < 128;
    for (int y = 0; y < src.height(); ++y) {
        const uchar *s = src.constScanLine(y);
        uchar *d = out.scanLine(y);
        if (inverted) {
            for (int i = 0; i < src.bytesPerLine(); ++i)
                d[i] = uchar(~s[i]);
        } else {
            for (int x = 0; x < src.width(); ++x)
                out.setPixel(x, y, qGray(src.pixel(x, y)) < 128 ? 0 : 1);
        }
    }
    return out;
}

} // namespace

QString PdfAssembler::safeFileName(const QString &label)
{
    QString out;
    for (const QChar c : label) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.'))
            out += c;
        else if (c.isSpace() || c == QLatin1Char('_'))
            out += QLatin1Char('_');
    }
    return out.left(80);
}

Status PdfAssembler::write(const QString &path, const QString &dossierCode, const QList<PdfComponent> &components,
                           const QString &component)
{
    int pageCount = 0;
    for (const PdfComponent &c : components)
        pageCount += int(c.pages.size());
    if (pageCount == 0)
        return Error(QStringLiteral("pdf.no-pages"), QStringLiteral("nothing to write"));

    const QString title = component.isEmpty() ? dossierCode : dossierCode + QStringLiteral(" — ") + component;
    // Written to a temporary file first: a PDF is either whole or not there.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("pdf.write-failed"), path + QStringLiteral(": ") + file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("MotCua"));
        writer.setDocumentXmpMetadata(xmp(title, dossierCode, component, pageCount));
        constexpr int kRes = 600;   // the painter's units; images keep their own pixels
        writer.setResolution(kRes);
        auto pageSize = [](const PdfPage &p) {
            const double dpi = p.dpi > 0 ? p.dpi : 200;
            return QPageSize(QSizeF(p.image.width() / dpi * 25.4, p.image.height() / dpi * 25.4), QPageSize::Millimeter,
                             QString(), QPageSize::ExactMatch);
        };
        const PdfPage *first = nullptr;
        for (const PdfComponent &c : components)
            if (!c.pages.isEmpty() && !first)
                first = &c.pages.first();
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPageSize(pageSize(*first));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error(QStringLiteral("pdf.write-failed"), QStringLiteral("cannot paint on the PDF"));
        bool firstPage = true;
        for (const PdfComponent &c : components) {
            for (const PdfPage &p : c.pages) {
                if (!firstPage) {
                    writer.setPageSize(pageSize(p));
                    writer.newPage();
                }
                firstPage = false;
                const double dpi = p.dpi > 0 ? p.dpi : 200;
                const QRectF target(0, 0, p.image.width() / dpi * kRes, p.image.height() / dpi * kRes);
                painter.drawImage(target, forPdf(p.image));
            }
        }
        painter.end();
    }
    if (!file.commit())
        return Error(QStringLiteral("pdf.write-failed"), path + QStringLiteral(": ") + file.errorString());
    return {};
}

Result<QStringList> PdfAssembler::exportDossier(const QString &folder, const QString &dossierCode,
                                                const QList<PdfComponent> &components)
{
    if (!QDir().mkpath(folder))
        return Error(QStringLiteral("pdf.folder"), QStringLiteral("cannot create %1").arg(folder));
    QStringList written;
    const QString code = safeFileName(dossierCode);
    for (int i = 0; i < components.size(); ++i) {
        const PdfComponent &c = components.at(i);
        if (c.pages.isEmpty())
            continue;
        const QString name = QStringLiteral("%1_%2_%3.pdf").arg(code).arg(i + 1, 2, 10, QLatin1Char('0')).arg(safeFileName(c.label));
        const QString path = QDir(folder).filePath(name);
        const Status s = write(path, dossierCode, {c}, c.label);
        if (!s)
            return s.error();
        written << path;
    }
    const QString whole = QDir(folder).filePath(code + QStringLiteral(".pdf"));
    const Status s = write(whole, dossierCode, components);
    if (!s)
        return s.error();
    written << whole;
    return written;
}

QFuture<Result<QStringList>> PdfAssembler::exportDossierAsync(const QString &folder, const QString &dossierCode,
                                                              const QList<PdfComponent> &components)
{
    return QtConcurrent::run([folder, dossierCode, components] { return exportDossier(folder, dossierCode, components); });
}

} // namespace motcua::capture
