#include "portal/db/PgRows.h"

#include <QDateTime>

#include <libpq-fe.h>

#include <utility>

namespace motcua::portal {
namespace {

// PostgreSQL's type oids (pg_type.h), the ones typed other than text.
enum : Oid {
    kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26,
    kFloat4 = 700, kFloat8 = 701, kNumeric = 1700, kDate = 1082, kTimestamp = 1114, kTimestampTz = 1184,
};

QMetaType metaTypeOf(Oid type)
{
    switch (type) {
    case kBool: return QMetaType(QMetaType::Bool);
    case kBytea: return QMetaType(QMetaType::QByteArray);
    case kInt8: return QMetaType(QMetaType::LongLong);
    case kInt2:
    case kInt4: return QMetaType(QMetaType::Int);
    case kOid: return QMetaType(QMetaType::UInt);
    case kFloat4:
    case kFloat8:
    case kNumeric: return QMetaType(QMetaType::Double);
    case kDate: return QMetaType(QMetaType::QDate);
    case kTimestamp:
    case kTimestampTz: return QMetaType(QMetaType::QDateTime);
    default: return QMetaType(QMetaType::QString);
    }
}

// "2026-12-06 08:30:00.123+00" (the connection's TimeZone is UTC, PgConnections) or without a zone.
QDateTime timestampFrom(QByteArrayView text, bool withZone)
{
    QString s = QString::fromLatin1(text);
    s.replace(QLatin1Char(' '), QLatin1Char('T'));
    if (withZone) {
        // "+00" / "+05:30" / "-03": Qt wants ±HH:MM.
        const qsizetype sign = std::max(s.lastIndexOf(QLatin1Char('+')), s.lastIndexOf(QLatin1Char('-')));
        if (sign > 10 && s.size() - sign == 3)
            s += QStringLiteral(":00");
    } else {
        s += QLatin1Char('Z');
    }
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

} // namespace

PgRows::PgRows(pg_result *result) : m_result(result), m_rows(result ? PQntuples(result) : 0) {}

PgRows::~PgRows()
{
    if (m_result)
        PQclear(m_result);
}

PgRows::PgRows(PgRows &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr)), m_row(other.m_row), m_rows(std::exchange(other.m_rows, 0))
{
}

PgRows &PgRows::operator=(PgRows &&other) noexcept
{
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
        m_row = other.m_row;
        m_rows = std::exchange(other.m_rows, 0);
    }
    return *this;
}

bool PgRows::next()
{
    if (m_row < m_rows)
        ++m_row;
    return m_row < m_rows;
}

bool PgRows::isNull(int column) const
{
    if (m_row < 0 || m_row >= m_rows || column < 0 || column >= PQnfields(m_result))
        return true;
    return PQgetisnull(m_result, m_row, column) != 0;
}

QByteArrayView PgRows::text(int column) const
{
    if (isNull(column))
        return {};
    return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

QVariant PgRows::value(int column) const
{
    if (m_row < 0 || m_row >= m_rows || column < 0 || column >= PQnfields(m_result))
        return {};
    const Oid type = PQftype(m_result, column);
    if (PQgetisnull(m_result, m_row, column))
        return QVariant(metaTypeOf(type));
    const QByteArrayView t = text(column);
    switch (type) {
    case kBool:
        return t == "t";
    case kInt8:
        return t.toLongLong();
    case kInt2:
    case kInt4:
        return t.toInt();
    case kOid:
        return t.toUInt();
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return t.toDouble();
    case kBytea: {
        size_t length = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(t.data()), &length);
        QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(length));
        PQfreemem(bytes);
        return out;
    }
    case kDate:
        return QDate::fromString(QString::fromLatin1(t), Qt::ISODate);
    case kTimestamp:
    case kTimestampTz:
        return timestampFrom(t, type == kTimestampTz);
    default:
        return QString::fromUtf8(t);
    }
}

qint64 PgRows::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

} // namespace motcua::portal
