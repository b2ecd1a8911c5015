#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1StringView>

namespace motcua {

// Canonical JSON bytes for hashing: UTF-8, no whitespace, object keys sorted by UTF-16 code units
// (as RFC 8785), strings escaped minimally (", \, and control characters; \b \f \n \r \t short forms,
// others \u00XX lowercase hex), integral numbers with |n| < 2^53 written as integers, other numbers in
// shortest round-trip form. Written by hand on purpose: QJsonDocument's key order and number format
// are implementation details we do not want a hash to depend on.
QByteArray canonicalJson(const QJsonValue &value);
// Writes one JSON object into `out` member by member, the braces and commas included, for writers
// of a fixed shape that skip building a QJsonObject: strings and values as canonicalJson writes
// them. The caller keeps the keys in canonical order where the bytes are hashed
// (Event::canonicalBytes); keys are plain ASCII without anything to escape.
class JsonObjectWriter {
public:
    explicit JsonObjectWriter(QByteArray &out);
    void member(QLatin1StringView key, const QString &text);
    void utf8Member(QLatin1StringView key, QByteArrayView utf8);   // text already in UTF-8
    void member(QLatin1StringView key, const QJsonValue &value);
    void member(QLatin1StringView key, qint64 number);
    void rawMember(QLatin1StringView key, QByteArrayView json);   // text that is JSON already
    void close();

private:
    void key(QLatin1StringView key);

    QByteArray &m_out;
    bool m_first = true;
};

} // namespace motcua
