#define ZX_USE_UTF8
#include "app/barcode/BarcodeWriter.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace motcua {
namespace {

ZXing::BarcodeFormat toZxing(Symbology s)
{
    switch (s) {
    case Symbology::QRCode: return ZXing::BarcodeFormat::QRCode;
    case Symbology::DataMatrix: return ZXing::BarcodeFormat::DataMatrix;
    case Symbology::PDF417: return ZXing::BarcodeFormat::PDF417;
    case Symbology::Aztec: return ZXing::BarcodeFormat::Aztec;
    case Symbology::Code128: return ZXing::BarcodeFormat::Code128;
    }
    return ZXing::BarcodeFormat::QRCode;
}

// MultiFormatWriter's ECC level for QR is 1–8 and maps (level-1)/2 onto L, M, Q, H.
int zxingQrLevel(QrEcc e)
{
    switch (e) {
    case QrEcc::L: return 1;
    case QrEcc::M: return 3;
    case QrEcc::Q: return 5;
    case QrEcc::H: return 7;
    }
    return 3;
}

Result<ModuleMatrix> run(const ZXing::MultiFormatWriter &writer, const QString &text)
{
    try {
        const ZXing::BitMatrix bits = writer.encode(text.toStdString(), 0, 0);
        ModuleMatrix m(bits.width(), bits.height());
        for (int y = 0; y < bits.height(); ++y) {
            for (int x = 0; x < bits.width(); ++x)
                m.setDark(x, y, bits.get(x, y));
        }
        if (m.isEmpty())
            return Error(QStringLiteral("barcode.encode-failed"), QStringLiteral("empty symbol"));
        return m;
    } catch (const std::exception &e) {
        // ZXing writers throw std::invalid_argument when the data does not fit or cannot be encoded.
        return Error(QStringLiteral("barcode.encode-failed"), QString::fromUtf8(e.what()));
    } catch (...) {
        return Error(QStringLiteral("barcode.encode-failed"), QStringLiteral("unknown encoder failure"));
    }
}

} // namespace

QString symbologyName(Symbology s)
{
    switch (s) {
    case Symbology::QRCode: return QStringLiteral("QRCode");
    case Symbology::DataMatrix: return QStringLiteral("DataMatrix");
    case Symbology::PDF417: return QStringLiteral("PDF417");
    case Symbology::Aztec: return QStringLiteral("Aztec");
    case Symbology::Code128: return QStringLiteral("Code128");
    }
    return {};
}

Result<ModuleMatrix> BarcodeWriter::encode(Symbology symbology, const QString &text, int margin)
{
    ZXing::MultiFormatWriter writer(toZxing(symbology));
    writer.setMargin(margin);
    // Code 128 carries no character set (ZXing ignores one for it); the others get UTF-8 + ECI.
    if (symbology != Symbology::Code128)
        writer.setEncoding(ZXing::CharacterSet::UTF8);
    return run(writer, text);
}

Result<ModuleMatrix> QrCode::encode(const QString &text, QrEcc ecc)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setEncoding(ZXing::CharacterSet::UTF8).setMargin(4).setEccLevel(zxingQrLevel(ecc));
    return run(writer, text);
}

} // namespace motcua
