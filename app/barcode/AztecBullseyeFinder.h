#pragma once

#include <QImage>
#include <QPointF>

#include <vector>

namespace motcua {

// Where an Aztec symbol may be centred on a page: the middle of a bull's eye.
struct BullseyeCandidate {
    QPointF centre;      // in image pixels (continuous: pixel x covers [x, x + 1))
    double moduleSize;   // pixels per module along the image rows, from the bull's eye's rings
    int hits;            // scanned rows that confirmed it (a bigger or cleaner bull's eye: more)
    double angle = 0;    // the symbol's rotation in degrees, in [-45, 45) (a quarter turn looks alike),
                         // clockwise on the image (y down): its rows run along (cos, sin)
};

// Finds Aztec bull's eyes on a grey page, so that ZXing (which, as Debian builds 1.4, looks for an
// Aztec symbol only around the image's centre point) can be given a crop centred on each.
//
// A bull's eye is concentric squares one module wide around a dark centre module: 9×9 modules in a
// compact symbol, 13×13 in a full-range one. Any straight line through its centre, whatever the
// symbol's rotation, crosses the rings in runs of equal length: dark, light, dark, light, DARK
// (centre), light, dark, light, dark, the outer dark runs possibly longer (the mode message or the
// next ring may continue them). Every kRowStep-th row is scanned for that run pattern (each of
// the seven inner runs within half a module of their mean, as ZXing's QR finder allows), then
// confirmed on the column through the candidate's centre, on the row again through the refined
// centre, and on both diagonals. Text, tables and other codes rarely pass all five lines.
// The rotation is then measured from where rays from the centre leave the third ring (a square:
// the distance times max(|cos|, |sin|) of the ray's angle to the symbol's axes is constant), so
// that a reader can turn the symbol upright first (ZXing 1.4 often fails on Aztec symbols turned
// by a few degrees, and always beyond about ten).
// Pixels at or below kThreshold are dark (as ZXing's fixed-threshold binariser).
class AztecBullseyeFinder {
public:
    static constexpr int kRowStep = 2;           // rows scanned: a centre module of ≥ 2 px is hit
    static constexpr int kThreshold = 127;
    static constexpr double kMinModule = 1.5;    // smaller "rings" are scanner noise
    static constexpr int kMaxCandidates = 32;

    // `grey` must be Format_Grayscale8 (anything else: no candidates). Most hits first, at most
    // kMaxCandidates; candidates closer than two modules are merged into one.
    static std::vector<BullseyeCandidate> find(const QImage &grey);
};

} // namespace motcua
