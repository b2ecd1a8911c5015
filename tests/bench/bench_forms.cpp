// Time to render a printed form to a PDF in memory (layout, fonts, vector QR, PDF/A writing):
// Form 01 with 3 components (the usual slip) and with 40 (several pages); and a declaration (issue
// 13, target ≤ 150 ms): the ID card's QR image read, the birth registration form filled from it
// and its PDF rendered with the payload QR. Medians of several runs.
// Usage: bench_forms [--quick]   (needs a QGuiApplication: QT_QPA_PLATFORM=offscreen)
#include "app/barcode/BarcodeWriter.h"
#include "app/forms/Declaration.h"
#include "app/intake/ApplicantReader.h"
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

// The card's QR as a counter's scanner gives it, read, the form filled and printed; ms per round.
double declarationRound(const QImage &card, qsizetype *bytes)
{
    using namespace motcua;
    QElapsedTimer t;
    t.start();
    const Result<intake::CardReading> reading = intake::ApplicantReader::fromImage(card, QDate(2026, 12, 7));
    if (!reading)
        return -1;
    const forms::FormDefinition *d = forms::FormRegistry::bundled().forProcedure(QStringLiteral("1.001193"));
    forms::FillInput in = forms::fillInputFor(reading->applicant, QStringLiteral("UBND xã Tân Lập"), QDate(2026, 12, 7));
    in.typed = {{QStringLiteral("requester_relationship"), QStringLiteral("Mẹ")},
                {QStringLiteral("child_name"), QStringLiteral("Trần Minh Khôi")},
                {QStringLiteral("child_birth_date"), QStringLiteral("02112026")},
                {QStringLiteral("child_gender"), QStringLiteral("Nam")},
                {QStringLiteral("child_birth_place"), QStringLiteral("Bệnh viện Phụ sản Hà Nội")}};
    const Result<forms::FilledForm> filled = d ? forms::fillForm(*d, in) : Result<forms::FilledForm>(Error(QStringLiteral("none")));
    if (!filled)
        return -1;
    const QByteArray pdf = formPdfBytes(forms::declarationForm(*d, *filled, QDateTime(QDate(2026, 12, 7), QTime(9, 0))));
    *bytes = pdf.size();
    return double(t.nsecsElapsed()) / 1e6;
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
    // A CCCD QR photographed at 4 px per module with a margin, as a handheld scanner's image.
    const QString cardText = QStringLiteral("001190012345|012345678|Nguyễn Thị Ánh Tuyết|15031990|Nữ|"
                                            "Số 12, thôn Đông, xã Tân Lập, huyện Đan Phượng, Hà Nội|01072021");
    const auto matrix = motcua::QrCode::encode(cardText);
    if (!matrix) {
        std::fprintf(stderr, "bench_forms: cannot encode the card\n");
        return 1;
    }
    const QImage card = matrix->toImage(4);
    std::vector<double> declMs;
    qsizetype declBytes = 0;
    declarationRound(card, &declBytes);   // warm-up
    for (int r = 0; r < runs; ++r)
        declMs.push_back(declarationRound(card, &declBytes));
    if (declBytes == 0 || *std::min_element(declMs.begin(), declMs.end()) < 0) {
        std::fprintf(stderr, "bench_forms: the declaration was not made\n");
        return 1;
    }
    const double declaration = median(declMs);
    std::printf("bench_forms: declaration (card QR read, birth form filled, PDF)  median %.1f ms (%lld bytes)\n", declaration,
                static_cast<long long>(declBytes));
    std::printf("bench_forms: Form 01, 3 components   median %.1f ms (%lld bytes) over %d runs\n", slip,
                static_cast<long long>(bytes), runs);
    std::printf("bench_forms: Form 01, 40 components  median %.1f ms (%lld bytes)\n", longList,
                static_cast<long long>(bytesLong));
    std::printf("{\"form01_ms\":%.1f,\"form01_40_components_ms\":%.1f,\"form01_bytes\":%lld,\"declaration_fill_pdf_ms\":%.1f}\n",
                slip, longList, static_cast<long long>(bytes), declaration);
    return 0;
}
