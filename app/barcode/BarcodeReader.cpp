#define ZX_USE_UTF8
#include "app/barcode/BarcodeReader.h"

#include "app/barcode/AztecBullseyeFinder.h"
#include "app/barcode/AztecCrop.h"

#include "app/barcode/BarcodeLogging.h"

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <vector>

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

// Half width and height, each output pixel the mean luminance of a 2×2 block: the image of pass 1's
// first step and of pass 4 (averaging also smooths JPEG noise and speckle). Luminance weights as
// ZXing's own conversion: (306 R + 601 G + 117 B) / 1024. `Bpp` bytes a pixel, channel offsets R, G, B.
template <int Bpp, int R, int G, int B>
QImage halfSizeOf(const QImage &image)
{
    const int w = image.width() / 2, h = image.height() / 2;
    QImage out(w, h, QImage::Format_Grayscale8);
    std::vector<quint16> pairSums(Bpp == 1 ? size_t(2 * w) : 0);
    for (int y = 0; y < h; ++y) {
        const uchar *a = image.constScanLine(2 * y);
        const uchar *b = image.constScanLine(2 * y + 1);
        uchar *o = out.scanLine(y);
        if constexpr (Bpp == 1) {
            // Row pairs summed first, then neighbours: ≈1 ms for an A4 300-dpi page (Release).
            quint16 *s = pairSums.data();
            for (int x = 0; x < 2 * w; ++x)
                s[x] = quint16(a[x] + b[x]);
            for (int x = 0; x < w; ++x)
                o[x] = uchar((s[2 * x] + s[2 * x + 1] + 2) >> 2);
        } else {
            for (int x = 0; x < w; ++x) {
                const uchar *p = a + 2 * x * Bpp, *q = b + 2 * x * Bpp;
                const unsigned r = p[R] + p[Bpp + R] + q[R] + q[Bpp + R];
                const unsigned g = p[G] + p[Bpp + G] + q[G] + q[Bpp + G];
                const unsigned bl = p[B] + p[Bpp + B] + q[B] + q[Bpp + B];
                o[x] = uchar((306 * r + 601 * g + 117 * bl + 2048) >> 12);
            }
        }
    }
    return out;
}

// The half-size copy of any page; `holder` is viewOf()'s grey copy, if it made one.
QImage halfSize(const QImage &image, const QImage &holder)
{
    constexpr bool le = Q_BYTE_ORDER == Q_LITTLE_ENDIAN;
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        return halfSizeOf<1, 0, 0, 0>(image);
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        return le ? halfSizeOf<4, 2, 1, 0>(image) : halfSizeOf<4, 1, 2, 3>(image);
    case QImage::Format_RGB888:
        return halfSizeOf<3, 0, 1, 2>(image);
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return halfSizeOf<4, 0, 1, 2>(image);
    default:
        return halfSizeOf<1, 0, 0, 0>(holder.isNull() ? image.convertToFormat(QImage::Format_Grayscale8) : holder);
    }
}

// A grey image, or the part `r` of it, as ZXing reads it: a view, no pixels copied.
ZXing::ImageView greyView(const QImage &grey, const QRect &r)
{
    return ZXing::ImageView(grey.constScanLine(r.top()) + r.left(), r.width(), r.height(), ZXing::ImageFormat::Lum,
                            int(grey.bytesPerLine()));
}

ZXing::ImageView greyView(const QImage &grey)
{
    return greyView(grey, grey.rect());
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

// `d` unless a code of the same format and text is there already (a symbol seen by two bands or
// two crops).
void appendNew(QList<DecodedBarcode> &found, const DecodedBarcode &d)
{
    const bool seen = std::any_of(found.cbegin(), found.cend(), [&d](const DecodedBarcode &f) {
        return f.text == d.text && f.format == d.format;
    });
    if (!seen)
        found.append(d);
}

// Pass 1's hints: a fixed threshold, no tryHarder (pass 5: the same for one format at a time).
ZXing::DecodeHints fixedThresholdHints(ZXing::BarcodeFormats formats = kFormats)
{
    ZXing::DecodeHints fixed;
    fixed.setFormats(formats).setTryHarder(false).setTryRotate(false).setTryDownscale(false)
        .setBinarizer(ZXing::Binarizer::FixedThreshold);
    return fixed;
}

// Data Matrix in horizontal bands of a grey page. ZXing 1.4 as Debian builds it finds one only
// where the image's horizontal or vertical centre line crosses the symbol; each band is an image of
// its own whose centre line sweeps the page kBandStep pixels further down, so a symbol from
// ≈kBandStep to ≈kBandHeight - kBandStep pixels tall (1–4 cm at 300 dpi) is inside some band and
// crossed by its centre line. Views into the grey page: no pixels are copied per band.
QList<DecodedBarcode> dataMatrixInBands(const QImage &grey)
{
    constexpr int kBandHeight = 600;
    constexpr int kBandStep = 100;
    if (grey.height() <= kBandHeight)
        return {};
    const ZXing::DecodeHints hints = fixedThresholdHints(ZXing::BarcodeFormat::DataMatrix);
    QList<DecodedBarcode> found;
    for (int top = 0; top + kBandHeight / 2 < grey.height(); top += kBandStep) {
        const QRect band(0, top, grey.width(), std::min(kBandHeight, grey.height() - top));
        for (DecodedBarcode d : toList(readView(greyView(grey, band), hints), 1.0)) {
            d.position.translate(0, top);
            appendNew(found, d);
        }
    }
    return found;
}

// Aztec around each bull's eye the finder sees, each read on its own image centred there (ZXing 1.4
// as Debian builds it looks for the symbol only at the image's centre point): first a view into
// the page (no copy), then, if that found nothing and the symbol is turned or small, an upright,
// enlarged copy (AztecCrop).
QList<DecodedBarcode> aztecAtBullseyes(const QImage &grey, int &tried)
{
    const ZXing::DecodeHints hints = fixedThresholdHints(ZXing::BarcodeFormat::Aztec);
    const ZXing::DecodeHints localHints = ZXing::DecodeHints(hints).setBinarizer(ZXing::Binarizer::LocalAverage);
    QList<DecodedBarcode> found;
    for (const BullseyeCandidate &c : AztecBullseyeFinder::find(grey)) {
        ++tried;
        const QRect r = AztecCrop::centredRect(grey.size(), c);
        QList<DecodedBarcode> codes;
        if (!r.isEmpty()) {   // (a candidate's rings lie on the page, so never empty in practice)
            codes = toList(readView(greyView(grey, r), hints), 1.0);
            for (DecodedBarcode &d : codes)
                d.position.translate(r.topLeft());
        }
        if (codes.isEmpty() && (std::abs(c.angle) >= 0.5 || c.moduleSize < AztecCrop::kUprightModule)) {
            QTransform toPage;
            const QImage upright = AztecCrop::upright(grey, c, toPage);
            // Resampling softens edges: where the fixed threshold misses, the local one often reads.
            for (const ZXing::DecodeHints *h : {&hints, &localHints}) {
                if (!upright.isNull() && codes.isEmpty())
                    codes = toList(readView(greyView(upright), *h), 1.0);
            }
            for (DecodedBarcode &d : codes)
                d.position = toPage.map(QPolygonF(d.position)).toPolygon();
        }
        for (const DecodedBarcode &d : codes)
            appendNew(found, d);
    }
    return found;
}

} // namespace

Result<QList<DecodedBarcode>> BarcodeReader::read(const QImage &image, Stats *stats, Effort effort)
{
    if (image.isNull() || image.width() < 1 || image.height() < 1)
        return Error(QStringLiteral("barcode.null-image"), QStringLiteral("no image to read"));
    Stats local;
    Stats &st = stats ? *stats : local;
    st = Stats{};

    QImage holder;
    const ZXing::ImageView view = viewOf(image, holder);

    auto pass = [&](const ZXing::ImageView &v, const ZXing::DecodeHints &hints, double scaleBack) {
        ++st.passes;
        return toList(readView(v, hints), scaleBack);
    };

    // Pass 1: a fixed threshold, no tryHarder. Printed and scanned pages (dark ink on light paper)
    // are found here at a fraction of the cost of the local binariser, which dominates on an A4
    // 300-dpi page (CCCD QR, all five formats: ≈8 ms vs ≈25 ms, measured on a loaded 2-core box).
    // Coarse to fine: on a big page, first the half-size copy (≈1 ms to make, ≈2 ms to read
    // against ≈7 ms at full size), then the full page for codes whose modules are too small.
    const ZXing::DecodeHints fixed = fixedThresholdHints();
    const bool big = std::min(image.width(), image.height()) >= kHalfSizeMinSide;
    QImage half;
    QList<DecodedBarcode> found;
    if (big) {
        half = halfSize(image, holder);
        found = toList(readView(greyView(half), fixed), double(image.width()) / half.width());
        if (!found.isEmpty()) {
            ++st.passes;
            st.halfSize = true;
            return found;
        }
    }
    found = pass(view, fixed, 1.0);
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

    // Pass 4: the half-size copy with the local binariser: averages JPEG noise and speckle away
    // and brings big modules into the detector's comfortable range. (A fifth pass with ZXing's
    // global-histogram binariser found nothing the others missed in tst_barcode and cost as much
    // as pass 3: dropped.)
    if (image.width() >= 200 && image.height() >= 200) {
        if (half.isNull())
            half = halfSize(image, holder);
        found = pass(greyView(half), harder, double(image.width()) / half.width());
        st.halfSize = !found.isEmpty();
    }
    if (!found.isEmpty())
        return found;
    return readSquareCodesAnywhere(image, st);
}

// Pass 5 (Thorough, nothing found yet): Data Matrix and Aztec symbols away from the image's centre,
// which ZXing 1.4 as Debian builds it does not look at (BarcodeReader.h). One grey copy (none for a
// grey page) serves both.
QList<DecodedBarcode> BarcodeReader::readSquareCodesAnywhere(const QImage &image, Stats &st)
{
    ++st.passes;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QList<DecodedBarcode> found = dataMatrixInBands(grey);
    for (const DecodedBarcode &d : aztecAtBullseyes(grey, st.bullseyes))
        appendNew(found, d);
    return found;
}

Result<QList<DecodedBarcode>> BarcodeReader::readHalfSize(const QImage &half, double scaleBack)
{
    if (half.isNull() || half.width() < 1 || half.height() < 1)
        return Error(QStringLiteral("barcode.null-image"), QStringLiteral("no image to read"));
    QImage holder;
    return toList(readView(viewOf(half, holder), fixedThresholdHints()), scaleBack);
}

} // namespace motcua
