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
// found: (1) fixed threshold, fast; (2) fixed threshold, tryHarder; (3) local binariser, tryHarder,
// rotations, ZXing's downscaled pyramid; (4) a half-size smoothed copy (JPEG noise, big modules). A page without any code thus
// costs the most; see tests/bench/bench_decode.cpp for figures. All five formats in every pass.
//
// Limitation of ZXing 1.4 as Debian builds it (C++17, no coroutines): Data Matrix and Aztec
// symbols are found only when they lie on the image's centre lines (its off-centre multi-line
// scan is compiled out). QR, PDF417 and Code 128 are found anywhere. Crop around a Data Matrix or
// Aztec code (or photograph it) to read it from a page.
class BarcodeReader {
public:
    // Thorough: every pass until something is found (a page without any code pays all four).
    // Fast: passes 1–2 only — for scanning stacks for our own separator sheets and receipts,
    // whose big, clean QRs the first pass always finds, while most pages carry no code at all.
    enum class Effort { Thorough, Fast };

    struct Stats {
        int passes = 0;   // how many passes ran before something was found (or all of them)
    };

    // Error "barcode.null-image" for a null image. An image without codes is an empty list.
    static Result<QList<DecodedBarcode>> read(const QImage &image, Stats *stats = nullptr, Effort effort = Effort::Thorough);
};

} // namespace motcua
