#pragma once

#include "domain/Result.h"

#include <QImage>
#include <QList>
#include <QPolygon>
#include <QString>

namespace motcua {

// One code found on an image.
struct DecodedBarcode {
    QString format;     // ZXing's name: "QRCode", "DataMatrix", "PDF417", "Aztec", "Code128"
    QString text;       // the payload, UTF-8 decoded
    QPolygon position;  // the symbol's four corners in image pixels
};

// Reads QR, Data Matrix, PDF417, Aztec and Code 128 from an image with ZXing.
//
// Speed on A4 300-dpi pages (2480×3508): cheap passes first, dearer ones only when nothing was
// found: (1) fixed threshold, fast, coarse to fine: first on a half-size copy (a 2×2 average,
// ≈1 ms; a CCCD QR at 300 dpi has 4–10 px modules, 2–5 px at half size), then at full size;
// (2) fixed threshold, tryHarder; (3) local binariser, tryHarder, rotations, ZXing's downscaled
// pyramid; (4) the half-size copy again with the local binariser (JPEG noise, big modules). A page
// without any code thus costs the most; see tests/bench/bench_decode.cpp for figures. All five
// formats in every pass. Like any early pass, the half-size one returns what it found: a page
// with a big code and a second code too small for half size yields the big one only (as before
// when pass 1 found one code and missed a small one).
//
// ZXing 1.4 as Debian builds it (C++17, no coroutines) finds Data Matrix symbols only where the
// image's centre lines cross them, and Aztec symbols only around the image's centre point (the
// off-centre scan is compiled out). Passes 1–4 thus find them there; pass 5 (Thorough, when nothing
// else was found) finds them anywhere: Data Matrix from horizontal bands whose centre lines sweep
// the page (symbols about 1–4 cm tall at 300 dpi), Aztec from an image centred on each bull's eye
// that AztecBullseyeFinder sees (a view into the page, then if need be a copy turned upright and
// enlarged: AztecCrop). Compact and full-range, modules of 3–8 px, any rotation; ZXing still misses
// some turned full-range symbols with 3-px modules (about half in tst_barcode's sweep).
// QR, PDF417 and Code 128 are found anywhere by every pass.
class BarcodeReader {
public:
    // Thorough: every pass until something is found (a page without any code pays all five).
    // Fast: passes 1–2 only — for scanning stacks for our own separator sheets and receipts,
    // whose big, clean QRs the first pass always finds, while most pages carry no code at all.
    enum class Effort { Thorough, Fast };

    struct Stats {
        int passes = 0;   // how many passes ran before something was found (or all of them)
        bool halfSize = false;   // what was found came from a half-size image (pass 1 or 4)
        int bullseyes = 0;       // pass 5: Aztec bull's-eye candidates read (each one crop)
    };

    // Error "barcode.null-image" for a null image. An image without codes is an empty list.
    static Result<QList<DecodedBarcode>> read(const QImage &image, Stats *stats = nullptr, Effort effort = Effort::Thorough);

    // Pass 1's half-size step alone, on a page that a loader already decoded at half size for
    // much less than the full page (a JPEG through libjpeg's DCT scaling:
    // PageImages::readHalfSize); positions are multiplied by `scaleBack` into full-page pixels.
    // Nothing found: read() the full page. Error "barcode.null-image" for a null image.
    static Result<QList<DecodedBarcode>> readHalfSize(const QImage &half, double scaleBack);

    // Pages whose shorter side is below this get no half-size step in pass 1 (small images are
    // cheap to read whole, and their codes have small modules).
    static constexpr int kHalfSizeMinSide = 1000;

private:
    static QList<DecodedBarcode> readSquareCodesAnywhere(const QImage &image, Stats &st);
};

} // namespace motcua
