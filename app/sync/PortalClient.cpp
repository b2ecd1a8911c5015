#include "app/sync/PortalClient.h"

#include "app/sync/SyncLogging.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace motcua::sync {

PortalClient::PortalClient(QUrl base, int timeoutMs, std::unique_ptr<QNetworkAccessManager> nam)
    : m_base(std::move(base)), m_timeoutMs(timeoutMs), m_nam(nam ? std::move(nam) : std::make_unique<QNetworkAccessManager>())
{
}

PortalClient::~PortalClient() = default;

Result<QUrl> PortalClient::parseBaseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Error(QStringLiteral("sync.bad-portal-url"), QStringLiteral("not an http(s) URL with a host"));
    QUrl base = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return base;
}

PortalReply PortalClient::get(const QString &path, const QUrlQuery &query)
{
    return send(Verb::Get, path, query, {}, {}, {});
}

PortalReply PortalClient::postJson(const QString &path, const QJsonObject &body)
{
    return send(Verb::Post, path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", {});
}

PortalReply PortalClient::postBytes(const QString &path, const QByteArray &body)
{
    return send(Verb::Post, path, {}, body, "application/octet-stream", {});
}

PortalReply PortalClient::head(const QString &path)
{
    return send(Verb::Head, path, {}, {}, {}, {});
}

PortalReply PortalClient::put(const QString &path, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send(Verb::Put, path, {}, body, "application/octet-stream", headers);
}

PortalReply PortalClient::send(Verb verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                               const QByteArray &contentType, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);

    QNetworkReply *reply = nullptr;
    switch (verb) {
    case Verb::Get: reply = m_nam->get(req); break;
    case Verb::Post: reply = m_nam->post(req, body); break;
    case Verb::Head: reply = m_nam->head(req); break;
    case Verb::Put: reply = m_nam->put(req, body); break;
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    PortalReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (reply->hasRawHeader("Upload-Offset"))
        r.uploadOffset = reply->rawHeader("Upload-Offset").trimmed().toLongLong();
    const bool replyIsJson = reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(QLatin1String("json"));
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netText = reply->errorString();
    reply->deleteLater();

    QJsonParseError parseError{};
    const QJsonDocument doc = r.body.isEmpty() ? QJsonDocument() : QJsonDocument::fromJson(r.body, &parseError);
    const bool jsonOk = !r.body.isEmpty() && parseError.error == QJsonParseError::NoError && doc.isObject();
    if (jsonOk)
        r.json = doc.object();

    if (r.status == 0 || r.status >= 500) {
        r.kind = PortalReply::Kind::Transport;
        if (r.status >= 500)
            r.error = Error(r.json.value(QStringLiteral("error")).toString(QStringLiteral("server.error")),
                            QStringLiteral("HTTP %1").arg(r.status));
        else
            r.error = Error(netError == QNetworkReply::TimeoutError || netError == QNetworkReply::OperationCanceledError
                                ? QStringLiteral("sync.timeout")
                                : QStringLiteral("sync.transport"),
                            netText);
    } else if (r.status >= 400) {
        r.kind = PortalReply::Kind::Refused;
        r.error = Error(r.json.value(QStringLiteral("error")).toString(QStringLiteral("sync.refused")),
                        QStringLiteral("HTTP %1").arg(r.status));
    } else if (netError != QNetworkReply::NoError) {
        // A success status but the body was cut: the answer is incomplete, try again.
        r.kind = PortalReply::Kind::Transport;
        r.error = Error(QStringLiteral("sync.transport"), netText);
    } else if (replyIsJson && !jsonOk) {
        // A JSON answer that does not parse was cut or mangled on the way: try again.
        r.kind = PortalReply::Kind::Transport;
        r.error = Error(QStringLiteral("sync.transport"), QStringLiteral("an incomplete JSON answer"));
    } else {
        r.kind = PortalReply::Kind::Ok;
    }
    // A registry path names a citizen's ID number: logged as its pattern only.
    const QString logged = path.startsWith(QLatin1String("/v1/citizens/")) ? QStringLiteral("/v1/citizens/{idNumber}") : path;
    qCDebug(lcSync) << "portal" << (verb == Verb::Get ? "GET" : verb == Verb::Post ? "POST" : verb == Verb::Head ? "HEAD" : "PUT")
                    << logged << "->" << r.status << (r.kind == PortalReply::Kind::Ok ? "" : qPrintable(r.error.code));
    return r;
}

} // namespace motcua::sync
