#include "app/logging/LogSetup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>

#include <cstdio>

namespace motcua {

namespace {

struct LogState {
    QMutex mutex;
    bool verbose = false;
    QFile file;
    QString path;
};

LogState &state()
{
    static LogState s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void rotateLocked(LogState &s)
{
    s.file.close();
    QFile::remove(s.path + QLatin1Char('.') + QString::number(LogSetup::kKeptFiles));
    for (int n = LogSetup::kKeptFiles - 1; n >= 1; --n)
        QFile::rename(s.path + QLatin1Char('.') + QString::number(n),
                      s.path + QLatin1Char('.') + QString::number(n + 1));
    QFile::rename(s.path, s.path + QStringLiteral(".1"));
    s.file.setFileName(s.path);
    s.file.open(QIODevice::Append | QIODevice::Text);
}

// Defence in depth (issue 10): our code never logs personal data, but Qt or a library may echo a
// file name, and officers name files after citizens, ID number included. A 12-digit number is a
// citizen's ID number: it never reaches stderr or the file, whoever logged it.
QString withoutIdNumbers(const QString &msg)
{
    static const QRegularExpression idNumber(QStringLiteral("(?<![0-9])[0-9]{12}(?![0-9])"));
    QString out = msg;
    return out.replace(idNumber, QStringLiteral("<id>"));
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    const QByteArray category = ctx.category ? QByteArray(ctx.category) : QByteArray("default");
    const QByteArray line = category + ' ' + levelName(type) + ": " + withoutIdNumbers(msg).toUtf8() + '\n';
    LogState &s = state();
    if (s.verbose || type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        std::fputs(line.constData(), stderr);
        std::fflush(stderr);
    }

    QMutexLocker lock(&s.mutex);
    if (s.file.isOpen()) {
        const QByteArray stamped =
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + line;
        s.file.write(stamped);
        s.file.flush();
        if (s.file.size() > LogSetup::kMaxBytes)
            rotateLocked(s);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void LogSetup::install(bool verbose)
{
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("motcua.*.debug=true")
                                             : QStringLiteral("motcua.*.debug=false"));
    state().verbose = verbose;
    qInstallMessageHandler(handler);
}

void LogSetup::attachWorkspace(const QString &workspaceDir)
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    const QString dir = workspaceDir + QStringLiteral("/logs");
    QDir().mkpath(dir);
    s.file.close();
    s.path = dir + QStringLiteral("/motcua.log");
    s.file.setFileName(s.path);
    if (!s.file.open(QIODevice::Append | QIODevice::Text))
        s.path.clear();
}

void LogSetup::detachWorkspace()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    s.file.close();
    s.path.clear();
}

QString LogSetup::logFilePath()
{
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    return s.path;
}

} // namespace motcua
