#include "portal/http/HttpServer.h"

#include "portal/PortalLogging.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>
#include <QTcpSocket>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>

#include <exception>

namespace motcua::portal {

namespace {

QHttpServerRequest::Method toQt(HttpMethod m)
{
    switch (m) {
    case HttpMethod::Get: return QHttpServerRequest::Method::Get;
    case HttpMethod::Head: return QHttpServerRequest::Method::Head;
    case HttpMethod::Post: return QHttpServerRequest::Method::Post;
    case HttpMethod::Put: return QHttpServerRequest::Method::Put;
    case HttpMethod::Delete: return QHttpServerRequest::Method::Delete;
    }
    return QHttpServerRequest::Method::Unknown;
}

HttpRequest copyOf(HttpMethod method, const QString &route, const QHttpServerRequest &r, QStringList args)
{
    HttpRequest out;
    out.method = method;
    out.route = route;
    out.path = r.url().path();
    out.args = std::move(args);
    out.query = r.query();
    out.headers = r.headers();
    out.body = r.body();
    out.remote = r.remoteAddress();
    return out;
}

} // namespace

HttpServer::HttpServer(int workerThreads, QObject *parent)
    : QObject(parent), m_server(std::make_unique<QHttpServer>())
{
    m_pool.setMaxThreadCount(qMax(1, workerThreads));
    m_pool.setExpiryTimeout(-1);   // workers keep their database connection for the server's life
    m_server->setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        const QJsonObject body{{QStringLiteral("error"), QStringLiteral("not-found")},
                               {QStringLiteral("message"), QStringLiteral("No such resource.")}};
        responder.write(QJsonDocument(body), QHttpServerResponder::StatusCode::NotFound);
    });
}

HttpServer::~HttpServer()
{
    m_server.reset();    // no new requests
    m_pool.waitForDone();
}

HttpResponse HttpServer::dispatch(const HttpHandler &handler, const HttpRequest &request, qint64 maxBody) const
{
    if (request.body.size() > maxBody) {
        qCWarning(lcPortal, "refused %s %s: body of %lld bytes over the limit of %lld (request.too-large)",
                  qUtf8Printable(methodName(request.method)), qUtf8Printable(request.route),
                  static_cast<long long>(request.body.size()), static_cast<long long>(maxBody));
        return HttpResponse::error(413, QStringLiteral("request.too-large"), QStringLiteral("The request body is too large."));
    }
    try {
        HttpResponse response = handler(request);
        // Every refusal is logged (route pattern and code only: never the path, which may hold an
        // ID number, nor the token). Refusals answered 404 to hide what exists log themselves.
        if (response.status() == 401 || response.status() == 403)
            qCWarning(lcPortal, "refused %s %s: %s", qUtf8Printable(methodName(request.method)),
                      qUtf8Printable(request.route), qUtf8Printable(response.errorCode()));
        return response;
    } catch (const std::exception &e) {
        qCCritical(lcPortal, "%s %s failed: %s", qUtf8Printable(methodName(request.method)),
                   qUtf8Printable(request.route), e.what());
    } catch (...) {
        qCCritical(lcPortal, "%s %s failed with an unknown exception", qUtf8Printable(methodName(request.method)),
                   qUtf8Printable(request.route));
    }
    return HttpResponse::error(500, QStringLiteral("server.error"), QStringLiteral("The portal could not answer; try again later."));
}

void HttpServer::route(HttpMethod method, const QString &pattern, HttpHandler handler, qint64 maxBody)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{[A-Za-z0-9_]+\\}"));
    QString qtPattern = pattern;
    qtPattern.replace(placeholder, QStringLiteral("<arg>"));
    const int argCount = static_cast<int>(pattern.count(placeholder));
    m_routes << methodName(method) + QLatin1Char(' ') + pattern;

    // Runs on the server's thread: copy what the handler needs, run it on the pool, and answer on
    // this thread when it is done. Qt 6.4's own QFuture route keeps the bare socket pointer and
    // writes to it even after a client that left has had its socket deleted (a crash found by
    // tst_portalserve): the socket is watched through a QPointer and a departed client gets nothing.
    // No QFuture continuation either (QtConcurrent::run(...).then(this, ...)): Qt 6.4 moves the
    // continuation's promise out when it runs, and a continuation run a second time starts a
    // moved-from promise (QFutureInterfaceBase::reportStarted on a null d). That is where the portal
    // crashed once after a load run, at the end of the health phase (dmesg: segfault in
    // libQt6Core, QFutureInterfaceBase::reportStarted + 75). The job posts its answer to this
    // object's thread itself; a job still queued when the server goes is dropped with it.
    auto start = [this, method, pattern, handler, maxBody](const QHttpServerRequest &r, QHttpServerResponder &&responder,
                                                          QStringList args) {
        HttpRequest request = copyOf(method, pattern, r, std::move(args));
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        const QPointer<QTcpSocket> socket(held->socket());
        m_pool.start([this, handler, maxBody, request = std::move(request), held, socket]() mutable {
            auto response = std::make_shared<HttpResponse>(dispatch(handler, request, maxBody));
            QMetaObject::invokeMethod(
                this,
                [held = std::move(held), socket, response = std::move(response)] {
                    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                        return;
                    response->toQt().write(std::move(*held));
                },
                Qt::QueuedConnection);
        });
    };
    const auto qtMethod = toQt(method);
    bool ok = false;
    switch (argCount) {
    case 0:
        ok = m_server->route(qtPattern, qtMethod, [start](const QHttpServerRequest &r, QHttpServerResponder &&responder) {
            start(r, std::move(responder), {});
        });
        break;
    case 1:
        ok = m_server->route(qtPattern, qtMethod,
                             [start](const QString &a, const QHttpServerRequest &r, QHttpServerResponder &&responder) {
                                 start(r, std::move(responder), {a});
                             });
        break;
    case 2:
        ok = m_server->route(qtPattern, qtMethod,
                             [start](const QString &a, const QString &b, const QHttpServerRequest &r,
                                     QHttpServerResponder &&responder) { start(r, std::move(responder), {a, b}); });
        break;
    default:
        qFatal("HttpServer::route: at most two placeholders are supported");
    }
    if (!ok)
        qFatal("HttpServer::route: Qt refused a route pattern");
}

Result<void> HttpServer::useTls(const QString &certFile, const QString &keyFile)
{
    QFile cf(certFile), kf(keyFile);
    if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("serve.tls"), QStringLiteral("cannot read the TLS certificate or key file"));
    const QSslCertificate cert(&cf, QSsl::Pem);
    const QSslKey key(&kf, QSsl::Rsa, QSsl::Pem);
    QSslKey usable = key;
    if (usable.isNull()) {
        kf.seek(0);
        usable = QSslKey(&kf, QSsl::Ec, QSsl::Pem);
    }
    if (cert.isNull() || usable.isNull())
        return Error(QStringLiteral("serve.tls"), QStringLiteral("the TLS certificate or key is not PEM"));
    m_server->sslSetup(cert, usable);
    return {};
}

Result<quint16> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return Error(QStringLiteral("serve.listen"), QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port));
    return bound;
}

} // namespace motcua::portal
