// Import benchmark (issue 10): the real `motcua-cli receive … --component 1=big.pdf` process on a
// long born-digital PDF (A4 text pages, made here with QPdfWriter, never kept), its wall time and
// its peak resident memory as the kernel counted it (wait4's ru_maxrss). Every page is processed
// (crop, deskew, blank check, quality checks, 1-bit reduction, PNG) and stored encrypted.
// Output: one JSON object per run on stdout: for each page count N, pages_N_peak_mb,
// pages_N_seconds, pages_N_ms_per_page, pages_N_cpu_seconds.
//
//   bench_import [MOTCUA_CLI] [--quick] [--pages N[,N…]] [--keep DIR]
//   bench_import --write-pdf OUT.pdf N        (the document alone)
// MOTCUA_CLI defaults to the motcua-cli of this build; give an older build's to compare.
#include "db/Workspace.h"
#include "support/LongDocument.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>

#include <cstdio>

using namespace motcua;

namespace {

const QString kLogin = QStringLiteral("tiepnhan");
const QString kPassword = QStringLiteral("bench-quầy-1");
const QString kCard = QStringLiteral("001190012345|012345678|Nguyễn Thị Ánh Tuyết|15031990|Nữ|Số 12, thôn Đông, xã Tân Lập|01072021");

bool makeWorkspace(const QString &dir)
{
    Workspace::InitRequest request;
    request.directory = dir;
    request.office.code = QStringLiteral("000.00.12.H30");
    request.office.name = QStringLiteral("UBND xã Tân Lập");
    request.login = kLogin;
    request.fullName = QStringLiteral("Lê Thị Tiếp Nhận");
    request.password = kPassword;
    request.cost = KdfCost::fastForTests();
    auto ws = Workspace::create(request);
    if (!ws)
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(ws.error().toString()));
    return ws.ok();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);   // QPdfWriter and fonts
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--write-pdf")) {
        const int pages = args.value(2).toInt();
        return pages > 0 && test::writeLongPdf(args.value(1), pages) ? 0 : 1;
    }
    QString cli = QStringLiteral(MOTCUA_CLI_PATH);
    QList<int> counts{100, 500};
    QString keep;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--quick")) {
            counts = {20, 100};
        } else if (a == QLatin1String("--pages")) {
            counts.clear();
            for (const QString &n : args.value(++i).split(QLatin1Char(',')))
                counts << n.toInt();
        } else if (a == QLatin1String("--keep")) {
            keep = args.value(++i);
        } else {
            cli = a;
        }
    }

    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    const QString ws = dir + QStringLiteral("/ws");
    if (!QFileInfo::exists(ws) && !makeWorkspace(ws))
        return 1;
    // Component 2 of procedure 1.001193 (birth registration) is required too: one small page.
    const QString other = dir + QStringLiteral("/giay-chung-sinh.png");
    {
        QImage page(1654, 2339, QImage::Format_Grayscale8);
        page.fill(255);
        QPainter p(&page);
        p.setFont(QFont(QStringLiteral("Noto Sans"), 30));
        p.drawText(QPoint(200, 400), QStringLiteral("Giấy chứng sinh"));
        p.end();
        page.setDotsPerMeterX(qRound(200 / 0.0254));
        page.setDotsPerMeterY(qRound(200 / 0.0254));
        if (!page.save(other))
            return 1;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_PASSWORD"), kPassword);
    env.insert(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    QJsonObject out{{QStringLiteral("cli"), cli}};
    for (int pages : counts) {
        const QString pdf = dir + QStringLiteral("/document-%1.pdf").arg(pages);
        if (!QFileInfo::exists(pdf) && !test::writeLongPdf(pdf, pages)) {
            std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(pdf));
            return 1;
        }
        const test::MeasuredRun run = test::runMeasured(
            cli,
            {QStringLiteral("--workspace"), ws, QStringLiteral("--officer"), kLogin, QStringLiteral("receive"),
             QStringLiteral("--procedure"), QStringLiteral("1.001193"), QStringLiteral("--applicant-text"), kCard,
             QStringLiteral("--component"), QStringLiteral("1=") + pdf, QStringLiteral("--component"), QStringLiteral("2=") + other},
            env, 30 * 60 * 1000);
        if (run.exitCode != 0) {
            std::fprintf(stderr, "bench_import: %d pages: exit %d\n%s\n", pages, run.exitCode, run.err.constData());
            return 1;
        }
        const QString n = QString::number(pages);
        out.insert(QStringLiteral("pages_") + n + QStringLiteral("_peak_mb"), qRound(double(run.peakKb) / 1024.0 * 10) / 10.0);
        out.insert(QStringLiteral("pages_") + n + QStringLiteral("_seconds"), qRound(run.seconds * 100) / 100.0);
        out.insert(QStringLiteral("pages_") + n + QStringLiteral("_cpu_seconds"), qRound(run.cpuSeconds * 100) / 100.0);
        out.insert(QStringLiteral("pages_") + n + QStringLiteral("_ms_per_page"), qRound(run.seconds * 1000.0 / pages * 10) / 10.0);
        std::fprintf(stderr, "%d pages: %.1f s, peak %.1f MB\n", pages, run.seconds, double(run.peakKb) / 1024.0);
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
