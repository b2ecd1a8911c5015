// Benchmark: the administrative units (issue 13, docs/forms.md "Administrative units"). The place
// picker searches them on each keystroke (target: well under 16 ms, one frame); the file is read
// once, on the intake worker. Measured: AdminUnits::fromJson of the bundled file (3,321 communes),
// and AdminUnits::search for every prefix of a few typical queries, one keystroke at a time, over
// all units and over the provinces alone (a province field). Wall and thread CPU time; medians,
// p95 and max over all keystrokes; the load average beside them (a shared machine).
//
//   bench_units [--quick]
#include "domain/catalog/AdminUnits.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace motcua;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : -1;
}

struct Times {
    std::vector<double> wall, cpu;
};

Times typeAll(const AdminUnits &units, AdminUnits::Scope scope, int rounds)
{
    const QStringList queries = {QStringLiteral("Phường Thanh Xuân"), QStringLiteral("sai gon"), QStringLiteral("dac khu phu quoc"),
                                 QStringLiteral("ba dinh ha noi"), QStringLiteral("xa tan thanh"), QStringLiteral("hcm"),
                                 QStringLiteral("Quảng Ninh")};
    Times t;
    (void)units.search(queries.first(), 12, scope);   // one-time set-up is no keystroke
    for (int r = 0; r < rounds; ++r) {
        for (const QString &q : queries) {
            for (qsizetype n = 1; n <= q.size(); ++n) {
                QElapsedTimer wall;
                const double c0 = cpuMs();
                wall.start();
                const QList<AdminUnit> hits = units.search(q.left(n), 12, scope);
                t.wall.push_back(double(wall.nsecsElapsed()) / 1e6);
                t.cpu.push_back(cpuMs() - c0);
                if (n == q.size() && hits.isEmpty() && scope == AdminUnits::Scope::All)
                    std::fprintf(stderr, "bench_units: '%s' found nothing\n", qPrintable(q));
            }
        }
    }
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = argc > 1 && qstrcmp(argv[1], "--quick") == 0;
    const double load0 = loadAverage();

    QFile file(QStringLiteral(":/resources/catalog/admin-units.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_units: the administrative units are not bundled\n");
        return 1;
    }
    const QByteArray json = file.readAll();
    std::vector<double> loadWall, loadCpu;
    Result<AdminUnits> units = AdminUnits::fromJson(json);
    if (!units) {
        std::fprintf(stderr, "bench_units: %s\n", qPrintable(units.error().toString()));
        return 1;
    }
    for (int r = 0; r < (quick ? 3 : 15); ++r) {
        QElapsedTimer wall;
        const double c0 = cpuMs();
        wall.start();
        const Result<AdminUnits> again = AdminUnits::fromJson(json);
        loadWall.push_back(double(wall.nsecsElapsed()) / 1e6);
        loadCpu.push_back(cpuMs() - c0);
        if (!again || again->communeCount() != units->communeCount())
            return 1;
    }

    const int rounds = quick ? 3 : 30;
    const Times all = typeAll(*units, AdminUnits::Scope::All, rounds);
    const Times provinces = typeAll(*units, AdminUnits::Scope::Provinces, rounds);
    const double load1 = loadAverage();

    std::printf("file: %lld bytes, %d provinces, %d communes; load average %.2f → %.2f\n", qlonglong(json.size()),
                units->provinceCount(), units->communeCount(), load0, load1);
    std::printf("fromJson: median %.2f ms wall, %.2f ms CPU\n", percentile(loadWall, 0.5), percentile(loadCpu, 0.5));
    std::printf("search, all units (%zu keystrokes): median %.3f ms wall / %.3f ms CPU, p95 %.3f ms, max %.3f ms wall / %.3f ms CPU"
                " (target well under 16 ms)\n",
                all.wall.size(), percentile(all.wall, 0.5), percentile(all.cpu, 0.5), percentile(all.wall, 0.95), percentile(all.wall, 1.0),
                percentile(all.cpu, 1.0));
    std::printf("search, provinces only: median %.4f ms wall, p95 %.4f ms\n", percentile(provinces.wall, 0.5), percentile(provinces.wall, 0.95));
    std::printf("{\"communes\":%d,\"load_median_ms\":%.3f,\"load_cpu_median_ms\":%.3f,\"search_median_ms\":%.4f,\"search_cpu_median_ms\":%.4f,"
                "\"search_p95_ms\":%.4f,\"search_max_ms\":%.4f,\"search_cpu_max_ms\":%.4f,\"provinces_search_median_ms\":%.4f,\"loadavg\":%.2f}\n",
                units->communeCount(), percentile(loadWall, 0.5), percentile(loadCpu, 0.5), percentile(all.wall, 0.5),
                percentile(all.cpu, 0.5), percentile(all.wall, 0.95), percentile(all.wall, 1.0), percentile(all.cpu, 1.0),
                percentile(provinces.wall, 0.5),
                load1);
    return 0;
}
