#include "db/FileIntegrity.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

FileIntegrity::FileIntegrity(QSqlDatabase db) : m_db(std::move(db)) {}

QString FileIntegrity::redactNumbers(const QString &text)
{
    static const QRegularExpression longNumber(QStringLiteral("\\d{7,}"));
    QString out = text;
    out.replace(longNumber, QStringLiteral("…"));
    return out.simplified();
}

QStringList FileIntegrity::pages() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList lines;
    QString stopped;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        stopped = q.lastError().text();
    } else {
        while (q.next())
            lines << q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (q.lastError().type() != QSqlError::NoError)
            stopped = q.lastError().text();
    }
    // Once a page fails its HMAC, SQLCipher 3 refuses every later read on the connection: SQLite
    // then lists each page it could not get and each it never reached. Those follow from the
    // first problem; they are counted, not listed.
    QStringList problems;
    int unreadable = 0;
    int unreached = 0;
    for (const QString &line : std::as_const(lines)) {
        const QString l = line.trimmed();
        if (l == QLatin1String("ok") || l.startsWith(QLatin1String("*** in database")))
            continue;
        if (l.contains(QLatin1String("unable to get the page")))
            ++unreadable;
        else if (l.endsWith(QLatin1String("is never used")))
            ++unreached;
        else
            problems << redactNumbers(l);
    }
    const qsizetype listed = problems.size();
    if (listed > 3)
        problems = problems.mid(0, 3) << QStringLiteral("%1 more problems").arg(listed - 3);
    if (unreadable > 0)
        problems << QStringLiteral("%1 pages could not be read (a page that fails its HMAC check stops SQLCipher "
                                   "from reading further)")
                        .arg(unreadable);
    if (unreached > 0)
        problems << QStringLiteral("%1 pages not reached").arg(unreached);
    if (!stopped.isEmpty())
        problems << redactNumbers(QStringLiteral("the check stopped: ") + stopped);
    return problems;
}

} // namespace motcua
