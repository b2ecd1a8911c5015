#include "db/sqlcipher/SqlCipherScript.h"

#include "db/sqlcipher/SqlCipher.h"

#include <QSqlDatabase>

#include <sqlite3.h>

namespace motcua {

namespace {

// The first line of a statement, shortened: enough to find it in the file. Scripts are our own
// migrations and hold no personal data.
QString excerpt(const char *begin, const char *end)
{
    QString s = QString::fromUtf8(begin, int(end - begin)).trimmed();
    const qsizetype nl = s.indexOf(QLatin1Char('\n'));
    if (nl >= 0)
        s.truncate(nl);
    if (s.size() > 80)
        s = s.left(77) + QLatin1String("...");
    return s;
}

Error sqlError(sqlite3 *db, int statementNo, const char *begin, const char *end)
{
    return Error(QStringLiteral("db.sql-failed"),
                 QStringLiteral("statement %1 (%2): %3 [SQLite code %4]")
                     .arg(statementNo)
                     .arg(excerpt(begin, end), QString::fromUtf8(sqlite3_errmsg(db)))
                     .arg(sqlite3_extended_errcode(db)));
}

} // namespace

Status executeSqlScript(const QSqlDatabase &db, const QString &script)
{
    sqlite3 *h = sqlCipherHandle(db);
    if (!h)
        return Error(QStringLiteral("db.sql-failed"), QStringLiteral("the connection is not open"));
    const QByteArray utf8 = script.toUtf8();
    const char *p = utf8.constData();
    const char *const end = p + utf8.size();
    int statementNo = 0;
    while (p < end) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(h, p, int(end - p), &stmt, &tail);
        if (rc != SQLITE_OK)
            return sqlError(h, statementNo + 1, p, end);
        if (!stmt) // only whitespace or comments were left
            break;
        ++statementNo;
        int step = SQLITE_ROW;
        while (step == SQLITE_ROW)
            step = sqlite3_step(stmt);
        if (step != SQLITE_DONE) {
            const Error e = sqlError(h, statementNo, p, tail ? tail : end);
            sqlite3_finalize(stmt);
            return e;
        }
        sqlite3_finalize(stmt);
        if (!tail || tail <= p)
            break;
        p = tail;
    }
    return {};
}

} // namespace motcua
