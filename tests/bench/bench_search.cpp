// Benchmark: the procedure search as the officer types (issue 5: ≤ 16 ms per keystroke), over the
// bundled catalog and over a synthetic catalog of 1,000 procedures (the seed's procedures renamed),
// with 50 used/favourite procedures ranking first. Every prefix of a few typical queries, timed one
// keystroke at a time; 20 rounds; median and p95 over all keystrokes.
//
//   bench_search [--quick]
#include "app/catalog/CatalogSearch.h"
#include "app/catalog/CatalogService.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace motcua;

namespace {

std::shared_ptr<const Catalog> synthetic(const Catalog &seed, int n)
{
    QList<Procedure> list;
    for (int i = 0; i < n; ++i) {
        Procedure p = seed.procedures()[i % seed.size()];
        p.code = QStringLiteral("9.%1").arg(i, 6, 10, QLatin1Char('0'));
        p.name = p.name + QStringLiteral(" số %1").arg(i);
        p.bundle.reset();
        list << p;
    }
    return std::make_shared<const Catalog>(QStringLiteral("bench"), QDate(2026, 1, 1), QStringLiteral("synthetic"), list);
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

std::vector<double> typeAll(const CatalogSearch &search, const QHash<QString, ProcedureUsage> &usage, int rounds)
{
    const QStringList queries = {QStringLiteral("dang ky khai sinh"), QStringLiteral("chứng thực bản sao"),
                                 QStringLiteral("1.0011"), QStringLiteral("ket hon"), QStringLiteral("tro cap xa hoi")};
    std::vector<double> ms;
    (void)search.search(queries.first(), usage); // one-time set-up (regular-expression JIT) is no keystroke
    for (int r = 0; r < rounds; ++r) {
        for (const QString &q : queries) {
            for (qsizetype n = 1; n <= q.size(); ++n) {
                QElapsedTimer t;
                t.start();
                const auto hits = search.search(q.left(n), usage);
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
                (void)hits;
            }
        }
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = argc > 1 && qstrcmp(argv[1], "--quick") == 0;
    auto seed = CatalogService::bundledCatalog();
    if (!seed)
        return 1;
    QHash<QString, ProcedureUsage> usage;
    for (int i = 0; i < 50; ++i)
        usage.insert(QStringLiteral("9.%1").arg(i * 7, 6, 10, QLatin1Char('0')),
                     ProcedureUsage{QDateTime::currentDateTimeUtc().addSecs(-i), i, i % 5 == 0});
    const int rounds = quick ? 3 : 20;
    const std::vector<double> bundled = typeAll(CatalogSearch(*seed), usage, rounds);
    const std::vector<double> big = typeAll(CatalogSearch(synthetic(**seed, 1000)), usage, rounds);
    std::printf("bundled catalog (%lld procedures): per keystroke median %.3f ms, p95 %.3f ms\n",
                qlonglong((*seed)->size()), percentile(bundled, 0.5), percentile(bundled, 0.95));
    std::printf("1,000 procedures: per keystroke median %.3f ms, p95 %.3f ms, max %.3f ms (target <= 16 ms)\n",
                percentile(big, 0.5), percentile(big, 0.95), percentile(big, 1.0));
    std::printf("{\"bundled_median_ms\":%.4f,\"bundled_p95_ms\":%.4f,\"k1000_median_ms\":%.4f,\"k1000_p95_ms\":%.4f,\"k1000_max_ms\":%.4f}\n",
                percentile(bundled, 0.5), percentile(bundled, 0.95), percentile(big, 0.5), percentile(big, 0.95),
                percentile(big, 1.0));
    return 0;
}
