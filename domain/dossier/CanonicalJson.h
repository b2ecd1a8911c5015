#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1StringView>

namespace motcua {

// Canonical JSON bytes for hashing: UTF-8, no whitespace, object keys sorted by UTF-16 code units
// (as RFC 8785), strings escaped minimally (", \, and control characters; \b \f \n \r \t short forms,
// others \u00XX lowercase hex), integral numbers with |n| < 2^53 written as integers, other numbers in
// shortest round-trip form. Written by hand on purpose: QJsonDocument's key order and number format
// are implementation details we do not want a hash to depend on.
QByteArray canonicalJson(const QJsonValue &value);
// The same, appended to `out`: a value, or one object member's key and value (`"key":value`, the
// caller writes the braces and commas and keeps the keys in order). For writers of a fixed shape
// (Event::canonicalBytes) that skip building a QJsonObject.
void appendCanonicalJson(QByteArray &out, const QJsonValue &value);
void appendCanonicalMember(QByteArray &out, QLatin1StringView key, const QJsonValue &value);
void appendCanonicalMember(QByteArray &out, QLatin1StringView key, const QString &text);

} // namespace motcua
