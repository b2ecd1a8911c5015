#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QSsl>
#include <QString>
#include <QStringList>

#include <memory>

namespace motcua::test {

// One run of a motcua-portal command (migrate, seed-demo, routes ...) as a real process.
struct PortalRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList outLines() const;
};
// `env`: extra NAME=VALUE pairs (e.g. MOTCUA_KDF=fast for cheap demo password hashes).
PortalRun runPortal(const QStringList &args, int timeoutMs = 120000, const QStringList &env = {});

// An answer of the portal over HTTP.
struct HttpReply {
    int status = 0;              // 0: no HTTP answer (refused, reset, timed out)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QSsl::SslProtocol tlsProtocol = QSsl::UnknownProtocol;   // over https: the session's protocol
    QJsonObject json() const;    // the body as an object (empty when it is not one)
    QString errorCode() const { return json().value(QStringLiteral("error")).toString(); }
    QByteArray header(const QByteArray &name) const;
};

// `motcua-portal serve` started as a real process on a free loopback port (--listen 127.0.0.1:0;
// the port is read from the URL it prints once listening), then polled on GET /v1/health.
// Stopped (SIGTERM, then SIGKILL) on destruction.
class PortalProcess {
public:
    PortalProcess(QString dbUrl, QString filesDir, QStringList extraArgs = {});
    ~PortalProcess();

    bool start(QString *error);
    // SIGTERM, then SIGKILL after 5 s; the exit code, or -1 when it had to be killed or crashed.
    int stop();
    QString baseUrl() const { return m_base; }   // "http://127.0.0.1:PORT"
    qint64 pid() const { return m_process ? m_process->processId() : 0; }   // for /proc (benchmarks)
    QByteArray stderrText();                      // what it logged so far

    // Synchronous requests to baseUrl() + path, with "Authorization: Bearer <token>" when given.
    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QByteArray &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;
    HttpReply get(const QString &path, const QByteArray &token = {}) const { return request("GET", path, {}, token); }
    HttpReply postJson(const QString &path, const QJsonObject &body, const QByteArray &token = {}) const;

private:
    QString m_db;
    QString m_files;
    QStringList m_extra;
    std::unique_ptr<QProcess> m_process;
    QString m_base;
    QByteArray m_err;
};

} // namespace motcua::test
