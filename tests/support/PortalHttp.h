#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace motcua::test {

// One HTTP exchange with a portal under test, synchronous (its own QNetworkAccessManager and event
// loop, so it works on any thread). status 0: no answer (refused, reset, timed out).
struct HttpReply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const;
    QString errorCode() const { return json().value(QStringLiteral("error")).toString(); }
    QByteArray header(const QByteArray &name) const;   // case-insensitive; empty when absent
};

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

HttpReply httpCall(const QUrl &base, const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                   const QString &bearer = {}, const HttpHeaders &headers = {}, int timeoutMs = 60000);
HttpReply httpJson(const QUrl &base, const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                   const QString &bearer = {});

} // namespace motcua::test
