#pragma once

#include "app/capture/ScanTypes.h"

#include <QByteArray>
#include <QFuture>
#include <QImage>
#include <QString>
#include <QStringList>

namespace motcua::capture {

// Quality warning codes (stable; ui/ turns them into sentences for the officer).
namespace quality {
inline constexpr char kLowResolution[] = "quality.low-resolution";
inline constexpr char kBlank[] = "quality.blank";
inline constexpr char kTooDark[] = "quality.too-dark";
inline constexpr char kTooLight[] = "quality.too-light";
inline constexpr char kSkewed[] = "quality.skewed";
inline constexpr char kBlurred[] = "quality.blurred";
inline constexpr char kTooFewPages[] = "quality.too-few-pages";
} // namespace quality

struct ProcessOptions {
    PageKind kind = PageKind::Text;
    bool crop = true;       // crop to the paper against a dark background
    bool deskew = true;     // straighten when skewed by 0.3° or more
    bool reduce = true;     // text pages: bilevel; photos stay colour
};

// A page ready for the page store: its stored bytes (PNG for bilevel, JPEG otherwise) and what
// the checks found. Blank pages are processed and kept like the others, with blank = true, so
// that the officer can set them aside and bring them back.
struct ProcessedPage {
    QImage image;            // what the bytes hold (Mono, Grayscale8 or RGB888)
    QByteArray bytes;
    QString mime;            // "image/png" | "image/jpeg"
    int dpi = 0;
    bool blank = false;
    double skewFound = 0;    // degrees, before correction
    bool deskewed = false;
    QStringList warnings;    // quality.* codes
};

// The counter's page pipeline: crop → deskew → blank check → quality checks → reduce → compress.
// Pure and reentrant: run it on a worker thread (QtConcurrent) per page.
class PageProcessor {
public:
    static ProcessedPage process(const QImage &scan, int dpi, const ProcessOptions &options = {});
    // process() on the global thread pool (the GUI thread never waits on it).
    static QFuture<ProcessedPage> processAsync(const QImage &scan, int dpi, const ProcessOptions &options = {});

    // Quality checks alone (the warnings of process()) on a grey page.
    static QStringList check(const QImage &gray, int dpi, PageKind kind, bool *blank = nullptr);
    // "quality.low-resolution" for an image file too small for what it should show, whatever
    // resolution it declares (often none, or a camera's 72 dpi): a text page is taken as A4 and
    // must fill it at kMinDpiText (a 400 × 300 px image is 34 dpi there), a photo or ID card as an
    // ID card (85.6 × 54 mm) at kMinDpiPhoto. Warns only: the officer decides.
    static QStringList checkImportedSize(QSize pixels, PageKind kind);
    // "quality.too-few-pages" when a component got fewer pages than it expects.
    static QStringList checkPageCount(int pages, int expected);

    // Encoders, exposed for measurements (docs/capture.md, bench_pages).
    static QByteArray encodePng(const QImage &image);
    static QByteArray encodeJpeg(const QImage &image, int quality);

    // Thresholds (documented in docs/capture.md).
    static constexpr int kMinDpiText = 150;
    static constexpr int kMinDpiPhoto = 250;
    static constexpr int kDarkPaper = 150;     // paper level (90th percentile) below: too dark
    static constexpr int kLightInk = 150;      // ink level (1st percentile) above: too light
    static constexpr double kMaxSkew = 2.0;    // degrees left uncorrected
    static constexpr double kMinSharpness = 0.35;
};

} // namespace motcua::capture
