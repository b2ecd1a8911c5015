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
// Speed on A4 300-dpi pages (2480×3508): a fast pass (all five formats, tryHarder off) finds a
// clean code; only when it finds nothing do slower passes run: tryHarder + rotations, then a
// half-size smoothed copy (JPEG noise, big modules), then a locally binarised copy. A page without
// any code thus costs the most; see tests/bench/bench_decode.cpp for figures.
class BarcodeReader {
public:
    struct Stats {
        int passes = 0;   // how many passes ran before something was found (or all of them)
    };

    // Error "barcode.null-image" for a null image. An image without codes is an empty list.
    static Result<QList<DecodedBarcode>> read(const QImage &image, Stats *stats = nullptr);
};

} // namespace motcua
