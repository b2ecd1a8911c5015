// Decoding a CCCD QR from an A4 300-dpi page, in process, image decoding included (issue 4
// target: median ≤ 25 ms). Writes a 2480×3508 grey PNG with a CCCD QR (5-px modules, ECC M) and
// lines of "text" blocks to a temporary folder, then times QImage(path) + BarcodeReader::read over
// ~50 runs; checks every run decodes the exact payload.
// Prints one JSON object: {"decode_median_ms":…,"decode_p95_ms":…, …}
// --tuned-malloc raises glibc's mmap and trim thresholds first: the 8.7 MB page and ZXing's bit
// matrix are then reused from the heap instead of fresh zeroed pages each time (page faults were a
// quarter of the CPU time under perf). A long-running app can do the same in main().
// Usage: bench_decode [--quick] [--tuned-malloc] | --write-page FILE.png (writes the page and exits, for comparing
//        `motcua-cli decode` and `zbarimg` on the same image)
#include "app/barcode/BarcodeReader.h"
#include "app/barcode/BarcodeWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

QImage makePage(const ModuleMatrix &qr)
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
    return page;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 9 : 51;
    const bool tunedMalloc = app.arguments().contains(QStringLiteral("--tuned-malloc"));
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
    const QStringList args = app.arguments();
    const qsizetype writeAt = args.indexOf(QStringLiteral("--write-page"));
    if (writeAt > 0 && writeAt + 1 < args.size())
        return makePage(*qr).save(args[writeAt + 1]) ? 0 : 1;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.png"));
    if (!makePage(*qr).save(path)) {
        std::fprintf(stderr, "bench_decode: cannot write %s\n", qPrintable(path));
        return 1;
    }

    std::vector<double> total, load, decode, cpu;
    int passes = 0;
    for (int i = 0; i < runs; ++i) {
        const double cpu0 = threadCpuMs();
        QElapsedTimer t;
        t.start();
        const QImage img(path);
        const qint64 loaded = t.nsecsElapsed();
        BarcodeReader::Stats stats;
        const auto found = BarcodeReader::read(img, &stats);
        const qint64 done = t.nsecsElapsed();
        cpu.push_back(threadCpuMs() - cpu0);
        if (!found || found->size() != 1 || found->first().text != payload) {
            std::fprintf(stderr, "bench_decode: run %d did not decode the payload\n", i);
            return 1;
        }
        passes = stats.passes;
        total.push_back(double(done) / 1e6);
        load.push_back(double(loaded) / 1e6);
        decode.push_back(double(done - loaded) / 1e6);
    }
    std::printf("{\"decode_median_ms\":%.2f,\"decode_p95_ms\":%.2f,\"png_load_median_ms\":%.2f,"
                "\"zxing_median_ms\":%.2f,\"cpu_median_ms\":%.2f,\"passes\":%d,\"runs\":%d,\"malloc\":\"%s\",\"page\":\"2480x3508 grey PNG\"}\n",
                percentile(total, 0.5), percentile(total, 0.95), percentile(load, 0.5), percentile(decode, 0.5),
                percentile(cpu, 0.5), passes, runs, tunedMalloc ? "tuned" : "default");
    return 0;
}
