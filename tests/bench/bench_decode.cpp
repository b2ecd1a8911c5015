// Decoding a CCCD QR from an A4 300-dpi page, in process, image decoding included (issue 4
// target: median ≤ 25 ms). Writes a 2480×3508 page with a CCCD QR (5-px modules, ECC M) and
// lines of "text" blocks to a temporary folder three ways: grey PNG, grey JPEG and colour JPEG
// (quality 85, as scanners write them), plus the same page with ±3 grey levels of scanner-like
// noise as grey PNG and JPEG ("scan_": PNG then weighs MBs, not 20 KB), then times PageCodes::forEach on each file (what
// `motcua-cli decode` runs: loading + BarcodeReader) over ~50 rounds, the three files taking turns
// within each round so that a shared machine's load falls on all of them alike. Checks every run
// decodes the exact payload. For the PNG it also times the two halves apart (QImage(path), then
// BarcodeReader::read), and the half-size decode alone (PageImages::readHalfSize: PngHalfSize, these
// 8-bit grey files inflated whole by libdeflate) for the clean and the scan-like PNG.
// Prints one JSON object: {"png_median_ms":…, "jpeg_grey_median_ms":…, "jpeg_colour_median_ms":…, …}
// (`decode_median_ms` is the PNG's, the figure earlier runs reported). `_cpu_` figures are this
// thread's CPU time: on a loaded machine wall time also measures the neighbours.
// --tuned-malloc raises glibc's mmap and trim thresholds first: the 8.7 MB page and ZXing's bit
// matrix are then reused from the heap instead of fresh zeroed pages each time (page faults were a
// quarter of the CPU time under perf). A long-running app can do the same in main().
// Usage: bench_decode [--quick] [--tuned-malloc]
//        bench_decode --write-page FILE [--colour] [--noisy]   writes the page (format from the
//        suffix, JPEG at quality 85) and exits, for comparing `motcua-cli decode` and `zbarimg` (tools/bench)
#include "app/barcode/BarcodeReader.h"
#include "app/barcode/BarcodeWriter.h"
#include "app/barcode/PageCodes.h"
#include "app/barcode/PageImages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <vector>

using namespace motcua;

namespace {

constexpr int kJpegQuality = 85;
constexpr int kScanNoise = 3;

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

// CPU time of this thread: on a shared, loaded machine wall time measures the neighbours too.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// `noise`: ± grey levels of uniform noise over the whole page, as a scanner's sensor and the
// paper's texture give (0: the clean, synthetic page, which PNG compresses to 20 KB).
QImage makePage(const ModuleMatrix &qr, int noise = 0)
{
    QImage page(2480, 3508, QImage::Format_Grayscale8);
    page.fill(255);
    QPainter p(&page);
    // Lines of word-sized blocks, like a typed form, so the detector sees clutter, not a blank page.
    QRandomGenerator rng(7);
    for (int y = 250; y < 2600; y += 70) {
        for (int x = 200; x < 2200;) {
            const int w = 40 + int(rng.bounded(160));
            p.fillRect(x, y, w, 32, QColor(40, 40, 40));
            x += w + 25;
        }
    }
    p.drawImage(QPoint(1500, 2750), qr.toImage(5));
    p.end();
    for (int y = 0; noise > 0 && y < page.height(); ++y) {
        uchar *line = page.scanLine(y);
        for (int x = 0; x < page.width(); ++x)
            line[x] = uchar(std::clamp(line[x] + int(rng.bounded(2 * noise + 1)) - noise, 0, 255));
    }
    return page;
}

bool savePage(const QImage &grey, const QString &path, bool colour)
{
    const QImage img = colour ? grey.convertToFormat(QImage::Format_RGB32) : grey;
    return img.save(path, nullptr, path.endsWith(QLatin1String(".png")) ? -1 : kJpegQuality);
}

struct Series {
    const char *name;
    QString path;
    std::vector<double> wall, cpu;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int runs = quick ? 9 : 51;
    const bool tunedMalloc = args.contains(QStringLiteral("--tuned-malloc"));
    if (tunedMalloc) {
        mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
    }

    const QString payload = QString::fromUtf8("079203012345|025123456|Nguyễn Thị Thu Hà|15081992|Nữ|"
                                              "Số 12 Đường Nguyễn Trãi, Phường Bến Thành, Quận 1, Thành phố Hồ Chí Minh|20042021");
    auto qr = QrCode::encode(payload, QrEcc::M);
    if (!qr) {
        std::fprintf(stderr, "bench_decode: %s\n", qPrintable(qr.error().toString()));
        return 1;
    }
    const qsizetype writeAt = args.indexOf(QStringLiteral("--write-page"));
    if (writeAt > 0 && writeAt + 1 < args.size())
        return savePage(makePage(*qr, args.contains(QStringLiteral("--noisy")) ? kScanNoise : 0), args[writeAt + 1],
                        args.contains(QStringLiteral("--colour")))
            ? 0
            : 1;

    QTemporaryDir dir;
    const QImage page = makePage(*qr), scan = makePage(*qr, kScanNoise);
    std::vector<Series> series{{"png", dir.filePath(QStringLiteral("page.png")), {}, {}},
                               {"jpeg_grey", dir.filePath(QStringLiteral("page-grey.jpg")), {}, {}},
                               {"jpeg_colour", dir.filePath(QStringLiteral("page-colour.jpg")), {}, {}},
                               {"scan_png", dir.filePath(QStringLiteral("scan.png")), {}, {}},
                               {"scan_jpeg_grey", dir.filePath(QStringLiteral("scan-grey.jpg")), {}, {}}};
    for (const Series &s : series) {
        const bool noisy = QFileInfo(s.path).fileName().startsWith(QLatin1String("scan"));
        if (!savePage(noisy ? scan : page, s.path, s.path.contains(QLatin1String("colour")))) {
            std::fprintf(stderr, "bench_decode: cannot write %s\n", qPrintable(s.path));
            return 1;
        }
    }

    auto decodes = [&](const QList<DecodedBarcode> &found) { return found.size() == 1 && found.first().text == payload; };
    std::vector<double> pngLoad, pngZxing, pngHalf, scanPngHalf;
    int passes = 0, halfSizeRuns = 0;
    for (int i = 0; i < runs; ++i) {
        for (Series &s : series) {
            const double cpu0 = threadCpuMs();
            QElapsedTimer t;
            t.start();
            bool ok = false;
            const Status st = PageCodes::forEach(s.path, [&](int, const PageCodes::Codes &codes) {
                ok = codes && decodes(*codes);
                return true;
            });
            const qint64 done = t.nsecsElapsed();
            s.cpu.push_back(threadCpuMs() - cpu0);
            s.wall.push_back(double(done) / 1e6);
            if (!st.ok() || !ok) {
                std::fprintf(stderr, "bench_decode: %s run %d did not decode the payload\n", s.name, i);
                return 1;
            }
        }
        // The PNG's two halves apart: loading, then BarcodeReader (its half-size first look included).
        QElapsedTimer t;
        t.start();
        const QImage img(series[0].path);
        const qint64 loaded = t.nsecsElapsed();
        BarcodeReader::Stats stats;
        const auto found = BarcodeReader::read(img, &stats);
        const qint64 done = t.nsecsElapsed();
        if (!found || !decodes(*found)) {
            std::fprintf(stderr, "bench_decode: run %d did not decode the payload\n", i);
            return 1;
        }
        for (auto [file, times] : {std::pair{&series[0], &pngHalf}, std::pair{&series[3], &scanPngHalf}}) {
            const double cpu0 = threadCpuMs();
            if (PageImages::readHalfSize(file->path, BarcodeReader::kHalfSizeMinSide).image.isNull()) {
                std::fprintf(stderr, "bench_decode: run %d: no half-size %s\n", i, file->name);
                return 1;
            }
            times->push_back(threadCpuMs() - cpu0);
        }
        passes = stats.passes;
        halfSizeRuns += stats.halfSize;
        pngLoad.push_back(double(loaded) / 1e6);
        pngZxing.push_back(double(done - loaded) / 1e6);
    }

    std::printf("{\"decode_median_ms\":%.2f", percentile(series[0].wall, 0.5));
    for (const Series &s : series) {
        std::printf(",\"%s_median_ms\":%.2f,\"%s_p95_ms\":%.2f,\"%s_cpu_median_ms\":%.2f", s.name, percentile(s.wall, 0.5), s.name,
                    percentile(s.wall, 0.95), s.name, percentile(s.cpu, 0.5));
    }
    std::printf(",\"png_load_median_ms\":%.2f,\"png_reader_median_ms\":%.2f,\"png_half_load_cpu_median_ms\":%.2f,"
                "\"scan_png_half_load_cpu_median_ms\":%.2f,\"png_passes\":%d,\"png_half_size_runs\":%d,"
                "\"runs\":%d,\"malloc\":\"%s\",\"page\":\"2480x3508, grey PNG / JPEG q%d grey and colour; scan_: noise ±%d\"}\n",
                percentile(pngLoad, 0.5), percentile(pngZxing, 0.5), percentile(pngHalf, 0.5), percentile(scanPngHalf, 0.5), passes,
                halfSizeRuns, runs,
                tunedMalloc ? "tuned" : "default", kJpegQuality, kScanNoise);
    return 0;
}
