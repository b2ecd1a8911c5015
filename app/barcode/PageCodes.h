#pragma once

#include "app/barcode/BarcodeReader.h"
#include "app/barcode/PageImages.h"

#include <functional>

namespace motcua {

// The codes on every page of an image or PDF file (PageImages + BarcodeReader), read as cheaply
// as the file allows: a JPEG or (non-interlaced) PNG is first decoded at half size
// (PageImages::readHalfSize) and read there (BarcodeReader::readHalfSize); only when that finds
// nothing is the full page decoded with Qt and read with every pass. Other files are loaded once
// at full size, and BarcodeReader::read makes its own half-size copy for its first look.
class PageCodes {
public:
    using Codes = Result<QList<DecodedBarcode>>;

    // Calls `page(index, codes)` for every page, index from 0, in order; `page` returns false to
    // stop. Errors as PageImages::forEach.
    static Status forEach(const QString &path, const std::function<bool(int, const Codes &)> &page,
                          BarcodeReader::Effort effort = BarcodeReader::Effort::Thorough,
                          int pdfDpi = PageImages::kDefaultPdfDpi);
};

} // namespace motcua
