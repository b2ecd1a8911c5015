#include "app/barcode/AztecBullseyeFinder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace motcua {
namespace {

using Finder = AztecBullseyeFinder;

// Run lengths across a bull's eye: dark, light, dark, light, DARK (index 4: the centre module),
// light, dark, light, dark.
using Runs = std::array<int, 9>;

// Confirmed candidates kept before ranking: a page of halftone dots must not grow the list (or the
// merge's linear search) without bound.
constexpr size_t kMaxTracked = 1024;

struct GreyPage {
    const uchar *bits;
    qsizetype stride;
    int width, height;
    bool inside(int x, int y) const { return x >= 0 && y >= 0 && x < width && y < height; }
    bool dark(int x, int y) const { return bits[y * stride + x] <= Finder::kThreshold; }
};

// The module size if `r` crosses a bull's eye through its centre, else 0: the seven inner runs
// each within half a module of their mean, the outer two at least half a module.
double moduleOf(const Runs &r)
{
    int inner = 0;
    for (int i = 1; i < 8; ++i)
        inner += r[i];
    const double m = inner / 7.0;
    if (m < Finder::kMinModule)
        return 0;
    const double tolerance = m / 2;
    for (int i = 1; i < 8; ++i) {
        if (std::abs(r[i] - m) >= tolerance)
            return 0;
    }
    return r[0] >= tolerance && r[8] >= tolerance ? m : 0;
}

// From a pixel of the centre run, steps (dx, dy) away from it: how much of the centre run lies that
// way (`centrePart`), then the next four runs (light, dark, light, outer dark). Fails at the image's
// edge or at a run of `maxRun` steps (a big dark area is no ring), except for the outer dark run,
// which the mode message or the next ring may lengthen: it is counted up to `maxRun`.
bool walk(const GreyPage &g, int x, int y, int dx, int dy, int maxRun, int &centrePart, std::array<int, 4> &runs)
{
    centrePart = 0;
    x += dx;
    y += dy;
    for (; g.inside(x, y) && g.dark(x, y); x += dx, y += dy) {
        if (++centrePart > maxRun)
            return false;
    }
    for (int k = 0; k < 4; ++k) {
        const bool dark = k % 2 == 1;
        int len = 0;
        for (; len < maxRun && g.inside(x, y) && g.dark(x, y) == dark; x += dx, y += dy)
            ++len;
        const bool ended = len < maxRun && g.inside(x, y);
        if (len == 0 || (k < 3 && !ended))
            return false;
        runs[size_t(k)] = len;
    }
    return true;
}

struct LineCheck {
    double module;         // steps per module along the line
    double centreOffset;   // the centre run's middle, in steps from the start pixel's middle
};

// The line through pixel (x, y) in steps (dx, dy), checked for a bull's eye centred on that pixel's
// dark run.
std::optional<LineCheck> crossCheck(const GreyPage &g, int x, int y, int dx, int dy, int maxRun)
{
    if (!g.inside(x, y) || !g.dark(x, y))
        return {};
    int back = 0, forth = 0;
    std::array<int, 4> b{}, f{};
    if (!walk(g, x, y, -dx, -dy, maxRun, back, b) || !walk(g, x, y, dx, dy, maxRun, forth, f))
        return {};
    const Runs r{b[3], b[2], b[1], b[0], 1 + back + forth, f[0], f[1], f[2], f[3]};
    const double m = moduleOf(r);
    if (m <= 0)
        return {};
    return LineCheck{m, (forth - back) / 2.0};
}

bool similar(double a, double b)
{
    return a > 0.6 * b && b > 0.6 * a;
}

// A row's candidate (centre cx on row y, module m) confirmed on the column, the row again through
// the refined centre, and both diagonals; then merged with a candidate close by, or added.
void confirm(const GreyPage &g, double cx, int y, double m, std::vector<BullseyeCandidate> &found)
{
    const int maxRun = int(3 * m) + 2;
    const int ix = int(cx);
    const auto column = crossCheck(g, ix, y, 0, 1, maxRun);
    if (!column || !similar(column->module, m))
        return;
    const int iy = int(y + 0.5 + column->centreOffset);
    const auto row = crossCheck(g, ix, iy, 1, 0, maxRun);
    if (!row || !similar(row->module, m))
        return;
    const QPointF centre(ix + 0.5 + row->centreOffset, y + 0.5 + column->centreOffset);
    const int jx = int(centre.x());
    if (!crossCheck(g, jx, iy, 1, 1, maxRun) || !crossCheck(g, jx, iy, 1, -1, maxRun))
        return;
    const double module = (row->module + column->module) / 2;
    for (BullseyeCandidate &c : found) {
        const QPointF d = c.centre - centre;
        if (std::hypot(d.x(), d.y()) < 2 * std::max(c.moduleSize, module)) {
            c.centre = (c.centre * c.hits + centre) / (c.hits + 1);
            c.moduleSize = (c.moduleSize * c.hits + module) / (c.hits + 1);
            ++c.hits;
            return;
        }
    }
    if (found.size() < kMaxTracked)
        found.push_back({centre, module, 1, 0.0});
}

// The page's grey level at a point between pixel centres (bilinear; white beyond the page).
double greyAt(const GreyPage &g, double x, double y)
{
    x -= 0.5;
    y -= 0.5;
    const double fx = std::floor(x), fy = std::floor(y);
    const int ix = int(fx), iy = int(fy);
    const double ax = x - fx, ay = y - fy;
    auto at = [&g](int px, int py) { return g.inside(px, py) ? double(g.bits[py * g.stride + px]) : 255.0; };
    return (at(ix, iy) * (1 - ax) + at(ix + 1, iy) * ax) * (1 - ay) + (at(ix, iy + 1) * (1 - ax) + at(ix + 1, iy + 1) * ax) * ay;
}

// Where the ray from `c` at angle `phi` leaves the bull's eye's second dark ring and enters its
// fourth (2.5 and 3.5 modules out: its third and fourth changes of colour), to a fraction of a
// pixel (where the grey level, interpolated, crosses the threshold); false if it does not within
// `maxDist`.
bool ringCrossings(const GreyPage &g, QPointF c, double phi, double maxDist, double &third, double &fourth)
{
    constexpr double kStep = 0.25;
    constexpr double kLevel = Finder::kThreshold + 0.5;
    const double dx = std::cos(phi), dy = std::sin(phi);
    bool dark = true;
    int changes = 0;
    double last = greyAt(g, c.x(), c.y());
    for (double d = kStep; d < maxDist; d += kStep) {
        const double v = greyAt(g, c.x() + d * dx, c.y() + d * dy);
        if ((v < kLevel) != dark) {
            dark = !dark;
            const double at = d - kStep + kStep * (kLevel - last) / (v - last);
            if (++changes == 3)
                third = at;
            if (changes == 4) {
                fourth = at;
                return true;
            }
        }
        last = v;
    }
    return false;
}

// The rotation in [-45, 45) degrees that makes the rings' crossings most alike squares: each
// crossing distance times max(|cos|, |sin|) of its ray's angle to the symbol's axes, least spread
// (relative to the ring's size, summed over both rings).
double ringAngle(const GreyPage &g, const BullseyeCandidate &c)
{
    constexpr int kRays = 180;
    constexpr double kPi = 3.14159265358979323846;
    struct Crossing { double phi, third, fourth; };
    std::vector<Crossing> crossings;
    crossings.reserve(kRays);
    for (int k = 0; k < kRays; ++k) {
        Crossing x{2 * kPi * k / kRays, 0, 0};
        if (ringCrossings(g, c.centre, x.phi, 8 * c.moduleSize, x.third, x.fourth))
            crossings.push_back(x);
    }
    if (crossings.size() < size_t(kRays / 2))
        return 0;
    auto spread = [&crossings](double theta) {
        double s3 = 0, q3 = 0, s4 = 0, q4 = 0;
        for (const Crossing &x : crossings) {
            const double f = std::max(std::abs(std::cos(x.phi - theta)), std::abs(std::sin(x.phi - theta)));
            s3 += x.third * f;
            q3 += x.third * f * x.third * f;
            s4 += x.fourth * f;
            q4 += x.fourth * f * x.fourth * f;
        }
        const double n = double(crossings.size());
        return (q3 / n) / ((s3 / n) * (s3 / n)) + (q4 / n) / ((s4 / n) * (s4 / n));
    };
    // Coarse to fine: every half degree, then every twentieth around the best.
    double best = 0, bestSpread = spread(0);
    for (double deg = -45; deg < 45; deg += 0.5) {
        if (const double s = spread(deg * kPi / 180); s < bestSpread) {
            best = deg;
            bestSpread = s;
        }
    }
    const double coarse = best;
    for (double deg = coarse - 0.5; deg <= coarse + 0.5; deg += 0.05) {
        if (const double s = spread(deg * kPi / 180); s < bestSpread) {
            best = deg;
            bestSpread = s;
        }
    }
    return best >= 45 ? best - 90 : best < -45 ? best + 90 : best;
}

} // namespace

std::vector<BullseyeCandidate> AztecBullseyeFinder::find(const QImage &grey)
{
    if (grey.isNull() || grey.format() != QImage::Format_Grayscale8)
        return {};
    const GreyPage g{grey.constBits(), grey.bytesPerLine(), grey.width(), grey.height()};
    std::vector<BullseyeCandidate> found;
    for (int y = kRowStep / 2; y < g.height; y += kRowStep) {
        const uchar *line = grey.constScanLine(y);
        Runs r{};
        int completed = 0;
        bool dark = line[0] <= kThreshold;
        int len = 1;
        // Runs are pushed as they end (the row's end ends the last one); after a dark run the last
        // nine, if there are nine, alternate dark, light, …, dark.
        for (int x = 1; x <= g.width; ++x) {
            const bool d = x < g.width ? line[x] <= kThreshold : !dark;
            if (d == dark) {
                ++len;
                continue;
            }
            std::copy(r.begin() + 1, r.end(), r.begin());
            r[8] = len;
            if (dark && ++completed >= 5) {
                if (const double m = moduleOf(r); m > 0)
                    confirm(g, x - r[8] - r[7] - r[6] - r[5] - r[4] / 2.0, y, m, found);
            }
            dark = d;
            len = 1;
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const BullseyeCandidate &a, const BullseyeCandidate &b) {
        return a.hits > b.hits;
    });
    if (found.size() > size_t(kMaxCandidates))
        found.resize(size_t(kMaxCandidates));
    for (BullseyeCandidate &c : found)
        c.angle = ringAngle(g, c);
    return found;
}

} // namespace motcua
