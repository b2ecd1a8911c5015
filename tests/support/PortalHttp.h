#pragma once

#include "support/PortalProcess.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace motcua::test {

// One HTTP exchange with a portal under test, synchronous (its own QNetworkAccessManager and event
// loop, so it works on any thread; HEAD through QNetworkAccessManager::head, which expects no body).
// The answer is PortalProcess's HttpReply (status 0: no answer).
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

HttpReply httpCall(const QUrl &base, const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                   const QString &bearer = {}, const HttpHeaders &headers = {}, int timeoutMs = 60000);
HttpReply httpJson(const QUrl &base, const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                   const QString &bearer = {});

} // namespace motcua::test
