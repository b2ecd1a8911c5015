#pragma once

#include "app/barcode/ModuleMatrix.h"
#include "domain/Result.h"

#include <QString>

namespace motcua {

// The symbologies MotCua reads and writes. Names are ZXing's ("QRCode", "DataMatrix", "PDF417",
// "Aztec", "Code128"), which is also what `motcua-cli decode` prints.
enum class Symbology { QRCode, DataMatrix, PDF417, Aztec, Code128 };
QString symbologyName(Symbology s);

// QR error correction: L ≈7 %, M ≈15 %, Q ≈25 %, H ≈30 % of the symbol can be lost.
enum class QrEcc { L, M, Q, H };

class BarcodeWriter {
public:
    // Any symbology, UTF-8 text, ZXing's default error correction, `margin` quiet-zone modules.
    // Errors: "barcode.encode-failed" (text does not fit, characters the symbology cannot carry).
    static Result<ModuleMatrix> encode(Symbology symbology, const QString &text, int margin = 4);
};

class QrCode {
public:
    // A QR code of `text` (UTF-8, ECI-tagged when not plain ASCII) with a 4-module quiet zone.
    // Errors: "barcode.encode-failed" (e.g. longer than a version-40 symbol holds).
    static Result<ModuleMatrix> encode(const QString &text, QrEcc ecc = QrEcc::M);
};

} // namespace motcua
