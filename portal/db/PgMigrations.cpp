#include "portal/db/PgMigrations.h"

#include "portal/PortalLogging.h"
#include "portal/db/Sql.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua::portal {

namespace {
constexpr qint64 kMigrationLock = 0x6d6f74637561;   // "motcua": one migrator at a time
}

QStringList PgMigrations::available()
{
    QStringList names;
    const auto files = QDir(QStringLiteral(":/portal/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        names << f.chopped(4);
    return names;
}

Result<QStringList> PgMigrations::apply(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               " version integer PRIMARY KEY, name text NOT NULL,"
                               " applied_at timestamptz NOT NULL DEFAULT now())")))
        return sqlError(q, "create schema_migrations");
    if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)))
        return sqlError(q, "migration lock");
    struct Unlock {
        QSqlDatabase &db;
        ~Unlock() { QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock)); }
    } unlock{db};

    QSet<int> done;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_migrations")))
        return sqlError(q, "read schema_migrations");
    while (q.next())
        done.insert(q.value(0).toInt());

    QStringList applied;
    for (const QString &name : available()) {
        const int version = name.left(4).toInt();
        if (version <= 0 || done.contains(version))
            continue;
        QFile f(QStringLiteral(":/portal/migrations/%1.sql").arg(name));
        if (!f.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("portal.migration-failed"), QStringLiteral("cannot read migration %1").arg(name));
        const QString sql = QString::fromUtf8(f.readAll());
        if (!db.transaction())
            return Error(QStringLiteral("server.unavailable"), QStringLiteral("cannot begin a transaction"));
        QSqlQuery m(db);
        // Not prepared: QPSQL sends it with PQexec, which runs every statement of the file.
        if (!m.exec(sql)) {
            Error e(QStringLiteral("portal.migration-failed"),
                    QStringLiteral("migration %1: %2").arg(name, m.lastError().databaseText()));
            db.rollback();
            return e;
        }
        QSqlQuery row(db);
        row.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name) VALUES (?, ?)"));
        row.addBindValue(version);
        row.addBindValue(name);
        if (!row.exec()) {
            db.rollback();
            return sqlError(row, "record migration");
        }
        if (!db.commit())
            return Error(QStringLiteral("portal.migration-failed"), QStringLiteral("commit of %1 failed").arg(name));
        qCInfo(lcPortal, "applied migration %s", qUtf8Printable(name));
        applied << name;
    }
    return applied;
}

} // namespace motcua::portal
