// The due moment (DOMAIN.md "Time limits") on the bundled calendar (official 2024–2026 table).
#include "app/calendar/BundledCalendar.h"
#include "domain/calendar/WorkingCalendar.h"

#include <QRandomGenerator>
#include <QTest>

using namespace motcua;

namespace {
const QTimeZone kZone = WorkingCalendar::defaultZone();

QDateTime at(const char *text)
{
    return QDateTime(QDate::fromString(QString::fromLatin1(text).left(10), Qt::ISODate),
                     QTime::fromString(QString::fromLatin1(text).mid(11, 5), QStringLiteral("HH:mm")), kZone);
}
QString fmt(const QDateTime &dt)
{
    return dt.isValid() ? dt.toTimeZone(kZone).toString(QStringLiteral("yyyy-MM-dd HH:mm ddd")) : QStringLiteral("invalid");
}
} // namespace

class TstDueDate : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const WorkingCalendar> cal;
    QString due(const char *received, const TimeLimit &l, const QList<PauseInterval> &p = {}, const QList<TimeLimit> &e = {})
    {
        return fmt(cal->dueMoment(at(received), l, p, e));
    }
    static QString d(const char *s) { return fmt(at(s)); }

private slots:
    void initTestCase()
    {
        auto w = BundledCalendar::working();
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().toString()));
        cal = w.value();
        QCOMPARE(cal->dayLength(), 8 * 3600);
    }

    void domainExamples()
    {
        // 2026-03-10 is a Tuesday of a normal week.
        QCOMPARE(due("2026-03-10 10:00", TimeLimit::days(1)), d("2026-03-11 10:00"));
        QCOMPARE(due("2026-03-10 12:00", TimeLimit::days(1)), d("2026-03-11 13:00"));
        QCOMPARE(due("2026-03-10 18:00", TimeLimit::days(1)), d("2026-03-11 17:00"));
        QCOMPARE(due("2026-03-10 10:00", TimeLimit::hours(4)), d("2026-03-10 15:30"));
    }

    void acrossTet2026()
    {
        // Tết 2026: working days off Mon 16 – Fri 20 Feb.
        QCOMPARE(due("2026-02-13 10:00", TimeLimit::days(1)), d("2026-02-23 10:00"));
        QCOMPARE(due("2026-02-12 10:00", TimeLimit::days(3)), d("2026-02-24 10:00"));
        QCOMPARE(due("2026-02-02 10:00", TimeLimit::days(20)), d("2026-03-09 10:00"));
        QCOMPARE(due("2026-02-17 09:00", TimeLimit::days(1)), d("2026-02-23 17:00")); // received on Tết
    }

    void acrossCompensatoryDay()
    {
        // Hùng Kings' day Sun 26 Apr 2026 → Mon 27 Apr off; 30 Apr and 1 May off.
        QCOMPARE(due("2026-04-24 10:00", TimeLimit::days(1)), d("2026-04-28 10:00"));
        QCOMPARE(due("2026-04-29 09:00", TimeLimit::days(1)), d("2026-05-04 09:00"));
        QCOMPARE(due("2026-04-24 16:00", TimeLimit::hours(2)), d("2026-04-28 08:30"));
    }

    void makeUpSaturdaysAreWorked()
    {
        QCOMPARE(due("2024-05-03 10:00", TimeLimit::days(1)), d("2024-05-04 10:00"));
        QCOMPARE(due("2025-04-25 10:00", TimeLimit::days(1)), d("2025-04-26 10:00"));
        // …and the swapped days are not: Fri 2 May 2025 is off, so Wed 30 Apr → Mon 5 May.
        QCOMPARE(due("2025-04-29 10:00", TimeLimit::days(1)), d("2025-05-05 10:00"));
    }

    void weekends()
    {
        QCOMPARE(due("2026-03-13 10:00", TimeLimit::days(1)), d("2026-03-16 10:00"));
        QCOMPARE(due("2026-03-14 09:00", TimeLimit::days(1)), d("2026-03-16 17:00"));
        QCOMPARE(due("2026-03-15 23:59", TimeLimit::days(2)), d("2026-03-17 17:00"));
    }

    void lunch()
    {
        QCOMPARE(due("2026-03-10 11:30", TimeLimit::days(1)), d("2026-03-11 13:00"));
        QCOMPARE(due("2026-03-10 12:59", TimeLimit::hours(1)), d("2026-03-10 14:00"));
        QCOMPARE(due("2026-03-10 13:00", TimeLimit::days(1)), d("2026-03-11 13:00"));
        // An advance ending at the lunch closing lands on the reopening of the same day.
        QCOMPARE(due("2026-03-10 07:30", TimeLimit::hours(4)), d("2026-03-10 13:00"));
        QCOMPARE(due("2026-03-10 11:00", TimeLimit::hours(1)), d("2026-03-10 13:30"));
    }

    void afterClosingAndBeforeOpening()
    {
        QCOMPARE(due("2026-03-10 17:00", TimeLimit::days(1)), d("2026-03-11 17:00"));
        QCOMPARE(due("2026-03-10 17:30", TimeLimit::days(2)), d("2026-03-12 17:00"));
        QCOMPARE(due("2026-03-09 06:00", TimeLimit::days(1)), d("2026-03-09 17:00"));
        QCOMPARE(due("2026-03-13 19:00", TimeLimit::hours(3)), d("2026-03-16 10:30"));
    }

    void advanceEndingAtClosingStays()
    {
        QCOMPARE(due("2026-03-10 13:00", TimeLimit::hours(4)), d("2026-03-10 17:00"));
        QCOMPARE(due("2026-03-10 07:30", TimeLimit::days(1)), d("2026-03-10 17:00"));
        QCOMPARE(due("2026-03-13 07:30", TimeLimit::days(1)), d("2026-03-13 17:00")); // Friday, not Monday
        QCOMPARE(due("2026-02-13 07:30", TimeLimit::days(1)), d("2026-02-13 17:00")); // not after Tết
    }

    void rule15h()
    {
        const TimeLimit wd = TimeLimit::withinDay(true);
        QCOMPARE(due("2026-03-10 14:59", wd), d("2026-03-10 17:00"));
        QCOMPARE(due("2026-03-10 15:00", wd), d("2026-03-10 17:00")); // "after 15:00" is strict
        QCOMPARE(due("2026-03-10 15:01", wd), d("2026-03-11 17:00"));
        QCOMPARE(due("2026-03-13 16:00", wd), d("2026-03-16 17:00"));
        QCOMPARE(due("2026-02-13 15:30", wd), d("2026-02-23 17:00")); // Friday before Tết
        TimeLimit oneDay = TimeLimit::days(1);
        oneDay.nextDayAfter15 = true;
        QCOMPARE(due("2026-03-10 16:00", oneDay), d("2026-03-11 17:00"));
        QCOMPARE(due("2026-03-10 10:00", oneDay), d("2026-03-11 10:00"));
        // The rule is about receipts on working days: a Saturday receipt starts Monday morning anyway.
        QCOMPARE(due("2026-03-14 16:00", oneDay), d("2026-03-16 17:00"));
        // Without the flag the same receipt runs on office time.
        QCOMPARE(due("2026-03-10 16:00", TimeLimit::days(1)), d("2026-03-11 16:00"));
    }

    void withinTheDay()
    {
        const TimeLimit wd = TimeLimit::withinDay();
        QCOMPARE(due("2026-03-10 10:00", wd), d("2026-03-10 17:00"));
        QCOMPARE(due("2026-03-10 16:59", wd), d("2026-03-10 17:00"));
        QCOMPARE(due("2026-03-10 06:00", wd), d("2026-03-10 17:00"));
        QCOMPARE(due("2026-03-10 17:00", wd), d("2026-03-11 17:00"));
        QCOMPARE(due("2026-03-14 10:00", wd), d("2026-03-16 17:00"));
        QCOMPARE(due("2026-04-26 10:00", wd), d("2026-04-28 17:00"));
    }

    void hours()
    {
        QCOMPARE(due("2026-03-10 16:00", TimeLimit::hours(2)), d("2026-03-11 08:30"));
        QCOMPARE(due("2026-03-10 10:00", TimeLimit::hours(8)), d("2026-03-11 10:00"));
        QCOMPARE(due("2026-03-10 10:00", TimeLimit::hours(40)), d("2026-03-17 10:00"));
        QCOMPARE(due("2026-03-10 10:00", TimeLimit::hours(0)), d("2026-03-10 10:00"));
        QCOMPARE(due("2026-03-10 12:00", TimeLimit::days(0)), d("2026-03-10 13:00"));
    }

    void pauses()
    {
        const TimeLimit three = TimeLimit::days(3); // Tue 10:00 → Fri 10:00 without pauses
        QCOMPARE(due("2026-03-10 10:00", three), d("2026-03-13 10:00"));
        // A closed pause of one office day pushes it by one working day.
        QCOMPARE(due("2026-03-10 10:00", three, {{at("2026-03-11 10:00"), at("2026-03-12 10:00")}}), d("2026-03-16 10:00"));
        // Pauses count office time only: Fri 17:00 → Mon 07:30 adds nothing.
        QCOMPARE(due("2026-03-10 10:00", three, {{at("2026-03-13 17:00"), at("2026-03-16 07:30")}}), d("2026-03-13 10:00"));
        // Overlapping pauses count once; a pause before the receipt counts only from the receipt.
        QCOMPARE(due("2026-03-10 10:00", three, {{at("2026-03-11 10:00"), at("2026-03-11 15:30")},
                                                 {at("2026-03-11 13:00"), at("2026-03-12 10:00")}}),
                 d("2026-03-16 10:00"));
        QCOMPARE(due("2026-03-10 10:00", three, {{at("2026-03-09 08:00"), at("2026-03-10 15:30")}}), d("2026-03-13 15:30"));
        // A pause that starts after the due moment changes nothing (the dossier is already late).
        QCOMPARE(due("2026-03-10 10:00", three, {{at("2026-03-13 10:00"), at("2026-03-20 10:00")}}), d("2026-03-13 10:00"));
        // An open pause: no due moment yet.
        const auto open = cal->computeDue(at("2026-03-10 10:00"), three, {{at("2026-03-11 09:00"), QDateTime()}});
        QCOMPARE(open.status, WorkingCalendar::DueStatus::Paused);
        QVERIFY(!open.moment.isValid());
        QVERIFY(!cal->dueMoment(at("2026-03-10 10:00"), three, {{at("2026-03-11 09:00"), QDateTime()}}).isValid());
        // …unless it was opened after the due moment.
        const auto lateOpen = cal->computeDue(at("2026-03-10 10:00"), three, {{at("2026-03-13 11:00"), QDateTime()}});
        QCOMPARE(lateOpen.status, WorkingCalendar::DueStatus::Due);
        QCOMPARE(fmt(lateOpen.moment), d("2026-03-13 10:00"));
        // A pause across Tết only counts its office time.
        QCOMPARE(due("2026-02-12 10:00", TimeLimit::days(2), {{at("2026-02-13 10:00"), at("2026-02-23 10:00")}}), d("2026-02-24 10:00"));
    }

    void extensions()
    {
        QCOMPARE(due("2026-03-10 10:00", TimeLimit::days(3), {}, {TimeLimit::days(2)}), d("2026-03-17 10:00"));
        QCOMPARE(due("2026-03-10 10:00", TimeLimit::days(3), {}, {TimeLimit::hours(4)}), d("2026-03-13 15:30"));
        QCOMPARE(due("2026-03-10 10:00", TimeLimit::days(3), {}, {TimeLimit::days(1), TimeLimit::days(1)}), d("2026-03-17 10:00"));
        QCOMPARE(due("2026-03-10 10:00", TimeLimit::days(3), {}, {TimeLimit::withinDay()}), d("2026-03-16 17:00"));
        // Extension and pause together.
        QCOMPARE(due("2026-03-10 10:00", TimeLimit::days(3), {{at("2026-03-11 10:00"), at("2026-03-12 10:00")}}, {TimeLimit::days(1)}),
                 d("2026-03-17 10:00"));
    }

    void timeZonesAndRange()
    {
        // The same instant given in UTC gives the same due moment, expressed in office time.
        const QDateTime utc(QDate(2026, 3, 10), QTime(3, 0), Qt::UTC);
        const QDateTime m = cal->dueMoment(utc, TimeLimit::days(1));
        QCOMPARE(fmt(m), d("2026-03-11 10:00"));
        QCOMPARE(m.timeZone(), kZone);
        QCOMPARE(cal->computeDue(QDateTime(QDate(2150, 1, 1), QTime(10, 0), kZone), TimeLimit::days(1)).status,
                 WorkingCalendar::DueStatus::OutOfRange);
        QCOMPARE(cal->computeDue(QDateTime(), TimeLimit::days(1)).status, WorkingCalendar::DueStatus::Invalid);
        QCOMPARE(fmt(cal->nextOpening(at("2026-03-10 12:00"))), d("2026-03-10 13:00"));
    }

    void officeTimeBetween()
    {
        QCOMPARE(cal->officeSecondsBetween(at("2026-03-10 10:00"), at("2026-03-11 10:00")).value(), qint64(8 * 3600));
        QCOMPARE(cal->officeSecondsBetween(at("2026-03-11 10:00"), at("2026-03-10 10:00")).value(), qint64(-8 * 3600));
        QCOMPARE(cal->officeSecondsBetween(at("2026-02-13 17:00"), at("2026-02-23 07:30")).value(), qint64(0));
        QCOMPARE(cal->officeSecondsBetween(at("2026-03-10 12:00"), at("2026-03-10 18:00")).value(), qint64(4 * 3600));
        QCOMPARE(cal->officeSecondsBetween(at("2026-03-10 10:00"), at("2026-03-12 10:00"),
                                           {{at("2026-03-11 10:00"), QDateTime()}}).value(), qint64(8 * 3600));
    }

    // An independent, slow model of the rule (session by session over sessionsOn()), compared with
    // the fast prefix-sum path on random receipts and limits.
    void matchesSlowModel()
    {
        auto slow = [this](const QDateTime &received, const TimeLimit &l) -> QDateTime {
            QDate day = received.date();
            int sod = received.time().msecsSinceStartOfDay() / 1000;
            if (l.nextDayAfter15 && cal->isWorkingDay(day) && sod > 15 * 3600) {
                day = day.addDays(1);
                sod = 0;
            }
            qint64 remaining = l.unit == TimeLimit::Unit::WorkingDays ? qint64(l.amount) * 8 * 3600 : qint64(l.amount) * 3600;
            for (int guard = 0; guard < 2000; ++guard, day = day.addDays(1), sod = 0) {
                const QList<OfficeSession> s = cal->sessionsOn(day);
                for (qsizetype i = 0; i < s.size(); ++i) {
                    const int from = std::max(sod, s[i].start);
                    if (from >= s[i].end)
                        continue;
                    if (l.unit == TimeLimit::Unit::WithinDay)
                        return QDateTime(day, QTime(0, 0).addSecs(s.last().end), kZone);
                    if (remaining <= s[i].end - from) {
                        int t = from + static_cast<int>(remaining);
                        if (t == s[i].end && i + 1 < s.size())
                            t = s[i + 1].start;
                        return QDateTime(day, QTime(0, 0).addSecs(t), kZone);
                    }
                    remaining -= s[i].end - from;
                }
            }
            return {};
        };
        QRandomGenerator rng(20260222);
        for (int i = 0; i < 3000; ++i) {
            const QDate day = QDate(2023, 1, 1).addDays(rng.bounded(5 * 365));
            const QDateTime received(day, QTime(0, 0).addSecs(rng.bounded(24 * 60) * 60), kZone);
            TimeLimit l;
            switch (rng.bounded(3)) {
            case 0: l = TimeLimit::days(1 + rng.bounded(20)); break;
            case 1: l = TimeLimit::hours(1 + rng.bounded(40)); break;
            default: l = TimeLimit::withinDay(); break;
            }
            l.nextDayAfter15 = rng.bounded(4) == 0;
            const QDateTime fast = cal->dueMoment(received, l);
            const QDateTime ref = slow(received, l);
            if (fast != ref)
                QFAIL(qPrintable(QStringLiteral("%1 + %2: fast %3, model %4").arg(fmt(received), l.toText(), fmt(fast), fmt(ref))));
        }
    }
};

QTEST_GUILESS_MAIN(TstDueDate)
#include "tst_duedate.moc"
