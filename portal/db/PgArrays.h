#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::portal {

// PostgreSQL array literals bound as one text value and cast in the statement (`?::text[]`,
// `?::bigint[]`): how a batch goes to the server as a few multi-row statements ("= ANY(…)",
// "unnest(…)") whatever its size, each prepared once per connection.
// Text: every element double-quoted, " and \ escaped (the array input syntax), never NULL.
inline QString pgTextArray(const QStringList &items)
{
    qsizetype size = 2;
    for (const QString &s : items)
        size += s.size() + 3;
    QString out;
    out.reserve(size);
    out += QLatin1Char('{');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (const QChar c : items[i]) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            if (c != QChar(0))   // PostgreSQL text cannot hold NUL
                out += c;
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out;
}

inline QString pgIntArray(const QList<qint64> &items)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QString::number(items[i]);
    }
    return out + QLatin1Char('}');
}

} // namespace motcua::portal
