#pragma once

#include "app/barcode/AztecBullseyeFinder.h"

#include <QImage>
#include <QRect>
#include <QTransform>

namespace motcua {

// The grey page around an Aztec bull's eye, as ZXing 1.4 (as Debian builds it) needs it: with the
// bull's eye at the image's centre point, the only place its Aztec detector looks.
class AztecCrop {
public:
    // Half the side of the area read, in modules: the biggest symbol (32 layers, 151 modules) and
    // a few modules of quiet zone.
    static constexpr double kHalfModules = 80;
    // Modules smaller than this are enlarged in upright(): ZXing's bull's-eye corners are whole
    // pixels, an error that it extrapolates to the symbol's outer layers. (Turned full-range CCCD
    // symbols, 3–8 px modules, 72 placements each: 6 px read 32/59/64/71/72, 10 px 43/71/70/72/72,
    // 12 px 45/69/72/72/72 for 1.44 times the pixels of 10.)
    static constexpr double kUprightModule = 10;

    // The part of a page of `pageSize` to read as it is (a view, no copy): kHalfModules modules
    // each way from the bull's eye, less near the page's edges, where it shrinks on both sides
    // alike so that the bull's eye stays at its centre (a symbol that fits on the page still fits).
    static QRect centredRect(QSize pageSize, const BullseyeCandidate &c);

    // A copy of the area turned upright (by -c.angle about the bull's eye) and enlarged to modules
    // of at least kUprightModule pixels, bilinear, white beyond the page: ZXing 1.4 misses most
    // Aztec symbols turned by a few degrees and all beyond about ten. `toPage` maps its pixel
    // coordinates back onto the page. `grey`: Format_Grayscale8.
    static QImage upright(const QImage &grey, const BullseyeCandidate &c, QTransform &toPage);
};

} // namespace motcua
