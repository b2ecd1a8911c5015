// The calendar commands of motcua-cli (stable contract): exact stdout and exit codes.
#include "support/CliRunner.h"

#include <QProcess>
#include <QTest>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

// Through CliRunner: like every CLI test, each run is checked for personal data in stderr and the log.
Run cli(const QStringList &args)
{
    const motcua::test::CliRun c = motcua::test::CliRunner().run(args, {}, 30000);
    return {c.exitCode, QString::fromUtf8(c.out), QString::fromUtf8(c.err)};
}
QStringList args(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}
} // namespace

class TstCalendarCli : public QObject {
    Q_OBJECT
private slots:
    void lunar_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tet 2026") << QStringLiteral("2026-02-17") << QStringLiteral("1/1/2026\n");
        QTest::newRow("previous lunar year") << QStringLiteral("2026-01-05") << QStringLiteral("17/11/2025\n");
        QTest::newRow("last day of the year") << QStringLiteral("2025-01-28") << QStringLiteral("29/12/2024\n");
        QTest::newRow("leap month") << QStringLiteral("2025-08-01") << QStringLiteral("8/6/2025 leap\n");
        QTest::newRow("leap month 2023") << QStringLiteral("2023-03-22") << QStringLiteral("1/2/2023 leap\n");
        QTest::newRow("hung kings 2026") << QStringLiteral("2026-04-26") << QStringLiteral("10/3/2026\n");
        QTest::newRow("vietnam 2007, not china") << QStringLiteral("2007-02-17") << QStringLiteral("1/1/2007\n");
    }
    void lunar()
    {
        QFETCH(QString, date);
        QFETCH(QString, expected);
        const Run r = cli({QStringLiteral("lunar"), date});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, expected);
    }

    void lunarBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("impossible date") << args({"lunar", "2024-02-30"});
        QTest::newRow("not a date") << args({"lunar", "tomorrow"});
        QTest::newRow("other format") << args({"lunar", "17/02/2026"});
        QTest::newRow("missing") << args({"lunar"});
        QTest::newRow("two dates") << args({"lunar", "2026-02-17", "2026-02-18"});
        QTest::newRow("out of range") << args({"lunar", "1850-01-01"});
    }
    void lunarBadInput()
    {
        QFETCH(QStringList, arguments);
        const Run r = cli(arguments);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void calendar2026()
    {
        const Run r = cli(args({"calendar", "--year", "2026"}));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("2026-01-01\tTết Dương lịch\n"
                                       "2026-02-16\tTết Nguyên đán\n"
                                       "2026-02-17\tTết Nguyên đán\n"
                                       "2026-02-18\tTết Nguyên đán\n"
                                       "2026-02-19\tTết Nguyên đán\n"
                                       "2026-02-20\tTết Nguyên đán\n"
                                       "2026-04-27\tNghỉ bù Giỗ Tổ Hùng Vương\n"
                                       "2026-04-30\tNgày Chiến thắng\n"
                                       "2026-05-01\tQuốc tế Lao động\n"
                                       "2026-09-01\tQuốc khánh (ngày liền kề)\n"
                                       "2026-09-02\tQuốc khánh\n"));
    }

    void calendar2024MarksMakeUpSaturday()
    {
        const Run r = cli(args({"calendar", "--year", "2024"}));
        QCOMPARE(r.code, 0);
        const QStringList l = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(l.size(), 13);
        QVERIFY(l.contains(QStringLiteral("2024-04-29\tNghỉ hoán đổi (làm bù thứ Bảy 04/05/2024)")));
        QVERIFY(l.contains(QStringLiteral("2024-05-04\tLàm bù cho ngày 29/04/2024 (ngày làm bù)")));
        QCOMPARE(l.first(), QStringLiteral("2024-01-01\tTết Dương lịch"));
        QCOMPARE(l.last(), QStringLiteral("2024-09-03\tQuốc khánh (ngày liền kề)"));
        for (const QString &line : l) // weekdays only, except make-up days
            QVERIFY(QDate::fromString(line.left(10), Qt::ISODate).dayOfWeek() <= 5 || line.endsWith(QStringLiteral("(ngày làm bù)")));
    }

    void calendarRulesYear()
    {
        const Run r = cli(args({"calendar", "--year", "2027"}));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("2027-01-01\tTết Dương lịch\n2027-02-05\tTết Nguyên đán\n")));
        QVERIFY(r.out.contains(QStringLiteral("2027-02-10\tNghỉ bù Tết Nguyên đán\n")));
        QVERIFY(r.out.contains(QStringLiteral("2027-05-03\tNghỉ bù Quốc tế Lao động\n")));
    }

    void calendarBadInput()
    {
        for (const QStringList &a : {args({"calendar"}), args({"calendar", "--year"}), args({"calendar", "--year", "20x6"}),
                                     args({"calendar", "--year", "1800"}), args({"calendar", "2026"})}) {
            const Run r = cli(a);
            QCOMPARE(r.code, 2);
            QCOMPARE(r.out, QString());
        }
    }

    void dueDate_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1 day") << args({"due-date", "--days", "1", "--received", "2026-03-10 10:00"}) << QStringLiteral("2026-03-11 10:00\n");
        QTest::newRow("lunch") << args({"due-date", "--days", "1", "--received", "2026-03-10 12:00"}) << QStringLiteral("2026-03-11 13:00\n");
        QTest::newRow("after closing") << args({"due-date", "--days", "1", "--received", "2026-03-10 18:00"}) << QStringLiteral("2026-03-11 17:00\n");
        QTest::newRow("4 hours") << args({"due-date", "--hours", "4", "--received", "2026-03-10 10:00"}) << QStringLiteral("2026-03-10 15:30\n");
        QTest::newRow("across tet") << args({"due-date", "--days", "3", "--received", "2026-02-12 10:00"}) << QStringLiteral("2026-02-24 10:00\n");
        QTest::newRow("compensatory day") << args({"due-date", "--days", "1", "--received", "2026-04-24 10:00"}) << QStringLiteral("2026-04-28 10:00\n");
        // Limits from the bundled catalog seed (resources/catalog/procedures.json): birth
        // registration 1.001193 is 1 working day with the 15:00 rule; 2.000815 is within the day.
        QTest::newRow("procedure before 15:00") << args({"due-date", "--procedure", "1.001193", "--received", "2026-03-10 14:00"}) << QStringLiteral("2026-03-11 14:00\n");
        QTest::newRow("procedure after 15:00") << args({"due-date", "--procedure", "1.001193", "--received", "2026-03-10 16:00"}) << QStringLiteral("2026-03-11 17:00\n");
        QTest::newRow("procedure within the day") << args({"due-date", "--procedure", "2.000815", "--received", "2026-03-10 10:00"}) << QStringLiteral("2026-03-10 17:00\n");
        QTest::newRow("received on sunday") << args({"due-date", "--received", "2026-03-15 09:00", "--days", "2"}) << QStringLiteral("2026-03-17 17:00\n");
    }
    void dueDate()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run r = cli(arguments);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, expected);
    }

    void dueDateBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::newRow("no limit") << args({"due-date", "--received", "2026-03-10 10:00"}) << 2;
        QTest::newRow("two limits") << args({"due-date", "--days", "1", "--hours", "2", "--received", "2026-03-10 10:00"}) << 2;
        QTest::newRow("no receipt") << args({"due-date", "--days", "1"}) << 2;
        QTest::newRow("bad receipt") << args({"due-date", "--days", "1", "--received", "2026-03-10T10:00"}) << 2;
        QTest::newRow("bad time") << args({"due-date", "--days", "1", "--received", "2026-03-10 25:00"}) << 2;
        QTest::newRow("negative") << args({"due-date", "--days", "-1", "--received", "2026-03-10 10:00"}) << 2;
        QTest::newRow("not a number") << args({"due-date", "--hours", "two", "--received", "2026-03-10 10:00"}) << 2;
        QTest::newRow("unknown procedure") << args({"due-date", "--procedure", "9.999999", "--received", "2026-03-10 10:00"}) << 1;
        QTest::newRow("procedure without limit") << args({"due-date", "--procedure", "2.000635", "--received", "2026-03-10 10:00"}) << 1;
        QTest::newRow("procedure without limit") << args({"due-date", "--procedure", "2.000635", "--received", "2026-03-10 10:00"}) << 1;
        QTest::newRow("out of range") << args({"due-date", "--days", "1", "--received", "2150-03-10 10:00"}) << 1;
    }
    void dueDateBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        const Run r = cli(arguments);
        QCOMPARE(r.code, code);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TstCalendarCli)
#include "tst_calendarcli.moc"
