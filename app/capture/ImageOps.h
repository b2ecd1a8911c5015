#pragma once

#include <QImage>
#include <QRect>

namespace motcua::capture::imageops {

// Pure image operations on scanned pages (no I/O, no scanner): each is testable on synthetic
// pages. Grey images are QImage::Format_Grayscale8; dpi is the page's resolution.

QImage toGray(const QImage &image);
// A rendered PDF page (transparent where nothing is drawn) laid on white paper, as RGB32: each
// channel premultiplied by alpha as QImage's conversion to ARGB32_Premultiplied rounds it, plus
// 255 − alpha. One pass without the premultiplied copy (bit for bit what premultiplying first
// gave: tst_import checks every channel value at every alpha).
QImage onWhitePaper(const QImage &rendered);
// Box-average downscale by an integer factor (≥ 1).
QImage downscale(const QImage &gray, int factor);

// Histogram figures: mean luminance, the paper level (90th percentile) and the ink level (1st).
struct Luminance {
    double mean = 0;
    int paper = 255;
    int ink = 0;
};
Luminance luminance(const QImage &gray);

// Skew of the text lines in degrees, found by projection-profile variance over ±10° in 0.25°
// steps (then 0.05° around the best) on a binarised ~100 dpi copy. Rotating the page by
// -skew straightens it. *atLimit: beyond ±5°, more than the processor corrects on its own (a
// sheet put in sideways or badly: rescan). 0 when there is too little ink to tell.
double estimateSkew(const QImage &gray, int dpi, bool *atLimit = nullptr);
// Rotates a grey page about its centre by `degrees` (clockwise on screen), bilinear, keeping
// the size; uncovered corners become white.
QImage rotate(const QImage &gray, double degrees);

// The paper's bounding box against a dark scanner background; the whole image when the border
// is not dark (white lid) or no paper edge is found.
QRect paperRect(const QImage &gray, int dpi);

// Ink after a margin crop, in 0.5 mm cells: single noise pixels and dust average out, a short
// line of text does not.
struct Ink {
    int inkCells = 0;      // cells clearly darker than the paper
    int totalCells = 0;
    double coverage() const { return totalCells ? double(inkCells) / totalCells : 0; }
};
Ink ink(const QImage &gray, int dpi);
bool looksBlank(const Ink &ink);

// Adaptive (Bradley) threshold to a 1-bit page (Format_Mono, bit 1 = black): text stays crisp
// under uneven lighting.
QImage binarize(const QImage &gray, int dpi);

// Focus measure: mean squared Laplacian over the intensity variance in the central part of
// the page. Sharp text gives high values, a blurred page low ones.
double sharpness(const QImage &gray);

} // namespace motcua::capture::imageops
