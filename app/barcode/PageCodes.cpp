#include "app/barcode/PageCodes.h"

namespace motcua {

Status PageCodes::forEach(const QString &path, const std::function<bool(int, const Codes &)> &page,
                          BarcodeReader::Effort effort, int pdfDpi)
{
    // A JPEG or PNG holds one page. Found at half size: done, the full page is never decoded.
    const PageImages::HalfSizePage half = PageImages::readHalfSize(path, BarcodeReader::kHalfSizeMinSide);
    if (!half.image.isNull()) {
        const Codes codes = BarcodeReader::readHalfSize(half.image, half.scaleBack);
        if (codes && !codes->isEmpty()) {
            page(0, codes);
            return {};
        }
    }
    return PageImages::forEach(
        path, [&](int index, const QImage &image) { return page(index, BarcodeReader::read(image, nullptr, effort)); }, pdfDpi);
}

} // namespace motcua
