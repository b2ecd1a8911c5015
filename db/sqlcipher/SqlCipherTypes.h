#pragma once

#include <QMetaType>
#include <QString>

namespace motcua {

// The Qt type reported for a column of declared SQL type `declType`, following SQLite's
// affinity rules (https://sqlite.org/datatype3.html §3.1). Dates are stored as ISO text.
inline QMetaType metaTypeForDeclType(const QString &declType)
{
    const QString t = declType.toUpper();
    if (t.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB"))
        || t.contains(QLatin1String("TEXT")))
        return QMetaType::fromType<QString>();
    if (t.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA"))
        || t.contains(QLatin1String("DOUB")))
        return QMetaType::fromType<double>();
    if (t.isEmpty())
        return QMetaType();
    return QMetaType::fromType<QString>(); // NUMERIC, DATE, … : we keep them as text
}

} // namespace motcua
