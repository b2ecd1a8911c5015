#include "support/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

namespace motcua::test {

namespace {

QString valueOf(const QStringList &args, const QString &option)
{
    const QString prefixed = option + QLatin1Char('=');
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == option && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(prefixed))
            return args[i].mid(prefixed.size());
    }
    return {};
}

QString logPathOf(const QStringList &args)
{
    const QString ws = valueOf(args, QStringLiteral("--workspace"));
    return ws.isEmpty() ? QString() : QDir(ws).filePath(QStringLiteral("logs/motcua.log"));
}

// The command word: the first argument that is not a global option or its value.
QString commandOf(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--workspace") || a == QLatin1String("--officer") || a == QLatin1String("--lang"))
            ++i;
        else if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

qint64 sizeOf(const QString &path)
{
    return path.isEmpty() ? 0 : QFileInfo(path).size();
}

// What the run appended to the log; after a rotation, the rotated file's tail and the new file.
QByteArray appendedSince(const QString &path, qint64 before)
{
    if (path.isEmpty())
        return {};
    auto readFrom = [](const QString &p, qint64 offset) {
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
            return QByteArray();
        return f.readAll();
    };
    if (sizeOf(path) >= before)
        return readFrom(path, before);
    return readFrom(path + QStringLiteral(".1"), before) + readFrom(path, 0);
}

} // namespace

QStringList CliRun::outLines() const
{
    return outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

CliRunner::CliRunner() : m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    m_env.remove(QStringLiteral("MOTCUA_PASSWORD"));
    m_env.remove(QStringLiteral("MOTCUA_NEW_PASSWORD"));
}

QStringList CliRunner::secretsOf(const QStringList &args) const
{
    QStringList secrets = m_secrets;
    // The card's fields: ID, old ID, name, date of birth, address, issue date (not the gender,
    // "Nam"/"Nữ", which is no one's identity and a common word).
    // The same for the card of whoever collects a result (`dossier CODE return --collector-text`).
    for (const char *option : {"--applicant-text", "--collector-text"}) {
        const QString card = valueOf(args, QLatin1String(option));
        for (const QString &field : card.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            if (field.trimmed().size() >= 4)
                secrets << field.trimmed();
        }
    }
    for (const char *option : {"--phone", "--email"}) {
        const QString v = valueOf(args, QLatin1String(option));
        if (!v.isEmpty())
            secrets << v;
    }
    // Input files: every argument (or piece of N=FILE,FILE) naming something that exists now,
    // except the workspace folder itself. Not for `catalog`, whose file is the administrator's
    // procedure catalog (its errors name the file and line), nobody's personal document.
    const QString workspace = valueOf(args, QStringLiteral("--workspace"));
    if (commandOf(args) == QLatin1String("catalog"))
        return secrets;
    for (const QString &arg : args) {
        QString value = arg;
        static const QRegularExpression componentArg(QStringLiteral("^[0-9]+="));
        value.remove(componentArg);
        for (const QString &piece : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QFileInfo info(piece);
            if (piece == workspace || !info.exists() || !piece.contains(QLatin1Char('/')))
                continue;
            if (info.fileName().size() >= 5)
                secrets << info.fileName();
        }
    }
    secrets.removeDuplicates();
    secrets.removeAll(QString());
    return secrets;
}

QStringList CliRunner::findLeaks(const QByteArray &text, const QStringList &secrets)
{
    const QString s = QString::fromUtf8(text);
    QStringList found;
    static const QRegularExpression idNumber(QStringLiteral("(?<![0-9])[0-9]{12}(?![0-9])"));
    for (auto it = idNumber.globalMatch(s); it.hasNext();)
        found << QStringLiteral("a 12-digit number (%1)").arg(it.next().captured(0));
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        if (s.contains(secret) || s.contains(secret.normalized(QString::NormalizationForm_D)))
            found << QStringLiteral("'%1'").arg(secret);
    }
    return found;
}

CliRun CliRunner::run(const QStringList &args, const QByteArray &stdinData, int timeoutMs) const
{
    const QStringList secrets = secretsOf(args);
    const QString logPath = logPathOf(args);
    const qint64 logBefore = sizeOf(logPath);

    QProcess p;
    p.setProcessEnvironment(m_env);
    p.start(QStringLiteral(MOTCUA_CLI_PATH), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.log = appendedSince(logPath, logBefore);

    // The hook every CLI test passes through: nothing personal in stderr or the workspace's log.
    for (const QString &leak : findLeaks(r.err, secrets))
        r.leaks << QStringLiteral("stderr has ") + leak;
    for (const QString &leak : findLeaks(r.log, secrets))
        r.leaks << QStringLiteral("the workspace log has ") + leak;
    if (!r.leaks.isEmpty()) {
        const QString message = QStringLiteral("personal data leaked by motcua-cli %1: %2\nstderr: %3\nlog: %4")
                                    .arg(args.value(0).startsWith(QLatin1String("--")) ? args.value(4) : args.value(0),
                                         r.leaks.join(QStringLiteral("; ")), QString::fromUtf8(r.err), QString::fromUtf8(r.log));
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    }
    return r;
}

CliRun CliRunner::as(const QString &workspace, const QString &login, const QString &password, const QStringList &args) const
{
    CliRunner copy = *this;
    copy.setEnv(QStringLiteral("MOTCUA_PASSWORD"), password);
    return copy.run(QStringList{QStringLiteral("--workspace"), workspace, QStringLiteral("--officer"), login} + args);
}

} // namespace motcua::test
