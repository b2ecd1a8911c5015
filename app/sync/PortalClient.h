#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace motcua::sync {

// One answer of the portal, classified as docs/sync-protocol.md asks: a transport failure
// (refused, reset, cut mid-body, timed out, any 5xx, a 2xx whose JSON does not parse) is always
// retried; a 4xx is an answer on the merits, carrying the portal's error code.
struct PortalReply {
    enum class Kind { Ok, Transport, Refused };
    Kind kind = Kind::Transport;
    int status = 0;             // HTTP status; 0 when none came
    QJsonObject json;           // the body as JSON (when it is an object)
    QByteArray body;            // the raw body
    qint64 uploadOffset = -1;   // the Upload-Offset header, when present
    Error error;                // Transport: sync.transport / sync.timeout / server.*; Refused: the portal's code

    bool ok() const { return kind == Kind::Ok; }
    bool isTransport() const { return kind == Kind::Transport; }
};

// HTTP to one portal (base URL such as http://127.0.0.1:8443; paths under /v1). Blocking calls
// that run a local event loop: use it on a worker thread (or in the CLI), never on the GUI thread,
// and only on the thread that made it. Carries a bearer token once one is set.
class PortalClient {
public:
    // nam: from the thread's ServiceFactories (WorkspaceServices); null: a plain one.
    explicit PortalClient(QUrl base, int timeoutMs = 30000, std::unique_ptr<QNetworkAccessManager> nam = {});
    ~PortalClient();
    PortalClient(const PortalClient &) = delete;
    PortalClient &operator=(const PortalClient &) = delete;

    const QUrl &base() const { return m_base; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    PortalReply get(const QString &path, const QUrlQuery &query = {});
    PortalReply postJson(const QString &path, const QJsonObject &body);
    PortalReply postBytes(const QString &path, const QByteArray &body);
    PortalReply head(const QString &path);
    PortalReply put(const QString &path, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers);

    // Several requests in flight at once (PageTransfer's uploads: the portal's fsyncs overlap),
    // each answered as by the calls above, in the order given.
    struct Request {
        enum class Verb { Head, Put } verb = Verb::Head;
        QString path;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    QList<PortalReply> sendAll(const QList<Request> &requests);

    // A URL given by an officer: http(s) with a host; "sync.bad-portal-url" otherwise.
    static Result<QUrl> parseBaseUrl(const QString &text);

private:
    enum class Verb { Get, Post, Head, Put };
    PortalReply send(Verb verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                     const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers);
    QNetworkReply *start(Verb verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                         const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers);
    static PortalReply answerOf(QNetworkReply *reply, Verb verb, const QString &path);

    QUrl m_base;
    int m_timeoutMs;
    QString m_token;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace motcua::sync
