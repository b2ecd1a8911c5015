#include "support/PortalProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>

namespace motcua::test {

QStringList PortalRun::outLines() const
{
    QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

PortalRun runPortal(const QStringList &args, int timeoutMs, const QStringList &env)
{
    PortalRun r;
    QProcess p;
    if (!env.isEmpty()) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
    }
    p.start(QStringLiteral(MOTCUA_PORTAL_PATH), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "motcua-portal did not finish in time";
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

PortalProcess::PortalProcess(QString dbUrl, QString filesDir, QStringList extraArgs)
    : m_db(std::move(dbUrl)), m_files(std::move(filesDir)), m_extra(std::move(extraArgs))
{
}

PortalProcess::~PortalProcess()
{
    stop();
}

bool PortalProcess::start(QString *error)
{
    m_process = std::make_unique<QProcess>();
    // A test that crashes runs no destructor: the server is told to end with it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(QStringLiteral(MOTCUA_PORTAL_PATH),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--files"), m_files}
                         + m_extra);
    QDeadlineTimer deadline(30000);
    QByteArray out;
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
    }
    m_err += m_process->readAllStandardError();
    if (!out.contains('\n')) {
        *error = QStringLiteral("motcua-portal serve did not start: ") + QString::fromUtf8(m_err);
        return false;
    }
    m_base = QString::fromUtf8(out.left(out.indexOf('\n'))).trimmed();
    while (!deadline.hasExpired()) {
        const HttpReply r = get(QStringLiteral("/v1/health"));
        if (r.status == 200)
            return true;
        QThread::msleep(50);
    }
    *error = QStringLiteral("motcua-portal serve does not answer /v1/health");
    return false;
}

int PortalProcess::stop()
{
    if (!m_process)
        return -1;
    int code = -1;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished();
        } else if (m_process->exitStatus() == QProcess::NormalExit) {
            code = m_process->exitCode();
        }
    }
    m_err += m_process->readAllStandardError();
    m_process.reset();
    return code;
}

QByteArray PortalProcess::stderrText()
{
    if (m_process)
        m_err += m_process->readAllStandardError();
    return m_err;
}

HttpReply PortalProcess::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                 const QByteArray &token, const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(m_base + path));
    req.setTransferTimeout(30000);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty() && !req.hasRawHeader("Content-Type"))
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    if (m_base.startsWith(QLatin1String("https:")))
        reply->ignoreSslErrors();   // the tests' self-signed certificate
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    out.tlsProtocol = reply->sslConfiguration().sessionProtocol();
    reply->deleteLater();
    return out;
}

HttpReply PortalProcess::postJson(const QString &path, const QJsonObject &body, const QByteArray &token) const
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

} // namespace motcua::test
