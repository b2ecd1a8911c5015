#pragma once

#include "app/barcode/PngChunks.h"

#include <QImage>

namespace motcua {

// A PNG's image data inflated whole with libdeflate (2–3× zlib's speed: inflating was most of the
// time a page took), then unfiltered and averaged 2×2 into the half-size grey page two rows at a
// time (PngGreyAverage). Takes only the layouts scanners write: 8 bits a sample, not interlaced,
// grey, RGB, grey + alpha or RGBA, no tRNS; libpng's row API (PngHalfSize) reads the rest.
class PngInflate {
public:
    static bool takes(const PngChunks::Header &header, bool transparency);

    // Fills `half` (Grayscale8, the page's width and height / 2) from `stream`, a layout this
    // takes. False when the data are not exactly the image's rows (zlib stream corrupt, cut short
    // or too long; Adler-32 wrong; a row's filter type unknown): then `half` is garbage.
    static bool halfSize(const PngChunks::Stream &stream, QImage *half);
};

} // namespace motcua
