#include "portal/db/Sql.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace motcua::portal {

Error databaseError(const QString &message, bool lost, const char *what)
{
    static const QRegularExpression longNumber(QStringLiteral("\\d{6,}"));
    QString text = message.section(QLatin1Char('\n'), 0, 0).left(300);
    text.replace(longNumber, QStringLiteral("…"));
    return Error(lost ? QStringLiteral("server.unavailable") : QStringLiteral("server.error"),
                 QStringLiteral("%1: %2").arg(QString::fromUtf8(what), text));
}

Error sqlError(const QSqlQuery &query, const char *what)
{
    const QSqlError e = query.lastError();
    const bool lost = e.type() == QSqlError::ConnectionError || !query.driver() || !query.driver()->isOpen();
    return databaseError(e.databaseText(), lost, what);
}

QString replacePlaceholders(const QString &sql, const std::function<QString(int index)> &with, int *count)
{
    QString out;
    out.reserve(sql.size() + 16);
    int next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;   // '' inside a literal toggles twice: still inside
        } else if (c == QLatin1Char('?') && !quoted) {
            out += with(next++);
            continue;
        }
        out += c;
    }
    if (count)
        *count = next;
    return out;
}

QString withValues(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    int count = 0;
    const QString out = replacePlaceholders(
        sql, [&](int i) -> QString { return i < binds.size() ? literal(db, binds.at(i)) : QStringLiteral("?"); }, &count);
    Q_ASSERT_X(count == binds.size(), "portal::exec", "placeholders and values differ in number");
    return out;
}

QString literal(const QSqlDatabase &db, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QStringLiteral("NULL");
    switch (v.metaType().id()) {
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return v.toString();
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QMetaType::QByteArray: {
        QSqlField f(QString(), QMetaType(QMetaType::QByteArray));
        f.setValue(v);
        return db.driver()->formatValue(f);   // PQescapeByteaConn
    }
    case QMetaType::QDateTime:
        return QLatin1Char('\'') + v.toDateTime().toUTC().toString(Qt::ISODateWithMs) + QLatin1Char('\'');
    default:
        break;
    }
    // Text: standard_conforming_strings is on (PgConnections sets it), so doubling quotes is the
    // whole escaping; PostgreSQL text cannot hold NUL, which is dropped rather than cutting the
    // statement short.
    QString text = v.toString();
    text.remove(QChar(0));
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    // Values go into the statement as escaped literals instead of a server-side prepared
    // statement: QPSQL's prepare/execute/deallocate costs three round trips per query, and a
    // statement deallocated inside an aborted transaction fails noisily.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(binds.isEmpty() ? sql : withValues(db, sql, binds)))
        return sqlError(q, "query");
    return q;
}

} // namespace motcua::portal
