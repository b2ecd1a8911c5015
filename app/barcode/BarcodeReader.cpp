#define ZX_USE_UTF8
#include "app/barcode/BarcodeReader.h"

#include "domain/Logging.h"

#include <ZXing/ReadBarcode.h>

#include <exception>

namespace motcua {
namespace {

const ZXing::BarcodeFormats kFormats = ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::DataMatrix
    | ZXing::BarcodeFormat::PDF417 | ZXing::BarcodeFormat::Aztec | ZXing::BarcodeFormat::Code128;

// A QImage in a layout ZXing reads without copying, or a converted copy kept alive in `holder`.
ZXing::ImageView viewOf(const QImage &image, QImage &holder)
{
    auto view = [](const QImage &img, ZXing::ImageFormat f) {
        return ZXing::ImageView(img.constBits(), img.width(), img.height(), f, int(img.bytesPerLine()));
    };
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        return view(image, ZXing::ImageFormat::Lum);
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        // 0xAARRGGBB words: B, G, R, X in memory on little-endian machines.
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN)
            return view(image, ZXing::ImageFormat::BGRX);
        else
            return view(image, ZXing::ImageFormat::XRGB);
    case QImage::Format_RGB888:
        return view(image, ZXing::ImageFormat::RGB);
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return view(image, ZXing::ImageFormat::RGBX);
    default:
        // Mono, indexed, 16-bit, … : ZXing cannot read them as they are.
        holder = image.convertToFormat(QImage::Format_Grayscale8);
        return view(holder, ZXing::ImageFormat::Lum);
    }
}

QList<DecodedBarcode> toList(const ZXing::Results &results, double scaleBack)
{
    QList<DecodedBarcode> out;
    for (const ZXing::Result &r : results) {
        if (!r.isValid())
            continue;
        DecodedBarcode d;
        d.format = QString::fromStdString(ZXing::ToString(r.format()));
        d.text = QString::fromStdString(r.text());
        for (const auto &p : r.position())
            d.position << QPoint(int(p.x * scaleBack), int(p.y * scaleBack));
        out.append(d);
    }
    return out;
}

ZXing::Results readView(const ZXing::ImageView &view, const ZXing::DecodeHints &hints)
{
    try {
        return ZXing::ReadBarcodes(view, hints);
    } catch (const std::exception &e) {
        // ZXing does not throw on images, but a decoder bug must not take the counter down.
        qCWarning(lcBarcode) << "ZXing threw:" << e.what();
        return {};
    }
}

} // namespace

Result<QList<DecodedBarcode>> BarcodeReader::read(const QImage &image, Stats *stats, Effort effort)
{
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        return Error(QStringLiteral("barcode.null-image"), QStringLiteral("no image to read"));
    Stats local;
    Stats &st = stats ? *stats : local;
    st.passes = 0;

    QImage holder;
    const ZXing::ImageView view = viewOf(image, holder);

    auto pass = [&](const ZXing::ImageView &v, const ZXing::DecodeHints &hints, double scaleBack) {
        ++st.passes;
        return toList(readView(v, hints), scaleBack);
    };

    // Pass 1: a fixed threshold, no tryHarder. Printed and scanned pages (dark ink on light paper)
    // are found here at a fraction of the cost of the local binariser, which dominates on an A4
    // 300-dpi page (CCCD QR, all five formats: ≈8 ms vs ≈25 ms, measured on a loaded 2-core box).
    ZXing::DecodeHints fixed;
    fixed.setFormats(kFormats).setTryHarder(false).setTryRotate(false).setTryDownscale(false)
        .setBinarizer(ZXing::Binarizer::FixedThreshold);
    QList<DecodedBarcode> found = pass(view, fixed, 1.0);
    if (!found.isEmpty())
        return found;

    // Pass 2: still the fixed threshold, with tryHarder: every row scanned and more finder-pattern
    // candidates kept. Text lines around a code produce look-alike candidates that make the fast
    // detector give up; in tst_barcode most pages with text needed tryHarder, and with the fixed
    // threshold it costs about half of what it costs with the local binariser.
    ZXing::DecodeHints fixedHarder = fixed;
    fixedHarder.setTryHarder(true);
    found = pass(view, fixedHarder, 1.0);
    if (!found.isEmpty() || effort == Effort::Fast)
        return found;

    // Pass 3: ZXing's full default: the local-average binariser (uneven light, photos, grey
    // backgrounds), tryHarder, rotated 1-D codes, and the downscaled pyramid (big modules).
    ZXing::DecodeHints harder;
    harder.setFormats(kFormats).setTryHarder(true).setTryRotate(true);
    found = pass(view, harder, 1.0);
    if (!found.isEmpty())
        return found;

    // Pass 4: a half-size, smoothed grey copy: averages JPEG noise and speckle away and brings big
    // modules into the detector's comfortable range. (A fifth pass with ZXing's global-histogram
    // binariser found nothing the others missed in tst_barcode and cost as much as pass 3: dropped.)
    if (image.width() >= 200 && image.height() >= 200) {
        const QImage grey = holder.isNull() ? image.convertToFormat(QImage::Format_Grayscale8) : holder;
        const QImage half = grey.scaled(grey.width() / 2, grey.height() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QImage halfHolder;
        found = pass(viewOf(half, halfHolder), harder, double(image.width()) / half.width());
    }
    return found;
}

} // namespace motcua
