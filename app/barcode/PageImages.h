#pragma once

#include "domain/Result.h"

#include <QImage>
#include <QString>

#include <functional>

namespace motcua {

// The pages of an image or PDF file, one at a time, for reading codes from them. Images go through
// QImageReader (PNG, JPEG, TIFF with every page of a multi-page TIFF, …); a file starting with
// `%PDF-` is rendered page by page with QtPdf at `pdfDpi`. Needs a QGuiApplication for PDFs.
class PageImages {
public:
    static constexpr int kDefaultPdfDpi = 300;
    // A hostile PDF page size must not allocate gigabytes: pages are rendered at most this many
    // pixels on their longer side (A0 at 300 dpi fits).
    static constexpr int kMaxRenderSide = 14100;

    // Calls `page(index, image)` for every page, index from 0, in order; `page` returns false to
    // stop. Pages before a broken one are still delivered. Error "barcode.unreadable-file" with
    // the reason (missing, unsupported, corrupt, encrypted PDF, a page that does not decode).
    static Status forEach(const QString &path, const std::function<bool(int, const QImage &)> &page,
                          int pdfDpi = kDefaultPdfDpi);

    // A JPEG or PNG file's page decoded at half its width and height, for a first look: a JPEG by
    // libjpeg's DCT scaling (a colour A4 300-dpi scan: ≈9 ms vs ≈35 ms for the full page), a PNG
    // in grey by PngHalfSize (2×2 blocks averaged as the rows are unfiltered; never a full-page
    // QImage). `scaleBack` maps its pixels to the full page's. A null image for anything else:
    // another format, an interlaced PNG, shorter side below `minSide`, or unreadable (forEach()
    // then says why).
    struct HalfSizePage {
        QImage image;
        double scaleBack = 2.0;
    };
    static HalfSizePage readHalfSize(const QString &path, int minSide);
};

} // namespace motcua
