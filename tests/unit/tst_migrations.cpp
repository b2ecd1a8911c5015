// The migration runner and the 0001_core schema: from an empty database, from an older schema
// with rows in it, a broken migration rolled back completely, re-running as a no-op, statement
// splitting, and the folded-name FTS4 search kept in sync by triggers.

#include "db/Database.h"
#include "db/sqlcipher/SqlCipherScript.h"
#include "domain/text/VietnameseFolding.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

#define QS(s) QStringLiteral(s)
#define CHECK_OK(expr)                                                                             \
    do {                                                                                           \
        const auto &r_ = (expr);                                                                   \
        QVERIFY2(r_.ok(), qPrintable(r_.ok() ? QString() : r_.error().toString()));                \
    } while (false)
#define EXEC(q, sql) QVERIFY2((q).exec(QS(sql)), qPrintable((q).lastError().text()))

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(MOTCUA_SOURCE_DIR "/tests/data/migrations/") + name;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

QList<int> versionsOf(const QList<Migration> &list)
{
    QList<int> v;
    for (const Migration &m : list)
        v.append(m.version);
    return v;
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    DatabaseConfig config()
    {
        return DatabaseConfig{m_dir.filePath(QS("m%1.sqlite").arg(++m_n)), QByteArray(32, 'K')};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void embeddedAreSortedAndNamed()
    {
        const auto list = Database::embeddedMigrations();
        CHECK_OK(list);
        QVERIFY(!list.value().isEmpty());
        QCOMPARE(list.value().first().version, 1);
        QCOMPARE(list.value().first().name, QS("0001_core"));
        for (qsizetype i = 1; i < list.value().size(); ++i)
            QVERIFY(list.value().at(i - 1).version < list.value().at(i).version);
    }

    void fromEmptyDatabase()
    {
        const DatabaseConfig cfg = config();
        auto opened = Database::open(cfg);
        CHECK_OK(opened);
        Database &db = *opened.value();
        const auto embedded = Database::embeddedMigrations();
        CHECK_OK(embedded);
        QCOMPARE(db.appliedMigrations(), versionsOf(embedded.value()));
        QCOMPARE(db.schemaVersion(), embedded.value().last().version);
        QSqlQuery q(db.sql());
        EXEC(q, "SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
        for (const Migration &m : embedded.value()) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), m.version);
            QCOMPARE(q.value(1).toString(), m.name);
            QVERIFY(QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).isValid());
        }
        const QStringList tables = db.sql().tables();
        for (const char *t : {"workspace_meta", "offices", "officers", "auth_log", "devices",
                              "citizens", "citizens_fts", "schema_migrations"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);

        // Re-running is a no-op: nothing applied again, timestamps untouched.
        const QString before = scalar(db.sql(), QS("SELECT group_concat(version || applied_at) "
                                                   "FROM schema_migrations")).toString();
        CHECK_OK(db.migrate());
        CHECK_OK(db.applyMigrations(embedded.value()));
        QCOMPARE(scalar(db.sql(), QS("SELECT group_concat(version || applied_at) FROM "
                                     "schema_migrations")).toString(),
                 before);
        opened.value().reset();
        // And across a reopen.
        auto again = Database::open(cfg);
        CHECK_OK(again);
        QCOMPARE(again.value()->appliedMigrations(), versionsOf(embedded.value()));
    }

    void fromOlderSchemaWithRows()
    {
        const DatabaseConfig cfg = config();
        const auto embedded = Database::embeddedMigrations();
        CHECK_OK(embedded);
        {
            // The "old workspace": only 0001 applied, rows written by that version.
            auto opened = Database::openUnmigrated(cfg);
            CHECK_OK(opened);
            CHECK_OK(opened.value()->applyMigrations({embedded.value().first()}));
            QCOMPARE(opened.value()->appliedMigrations(), QList<int>{1});
            CHECK_OK(executeSqlScript(opened.value()->sql(), readText(fixture(QS("old_0001_rows.sql")))));
        }
        auto opened = Database::open(cfg);
        CHECK_OK(opened);
        Database &db = *opened.value();
        QCOMPARE(db.appliedMigrations(), versionsOf(embedded.value()));
        const QSqlDatabase sql = db.sql();
        QCOMPARE(scalar(sql, QS("SELECT count(*) FROM offices")).toInt(), 2);
        QCOMPARE(scalar(sql, QS("SELECT full_name FROM officers WHERE login = 'lan'")).toString(),
                 QS("Trần Thị Lan"));
        QCOMPARE(scalar(sql, QS("SELECT full_name FROM citizens WHERE id_number = '001090001234'"))
                     .toString(),
                 QS("Nguyễn Văn Đức"));
        QCOMPARE(scalar(sql, QS("SELECT count(*) FROM citizens_fts WHERE citizens_fts MATCH "
                                "'nguyen* duc*'")).toInt(),
                 1);
        // 0008 re-keyed the row by its ID number and re-indexed it under that docid.
        QCOMPARE(scalar(sql, QS("SELECT id FROM citizens WHERE id_number = '001090001234'")).toLongLong(),
                 1090001234LL);
        QCOMPARE(scalar(sql, QS("SELECT docid FROM citizens_fts WHERE citizens_fts MATCH 'nguyen* duc*'")).toLongLong(),
                 1090001234LL);
        QCOMPARE(scalar(sql, QS("SELECT phone FROM citizens WHERE id = 1090001234")).toString(), QS("0912345678"));
        QCOMPARE(scalar(sql, QS("SELECT value FROM workspace_meta WHERE key = 'created_by'"))
                     .toString(),
                 QS("fixture"));
        QCOMPARE(scalar(sql, QS("PRAGMA integrity_check")).toString(), QS("ok"));
        QCOMPARE(scalar(sql, QS("PRAGMA foreign_key_check")), QVariant());
    }

    void form02RowsMoveToSupplementRequired()
    {
        // 0010: a dossier derived at 1 by the earlier rule (a Form 02 at the counter) is at 5 now;
        // other statuses stay as they were.
        const DatabaseConfig cfg = config();
        const auto embedded = Database::embeddedMigrations();
        CHECK_OK(embedded);
        {
            auto opened = Database::openUnmigrated(cfg);
            CHECK_OK(opened);
            QList<Migration> before;
            for (const Migration &m : embedded.value())
                if (m.version < 10)
                    before << m;
            CHECK_OK(opened.value()->applyMigrations(before));
            QSqlQuery q(opened.value()->sql());
            EXEC(q, "INSERT INTO dossiers(code, office, status, status_code) VALUES"
                    "('H55.242-261123-010001', 'H55.242', 'newly-registered', 1),"
                    "('H55.242-261123-010002', 'H55.242', 'accepted', 2)");
        }
        auto opened = Database::open(cfg);
        CHECK_OK(opened);
        const QSqlDatabase sql = opened.value()->sql();
        QCOMPARE(scalar(sql, QS("SELECT status || ' ' || status_code FROM dossiers WHERE code = 'H55.242-261123-010001'"))
                     .toString(),
                 QS("supplement-required 5"));
        QCOMPARE(scalar(sql, QS("SELECT status || ' ' || status_code FROM dossiers WHERE code = 'H55.242-261123-010002'"))
                     .toString(),
                 QS("accepted 2"));
    }

    void brokenMigrationRollsBackCompletely()
    {
        auto opened = Database::open(config());
        CHECK_OK(opened);
        Database &db = *opened.value();
        const QList<int> before = db.appliedMigrations();
        auto broken = Database::loadMigrations(fixture(QS("broken")));
        CHECK_OK(broken);
        QCOMPARE(broken.value().size(), 1);
        const Status st = db.applyMigrations(broken.value());
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, QS("db.migration-failed"));
        QVERIFY2(st.error().detail.contains(QS("9001_broken")), qPrintable(st.error().detail));
        QVERIFY2(st.error().detail.contains(QS("table offices already exists")),
                 qPrintable(st.error().detail));
        QVERIFY2(st.error().detail.contains(QS("statement 4")), qPrintable(st.error().detail));
        // Nothing of it stayed: neither the new table, nor the row, nor the record.
        QVERIFY(!db.sql().tables().contains(QS("broken_new")));
        QCOMPARE(scalar(db.sql(), QS("SELECT count(*) FROM workspace_meta WHERE key = "
                                     "'broken-was-here'")).toInt(),
                 0);
        QCOMPARE(db.appliedMigrations(), before);
        // The connection is usable afterwards, outside any transaction.
        QVERIFY(db.sql().transaction());
        QSqlQuery q(db.sql());
        EXEC(q, "INSERT INTO workspace_meta VALUES('after', 'ok')");
        QVERIFY(db.sql().commit());
    }

    void failedMigrationStopsTheOpen()
    {
        // A later migration failing during open(): open() reports it and applies nothing of it.
        const DatabaseConfig cfg = config();
        {
            auto opened = Database::openUnmigrated(cfg);
            CHECK_OK(opened);
            // Pre-create a table 0001_core creates, so that 0001 itself fails on open().
            QSqlQuery q(opened.value()->sql());
            EXEC(q, "CREATE TABLE citizens(x)");
        }
        auto r = Database::open(cfg);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QS("db.migration-failed"));
        QVERIFY(r.error().detail.startsWith(QS("0001_core: ")));
        auto raw = Database::openUnmigrated(cfg);
        CHECK_OK(raw);
        QCOMPARE(raw.value()->appliedMigrations(), QList<int>{});
        QVERIFY(!raw.value()->sql().tables().contains(QS("offices")));
    }

    void statementSplitting()
    {
        auto opened = Database::openUnmigrated(config());
        CHECK_OK(opened);
        Database &db = *opened.value();
        auto list = Database::loadMigrations(fixture(QS("tricky")));
        CHECK_OK(list);
        QCOMPARE(versionsOf(list.value()), (QList<int>{1, 2}));
        CHECK_OK(db.applyMigrations(list.value()));
        QSqlQuery q(db.sql());
        EXEC(q, "SELECT s FROM t ORDER BY id");
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        QCOMPARE(values, (QStringList{QS("a;b"), QS("it's; quoted"), QS("-- not a comment; really"),
                                      QS("/* nor; this */"), QS("Đức; Hà Nội")}));
        QCOMPARE(scalar(db.sql(), QS("SELECT group_concat(msg, '|') FROM log")).toString(),
                 QS("inserted;Đức; Hà Nội|second; statement"));
        QCOMPARE(scalar(db.sql(), QS("SELECT count(*) FROM v")).toInt(), 5);
    }

    void badNamesAndTooNewSchema()
    {
        auto bad = Database::loadMigrations(fixture(QS("badname")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QS("db.migration-bad-name"));

        const DatabaseConfig cfg = config();
        {
            auto opened = Database::open(cfg);
            CHECK_OK(opened);
            CHECK_OK(opened.value()->applyMigrations(
                {Migration{9999, QS("9999_future"), QS("CREATE TABLE future(a)")}}));
        }
        auto r = Database::open(cfg);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QS("db.schema-too-new"));
    }

    void coreSchemaConstraints()
    {
        auto opened = Database::open(config());
        CHECK_OK(opened);
        QSqlQuery q(opened.value()->sql());
        QVERIFY(!q.exec(QS("INSERT INTO offices(code, name, name_folded, level) "
                           "VALUES('x', 'X', 'x', 'district')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QS("275")); // SQLITE_CONSTRAINT_CHECK
        EXEC(q, "INSERT INTO offices(code, name, name_folded, level) VALUES('01', 'A', 'a', 'province')");
        QCOMPARE(scalar(opened.value()->sql(), QS("SELECT timezone FROM offices")).toString(),
                 QS("Asia/Ho_Chi_Minh"));
        QVERIFY(!q.exec(QS("INSERT INTO officers(login, full_name, full_name_folded, office_code, "
                           "roles, created_at) VALUES('a', 'A', 'a', 'nope', 'admin', 'now')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QS("787")); // SQLITE_CONSTRAINT_FOREIGNKEY
        EXEC(q, "INSERT INTO officers(login, full_name, full_name_folded, office_code, roles, "
                "created_at) VALUES('a', 'A', 'a', '01', 'admin', 'now')");
        QCOMPARE(scalar(opened.value()->sql(), QS("SELECT active FROM officers")).toInt(), 1);
        EXEC(q, "INSERT INTO auth_log(at, login, event) VALUES('now', 'a', 'unlock')");
        QCOMPARE(q.lastInsertId().toLongLong(), 1);
        // A citizen's row id is their ID number (0008): any other id, or none, is refused.
        for (const char *sql : {"INSERT INTO citizens(id, id_number, full_name, full_name_folded, updated_at) "
                                "VALUES(5, '001090001234', 'A', 'a', 'now')",
                                "INSERT INTO citizens(id_number, full_name, full_name_folded, updated_at) "
                                "VALUES('001090001234', 'A', 'a', 'now')",
                                "INSERT INTO citizens(id, id_number, full_name, full_name_folded, updated_at) "
                                "VALUES(1090001234, '1090001234', 'A', 'a', 'now')"}) {
            QVERIFY2(!q.exec(QLatin1String(sql)), sql);
            QCOMPARE(q.lastError().nativeErrorCode(), QS("275"));
        }
        EXEC(q, "INSERT INTO citizens(id, id_number, full_name, full_name_folded, updated_at) "
                "VALUES(1090001234, '001090001234', 'A', 'a', 'now')");
    }

    void foldedNameSearch()
    {
        auto opened = Database::open(config());
        CHECK_OK(opened);
        const QSqlDatabase sql = opened.value()->sql();
        QSqlQuery ins(sql);
        QVERIFY(ins.prepare(QS("INSERT INTO citizens(id, id_number, full_name, full_name_folded, "
                               "address, address_folded, updated_at) VALUES(?, ?, ?, ?, ?, ?, 'now')")));
        const QStringList names = {QS("Nguyễn Văn Đức"), QS("Nguyễn Thị Đào"), QS("Trần Đức Nguyên"),
                                   QS("NGUYỄN VĂN ĐỨC ANH")};
        const QString address = QS("Phường Điện Biên, Ba Đình, Hà Nội");
        for (int i = 0; i < names.size(); ++i) {
            ins.addBindValue(1090000000 + i);   // the row id is the ID number (0008)
            ins.addBindValue(QS("00109000000%1").arg(i));
            ins.addBindValue(names.at(i));
            ins.addBindValue(foldVietnamese(names.at(i)));
            ins.addBindValue(address);
            ins.addBindValue(foldVietnamese(address));
            QVERIFY2(ins.exec(), qPrintable(ins.lastError().text()));
        }
        QSqlQuery find(sql);
        QVERIFY(find.prepare(QS("SELECT c.full_name FROM citizens_fts JOIN citizens c ON c.id = "
                                "citizens_fts.docid WHERE citizens_fts MATCH ? ORDER BY c.id")));
        auto search = [&find](const QString &pattern) {
            find.addBindValue(pattern);
            QStringList out;
            if (!find.exec())
                return QStringList{find.lastError().text()};
            while (find.next())
                out << find.value(0).toString();
            return out;
        };
        QCOMPARE(search(QS("nguyen* van* duc*")), (QStringList{names[0], names[3]}));
        QCOMPARE(search(ftsPrefixPattern(QS("Nguyễn Văn Đức"))), (QStringList{names[0], names[3]}));
        QCOMPARE(search(ftsPrefixPattern(QS("NGUYỄN"))), names);
        QCOMPARE(search(ftsPrefixPattern(QS("duc"))), (QStringList{names[0], names[2], names[3]}));
        QCOMPARE(search(QS("full_name_folded:dao*")), QStringList{names[1]});
        QCOMPARE(search(QS("dien* bien*")).size(), 4); // address column
        // Triggers keep the index in sync on update and delete.
        QSqlQuery q(sql);
        QVERIFY(q.prepare(QS("UPDATE citizens SET full_name = ?, full_name_folded = ? WHERE "
                             "id_number = '001090000001'")));
        q.addBindValue(QS("Lê Thị Đào"));
        q.addBindValue(foldVietnamese(QS("Lê Thị Đào")));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(search(QS("le* dao*")), QStringList{QS("Lê Thị Đào")});
        QCOMPARE(search(QS("nguyen* thi*")), QStringList{});
        EXEC(q, "DELETE FROM citizens WHERE id_number = '001090000000'");
        QCOMPARE(search(QS("nguyen* van* duc*")), QStringList{names[3]});
        EXEC(q, "INSERT INTO citizens_fts(citizens_fts) VALUES('integrity-check')");
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
