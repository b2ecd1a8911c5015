#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerResponse;

namespace motcua::portal {

// A handler's answer: a status, a body (JSON or bytes) and extra headers. Errors have the shape of
// docs/sync-protocol.md: {"error": "<code>", "message": "<English sentence, no personal data>"}.
class HttpResponse {
public:
    static HttpResponse json(const QJsonObject &body, int status = 200);
    static HttpResponse bytes(QByteArray body, QByteArray mimeType = "application/octet-stream", int status = 200);
    static HttpResponse empty(int status);   // no body at all (e.g. a HEAD answer)
    static HttpResponse error(int status, const QString &code, const QString &message);
    // The status of docs/sync-protocol.md for an error code (400 for request.*, 401 for auth.*
    // except auth.forbidden, ...; 500 for anything unknown).
    static int statusOf(const QString &code);
    static HttpResponse error(const Error &error);   // statusOf(code), the detail as message

    HttpResponse &withHeader(QByteArray name, QByteArray value);

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    const QByteArray &mimeType() const { return m_mime; }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    QByteArray header(QByteArrayView name) const;
    QString errorCode() const;   // the "error" of an error body, else empty

    QHttpServerResponse toQt() const;

private:
    int m_status = 200;
    QByteArray m_body;
    QByteArray m_mime;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace motcua::portal
