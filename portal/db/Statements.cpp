#include "portal/db/Statements.h"

#include "portal/db/Sql.h"

#include <QDateTime>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <atomic>
#include <vector>

namespace motcua::portal {
namespace {

// PostgreSQL's message for a failed statement, masked as sqlError masks QPSQL's.
Error statementError(pg_conn *conn, const PGresult *result, const char *what)
{
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    return databaseError(QString::fromUtf8(primary ? primary : PQerrorMessage(conn)), PQstatus(conn) != CONNECTION_OK, what);
}

bool isNullValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.metaType().id()) {
    case QMetaType::QString: return v.toString().isNull();
    case QMetaType::QByteArray: return v.toByteArray().isNull();
    case QMetaType::QDateTime: return !v.toDateTime().isValid();
    case QMetaType::QDate: return !v.toDate().isValid();
    default: return false;
    }
}

// A value's text form as a parameter (text format: PostgreSQL reads it as a literal of the
// parameter's type).
QByteArray parameterText(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::Double:
        return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return "\\x" + v.toByteArray().toHex();
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs).toLatin1();
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate).toLatin1();
    default:
        break;
    }
    QByteArray text = v.toString().toUtf8();
    text.replace('\0', QByteArray());   // PostgreSQL text cannot hold NUL
    return text;
}

// `sql` with its placeholders numbered $1, $2, … as libpq takes them.
QByteArray numbered(const QString &sql, int *count)
{
    return replacePlaceholders(sql, [](int i) -> QString { return QLatin1Char('$') + QString::number(i + 1); }, count).toUtf8();
}

// Prepared statements' names, unique in the process: several sets may share a connection.
std::atomic<quint64> g_nextName{0};

} // namespace

Statements::~Statements()
{
    finish();
    if (m_prepared.isEmpty())
        return;
    Error ignored;
    pg_conn *conn = connection("deallocate", ignored);
    if (!conn || PQtransactionStatus(conn) == PQTRANS_INERROR)
        return;
    QByteArray text;
    for (const QByteArray &name : std::as_const(m_prepared))
        text += "DEALLOCATE " + name + ';';
    PQclear(PQexec(conn, text.constData()));
}

void Statements::finish()
{
    m_last = PgRows();
}

pg_conn *Statements::connection(const char *what, Error &error) const
{
    const QVariant handle = m_db.driver() ? m_db.driver()->handle() : QVariant();
    // QPSQL's handle: a PGconn* (its metatype named "PGconn*" or, spelled out, "pg_conn*").
    const char *type = handle.typeName();
    const bool isConn = type && (qstrcmp(type, "PGconn*") == 0 || qstrcmp(type, "pg_conn*") == 0);
    pg_conn *conn = isConn ? *static_cast<pg_conn *const *>(handle.constData()) : nullptr;
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        error = Error(QStringLiteral("server.unavailable"), QLatin1String(what) + QStringLiteral(": no connection"));
        return nullptr;
    }
    // QPSQL reads a forward-only QSqlQuery row by row and leaves the connection busy until its next
    // query, even once every row was read and the query finished: what is left of it is discarded
    // here, as QPSQL's next query would discard it (a query still reading ends there, as with QPSQL).
    if (PQtransactionStatus(conn) == PQTRANS_ACTIVE) {
        PQconsumeInput(conn);
        while (PGresult *rest = PQgetResult(conn))
            PQclear(rest);
        if (PQtransactionStatus(conn) == PQTRANS_ACTIVE) {
            error = Error(QStringLiteral("server.error"), QLatin1String(what) + QStringLiteral(": the connection is busy with another query"));
            return nullptr;
        }
    }
    return conn;
}

Result<PgRows *> Statements::run(const char *what, const QString &sql, const QVariantList &binds, Plan plan)
{
    finish();
    Error error;
    pg_conn *conn = connection(what, error);
    if (!conn)
        return error;

    std::vector<QByteArray> texts(size_t(binds.size()));
    std::vector<const char *> values(size_t(binds.size()), nullptr);
    std::vector<int> lengths(size_t(binds.size()), 0);
    for (qsizetype i = 0; i < binds.size(); ++i) {
        if (isNullValue(binds[i]))
            continue;
        texts[size_t(i)] = parameterText(binds[i]);
        values[size_t(i)] = texts[size_t(i)].constData();
        lengths[size_t(i)] = int(texts[size_t(i)].size());
    }
    const int n = int(binds.size());

    PGresult *result = nullptr;
    if (plan == Plan::EachTime) {
        int placeholders = 0;
        const QByteArray text = numbered(sql, &placeholders);
        Q_ASSERT_X(placeholders == n, "Statements::run", "placeholders and values differ in number");
        result = PQexecParams(conn, text.constData(), n, nullptr, values.data(), lengths.data(), nullptr, 0);
    } else {
        auto it = m_prepared.constFind(sql);
        if (it == m_prepared.constEnd()) {
            int placeholders = 0;
            const QByteArray text = numbered(sql, &placeholders);
            Q_ASSERT_X(placeholders == n, "Statements::run", "placeholders and values differ in number");
            const QByteArray name = "motcua_" + QByteArray::number(g_nextName.fetch_add(1) + 1);
            PGresult *prepared = PQprepare(conn, name.constData(), text.constData(), n, nullptr);
            const bool ok = prepared && PQresultStatus(prepared) == PGRES_COMMAND_OK;
            if (!ok) {
                const Error e = statementError(conn, prepared, what);
                PQclear(prepared);
                return e;
            }
            PQclear(prepared);
            it = m_prepared.insert(sql, name);
        }
        result = PQexecPrepared(conn, it->constData(), n, values.data(), lengths.data(), nullptr, 0);
    }
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const Error e = statementError(conn, result, what);
        PQclear(result);
        return e;
    }
    m_last = PgRows(result);
    return &m_last;
}

} // namespace motcua::portal
