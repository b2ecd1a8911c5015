// The stable command-line contract of `motcua-cli catalog`, run as a separate process on the
// built binary (MOTCUA_CLI_PATH): no workspace, no password, the bundled catalog.
#include "support/CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Through CliRunner: like every CLI test, each run is checked for personal data in stderr and the log.
Run cli(const QStringList &args, const QString &password = {}, const QString &newPassword = {})
{
    motcua::test::CliRunner runner;   // no MOTCUA_PASSWORD: the bundled-catalog commands must not need one
    if (!password.isEmpty())
        runner.setEnv(QStringLiteral("MOTCUA_PASSWORD"), password);
    if (!newPassword.isEmpty())
        runner.setEnv(QStringLiteral("MOTCUA_NEW_PASSWORD"), newPassword);
    const motcua::test::CliRun c = runner.run(args, {}, 60000);
    if (c.exitCode == -1)
        qFatal("motcua-cli did not finish");
    return Run{c.exitCode, c.out, c.err};
}

QString dataPath(const QString &name)
{
    return QStringLiteral(MOTCUA_SOURCE_DIR "/tests/data/catalog/") + name;
}

} // namespace

class TestCatalogCli : public QObject {
    Q_OBJECT

private slots:
    void listIsSortedCodeTabName();
    void showPrintsProcedureJson();
    void showUnknownCodeFails();
    void validateReportsLineAndReason();
    void usageErrors();
    void workspaceImportReplacesCatalog();
};

void TestCatalogCli::listIsSortedCodeTabName()
{
    const Run r = cli({QStringLiteral("catalog"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 30);
    QStringList codes;
    for (const QString &line : lines) {
        const QStringList parts = line.split(QLatin1Char('\t'));
        QCOMPARE(parts.size(), 2);
        QVERIFY(!parts[1].isEmpty());
        codes << parts[0];
    }
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(codes, sorted);
    QCOMPARE(codes.removeDuplicates(), 0);
    QVERIFY(lines.contains(QStringLiteral("1.001193\tThủ tục đăng ký khai sinh"))); // UTF-8 on stdout
}

void TestCatalogCli::showPrintsProcedureJson()
{
    const Run r = cli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("1.001193")});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    QCOMPARE(pe.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("1.001193"));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Thủ tục đăng ký khai sinh"));
    const QJsonObject limit = o.value(QStringLiteral("limit")).toObject();
    QCOMPARE(limit.value(QStringLiteral("unit")).toString(), QStringLiteral("workingDays"));
    QCOMPARE(limit.value(QStringLiteral("amount")).toInt(), 1);
    QCOMPARE(limit.value(QStringLiteral("nextDayAfter15")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("limitVerified")).toBool(true), false);
    const QJsonArray components = o.value(QStringLiteral("components")).toArray();
    QVERIFY(components.size() >= 2);
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject c = components[i].toObject();
        QCOMPARE(c.value(QStringLiteral("number")).toInt(), i + 1);
        QVERIFY(!c.value(QStringLiteral("name")).toString().isEmpty());
        QVERIFY(c.value(QStringLiteral("required")).isBool());
    }
    QCOMPARE(components[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Tờ khai đăng ký khai sinh"));
    QVERIFY(components[0].toObject().value(QStringLiteral("required")).toBool());
    QCOMPARE(components[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Giấy chứng sinh"));
    QVERIFY(components[1].toObject().value(QStringLiteral("required")).toBool());

    // A procedure whose limit the record does not state: limit is null.
    const Run none = cli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("2.000635")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(none.out).object().value(QStringLiteral("limit")).isNull());
}

void TestCatalogCli::showUnknownCodeFails()
{
    const Run r = cli({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("9.999999")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains("9.999999"));
}

void TestCatalogCli::validateReportsLineAndReason()
{
    const Run ok = cli({QStringLiteral("catalog"), QStringLiteral("validate"), dataPath(QStringLiteral("valid.json"))});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.out, QByteArray("ok test.1 3\n"));
    const Run bad = cli({QStringLiteral("catalog"), QStringLiteral("validate"), dataPath(QStringLiteral("component-no-name.json"))});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.out.isEmpty());
    QCOMPARE(bad.err.count('\n'), 1);
    QVERIFY2(bad.err.contains("line 38: procedure 1.001193: component 2 has no name"), bad.err.constData());
}

void TestCatalogCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("catalog")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("catalog"), QStringLiteral("show")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("catalog"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("catalog"), QStringLiteral("import"), dataPath(QStringLiteral("valid.json"))}).exitCode, 2);
}

void TestCatalogCli::workspaceImportReplacesCatalog()
{
    QTemporaryDir tmp;
    const QString ws = tmp.filePath(QStringLiteral("ws"));
    const QString pw = QStringLiteral("mật-khẩu-1");
    auto as = [&](QStringList args) {
        return cli(QStringList{QStringLiteral("--workspace"), ws, QStringLiteral("--officer"), QStringLiteral("admin")} + args, pw);
    };
    const Run init = as({QStringLiteral("init"), QStringLiteral("--office"), QStringLiteral("H55.242"), QStringLiteral("--name"),
                         QStringLiteral("Quản trị viên")});
    QVERIFY2(init.exitCode == 0, init.err.constData());

    // A fresh workspace reads the bundled catalog.
    const Run before = as({QStringLiteral("catalog"), QStringLiteral("list")});
    QCOMPARE(before.exitCode, 0);
    QVERIFY(before.out.count('\n') >= 30);

    const Run imported = as({QStringLiteral("catalog"), QStringLiteral("import"), dataPath(QStringLiteral("valid.json"))});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(imported.out, QByteArray("imported test.1 3\n"));
    const QByteArray three = as({QStringLiteral("catalog"), QStringLiteral("list")}).out;
    QCOMPARE(three.count('\n'), 3);

    // A broken file is refused with its line, and the workspace keeps the catalog it had.
    const Run bad = as({QStringLiteral("catalog"), QStringLiteral("import"), dataPath(QStringLiteral("bundle-unknown.json"))});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("line 98: procedure 2.000986: bundle refers to unknown procedure 1.009999"), bad.err.constData());
    QCOMPARE(as({QStringLiteral("catalog"), QStringLiteral("list")}).out, three);
    const Run show = as({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("2.000986")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(show.out).object().contains(QStringLiteral("bundle")));

    // Only an administrator may import; a counter officer still reads the workspace's catalog.
    const Run added = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--officer"), QStringLiteral("admin"), QStringLiteral("officer"),
                           QStringLiteral("add"), QStringLiteral("tiepnhan"), QStringLiteral("--name"), QStringLiteral("Cán bộ tiếp nhận"),
                           QStringLiteral("--role"), QStringLiteral("counter")},
                          pw, QStringLiteral("mật-khẩu-2"));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    auto asClerk = [&](QStringList args) {
        return cli(QStringList{QStringLiteral("--workspace"), ws, QStringLiteral("--officer"), QStringLiteral("tiepnhan")} + args,
                   QStringLiteral("mật-khẩu-2"));
    };
    const Run refused = asClerk({QStringLiteral("catalog"), QStringLiteral("import"), dataPath(QStringLiteral("valid.json"))});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(refused.err.contains("auth.not-admin"));
    QCOMPARE(asClerk({QStringLiteral("catalog"), QStringLiteral("list")}).out, three);

    // A wrong password is an authentication failure (exit 3), not "unknown code".
    const Run wrong = cli({QStringLiteral("--workspace"), ws, QStringLiteral("--officer"), QStringLiteral("admin"),
                           QStringLiteral("catalog"), QStringLiteral("list")}, QStringLiteral("sai"));
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(wrong.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogCli)
#include "tst_catalogcli.moc"
