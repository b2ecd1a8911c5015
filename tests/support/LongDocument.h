#pragma once

// Long documents and measured child processes, for the import memory test and bench_import:
// a many-page PDF made on the spot (never committed as a file) and a run of a real program whose
// peak resident memory is read from the kernel (wait4's ru_maxrss), not estimated.
#include <QByteArray>
#include <QPageSize>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace motcua::test {

// `pages` pages of an administrative text (a heading "Trang i / N" and 28 lines of Vietnamese in
// Noto Sans, varied from page to page), written with QPdfWriter: a born-digital document as
// citizens send them. Needs a QGuiApplication. False if the file cannot be written.
bool writeLongPdf(const QString &path, int pages, const QPageSize &size = QPageSize(QPageSize::A4));

struct MeasuredRun {
    int exitCode = -1;        // -1: did not start, was killed by a signal, or timed out
    QByteArray out;
    QByteArray err;
    qint64 peakKb = 0;        // the child's peak resident set (ru_maxrss), KiB
    double seconds = 0;       // wall time
    double cpuSeconds = 0;    // the child's user + system time
};

// Runs `program args` as a child process with `env`, stdin from /dev/null, and waits for it (killed
// after `timeoutMs`).
MeasuredRun runMeasured(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                        int timeoutMs = 600000);

} // namespace motcua::test
