// Days off: the official 2024–2026 tables, the Labor Code rules for other years, workspace
// overrides, office hours, and the value types of the calendar.
#include "app/calendar/BundledCalendar.h"
#include "app/calendar/WorkspaceCalendar.h"
#include "db/CalendarStore.h"
#include "db/Database.h"
#include "domain/calendar/HolidayRules.h"
#include "domain/calendar/OfficialDayTable.h"
#include "domain/calendar/WorkingCalendar.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {
QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}
// "YYYY-MM-DD<TAB>description" lines, the `calendar --year` format, for compact expectations.
QStringList lines(const QList<CalendarDay> &days)
{
    QStringList out;
    for (const CalendarDay &d : days)
        out.append(d.date.toString(Qt::ISODate) + (d.kind == CalendarDay::Kind::Work ? QStringLiteral(" W ") : QStringLiteral(" ")) + d.description);
    return out;
}
QStringList dates(const QList<CalendarDay> &days)
{
    QStringList out;
    for (const CalendarDay &d : days)
        out.append(d.date.toString(Qt::ISODate) + (d.kind == CalendarDay::Kind::Work ? QStringLiteral("W") : QString()));
    return out;
}
} // namespace

class TstWorkCalendar : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const WorkingCalendar> cal;

private slots:
    void initTestCase()
    {
        auto w = BundledCalendar::working();
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().toString()));
        cal = w.value();
    }

    void published2024()
    {
        QCOMPARE(dates(cal->daysOff(2024)),
                 L({"2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14",
                              "2024-04-18", "2024-04-29", "2024-04-30", "2024-05-01", "2024-05-04W", "2024-09-02",
                              "2024-09-03"}));
        QVERIFY(cal->isWorkingDay(QDate(2024, 5, 4)));   // make-up Saturday
        QVERIFY(!cal->isWorkingDay(QDate(2024, 5, 11))); // an ordinary Saturday
        QVERIFY(!cal->isWorkingDay(QDate(2024, 4, 29)));
        QVERIFY(cal->isWorkingDay(QDate(2024, 2, 15)));
        QVERIFY(!cal->isWorkingDay(QDate(2024, 8, 31)));
    }

    void published2025()
    {
        QCOMPARE(dates(cal->daysOff(2025)),
                 L({"2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
                              "2025-04-07", "2025-04-26W", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01",
                              "2025-09-02"}));
        QVERIFY(cal->isWorkingDay(QDate(2025, 4, 26)));
        QVERIFY(!cal->isWorkingDay(QDate(2025, 5, 2)));
        QVERIFY(cal->isWorkingDay(QDate(2025, 2, 3)));
    }

    void published2026()
    {
        QCOMPARE(lines(cal->daysOff(2026)),
                 QStringList({QStringLiteral("2026-01-01 Tết Dương lịch"), QStringLiteral("2026-02-16 Tết Nguyên đán"),
                              QStringLiteral("2026-02-17 Tết Nguyên đán"), QStringLiteral("2026-02-18 Tết Nguyên đán"),
                              QStringLiteral("2026-02-19 Tết Nguyên đán"), QStringLiteral("2026-02-20 Tết Nguyên đán"),
                              QStringLiteral("2026-04-27 Nghỉ bù Giỗ Tổ Hùng Vương"), QStringLiteral("2026-04-30 Ngày Chiến thắng"),
                              QStringLiteral("2026-05-01 Quốc tế Lao động"), QStringLiteral("2026-09-01 Quốc khánh (ngày liền kề)"),
                              QStringLiteral("2026-09-02 Quốc khánh")}));
        QVERIFY(!cal->isWorkingDay(QDate(2026, 4, 27)));
        QVERIFY(cal->isWorkingDay(QDate(2026, 4, 28)));
        QVERIFY(cal->isWorkingDay(QDate(2026, 2, 23)));
        QVERIFY(!cal->isWorkingDay(QDate(2026, 2, 21)));
    }

    void verifiedFlags()
    {
        const OfficialDayTable t = BundledCalendar::officialTable().value();
        QCOMPARE(t.years(), QList<int>({2024, 2025, 2026}));
        QStringList unverified;
        for (int y : t.years()) {
            for (const CalendarDay &d : t.days(y)) {
                QVERIFY(!d.source.isEmpty());
                if (!d.verified)
                    unverified.append(d.date.toString(Qt::ISODate));
            }
        }
        QCOMPARE(unverified, QStringList({QStringLiteral("2026-09-01")}));
    }

    void rulesForLaterYears()
    {
        // 2027 from the rules: Tết Sat 6 Feb → 5–9 Feb with compensatory Wed 10 and Thu 11;
        // 1 May on Saturday → Mon 3 May; 2 Sep on Thursday → with Fri 3 Sep.
        QVERIFY(!cal->holidays().isOfficial(2027));
        QCOMPARE(dates(cal->daysOff(2027)),
                 L({"2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11",
                              "2027-04-16", "2027-04-30", "2027-05-03", "2027-09-02", "2027-09-03"}));
        QCOMPARE(cal->daysOff(2027).at(4).description, QStringLiteral("Nghỉ bù Tết Nguyên đán"));
        // 2028: 1 Jan Saturday → Mon 3 Jan; 30 Apr Sunday → Tue 2 May (1 May is itself a holiday).
        QCOMPARE(dates(cal->daysOff(2028)),
                 L({"2028-01-03", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28", "2028-01-31",
                              "2028-04-04", "2028-05-01", "2028-05-02", "2028-09-01", "2028-09-04"}));
    }

    void rulesReproduceKnownYears()
    {
        // 2023 by the rules: Hùng Kings Sat 29 Apr, 30 Apr Sun, 1 May Mon → off until Wed 3 May,
        // 2 Sep Saturday → Fri 1 Sep and Mon 4 Sep; as it was published that year.
        QStringList offs;
        for (const CalendarDay &d : HolidayRules::forYear(2023)) {
            if (d.date.month() >= 4 && d.date.dayOfWeek() <= 5)
                offs.append(d.date.toString(Qt::ISODate));
        }
        QCOMPARE(offs, L({"2023-05-01", "2023-05-02", "2023-05-03", "2023-09-01", "2023-09-04"}));
        // National Day companions by weekday.
        auto companion = [](int year) {
            for (const CalendarDay &d : HolidayRules::forYear(year)) {
                if (d.date.month() == 9 && d.date.day() != 2 && d.description == QStringLiteral("Quốc khánh"))
                    return d.date.day();
            }
            return 0;
        };
        QCOMPARE(companion(2024), 3); // Monday → Tuesday 3
        QCOMPARE(companion(2025), 1); // Tuesday → Monday 1
        QCOMPARE(companion(2021), 3); // Thursday → Friday 3
        QCOMPARE(companion(2022), 1); // Friday → Thursday 1
        QCOMPARE(companion(2029), 3); // Sunday → Monday 3
    }

    void workspaceOverrides()
    {
        auto base = BundledCalendar::holidays();
        QVERIFY(base.ok());
        HolidayCalendar h = base.value();
        h.setOverrides({{QDate(2026, 9, 1), CalendarDay::Kind::Work, QStringLiteral("Làm việc"), QStringLiteral("admin"), true},
                        {QDate(2026, 9, 3), CalendarDay::Kind::Off, QStringLiteral("Quốc khánh (ngày liền kề)"), QStringLiteral("admin"), true},
                        {QDate(2026, 9, 5), CalendarDay::Kind::Work, QStringLiteral("Làm bù (ngày làm bù)"), QStringLiteral("admin"), true}});
        const WorkingCalendar w(h, OfficeHours::standard(), WorkingCalendar::defaultZone(), 2025, 2027);
        QVERIFY(w.isWorkingDay(QDate(2026, 9, 1)));
        QVERIFY(!w.isWorkingDay(QDate(2026, 9, 3)));
        QVERIFY(w.isWorkingDay(QDate(2026, 9, 5)));
        const QStringList sep = dates(w.daysOff(2026)).filter(QStringLiteral("-09-"));
        QCOMPARE(sep, L({"2026-09-02", "2026-09-03", "2026-09-05W"}));
        // The due moment follows: Wed 2 Sep and Thu 3 Sep off, Sat 5 Sep worked.
        const QTimeZone z = WorkingCalendar::defaultZone();
        QCOMPARE(w.dueMoment(QDateTime(QDate(2026, 9, 4), QTime(10, 0), z), TimeLimit::days(1)),
                 QDateTime(QDate(2026, 9, 5), QTime(10, 0), z));
    }

    void workspaceStore()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto db = Database::open({dir.filePath(QStringLiteral("w.db")), QByteArray(32, 'k')});
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        CalendarStore store(db.value()->sql());
        QVERIFY(store.days()->isEmpty());
        QVERIFY(!store.officeHours(QStringLiteral("H29.1"))->has_value());

        // Day entries: set, replace a year in one go, remove.
        const CalendarDay sep3{QDate(2026, 9, 3), CalendarDay::Kind::Off, QStringLiteral("Quốc khánh (ngày liền kề)"), QStringLiteral("admin"), true};
        const CalendarDay sep1{QDate(2026, 9, 1), CalendarDay::Kind::Work, QStringLiteral("Làm việc bình thường"), QStringLiteral("admin"), true};
        QVERIFY(store.setDay(sep3).ok());
        QVERIFY(store.setDay(sep1).ok());
        QCOMPARE(store.days(2026).value(), QList<CalendarDay>({sep1, sep3}));
        QVERIFY(!store.setDay({QDate(2026, 9, 4), CalendarDay::Kind::Off, QStringLiteral("  "), {}, true}).ok());
        // A bad year table is refused whole: the old entries stay.
        QVERIFY(!store.replaceYear(2026, {sep3, {QDate(2027, 1, 4), CalendarDay::Kind::Off, QStringLiteral("x"), {}, true}}).ok());
        QCOMPARE(store.days(2026)->size(), 2);
        const CalendarDay jan2{QDate(2026, 1, 2), CalendarDay::Kind::Off, QStringLiteral("Nghỉ hoán đổi"), QStringLiteral("portal"), true};
        QVERIFY(store.replaceYear(2026, {jan2, sep3}).ok());
        QCOMPARE(store.days().value(), QList<CalendarDay>({jan2, sep3}));
        QVERIFY(store.removeDay(QDate(2026, 1, 2)).ok());
        QCOMPARE(store.days().value(), QList<CalendarDay>({sep3}));

        // Office hours round trip; invalid hours refused.
        OfficeHours h = OfficeHours::standard();
        h.setSessions(Qt::Saturday, {{7 * 3600 + 1800, 11 * 3600 + 1800}});
        QVERIFY(store.setOfficeHours(QStringLiteral("H29.1"), h).ok());
        QCOMPARE(store.officeHours(QStringLiteral("H29.1"))->value(), h);
        QVERIFY(!store.officeHours(QStringLiteral("H29.2"))->has_value());
        QVERIFY(!store.setOfficeHours(QStringLiteral("H29.1"), OfficeHours()).ok());
        QCOMPARE(store.officeHours(QStringLiteral("H29.1"))->value(), h);

        // The workspace's entries layer over the bundled table.
        auto hc = store.holidayCalendar(BundledCalendar::officialTable().value());
        QVERIFY(hc.ok());
        const WorkingCalendar w(hc.value(), OfficeHours::standard(), WorkingCalendar::defaultZone(), 2026, 2026);
        QVERIFY(!w.isWorkingDay(QDate(2026, 9, 3)));
        QVERIFY(!w.isWorkingDay(QDate(2026, 9, 1))); // removed override: the official table again
        QVERIFY(!w.isWorkingDay(QDate(2026, 2, 17)));

        // The office's calendar: its Saturday morning session and the workspace's 3 Sep.
        auto office = WorkspaceCalendar::build(store, QStringLiteral("H29.1"));
        QVERIFY(office.ok());
        QCOMPARE(office.value()->zone(), WorkingCalendar::defaultZone()); // unknown office: default zone
        const QTimeZone z = WorkingCalendar::defaultZone();
        QVERIFY(office.value()->isWorkingDay(QDate(2026, 3, 14)));
        // Received on Wed 2 Sep (off), Thu 3 Sep off too: the clock starts Fri 07:30.
        QCOMPARE(office.value()->dueMoment(QDateTime(QDate(2026, 9, 2), QTime(10, 0), z), TimeLimit::days(1)),
                 QDateTime(QDate(2026, 9, 4), QTime(17, 0), z));
        // Fri 10:00 + 8 h: 5.5 h on Friday, 2.5 h of the Saturday morning.
        QCOMPARE(office.value()->dueMoment(QDateTime(QDate(2026, 9, 4), QTime(10, 0), z), TimeLimit::days(1)),
                 QDateTime(QDate(2026, 9, 5), QTime(10, 0), z));

        // An office in another zone counts office hours on its own clock.
        QSqlQuery ins(db.value()->sql());
        QVERIFY(ins.exec(QStringLiteral("INSERT INTO offices(code, name, name_folded, level, timezone) "
                                        "VALUES('T1', 'Test', 'test', 'commune', 'Asia/Tokyo')")));
        auto tokyo = WorkspaceCalendar::build(store, QStringLiteral("T1"));
        QVERIFY(tokyo.ok());
        QCOMPARE(tokyo.value()->zone(), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
        const QDateTime received(QDate(2026, 3, 10), QTime(1, 0), Qt::UTC); // 10:00 in Tokyo
        QCOMPARE(tokyo.value()->dueMoment(received, TimeLimit::days(1)), received.addDays(1));
        QCOMPARE(tokyo.value()->dueMoment(received, TimeLimit::days(1)).timeZone(), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
    }

    void officeHours()
    {
        OfficeHours h = OfficeHours::standard();
        QCOMPARE(h.dayLength(), 8 * 3600);
        QCOMPARE(OfficeHours::sessionsToText(h.sessions(Qt::Monday)), QStringLiteral("07:30-11:30,13:00-17:00"));
        QVERIFY(h.sessions(Qt::Saturday).isEmpty());
        QVERIFY(h.validate().ok());
        // A commune open on Saturday morning; the day length stays the usual 8 h.
        h.setSessions(Qt::Saturday, OfficeHours::sessionsFromText(QStringLiteral("07:30-11:30")).value());
        QCOMPARE(h.dayLength(), 8 * 3600);
        const QTimeZone z = WorkingCalendar::defaultZone();
        const WorkingCalendar w(HolidayCalendar(), h, z, 2026, 2026);
        QVERIFY(w.isWorkingDay(QDate(2026, 3, 14)));
        // Fri 14:00 + 1 day: Fri 3 h, Sat 4 h, Mon 1 h → Mon 08:30.
        QCOMPARE(w.dueMoment(QDateTime(QDate(2026, 3, 13), QTime(14, 0), z), TimeLimit::days(1)),
                 QDateTime(QDate(2026, 3, 16), QTime(8, 30), z));
        // Bad hours are refused.
        QVERIFY(!OfficeHours::sessionsFromText(QStringLiteral("13:00-11:00")).ok());
        QVERIFY(!OfficeHours::sessionsFromText(QStringLiteral("7:30-11:30")).ok());
        OfficeHours overlapping;
        overlapping.setSessions(Qt::Monday, {{8 * 3600, 12 * 3600}, {11 * 3600, 17 * 3600}});
        QVERIFY(!overlapping.validate().ok());
        QVERIFY(!OfficeHours().validate().ok());
    }

    void officialTableValidation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("needle");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("offset");
        QTest::newRow("format") << QByteArray(R"({"format":2,"years":[]})") << QStringLiteral("format");
        QTest::newRow("year") << QByteArray(R"({"format":1,"years":[{"days":[]}]})") << QStringLiteral("years[0]");
        QTest::newRow("date in other year")
            << QByteArray(R"({"format":1,"years":[{"year":2030,"days":[{"date":"2031-01-01","kind":"off","description":"x"}]}]})")
            << QStringLiteral("years[0].days[0]");
        QTest::newRow("kind")
            << QByteArray(R"({"format":1,"years":[{"year":2030,"days":[{"date":"2030-01-01","kind":"holiday","description":"x"}]}]})")
            << QStringLiteral("kind");
        QTest::newRow("duplicate date")
            << QByteArray(R"({"format":1,"years":[{"year":2030,"days":[{"date":"2030-01-01","kind":"off","description":"x"},{"date":"2030-01-01","kind":"off","description":"y"}]}]})")
            << QStringLiteral("twice");
        QTest::newRow("duplicate year")
            << QByteArray(R"({"format":1,"years":[{"year":2030,"days":[]},{"year":2030,"days":[]}]})") << QStringLiteral("twice");
    }

    void officialTableValidation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        const auto r = OfficialDayTable::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("calendar.bad-json"));
        QVERIFY2(r.error().detail.contains(needle), qPrintable(r.error().detail));
    }

    void officialTableRoundTrip()
    {
        const OfficialDayTable t = BundledCalendar::officialTable().value();
        const auto again = OfficialDayTable::fromJson(t.toJson());
        QVERIFY(again.ok());
        for (int y : t.years())
            QCOMPARE(again->days(y), t.days(y));
    }

    void timeLimitForms()
    {
        TimeLimit a = TimeLimit::days(5);
        QCOMPARE(a.toText(), QStringLiteral("5 working days"));
        QCOMPARE(TimeLimit::fromText(QStringLiteral("1 working day")).value(), TimeLimit::days(1));
        QCOMPARE(TimeLimit::fromText(QStringLiteral("within the day, next day after 15:00")).value(), TimeLimit::withinDay(true));
        QVERIFY(!TimeLimit::fromText(QStringLiteral("5 days")).has_value());
        for (const TimeLimit &l : {TimeLimit::days(3), TimeLimit::hours(4), TimeLimit::withinDay(true), TimeLimit{TimeLimit::Unit::WorkingDays, 1, true}}) {
            QCOMPARE(TimeLimit::fromJson(l.toJson()).value(), l);
            QCOMPARE(TimeLimit::fromText(l.toText()).value(), l);
        }
        QVERIFY(!TimeLimit::fromJson(QJsonDocument::fromJson(R"({"unit":"workingDays"})").object()).has_value());
        QVERIFY(!TimeLimit::fromJson(QJsonDocument::fromJson(R"({"unit":"weeks","amount":1})").object()).has_value());
        QVERIFY(!TimeLimit::fromJson(QJsonDocument::fromJson(R"({"unit":"workingDays","amount":1.5})").object()).has_value());
    }
};

QTEST_GUILESS_MAIN(TstWorkCalendar)
#include "tst_workcalendar.moc"
