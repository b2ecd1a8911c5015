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
    // At most 100 problems (SQLite's default); a changed page usually ends the check with an error.
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return {redactNumbers(QStringLiteral("integrity_check failed: ") + q.lastError().text())};
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << redactNumbers(line);
    }
    if (q.lastError().type() != QSqlError::NoError)
        problems << redactNumbers(QStringLiteral("integrity_check failed: ") + q.lastError().text());
    return problems;
}

QStringList FileIntegrity::searchIndex() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO citizens_fts(citizens_fts) VALUES('integrity-check')")))
        return {redactNumbers(q.lastError().text())};
    return {};
}

} // namespace motcua
