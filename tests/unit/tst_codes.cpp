// Dossier codes (format, parsing, minting offline by many devices at once) and citizens' lookup codes.
#include "domain/calendar/OfficeTime.h"
#include "domain/codes/DossierCode.h"
#include "domain/codes/LookupCode.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QtTest>

#include <thread>
#include <vector>

using namespace motcua;

namespace {

// What the store does, in memory: one counter per (device, day).
class MemorySequences : public DaySequenceSource {
public:
    Result<int> nextSequence(const QString &deviceId, const QDate &day) override
    {
        return ++m_last[deviceId + QLatin1Char('|') + day.toString(Qt::ISODate)];
    }

private:
    QHash<QString, int> m_last;
};

} // namespace

class TestCodes : public QObject {
    Q_OBJECT
private slots:
    void officeCodes_data();
    void officeCodes();
    void formatAndParse();
    void parseRejects_data();
    void parseRejects();
    void minterSequence();
    void minterErrors();
    void manyDevicesOfflineNeverCollide();
    void lookupAlphabet();
    void lookupUniqueWithRetry();
    void lookupExhausted();
    void officeDayWhateverThePcZone_data();
    void officeDayWhateverThePcZone();
};

void TestCodes::officeCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ministry") << QStringLiteral("000.00.00.H30") << true;
    QTest::newRow("sub-unit") << QStringLiteral("G12.18") << true;
    QTest::newRow("three digits") << QStringLiteral("H55.242") << true;
    QTest::newRow("commune") << QStringLiteral("38.98.H29") << true;
    QTest::newRow("lower case") << QStringLiteral("g12.18") << false;
    QTest::newRow("dash") << QStringLiteral("G12-18") << false;
    QTest::newRow("empty group") << QStringLiteral("G12..18") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("G12. 18") << false;
}

void TestCodes::officeCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(isValidOfficeCode(code), valid);
}

void TestCodes::formatAndParse()
{
    const DossierCode c{QStringLiteral("38.98.H29"), QDate(2021, 5, 19), 1, 13};
    QCOMPARE(c.toString(), QStringLiteral("38.98.H29-210519-010013"));
    const auto back = DossierCode::parse(c.toString());
    QVERIFY(back.ok());
    QCOMPARE(*back, c);
    const auto ministry = DossierCode::parse(QStringLiteral("000.00.00.H30-261231-999999"));
    QVERIFY(ministry.ok());
    QCOMPARE(ministry->office, QStringLiteral("000.00.00.H30"));
    QCOMPARE(ministry->day, QDate(2026, 12, 31));
    QCOMPARE(ministry->deviceNumber, 99);
    QCOMPARE(ministry->sequence, 9999);
}

void TestCodes::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("production short form") << QStringLiteral("38.98.H29-210519-0013"); // no device number
    QTest::newRow("server form") << QStringLiteral("G09.20-20260609-0092637");
    QTest::newRow("bad date") << QStringLiteral("G12.18-260230-010001");
    QTest::newRow("sequence 0") << QStringLiteral("G12.18-260302-010000");
    QTest::newRow("bad office") << QStringLiteral("g12.18-260302-010001");
    QTest::newRow("trailing") << QStringLiteral("G12.18-260302-010001x");
    QTest::newRow("empty") << QString();
}

void TestCodes::parseRejects()
{
    QFETCH(QString, text);
    const auto r = DossierCode::parse(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("codes.bad-dossier-code"));
}

void TestCodes::minterSequence()
{
    MemorySequences seq;
    const DossierCodeMinter m(QStringLiteral("G12.18"), QStringLiteral("dev-uuid-1"), 7);
    const QDate d(2026, 3, 2);
    QCOMPARE(m.mint(d, seq)->toString(), QStringLiteral("G12.18-260302-070001"));
    QCOMPARE(m.mint(d, seq)->toString(), QStringLiteral("G12.18-260302-070002"));
    QCOMPARE(m.mint(d.addDays(1), seq)->toString(), QStringLiteral("G12.18-260303-070001")); // new day, from 1
}

void TestCodes::minterErrors()
{
    MemorySequences seq;
    QCOMPARE(DossierCodeMinter(QStringLiteral("bad office"), QStringLiteral("d"), 1).mint(QDate(2026, 1, 1), seq).error().code,
             QStringLiteral("codes.bad-office"));
    QCOMPARE(DossierCodeMinter(QStringLiteral("G12.18"), QStringLiteral("d"), 100).mint(QDate(2026, 1, 1), seq).error().code,
             QStringLiteral("codes.bad-device-number"));
    class Exhausted : public DaySequenceSource {
    public:
        Result<int> nextSequence(const QString &, const QDate &) override { return 10000; }
    } exhausted;
    QCOMPARE(DossierCodeMinter(QStringLiteral("G12.18"), QStringLiteral("d"), 1).mint(QDate(2026, 1, 1), exhausted).error().code,
             QStringLiteral("codes.day-exhausted"));
}

void TestCodes::manyDevicesOfflineNeverCollide()
{
    // 2 offices × 50 counters each, all offline, all minting for the same day at the same time.
    const QStringList offices{QStringLiteral("G12.18"), QStringLiteral("000.00.00.H30")};
    constexpr int kDevices = 50;
    constexpr int kPerDevice = 400;
    const QDate day(2026, 3, 2);
    QMutex mutex;
    QStringList all;
    std::vector<std::thread> threads;
    for (const QString &office : offices) {
        for (int n = 1; n <= kDevices; ++n) {
            threads.emplace_back([&, office, n] {
                MemorySequences own; // each device's own local store: no coordination at all
                const DossierCodeMinter m(office, office + QStringLiteral("/dev-%1").arg(n), n);
                QStringList mine;
                for (int i = 0; i < kPerDevice; ++i)
                    mine << m.mint(day, own)->toString();
                QMutexLocker lock(&mutex);
                all << mine;
            });
        }
    }
    for (auto &t : threads)
        t.join();
    QCOMPARE(all.size(), int(offices.size()) * kDevices * kPerDevice);
    const QSet<QString> unique(all.cbegin(), all.cend());
    QCOMPARE(unique.size(), all.size());
    for (const QString &c : std::as_const(all))
        QVERIFY(DossierCode::parse(c).ok());
}

void TestCodes::lookupAlphabet()
{
    const QString alphabet = LookupCode::alphabet();
    QCOMPARE(alphabet.size(), 29);
    for (QChar c : QStringLiteral("01OILUV"))
        QVERIFY2(!alphabet.contains(c), qPrintable(QString(c)));
    for (int len = LookupCode::kMinLength; len <= LookupCode::kMaxLength; ++len) {
        const QString code = LookupCode::generate(len);
        QCOMPARE(code.size(), len);
        QVERIFY(LookupCode::isWellFormed(code));
    }
    QVERIFY(!LookupCode::isWellFormed(QStringLiteral("ABCD0EF2")));
    QVERIFY(!LookupCode::isWellFormed(QStringLiteral("ABC")));
    QCOMPARE(LookupCode::normalize(QStringLiteral(" abcd-2345 ")), QStringLiteral("ABCD2345"));
}

void TestCodes::lookupUniqueWithRetry()
{
    // 100,000 draws of the shortest length (29^6 ≈ 5.9·10^8: a few collisions expected, which the
    // reservation's retry absorbs), into a set that plays the store's UNIQUE(office, year, code).
    QSet<QString> taken;
    taken.reserve(100000);
    int attempts = 0;
    for (int i = 0; i < 100000; ++i) {
        const Result<QString> code = LookupCode::allocate(
            [&](const QString &c) -> Result<bool> {
                ++attempts;
                if (taken.contains(c))
                    return false;
                taken.insert(c);
                return true;
            },
            LookupCode::kMinLength);
        QVERIFY(code.ok());
        QVERIFY(LookupCode::isWellFormed(*code));
    }
    QCOMPARE(taken.size(), 100000);
    for (const QString &c : std::as_const(taken)) {
        for (QChar x : c)
            QVERIFY(LookupCode::alphabet().contains(x));
    }
    qInfo("100000 codes in %d draws", attempts);
}

void TestCodes::lookupExhausted()
{
    const auto r = LookupCode::allocate([](const QString &) -> Result<bool> { return false; }, 8, 5);
    QCOMPARE(r.error().code, QStringLiteral("codes.lookup-exhausted"));
    const auto failing = LookupCode::allocate(
        [](const QString &) -> Result<bool> { return Error(QStringLiteral("db.query-failed")); });
    QCOMPARE(failing.error().code, QStringLiteral("db.query-failed"));
}

void TestCodes::officeDayWhateverThePcZone_data()
{
    QTest::addColumn<QByteArray>("pcZone");
    QTest::newRow("New York") << QByteArray("America/New_York");
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("Hà Nội") << QByteArray("Asia/Ho_Chi_Minh");
}

// A code's yyMMdd is the office's day (Asia/Ho_Chi_Minh), whatever zone the PC is set to: 18:30 UTC
// on 6 December 2026 is 01:30 on the 7th in Hà Nội, so the code says 261207.
void TestCodes::officeDayWhateverThePcZone()
{
    QFETCH(QByteArray, pcZone);
    const QByteArray saved = qgetenv("TZ");
    qputenv("TZ", pcZone);
    tzset();
    const QDateTime moment(QDate(2026, 12, 6), QTime(18, 30), Qt::UTC);
    QCOMPARE(OfficeTime::zone().offsetFromUtc(moment), 7 * 3600);
    QCOMPARE(OfficeTime::day(moment), QDate(2026, 12, 7));
    QCOMPARE(OfficeTime::text(moment), QStringLiteral("01:30 07/12/2026"));
    QCOMPARE(OfficeTime::text(moment.toLocalTime()), QStringLiteral("01:30 07/12/2026"));   // a local moment too
    QCOMPARE(OfficeTime::local(QDateTime()), QDateTime());
    QCOMPARE(OfficeTime::zoneOr(QStringLiteral("Not/A_Zone")).offsetFromUtc(moment), 7 * 3600);
    QCOMPARE(OfficeTime::zoneOr(QStringLiteral("Asia/Bangkok")).offsetFromUtc(moment), 7 * 3600);
    QCOMPARE(OfficeTime::now().timeZone(), OfficeTime::zone());
    MemorySequences seq;
    const auto code = DossierCodeMinter(QStringLiteral("H55.242"), QStringLiteral("dev"), 1).mint(OfficeTime::day(moment), seq);
    QVERIFY(code.ok());
    QCOMPARE(code->toString(), QStringLiteral("H55.242-261207-010001"));
    if (saved.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", saved);
    tzset();
}

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
