// Time to render a printed form to a PDF in memory (layout, fonts, vector QR, PDF/A writing):
// Form 01 with 3 components (the usual slip) and with 40 (several pages). Medians of several runs.
// Usage: bench_forms [--quick]   (needs a QGuiApplication: QT_QPA_PLATFORM=offscreen)
#include "app/printing/FormPdf.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace motcua::printing;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

FormData receipt(int components)
{
    FormData d;
    d.officeName = QStringLiteral("Bộ phận Một cửa UBND xã Tân Lập");
    d.officeCode = QStringLiteral("000.00.12.H30");
    d.authority = QStringLiteral("Ủy ban nhân dân xã Tân Lập");
    d.dossierCode = QStringLiteral("000.00.12.H30-261122-010013");
    d.lookupCode = QStringLiteral("7KQ9M2XA");
    d.procedureCode = QStringLiteral("1.001193");
    d.procedureName = QStringLiteral("Thủ tục đăng ký khai sinh");
    d.applicantName = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    d.applicantIdNumber = QStringLiteral("001190012345");
    d.applicantAddress = QStringLiteral("Số 12, thôn Đông, xã Tân Lập");
    for (int i = 1; i <= components; ++i) {
        FormComponentLine line;
        line.number = i;
        line.name = QStringLiteral("Giấy tờ %1: bản sao giấy tờ chứng minh nơi cư trú hợp pháp").arg(i);
        line.provided = QStringLiteral("Bản chính, quét tại quầy, 2 trang");
        d.components << line;
    }
    d.feesText = QStringLiteral("Lệ phí: 8.000 đồng");
    d.receivedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30));
    d.dueAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
    d.officerName = QStringLiteral("Nguyễn Văn An");
    return d;
}

// Milliseconds per PDF, median of `runs`; `bytes` gets the size of the last one.
double timeIt(const FormData &data, int runs, qsizetype *bytes)
{
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const QByteArray pdf = formPdfBytes(data);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        *bytes = pdf.size();
    }
    return median(ms);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    const int runs = quick ? 5 : 21;

    qsizetype bytes = 0, bytesLong = 0;
    formPdfBytes(receipt(3));   // the first form loads the fonts: not counted
    const double slip = timeIt(receipt(3), runs, &bytes);
    const double longList = timeIt(receipt(40), runs, &bytesLong);
    if (bytes == 0 || bytesLong == 0) {
        std::fprintf(stderr, "bench_forms: no PDF was produced\n");
        return 1;
    }
    std::printf("bench_forms: Form 01, 3 components   median %.1f ms (%lld bytes) over %d runs\n", slip,
                static_cast<long long>(bytes), runs);
    std::printf("bench_forms: Form 01, 40 components  median %.1f ms (%lld bytes)\n", longList,
                static_cast<long long>(bytesLong));
    std::printf("{\"form01_ms\":%.1f,\"form01_40_components_ms\":%.1f,\"form01_bytes\":%lld}\n", slip, longList,
                static_cast<long long>(bytes));
    return 0;
}
