#include "domain/catalog/JsonPositions.h"

#include <QSet>

#include <algorithm>

namespace motcua {

namespace {

// Recursive descent over bytes. Well-formed input is assumed (QJsonDocument checked it), so
// errors only stop the scan; nesting is bounded to keep a hostile file from exhausting the stack.
class Scanner {
public:
    Scanner(const QByteArray &json, QHash<QString, JsonPosition> &out,
            std::optional<JsonPositions::Duplicate> &dup)
        : m_json(json), m_out(out), m_dup(dup)
    {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < json.size(); ++i)
            if (json[i] == '\n')
                m_lineStarts.push_back(i + 1);
    }

    void run()
    {
        skipWs();
        value(QString(), 0);
    }

    JsonPosition position(qsizetype offset) const
    {
        offset = std::clamp<qsizetype>(offset, 0, m_json.size());
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        const qsizetype lineIndex = (it - m_lineStarts.begin()) - 1;
        const qsizetype start = m_lineStarts[lineIndex];
        int column = 1;
        for (qsizetype i = start; i < offset; ++i)
            if ((static_cast<unsigned char>(m_json[i]) & 0xC0) != 0x80) // count UTF-8 lead bytes only
                ++column;
        return {static_cast<int>(lineIndex + 1), column};
    }

private:
    bool atEnd() const { return m_pos >= m_json.size(); }
    char peek() const { return atEnd() ? '\0' : m_json[m_pos]; }
    void skipWs()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool value(const QString &pointer, int depth)
    {
        if (depth > 256 || atEnd())
            return false;
        m_out.insert(pointer, position(m_pos));
        switch (peek()) {
        case '{': return object(pointer, depth);
        case '[': return array(pointer, depth);
        case '"': return string(nullptr);
        default:
            while (!atEnd() && !QByteArrayView(",]} \t\r\n").contains(peek()))
                ++m_pos;
            return true;
        }
    }

    bool object(const QString &pointer, int depth)
    {
        ++m_pos; // '{'
        QSet<QString> seen;
        skipWs();
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        while (!atEnd()) {
            skipWs();
            const qsizetype keyStart = m_pos;
            QString key;
            if (peek() != '"' || !string(&key))
                return false;
            const QString child = pointer + QLatin1Char('/') + JsonPositions::escapeKey(key);
            if (seen.contains(key) && !m_dup)
                m_dup = JsonPositions::Duplicate{child, position(keyStart)};
            seen.insert(key);
            skipWs();
            if (peek() != ':')
                return false;
            ++m_pos;
            skipWs();
            if (!value(child, depth + 1))
                return false;
            skipWs();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            return false;
        }
        return false;
    }

    bool array(const QString &pointer, int depth)
    {
        ++m_pos; // '['
        skipWs();
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        for (int index = 0; !atEnd(); ++index) {
            skipWs();
            if (!value(pointer + QLatin1Char('/') + QString::number(index), depth + 1))
                return false;
            skipWs();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            return false;
        }
        return false;
    }

    // Reads a string token; decodes it into *out when asked (keys only).
    bool string(QString *out)
    {
        ++m_pos; // opening quote
        const qsizetype start = m_pos;
        bool escaped = false;
        while (!atEnd()) {
            const char c = m_json[m_pos];
            if (c == '\\') {
                escaped = true;
                m_pos += 2;
                continue;
            }
            if (c == '"')
                break;
            ++m_pos;
        }
        if (atEnd())
            return false;
        if (out) {
            const QByteArray raw = m_json.mid(start, m_pos - start);
            *out = escaped ? decode(raw) : QString::fromUtf8(raw);
        }
        ++m_pos; // closing quote
        return true;
    }

    static QString decode(const QByteArray &raw)
    {
        // Keys with escapes are rare; a small decoder avoids a second QJsonDocument parse per key.
        QString result;
        QByteArray utf8;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const char c = raw[i];
            if (c != '\\' || i + 1 >= raw.size()) {
                utf8.append(c);
                continue;
            }
            const char e = raw[++i];
            switch (e) {
            case 'n': utf8.append('\n'); break;
            case 't': utf8.append('\t'); break;
            case 'r': utf8.append('\r'); break;
            case 'b': utf8.append('\b'); break;
            case 'f': utf8.append('\f'); break;
            case 'u': {
                result += QString::fromUtf8(utf8);
                utf8.clear();
                bool ok = false;
                const ushort unit = raw.mid(i + 1, 4).toUShort(&ok, 16);
                if (ok)
                    result += QChar(unit); // surrogate pairs arrive as two units and join up
                i += 4;
                break;
            }
            default: utf8.append(e); break; // \" \\ \/
            }
        }
        return result + QString::fromUtf8(utf8);
    }

    const QByteArray &m_json;
    QHash<QString, JsonPosition> &m_out;
    std::optional<JsonPositions::Duplicate> &m_dup;
    QList<qsizetype> m_lineStarts;
    qsizetype m_pos = 0;
};

} // namespace

JsonPositions JsonPositions::scan(const QByteArray &json)
{
    JsonPositions p;
    Scanner(json, p.m_positions, p.m_duplicate).run();
    return p;
}

JsonPosition JsonPositions::at(const QString &pointer) const
{
    QString p = pointer;
    for (;;) {
        const auto it = m_positions.constFind(p);
        if (it != m_positions.constEnd())
            return *it;
        if (p.isEmpty())
            return {};
        p.truncate(std::max<qsizetype>(0, p.lastIndexOf(QLatin1Char('/'))));
    }
}

JsonPosition JsonPositions::positionOf(const QByteArray &json, qsizetype offset)
{
    QHash<QString, JsonPosition> unused;
    std::optional<Duplicate> none;
    return Scanner(json, unused, none).position(offset);
}

QString JsonPositions::escapeKey(const QString &key)
{
    QString k = key;
    k.replace(QLatin1Char('~'), QLatin1String("~0"));
    k.replace(QLatin1Char('/'), QLatin1String("~1"));
    return k;
}

} // namespace motcua
