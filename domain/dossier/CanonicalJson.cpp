#include "domain/dossier/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace motcua {
namespace {

void writeUtf8String(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    // Runs of bytes that need no escape are copied whole (most strings are one run).
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *p = run; p != end; ++p) {
        const auto u = static_cast<unsigned char>(*p);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (u) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            out.append("\\u00");
            out.append(hex[u >> 4]);
            out.append(hex[u & 0xf]);
        }
    }
    out.append(run, end - run);
    out.append('"');
}

void writeString(QByteArray &out, const QString &s)
{
    writeUtf8String(out, s.toUtf8());
}

void writeNumber(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out.append("null"); // JSON has no NaN/Inf; QJsonValue cannot hold them either
        return;
    }
    constexpr double maxExact = 9007199254740992.0; // 2^53
    if (std::trunc(d) == d && std::fabs(d) < maxExact) {
        out.append(QByteArray::number(static_cast<qint64>(d)));
        return;
    }
    out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void write(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out.append("null"); break;
    case QJsonValue::Bool: out.append(v.toBool() ? "true" : "false"); break;
    case QJsonValue::Double: writeNumber(out, v.toDouble()); break;
    case QJsonValue::String: writeString(out, v.toString()); break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out.append(',');
            write(out, a.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        // QString's operator< compares UTF-16 code units: the RFC 8785 order.
        std::sort(keys.begin(), keys.end());
        out.append('{');
        bool first = true;
        for (const QString &k : keys) {
            if (!first)
                out.append(',');
            first = false;
            writeString(out, k);
            out.append(':');
            write(out, o.value(k));
        }
        out.append('}');
        break;
    }
    }
}

} // namespace

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    out.reserve(256);
    write(out, value);
    return out;
}

JsonObjectWriter::JsonObjectWriter(QByteArray &out) : m_out(out)
{
    m_out.append('{');
}

void JsonObjectWriter::key(QLatin1StringView key)
{
    Q_ASSERT(std::all_of(key.begin(), key.end(), [](char c) { return c >= 0x20 && c != '"' && c != '\\' && c > 0; }));
    if (!m_first)
        m_out.append(',');
    m_first = false;
    m_out.append('"');
    m_out.append(key.data(), key.size());
    m_out.append("\":");
}

void JsonObjectWriter::member(QLatin1StringView k, const QString &text)
{
    key(k);
    writeString(m_out, text);
}

void JsonObjectWriter::utf8Member(QLatin1StringView k, QByteArrayView utf8)
{
    key(k);
    writeUtf8String(m_out, utf8);
}

void JsonObjectWriter::member(QLatin1StringView k, const QJsonValue &value)
{
    key(k);
    write(m_out, value);
}

void JsonObjectWriter::member(QLatin1StringView k, qint64 number)
{
    key(k);
    m_out.append(QByteArray::number(number));
}

void JsonObjectWriter::rawMember(QLatin1StringView k, QByteArrayView json)
{
    key(k);
    m_out.append(json);
}

void JsonObjectWriter::close()
{
    m_out.append('}');
}

} // namespace motcua
