#include "support/PortalHttp.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace motcua::test {

HttpReply httpCall(const QUrl &base, const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                   const QString &bearer, const HttpHeaders &headers, int timeoutMs)
{
    QNetworkAccessManager nam;
    QUrl url = base;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = method == "HEAD" ? nam.head(request) : nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers << pair;
    reply->deleteLater();
    return out;
}

HttpReply httpJson(const QUrl &base, const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                   const QString &bearer)
{
    return httpCall(base, method, pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact), bearer);
}

} // namespace motcua::test
