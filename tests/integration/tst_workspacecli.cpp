// The workspace command-line contract: init, whoami, officer add/revoke/list/password/rekey,
// db-key, exit codes, stdout for results only — and encryption at rest checked with the stock
// sqlcipher shell.
#include "support/CliRunner.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using motcua::test::CliRun;
using motcua::test::CliRunner;

namespace {
const QString kAdminName = QStringLiteral("Nguyễn Thị Ánh Tuyết");

QString ws(const QTemporaryDir &d)
{
    return d.filePath(QStringLiteral("ws"));
}

// Runs the stock sqlcipher shell on `db` with the given key lines; returns exit code and output.
CliRun sqlcipherShell(const QString &db, const QByteArray &script)
{
    QProcess p;
    p.start(QStringLiteral("sqlcipher"), {QStringLiteral("-batch"), db});
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(script);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestWorkspaceCli : public QObject {
    Q_OBJECT

    CliRunner cli;

    void init(const QString &dir)
    {
        const CliRun r = cli.as(dir, QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"),
                                {QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("H55.242"),
                                 QStringLiteral("--name"), kAdminName, QStringLiteral("--office-name"),
                                 QStringLiteral("UBND xã Tân Lập")});
        QCOMPARE(r.exitCode, 0);
    }

private Q_SLOTS:
    void versionAndUsage()
    {
        const CliRun v = cli.run({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.outText().startsWith(QLatin1String("motcua-cli ")));
        QVERIFY(v.err.isEmpty());
        QCOMPARE(cli.run({QStringLiteral("no-such-command")}).exitCode, 2);
        QCOMPARE(cli.run({}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("--bogus"), QStringLiteral("whoami")}).exitCode, 2);
        // The exit codes are documented where a user looks, 4 included (issue 10).
        const CliRun help = cli.run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("Exit codes: 0 success, 1 operation failed, 2 usage error, 3 authentication failed, "
                                   "4 registered as incomplete"), help.out.constData());
    }

    // Issue 10: a deleted, truncated or foreign motcua.db is refused with its reason; nothing is
    // created in its place (an empty database used to tell every officer "access revoked").
    void damagedDatabaseIsRefusedNotRecreated()
    {
        QTemporaryDir d;
        init(ws(d));
        const QString db = ws(d) + QStringLiteral("/motcua.db");
        QFile copy(db);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray original = copy.readAll();
        copy.close();
        QVERIFY(QFile::remove(db));
        const CliRun missing = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), {QStringLiteral("whoami")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.out.isEmpty());
        QVERIFY2(missing.err.contains("The workspace's database (motcua.db) is missing") && missing.err.contains("[workspace.db-missing]"),
                 missing.err.constData());
        QVERIFY(!missing.err.contains("revoked"));
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));

        // Cut mid-page, in a Vietnamese run.
        QFile cut(db);
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(original.left(original.size() - 700));
        cut.close();
        CliRunner vi = cli;
        vi.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("vi_VN.UTF-8"));
        const CliRun damaged = vi.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), {QStringLiteral("whoami")});
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.err.contains("[workspace.db-damaged]"), damaged.err.constData());
        QVERIFY2(QString::fromUtf8(damaged.err).contains(QStringLiteral("bị cắt cụt hoặc hư hỏng")), damaged.err.constData());
        QCOMPARE(QFileInfo(db).size(), original.size() - 700);

        // Another workspace's database.
        QTemporaryDir other;
        init(ws(other));
        QVERIFY(QFile::remove(db));
        QVERIFY(QFile::copy(ws(other) + QStringLiteral("/motcua.db"), db));
        const CliRun foreign = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), {QStringLiteral("whoami")});
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(foreign.err.contains("[workspace.db-foreign]"), foreign.err.constData());
    }

    void initAndWhoami()
    {
        QTemporaryDir d;
        const CliRun r = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"),
                                {QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("H55.242"),
                                 QStringLiteral("--name"), kAdminName});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines(), QStringList{QDir(ws(d)).absolutePath()});

        const CliRun who = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), {QStringLiteral("whoami")});
        QCOMPARE(who.exitCode, 0);
        const QStringList lines = who.outLines();
        QVERIFY(lines.contains(QStringLiteral("login: admin")));
        QVERIFY(lines.contains(QStringLiteral("name: ") + kAdminName));
        QVERIFY(lines.contains(QStringLiteral("roles: admin,supervisor,counter,processing")));
        QVERIFY(lines.contains(QStringLiteral("office: H55.242")));

        // A second init into a non-empty folder fails and changes nothing.
        const CliRun again = cli.as(ws(d), QStringLiteral("other"), QStringLiteral("x"),
                                    {QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("A"),
                                     QStringLiteral("--name"), QStringLiteral("B")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.out.isEmpty());
        QCOMPARE(cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), {QStringLiteral("whoami")}).exitCode, 0);
    }

    void authenticationFailures()
    {
        QTemporaryDir d;
        init(ws(d));
        const CliRun wrong = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("sai"), {QStringLiteral("whoami")});
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY(wrong.out.isEmpty());
        QCOMPARE(QString::fromUtf8(wrong.err).trimmed().count(QLatin1Char('\n')), 0); // one line

        const CliRun unknown = cli.as(ws(d), QStringLiteral("nobody"), QStringLiteral("x"), {QStringLiteral("whoami")});
        QCOMPARE(unknown.exitCode, 3);
        QCOMPARE(unknown.err, wrong.err); // no login enumeration

        // No password and no terminal: an error, never a prompt.
        const CliRun none = cli.run({QStringLiteral("--workspace"), ws(d), QStringLiteral("--officer"),
                                     QStringLiteral("admin"), QStringLiteral("whoami")});
        QCOMPARE(none.exitCode, 3);
        QVERIFY(none.err.contains("MOTCUA_PASSWORD"));

        // No --officer: usage.
        QCOMPARE(cli.run({QStringLiteral("--workspace"), ws(d), QStringLiteral("whoami")}).exitCode, 2);
        // A workspace that does not exist.
        QCOMPARE(cli.as(d.filePath(QStringLiteral("none")), QStringLiteral("admin"), QStringLiteral("x"),
                        {QStringLiteral("whoami")}).exitCode, 1);
    }

    void throttledThenOpens()
    {
        QTemporaryDir d;
        init(ws(d));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("sai"), {QStringLiteral("whoami")}).exitCode, 3);
        // The 4th attempt is answered only after the delay; a correct password then still opens.
        QElapsedTimer t;
        t.start();
        const CliRun ok = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), {QStringLiteral("whoami")});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(t.elapsed() >= 800, qPrintable(QString::number(t.elapsed())));
        QVERIFY(ok.err.contains("3 failed login attempt"));
        // ...and the counter was reset: the next correct login is immediate and reports nothing.
        const CliRun again = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), {QStringLiteral("whoami")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.err.contains("failed login"));
    }

    void officers()
    {
        QTemporaryDir d;
        init(ws(d));
        CliRunner withNew = cli;
        withNew.setEnv(QStringLiteral("MOTCUA_NEW_PASSWORD"), QStringLiteral("bob-pw"));
        CliRun add = withNew.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"),
                                {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("bob"),
                                 QStringLiteral("--name"), QStringLiteral("Trần Văn Bình"), QStringLiteral("--role"),
                                 QStringLiteral("counter,processing")});
        QCOMPARE(add.exitCode, 0);
        QVERIFY(add.out.isEmpty());
        const CliRun bob = cli.as(ws(d), QStringLiteral("bob"), QStringLiteral("bob-pw"), {QStringLiteral("whoami")});
        QCOMPARE(bob.exitCode, 0);
        QVERIFY(bob.outLines().contains(QStringLiteral("roles: counter,processing")));

        // Only administrators manage officers or see the key.
        withNew.setEnv(QStringLiteral("MOTCUA_NEW_PASSWORD"), QStringLiteral("eve"));
        QCOMPARE(withNew.as(ws(d), QStringLiteral("bob"), QStringLiteral("bob-pw"),
                            {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("eve"), QStringLiteral("--name"),
                             QStringLiteral("Eve"), QStringLiteral("--role"), QStringLiteral("admin")}).exitCode, 3);
        const CliRun key = cli.as(ws(d), QStringLiteral("bob"), QStringLiteral("bob-pw"), {QStringLiteral("db-key")});
        QCOMPARE(key.exitCode, 3);
        QVERIFY(key.out.isEmpty());
        // Unknown role and missing arguments are usage errors.
        QCOMPARE(withNew.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"),
                            {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("eve"), QStringLiteral("--name"),
                             QStringLiteral("Eve"), QStringLiteral("--role"), QStringLiteral("boss")}).exitCode, 2);
        QCOMPARE(cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"),
                        {QStringLiteral("officer"), QStringLiteral("revoke")}).exitCode, 2);

        // Change a password: the old one stops working.
        CliRunner change = cli;
        change.setEnv(QStringLiteral("MOTCUA_NEW_PASSWORD"), QStringLiteral("bob-pw-2"));
        QCOMPARE(change.as(ws(d), QStringLiteral("bob"), QStringLiteral("bob-pw"),
                           {QStringLiteral("officer"), QStringLiteral("password")}).exitCode, 0);
        QCOMPARE(cli.as(ws(d), QStringLiteral("bob"), QStringLiteral("bob-pw"), {QStringLiteral("whoami")}).exitCode, 3);
        QCOMPARE(cli.as(ws(d), QStringLiteral("bob"), QStringLiteral("bob-pw-2"), {QStringLiteral("whoami")}).exitCode, 0);

        // Revoke: bob is out, the admin is still in (the database was re-keyed).
        const QByteArray keyBefore = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), {QStringLiteral("db-key")}).out;
        QCOMPARE(cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"),
                        {QStringLiteral("officer"), QStringLiteral("revoke"), QStringLiteral("bob")}).exitCode, 0);
        QCOMPARE(cli.as(ws(d), QStringLiteral("bob"), QStringLiteral("bob-pw-2"), {QStringLiteral("whoami")}).exitCode, 3);
        const CliRun keyAfter = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), {QStringLiteral("db-key")});
        QCOMPARE(keyAfter.exitCode, 0);
        QVERIFY(keyAfter.out != keyBefore);
        const CliRun list = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"),
                                   {QStringLiteral("officer"), QStringLiteral("list")});
        QVERIFY(list.outLines().contains(QStringLiteral("bob\tTrần Văn Bình\tcounter,processing\trevoked")));
    }

    void workspaceCalendarAndCatalog()
    {
        QTemporaryDir d;
        init(ws(d));
        const QStringList dueArgs{QStringLiteral("due-date"), QStringLiteral("--procedure"), QStringLiteral("1.004194"),
                                  QStringLiteral("--received"), QStringLiteral("2026-11-23 10:00")};
        const CliRun bundled = cli.run(dueArgs);
        QCOMPARE(bundled.exitCode, 0);
        QCOMPARE(bundled.outText(), QStringLiteral("2026-11-26 10:00\n")); // 3 working days
        const CliRun same = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), dueArgs);
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(same.out, bundled.out);

        // The workspace's own day off (written with the stock shell and the db-key) moves the due
        // moment and appears in its calendar; the bundled calendar is unchanged.
        const CliRun key = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), {QStringLiteral("db-key")});
        const QByteArray script = "PRAGMA key = \"x'" + key.outLines().first().toLatin1() + "'\";\n"
                                  "INSERT INTO calendar_days(date, kind, description, source) VALUES('2026-11-25', 'off', 'Nghỉ địa phương', 'test');\n";
        QCOMPARE(sqlcipherShell(ws(d) + QStringLiteral("/motcua.db"), script).exitCode, 0);
        const CliRun moved = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), dueArgs);
        QCOMPARE(moved.exitCode, 0);
        QCOMPARE(moved.outText(), QStringLiteral("2026-11-27 10:00\n"));
        const CliRun cal = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"),
                                  {QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2026")});
        QVERIFY(cal.outLines().contains(QStringLiteral("2026-11-25\tNghỉ địa phương")));
        QVERIFY(!cli.run({QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2026")}).out.contains("2026-11-25"));
        // With --workspace a wrong password is an authentication failure.
        QCOMPARE(cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("sai"), dueArgs).exitCode, 3);

        // The administrator's commands: a make-up working Saturday, then back to the rules.
        const CliRun set = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"),
                                  {QStringLiteral("calendar-set"), QStringLiteral("2026-11-28"), QStringLiteral("work"),
                                   QStringLiteral("Làm bù cho ngày 25/11")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.isEmpty());
        QCOMPARE(cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), dueArgs).outText(),
                 QStringLiteral("2026-11-27 10:00\n"));
        const QStringList fri{QStringLiteral("due-date"), QStringLiteral("--days"), QStringLiteral("1"),
                              QStringLiteral("--received"), QStringLiteral("2026-11-27 10:00")};
        QCOMPARE(cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), fri).outText(),
                 QStringLiteral("2026-11-28 10:00\n")); // the working Saturday counts
        QCOMPARE(cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"),
                        {QStringLiteral("calendar-unset"), QStringLiteral("2026-11-25")}).exitCode, 0);
        QCOMPARE(cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), dueArgs).outText(),
                 QStringLiteral("2026-11-26 10:00\n"));
        QCOMPARE(cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"),
                        {QStringLiteral("calendar-set"), QStringLiteral("2026-13-01"), QStringLiteral("off"),
                         QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("calendar-unset"), QStringLiteral("2026-11-25")}).exitCode, 2);
    }

    void encryptedAtRestAndShellOpens()
    {
        QTemporaryDir d;
        init(ws(d));
        // Nothing in the folder reveals the name, its folded or upper-case form, or plaintext SQLite.
        const QList<QByteArray> needles{kAdminName.toUtf8(), QByteArrayLiteral("nguyen thi anh tuyet"),
                                        kAdminName.toUpper().toUtf8(), QByteArrayLiteral("SQLite format 3"),
                                        QByteArrayLiteral("tuyet")};  // >= 5 bytes: no chance match in ciphertext
        QDirIterator it(ws(d), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const QByteArray &n : needles)
                QVERIFY2(!bytes.contains(n), qPrintable(f.fileName() + QStringLiteral(" contains ") + QString::fromUtf8(n)));
            ++files;
        }
        QVERIFY(files >= 3); // database, key file, public info (and logs)

        // The stock sqlcipher shell opens it with what db-key prints.
        const CliRun key = cli.as(ws(d), QStringLiteral("admin"), QStringLiteral("mật-khẩu-1"), {QStringLiteral("db-key")});
        QCOMPARE(key.exitCode, 0);
        const QStringList lines = key.outLines();
        QVERIFY(!lines.isEmpty());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(lines.first()).hasMatch());
        QByteArray script = "PRAGMA key = \"x'" + lines.first().toLatin1() + "'\";\n";
        for (const QString &l : lines.mid(1))
            script += l.toUtf8() + '\n';
        const QString db = ws(d) + QStringLiteral("/motcua.db");
        const CliRun shell = sqlcipherShell(db, script + "SELECT full_name FROM officers WHERE login = 'admin';\n");
        QCOMPARE(shell.exitCode, 0);
        QCOMPARE(QString::fromUtf8(shell.out).trimmed(), kAdminName);

        // A wrong key fails cleanly.
        QByteArray wrong = "PRAGMA key = \"x'" + QByteArray(64, 'a') + "'\";\n";
        const CliRun bad = sqlcipherShell(db, wrong + "SELECT count(*) FROM officers;\n");
        QVERIFY(bad.exitCode != 0 || bad.err.contains("not a database"));
        QVERIFY(!bad.out.contains(kAdminName.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCli)
#include "tst_workspacecli.moc"
