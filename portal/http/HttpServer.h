#pragma once

#include "domain/Result.h"
#include "portal/http/HttpRequest.h"
#include "portal/http/HttpResponse.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <memory>

class QHttpServer;

namespace motcua::portal {

using HttpHandler = std::function<HttpResponse(const HttpRequest &)>;

// Our thin wrapper over Qt HttpServer (a technical preview in Qt 6.4): routes are written as in
// portal/openapi.yaml ("/v1/devices/{uuid}/revoke"), handlers take an HttpRequest and return an
// HttpResponse and run on this server's own thread pool (QThreadPool); the answer is written on
// the server's thread when the handler is done, unless the client has left meanwhile. So a slow
// database never stalls the event loop that accepts connections. Not supported: HTTP pipelining
// (a client sending its next request on a connection before the answer to the previous one may get
// the answers out of order; Qt's network access manager does not pipeline unless asked to). A handler that throws answers 500 server.error.
// An unknown path or method answers 404 not-found. Lives on the thread that created it.
class HttpServer final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxBody = 1 << 20;   // 1 MiB unless the route says otherwise

    explicit HttpServer(int workerThreads, QObject *parent = nullptr);
    ~HttpServer() override;

    // A {name} in the pattern matches one non-empty path segment and is handed to the handler in
    // HttpRequest::args. A body larger than maxBody is refused with 413 request.too-large (Qt 6.4
    // has already read it by then: no earlier hook exists in the technical preview).
    void route(HttpMethod method, const QString &pattern, HttpHandler handler, qint64 maxBody = kDefaultMaxBody);
    // "METHOD /pattern" for every registered route, in registration order.
    QStringList routes() const { return m_routes; }

    // TLS from PEM files; call before listen. Error "serve.tls" when a file is unreadable.
    Result<void> useTls(const QString &certFile, const QString &keyFile);
    // The port actually bound (useful with port 0). Error "serve.listen" when it cannot bind.
    Result<quint16> listen(const QHostAddress &address, quint16 port);

    QThreadPool &workers() { return m_pool; }

private:
    HttpResponse dispatch(const HttpHandler &handler, const HttpRequest &request, qint64 maxBody) const;

    std::unique_ptr<QHttpServer> m_server;
    QThreadPool m_pool;
    QStringList m_routes;
};

} // namespace motcua::portal
