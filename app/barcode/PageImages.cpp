#include "app/barcode/PageImages.h"

#include "app/barcode/PngHalfSize.h"

#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPdfDocument>

#include <algorithm>
#include <cmath>

namespace motcua {
namespace {

Error unreadable(const QString &why)
{
    return Error(QStringLiteral("barcode.unreadable-file"), why);
}

QString pdfErrorText(QPdfDocument::Error e)
{
    switch (e) {
    case QPdfDocument::Error::None: return QStringLiteral("no error");
    case QPdfDocument::Error::FileNotFound: return QStringLiteral("file not found");
    case QPdfDocument::Error::InvalidFileFormat: return QStringLiteral("not a valid PDF");
    case QPdfDocument::Error::IncorrectPassword: return QStringLiteral("the PDF is password-protected");
    case QPdfDocument::Error::UnsupportedSecurityScheme: return QStringLiteral("unsupported PDF security scheme");
    case QPdfDocument::Error::DataNotYetAvailable: return QStringLiteral("PDF data not available");
    case QPdfDocument::Error::Unknown: break;
    }
    return QStringLiteral("cannot load the PDF");
}

Status forEachPdfPage(const QString &path, const std::function<bool(int, const QImage &)> &page, int dpi)
{
    QPdfDocument doc;
    const QPdfDocument::Error e = doc.load(path);
    if (e != QPdfDocument::Error::None)
        return unreadable(pdfErrorText(e));
    if (doc.pageCount() < 1)
        return unreadable(QStringLiteral("the PDF has no pages"));
    for (int i = 0; i < doc.pageCount(); ++i) {
        const QSizeF pt = doc.pagePointSize(i);
        double w = pt.width() / 72.0 * dpi, h = pt.height() / 72.0 * dpi;
        if (!(w >= 1 && h >= 1))
            return unreadable(QStringLiteral("page %1 has no size").arg(i + 1));
        const double shrink = std::min(1.0, double(PageImages::kMaxRenderSide) / std::max(w, h));
        const QSize px(std::max(1, int(std::lround(w * shrink))), std::max(1, int(std::lround(h * shrink))));
        QImage img = doc.render(i, px);
        if (img.isNull())
            return unreadable(QStringLiteral("page %1 does not render").arg(i + 1));
        // pdfium renders transparent where the page has no content: put it on white paper, or
        // ZXing would see black (transparent black) around the codes.
        if (img.hasAlphaChannel()) {
            QImage paper(img.size(), QImage::Format_RGB32);
            paper.fill(Qt::white);
            QPainter p(&paper);
            p.drawImage(0, 0, img);
            p.end();
            img = paper;
        }
        if (!page(i, img))
            break;
    }
    return {};
}

} // namespace

Status PageImages::forEach(const QString &path, const std::function<bool(int, const QImage &)> &page, int pdfDpi)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return unreadable(f.errorString());
    const QByteArray head = f.peek(1024);
    if (head.startsWith("%PDF-")) {
        f.close();
        return forEachPdfPage(path, page, pdfDpi);
    }

    QImageReader reader(&f);
    reader.setAutoTransform(true);   // JPEG EXIF orientation: photos from phones
    if (!reader.canRead())
        return unreadable(QStringLiteral("not an image format this build reads (%1)").arg(reader.errorString()));
    // Ask for the count before the first read: Qt's TIFF handler only finds the later pages of a
    // multi-page TIFF when it counted its directories with the device still at the start.
    (void)reader.imageCount();
    for (int i = 0;; ++i) {
        const QImage img = reader.read();
        if (img.isNull())
            return unreadable(QStringLiteral("page %1: %2").arg(i + 1).arg(reader.errorString()));
        if (!page(i, img))
            break;
        if (!reader.jumpToNextImage())
            break;
    }
    return {};
}

PageImages::HalfSizePage PageImages::readHalfSize(const QString &path, int minSide)
{
    {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && PngHalfSize::isPng(f.peek(8))) {
            f.close();
            const PngHalfSize::Page png = PngHalfSize::read(path, minSide);
            if (png.half.isNull())
                return {};
            return {png.half, double(png.full.width()) / png.half.width()};
        }
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);   // the bytes decide, not the file name
    reader.setAutoTransform(true);             // as forEach(): EXIF orientation
    if (reader.format() != "jpeg")
        return {};
    const QSize full = reader.size();
    if (!full.isValid() || std::min(full.width(), full.height()) < std::max(2, minSide))
        return {};
    // Rounded down: Qt's JPEG handler then asks libjpeg for 1/2 scaling even for an odd side
    // (rounded up, it decodes the full page and scales it: 3× the cost, measured).
    const QSize half(full.width() / 2, full.height() / 2);
    reader.setScaledSize(half);
    HalfSizePage page;
    page.image = reader.read();
    page.scaleBack = double(full.width()) / half.width();
    return page;
}

} // namespace motcua
