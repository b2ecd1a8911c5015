#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace motcua::portal {

enum class HttpMethod { Get, Head, Post, Put, Delete };
QString methodName(HttpMethod method);   // "GET", ...

// What a handler sees of a request: copied out of Qt's request on the server's thread, so a
// handler can run on the worker pool after Qt's request object is gone.
struct HttpRequest {
    HttpMethod method = HttpMethod::Get;
    QString route;                        // the pattern it matched, "/v1/devices/{uuid}/revoke": what logs show
    QString path;                         // "/v1/devices/1b4e.../revoke" (may hold personal data: never logged)
    QStringList args;                     // the {placeholders} of the route, in order
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remote;

    // The first header of that name (case-insensitive), empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // The token of "Authorization: Bearer <token>"; nullopt when there is none.
    std::optional<QByteArray> bearerToken() const;
    // The body as a JSON object; Error "request.malformed" otherwise.
    Result<QJsonObject> jsonObject() const;
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

} // namespace motcua::portal
