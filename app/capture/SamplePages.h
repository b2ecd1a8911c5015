#pragma once

#include <QImage>

namespace motcua::capture {

// Synthetic scanned pages for tests, the page benchmark and the samples in docs/capture/:
// an A4 administrative text page drawn with QPainter (needs a QGuiApplication for fonts),
// optionally rotated, with scanner-like noise and slightly grey paper. Deterministic (fixed seed).
struct SamplePageSpec {
    int dpi = 200;
    double rotationDegrees = 0;   // clockwise on screen
    int lines = 38;               // text lines (0: a blank sheet)
    int noise = 6;                // ± grey levels of scanner noise
    int paper = 238;              // paper grey level
    int ink = 30;                 // ink grey level
    bool darkBackground = false;  // a black scanner background around a slightly smaller sheet
};

class SamplePages {
public:
    static QImage textPage(const SamplePageSpec &spec = {});   // Grayscale8, A4
};

} // namespace motcua::capture
