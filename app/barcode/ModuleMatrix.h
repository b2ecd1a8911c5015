#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace motcua {

// The dark/light modules of a written barcode, quiet zone included (as ZXing renders it with
// width = height = 0: one cell per module). Row-major, top-left first.
class ModuleMatrix {
public:
    ModuleMatrix() = default;
    ModuleMatrix(int width, int height) : m_width(width), m_height(height), m_cells(size_t(width) * size_t(height), 0) {}

    int width() const { return m_width; }
    int height() const { return m_height; }
    bool isEmpty() const { return m_width <= 0 || m_height <= 0; }
    bool dark(int x, int y) const { return m_cells[size_t(y) * size_t(m_width) + size_t(x)] != 0; }
    void setDark(int x, int y, bool on) { m_cells[size_t(y) * size_t(m_width) + size_t(x)] = on ? 1 : 0; }

    // Draws the dark modules into `target` as vector rectangles (fill, no pen), with horizontal runs
    // of dark modules merged into one rectangle per run: a QR in a PDF stays a few KB and prints
    // crisp at any resolution. Modules are stretched to fill `target` (a 1-D code of height 1 becomes
    // bars). The painter's brush and pen are restored.
    void paint(QPainter &painter, const QRectF &target) const;

    // A raster of the matrix: `modulePx` pixels per module, black on white, Grayscale8. For tests,
    // previews and screens; print paths use paint(). `barHeightPx` sets the height of a 1-row
    // (linear) code; 0 means square modules.
    QImage toImage(int modulePx, int barHeightPx = 0) const;

    // Number of merged rectangles paint() draws (for tests of PDF size).
    int runCount() const;

private:
    int m_width = 0;
    int m_height = 0;
    std::vector<unsigned char> m_cells;
};

} // namespace motcua
