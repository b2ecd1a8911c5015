#include "support/LongDocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryFile>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace motcua::test {
namespace {

const char *const kWords[] = {"Ủy", "ban", "nhân", "dân", "xã", "Tân", "Lập", "xác", "nhận", "ông", "bà", "đã",
                              "nộp", "hồ", "sơ", "đăng", "ký", "khai", "sinh", "cho", "con", "theo", "quy", "định",
                              "của", "pháp", "luật", "hiện", "hành", "về", "hộ", "tịch", "và", "cư", "trú"};

QString line(int page, int row)
{
    QString text;
    const int words = 9 + (page * 7 + row * 3) % 6;
    for (int w = 0; w < words; ++w) {
        const size_t i = size_t(page * 31 + row * 17 + w * 5) % (sizeof kWords / sizeof kWords[0]);
        text += QString::fromUtf8(kWords[i]) + QLatin1Char(' ');
    }
    return text.trimmed() + QLatin1Char('.');
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

bool writeLongPdf(const QString &path, int pages, const QPageSize &size)
{
    QPdfWriter writer(path);
    writer.setPageSize(size);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("MotCua tests"));
    QPainter p;
    if (!p.begin(&writer))
        return false;
    const QRect area = writer.pageLayout().paintRectPixels(300);
    QFont heading(QStringLiteral("Noto Sans"), 14, QFont::Bold);
    QFont body(QStringLiteral("Noto Sans"), 11);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !writer.newPage())
            return false;
        p.setFont(heading);
        p.drawText(QRect(area.left(), 0, area.width(), 200), Qt::AlignHCenter | Qt::AlignBottom,
                   QStringLiteral("Trang %1 / %2").arg(i + 1).arg(pages));
        p.setFont(body);
        const int rows = 28, step = std::max(1, (area.height() - 400) / rows);
        for (int r = 0; r < rows; ++r)
            p.drawText(QPoint(120, 360 + r * step), line(i, r));
    }
    return p.end();
}

MeasuredRun runMeasured(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    MeasuredRun run;
    QTemporaryFile out, err;
    if (!out.open() || !err.open())
        return run;
    // Everything the child needs, prepared before fork (no allocation after it).
    const QByteArray prog = QFile::encodeName(program);
    std::vector<QByteArray> argBytes{prog}, envBytes;
    for (const QString &a : args)
        argBytes.push_back(a.toLocal8Bit());
    for (const QString &e : env.toStringList())
        envBytes.push_back(e.toLocal8Bit());
    std::vector<char *> argv, envp;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const int outFd = out.handle(), errFd = err.handle();

    QElapsedTimer wall;
    wall.start();
    const pid_t pid = fork();
    if (pid < 0)
        return run;
    if (pid == 0) {
        const int devNull = open("/dev/null", O_RDONLY);
        if (devNull >= 0)
            dup2(devNull, 0);
        dup2(outFd, 1);
        dup2(errFd, 2);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (true) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0)
            return run;
        if (wall.elapsed() > timeoutMs) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            run.seconds = double(wall.nsecsElapsed()) / 1e9;
            return run;
        }
        QThread::msleep(20);
    }
    run.seconds = double(wall.nsecsElapsed()) / 1e9;
    run.peakKb = usage.ru_maxrss;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readAll(out.fileName());
    run.err = readAll(err.fileName());
    return run;
}

} // namespace motcua::test
