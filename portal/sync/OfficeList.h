#pragma once

#include <QString>
#include <QStringList>

namespace motcua::portal {

// A PostgreSQL text[] literal of office codes, bound as one value and cast with ::text[]
// ("= ANY(?::text[])"): every element double-quoted with " and \ escaped.
inline QString textArrayLiteral(const QStringList &items)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString item = items[i];
        item.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('"') + item + QLatin1Char('"');
    }
    return out + QLatin1Char('}');
}

} // namespace motcua::portal
