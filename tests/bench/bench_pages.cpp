// Page benchmark: processing (crop, deskew, blank check, quality checks, bilevel reduction,
// PNG compression) + encrypted storing (PageStore::put into a SQLCipher Database, one commit per
// page) of synthetic 200-dpi A4 text pages, i.e. everything per scanned page beyond the driver.
// Output: one JSON object on stdout. --quick: fewer pages.
#include "app/capture/PageProcessor.h"
#include "app/capture/SamplePages.h"
#include "db/Database.h"
#include "db/PageStore.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <vector>

using namespace motcua;
using namespace motcua::capture;

namespace {
// CPU time of this thread: on a shared, loaded machine wall time says more about the neighbours
// than about this code; both are printed.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

template <typename T>
T median(std::vector<T> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? T{} : v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);   // fonts for the synthetic pages
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int pages = quick ? 6 : 30;

    QTemporaryDir dir;
    auto db = Database::open({dir.filePath(QStringLiteral("bench.db")), QByteArray(32, 'k')});
    if (!db) {
        std::fprintf(stderr, "bench_pages: %s\n", qPrintable(db.error().toString()));
        return 1;
    }
    PageStore store(db.value()->sql());

    // Realistic skews: most pages a little crooked (deskew runs), some straight.
    const double skews[] = {0.0, 0.8, -1.4, 2.1, 0.2, -0.6};
    std::vector<QImage> scans;
    for (int i = 0; i < pages; ++i) {
        SamplePageSpec spec;
        spec.rotationDegrees = skews[i % 6];
        spec.lines = 30 + (i * 7) % 12;
        scans.push_back(SamplePages::textPage(spec));
    }

    std::vector<double> processMs, storeMs, totalMs, cpuMs;
    std::vector<qint64> bytes;
    int deskewed = 0;
    for (int i = 0; i < pages; ++i) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        const ProcessedPage p = PageProcessor::process(scans[size_t(i)], 200);
        const double proc = double(t.nsecsElapsed()) / 1e6;
        const auto sha = store.put(p.bytes, {p.mime, p.image.width(), p.image.height(), p.dpi, p.blank});
        const double total = double(t.nsecsElapsed()) / 1e6;
        cpuMs.push_back(threadCpuMs() - cpu0);
        if (!sha) {
            std::fprintf(stderr, "bench_pages: %s\n", qPrintable(sha.error().toString()));
            return 1;
        }
        processMs.push_back(proc);
        storeMs.push_back(total - proc);
        totalMs.push_back(total);
        bytes.push_back(p.bytes.size());
        deskewed += p.deskewed ? 1 : 0;
    }
    const QJsonObject out{{QStringLiteral("pages"), pages},
                          {QStringLiteral("page_median_ms"), median(totalMs)},
                          {QStringLiteral("page_cpu_median_ms"), median(cpuMs)},
                          {QStringLiteral("process_median_ms"), median(processMs)},
                          {QStringLiteral("store_median_ms"), median(storeMs)},
                          {QStringLiteral("page_max_ms"), *std::max_element(totalMs.begin(), totalMs.end())},
                          {QStringLiteral("page_bytes_median"), qint64(median(bytes))},
                          {QStringLiteral("page_bytes_max"), qint64(*std::max_element(bytes.begin(), bytes.end()))},
                          {QStringLiteral("deskewed"), deskewed}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
