#include "portal/http/HttpRequest.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace motcua::portal {

QString methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get: return QStringLiteral("GET");
    case HttpMethod::Head: return QStringLiteral("HEAD");
    case HttpMethod::Post: return QStringLiteral("POST");
    case HttpMethod::Put: return QStringLiteral("PUT");
    case HttpMethod::Delete: return QStringLiteral("DELETE");
    }
    return {};
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<QByteArray> HttpRequest::bearerToken() const
{
    const QByteArray value = header("Authorization").trimmed();
    static constexpr QByteArrayView kScheme("Bearer ");
    if (value.size() <= kScheme.size() || QByteArrayView(value).first(kScheme.size()).compare(kScheme, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QByteArray token = value.mid(kScheme.size()).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    return token;
}

Result<QJsonObject> HttpRequest::jsonObject() const
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return Error(QStringLiteral("request.malformed"), QStringLiteral("the body is not JSON"));
    if (!doc.isObject())
        return Error(QStringLiteral("request.malformed"), QStringLiteral("the body is not a JSON object"));
    return doc.object();
}

} // namespace motcua::portal
