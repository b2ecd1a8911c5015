#include "portal/http/HttpResponse.h"

#include <QHttpServerResponse>
#include <QJsonDocument>

namespace motcua::portal {

HttpResponse HttpResponse::json(const QJsonObject &body, int status)
{
    HttpResponse r;
    r.m_status = status;
    r.m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.m_mime = "application/json";
    return r;
}

HttpResponse HttpResponse::bytes(QByteArray body, QByteArray mimeType, int status)
{
    HttpResponse r;
    r.m_status = status;
    r.m_body = std::move(body);
    r.m_mime = std::move(mimeType);
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.m_status = status;
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, status);
}

int HttpResponse::statusOf(const QString &code)
{
    if (code.startsWith(QLatin1String("request."))) {
        return code == QLatin1String("request.too-large") ? 413 : 400;
    }
    if (code == QLatin1String("auth.forbidden") || code == QLatin1String("device.revoked")
        || code == QLatin1String("device.unknown"))
        return 403;
    if (code == QLatin1String("auth.throttled"))
        return 429;
    if (code.startsWith(QLatin1String("auth.")))
        return 401;
    if (code == QLatin1String("not-found"))
        return 404;
    if (code == QLatin1String("devices.office-full"))
        return 409;
    if (code == QLatin1String("files.hash-mismatch") || code == QLatin1String("files.bad-offset")
        || code == QLatin1String("sync.bad-signature") || code == QLatin1String("bundle.tampered"))
        return 422;
    if (code.startsWith(QLatin1String("online.")))
        return 422;
    if (code == QLatin1String("codes.day-exhausted") || code == QLatin1String("codes.lookup-exhausted"))
        return 409;
    if (code == QLatin1String("server.unavailable"))
        return 503;
    return 500;
}

HttpResponse HttpResponse::error(const Error &e)
{
    const int status = statusOf(e.code);
    // A 500's detail may name internals: the body gets a fixed sentence, the log the detail.
    const QString message = status >= 500 ? QStringLiteral("The portal could not answer; try again later.") : e.detail;
    return error(status, status == 500 ? QStringLiteral("server.error") : e.code, message);
}

HttpResponse &HttpResponse::withHeader(QByteArray name, QByteArray value)
{
    m_headers.append({std::move(name), std::move(value)});
    return *this;
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &h : m_headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpResponse::errorCode() const
{
    if (m_mime != "application/json" || m_status < 400)
        return {};
    return QJsonDocument::fromJson(m_body).object().value(QStringLiteral("error")).toString();
}

QHttpServerResponse HttpResponse::toQt() const
{
    const auto status = static_cast<QHttpServerResponse::StatusCode>(m_status);
    QHttpServerResponse r = m_mime.isEmpty() ? QHttpServerResponse(status) : QHttpServerResponse(m_mime, m_body, status);
    for (const auto &h : m_headers)
        r.addHeader(h.first, h.second);
    return r;
}

} // namespace motcua::portal
