// The payload parsers: the chip ID card (CCCD) QR with every invalid and warning rule of issue 4,
// hostile input, and our own receipt and separator-sheet payloads.
#include "app/intake/ApplicantReader.h"
#include "domain/cccd/CccdCard.h"
#include "domain/cccd/ProvinceCodes.h"
#include "domain/receipt/ReceiptPayload.h"
#include "domain/separator/SeparatorPayload.h"

#include <QRandomGenerator>
#include <QTest>

using namespace motcua;

namespace {

QString u8(const char *s) { return QString::fromUtf8(s); }

// id|old|name|dob|gender|address|issued
QString card(const QString &id, const QString &old, const QString &name, const QString &dob, const QString &gender,
             const QString &address, const QString &issued)
{
    return QStringList{id, old, name, dob, gender, address, issued}.join(QLatin1Char('|'));
}

const QString kAn = u8("001090123456|012345678|Nguyễn Văn An|01011990|Nam|Số 1 Tràng Tiền, Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội|15042021");
const QString kNgoc = u8("079303004567||Trần Thị Bích Ngọc|23112003|Nữ|Ấp 3, Xã Tân Thạnh Đông, Huyện Củ Chi, Thành phố Hồ Chí Minh|10082021");

QStringList warningStrings(const CccdParseResult &r)
{
    QStringList out;
    for (const auto &w : r.warnings)
        out << w.toString();
    return out;
}

} // namespace

class TestCccd : public QObject {
    Q_OBJECT
private slots:
    void provinceTable();
    void validCards();
    void extraFieldsKeptWithoutWarning();
    void trailingNewlinesTrimmed();
    void genderSpellings();
    void notCard_data();
    void notCard();
    void invalid_data();
    void invalid();
    void warnings_data();
    void warnings();
    void warningCodesAndArgs();
    void datesAgainstToday();
    void controlCharactersCleaned();
    void hostileInput();
    void randomInputNeverCrashes();

    void receiptRoundTrip();
    void receiptRejects_data();
    void receiptRejects();
    void separatorRoundTrip();
    void separatorRejects_data();
    void separatorRejects();
};

void TestCccd::provinceTable()
{
    const auto &all = ProvinceCodes::all();
    QCOMPARE(all.size(), 63);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY2(all[i - 1].code < all[i].code, qPrintable(all[i].code));
    QCOMPARE(ProvinceCodes::name(u"001"), u8("Hà Nội"));
    QCOMPARE(ProvinceCodes::name(u"079"), u8("Hồ Chí Minh"));
    QCOMPARE(ProvinceCodes::name(u"096"), u8("Cà Mau"));
    QVERIFY(ProvinceCodes::isKnown(u"046"));
    QVERIFY(!ProvinceCodes::isKnown(u"003"));
    QVERIFY(!ProvinceCodes::isKnown(u"099"));
    QVERIFY(!ProvinceCodes::isKnown(u"01"));
    QVERIFY(!ProvinceCodes::isKnown(u""));
}

void TestCccd::validCards()
{
    const auto r = CccdParser::parse(kAn);
    QCOMPARE(r.kind, CccdParseResult::Card);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(warningStrings(r).join(u';')));
    QCOMPARE(r.card.id, QStringLiteral("001090123456"));
    QCOMPARE(r.card.oldId, QStringLiteral("012345678"));
    QCOMPARE(r.card.name, u8("Nguyễn Văn An"));
    QCOMPARE(r.card.dob, QDate(1990, 1, 1));
    QCOMPARE(r.card.gender, QStringLiteral("Nam"));
    QCOMPARE(r.card.sex, CccdCard::Sex::Male);
    QCOMPARE(r.card.address, u8("Số 1 Tràng Tiền, Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội"));
    QCOMPARE(r.card.issued, QDate(2021, 4, 15));
    QVERIFY(r.card.extra.isEmpty());
    QCOMPARE(r.card.raw, kAn);

    // Old ID empty, woman born in the 2000s (digit 3), address with commas and diacritics.
    const auto n = CccdParser::parse(kNgoc);
    QCOMPARE(n.kind, CccdParseResult::Card);
    QVERIFY2(n.warnings.isEmpty(), qPrintable(warningStrings(n).join(u';')));
    QCOMPARE(n.card.oldId, QString());
    QCOMPARE(n.card.gender, u8("Nữ"));
    QCOMPARE(n.card.sex, CccdCard::Sex::Female);
    QCOMPARE(n.card.dob, QDate(2003, 11, 23));

    // Born in the 1800s (digit 8/9) and in the 2100s (4/5): the table, not a guess.
    QCOMPARE(CccdParser::parse(card(u8("001899000001"), {}, u8("Lê Văn Cụ"), u8("01011899"), u8("Nam"), u8("Huế"), u8("01012016"))).warnings.size(), 0);
    QCOMPARE(CccdParser::parse(card(u8("001500000001"), {}, u8("Lê Thị Mai"), u8("01012100"), u8("Nữ"), u8("Huế"), u8("01012116"))).warnings.size(), 0);
    // Fields are trimmed of surrounding spaces.
    const auto t = CccdParser::parse(u8("001090123456| 012345678 | Nguyễn Văn An |01011990| Nam | Hà Nội | 15042021"));
    QCOMPARE(t.kind, CccdParseResult::Card);
    QCOMPARE(t.card.name, u8("Nguyễn Văn An"));
    QCOMPARE(t.card.oldId, QStringLiteral("012345678"));
    QCOMPARE(t.card.issued, QDate(2021, 4, 15));
}

void TestCccd::extraFieldsKeptWithoutWarning()
{
    const auto r = CccdParser::parse(kAn + u8("|Nguyễn Văn Bình|Trần Thị Cúc|"));
    QCOMPARE(r.kind, CccdParseResult::Card);
    QCOMPARE(r.card.extra, (QStringList{u8("Nguyễn Văn Bình"), u8("Trần Thị Cúc"), QString()}));
    QVERIFY(r.warnings.isEmpty());
}

void TestCccd::trailingNewlinesTrimmed()
{
    for (const char *end : {"\r\n", "\n", "\r", "\r\n\r\n"}) {
        const auto r = CccdParser::parse(kAn + QString::fromLatin1(end));
        QCOMPARE(r.kind, CccdParseResult::Card);
        QCOMPARE(r.card.issued, QDate(2021, 4, 15));
        QCOMPARE(r.card.raw, kAn);
        QVERIFY(r.warnings.isEmpty());
    }
    // The seventh field of a keyboard-wedge scan without the trim would be "15042021\r": fine too.
    QCOMPARE(CccdParser::parse(kNgoc + QStringLiteral("\n")).card.issued, QDate(2021, 8, 10));
}

void TestCccd::genderSpellings()
{
    // NFD (decomposed) "Nữ", upper case, lower case: recognised, printed as on the card's canonical form.
    const QString nfd = u8("Nữ").normalized(QString::NormalizationForm_D);
    QVERIFY(nfd != u8("Nữ"));
    for (const QString &g : {nfd, u8("NỮ"), u8("nữ")}) {
        const auto r = CccdParser::parse(card(u8("079303004567"), {}, u8("Ngọc"), u8("23112003"), g, u8("Củ Chi"), u8("10082021")));
        QCOMPARE(r.card.gender, u8("Nữ"));
        QVERIFY(r.warnings.isEmpty());
    }
    QCOMPARE(CccdParser::parse(card(u8("001090123456"), {}, u8("An"), u8("01011990"), u8("NAM"), u8("HN"), u8("15042021"))).card.gender,
             QStringLiteral("Nam"));
}

void TestCccd::notCard_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no bar") << QStringLiteral("001090123456");
    QTest::newRow("url") << QStringLiteral("https://dichvucong.gov.vn/?a=1|2");
    QTest::newRow("letters first") << QStringLiteral("abc|def|ghi");
    QTest::newRow("empty first field") << QStringLiteral("|001090123456|x");
    QTest::newRow("only bars") << QStringLiteral("|||||||");
    QTest::newRow("digit then letter") << QStringLiteral("12a|b|c|d|e|f|g");
    QTest::newRow("leading space") << QStringLiteral(" 001090123456|1|2|3|4|5|6");
    QTest::newRow("fullwidth digits") << QString::fromUtf16(u"００１|a|b|c|d|e|f");
    QTest::newRow("arabic-indic digits") << QString::fromUtf16(u"٠٠١٠٩٠١٢٣٤٥٦|a|b|01011990|Nam|e|15042021");
    QTest::newRow("receipt") << QStringLiteral("MOTCUA1|38.98.H29-210519-010013|7KQ9M2XA");
    QTest::newRow("vietnamese text") << u8("Nguyễn Văn An|Hà Nội");
}

void TestCccd::notCard()
{
    QFETCH(QString, text);
    const auto r = CccdParser::parse(text);
    QCOMPARE(r.kind, CccdParseResult::NotCard);
    QVERIFY(!CccdParser::isCccdShaped(text));
}

void TestCccd::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("6 fields") << u8("001090123456|012345678|Nguyễn Văn An|01011990|Nam|Hà Nội") << "cccd.too-few-fields";
    QTest::newRow("2 fields") << u8("001090123456|") << "cccd.too-few-fields";
    QTest::newRow("digits and bar") << u8("1|") << "cccd.too-few-fields";
    QTest::newRow("11-digit id") << card(u8("00109012345"), {}, u8("An"), u8("01011990"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-id";
    QTest::newRow("13-digit id") << card(u8("0010901234567"), {}, u8("An"), u8("01011990"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-id";
    QTest::newRow("9-digit old CMND as id") << card(u8("012345678"), {}, u8("An"), u8("01011990"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-id";
    QTest::newRow("31 Feb") << card(u8("001200123456"), {}, u8("An"), u8("31022000"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-dob";
    QTest::newRow("29 Feb non-leap") << card(u8("001001123456"), {}, u8("An"), u8("29022001"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-dob";
    QTest::newRow("month 13") << card(u8("001090123456"), {}, u8("An"), u8("01131990"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-dob";
    QTest::newRow("day 00") << card(u8("001090123456"), {}, u8("An"), u8("00011990"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-dob";
    QTest::newRow("year 0000") << card(u8("001090123456"), {}, u8("An"), u8("01010000"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-dob";
    QTest::newRow("dob with slashes") << card(u8("001090123456"), {}, u8("An"), u8("1/1/1990"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-dob";
    QTest::newRow("dob ISO") << card(u8("001090123456"), {}, u8("An"), u8("1990-01-01"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-dob";
    QTest::newRow("dob empty") << card(u8("001090123456"), {}, u8("An"), {}, u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-dob";
    QTest::newRow("dob 7 digits") << card(u8("001090123456"), {}, u8("An"), u8("1011990"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-dob";
    QTest::newRow("issued 31 Apr") << card(u8("001090123456"), {}, u8("An"), u8("01011990"), u8("Nam"), u8("HN"), u8("31042021")) << "cccd.bad-issued";
    QTest::newRow("issued empty") << card(u8("001090123456"), {}, u8("An"), u8("01011990"), u8("Nam"), u8("HN"), {}) << "cccd.bad-issued";
    QTest::newRow("issued letters") << card(u8("001090123456"), {}, u8("An"), u8("01011990"), u8("Nam"), u8("HN"), u8("1504202l")) << "cccd.bad-issued";
    QTest::newRow("fields shifted") << u8("001090123456|Nguyễn Văn An|01011990|Nam|Hà Nội|15042021|") << "cccd.bad-dob";
    // Issue 10: impossible dates, text that was not UTF-8, no name.
    QTest::newRow("issued before birth") << card(u8("001090123456"), {}, u8("An"), u8("01011990"), u8("Nam"), u8("HN"), u8("31121989")) << "cccd.issued-before-birth";
    QTest::newRow("U+FFFD in the name") << card(u8("001090123456"), {}, u8("Nguy\ufffdn"), u8("01011990"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.bad-encoding";
    QTest::newRow("lone surrogate in the address") << card(u8("001090123456"), {}, u8("An"), u8("01011990"), u8("Nam"), QString(QChar(0xD800)), u8("15042021")) << "cccd.bad-encoding";
    QTest::newRow("empty name") << card(u8("001090123456"), {}, QString(), u8("01011990"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.no-name";
    QTest::newRow("name of control characters") << card(u8("001090123456"), {}, QStringLiteral("\u0001\u0002 \u007f"), u8("01011990"), u8("Nam"), u8("HN"), u8("15042021")) << "cccd.no-name";
}

void TestCccd::datesAgainstToday()
{
    // "Today" is the caller's clock value, so the answer never depends on when the test runs.
    const QDate today(2026, 6, 12);
    auto parse = [&](const char *dob, const char *issued) {
        return CccdParser::parse(card(u8("001090123456"), {}, u8("Nguyễn Văn An"), u8(dob), u8("Nam"), u8("HN"), u8(issued)), today);
    };
    QCOMPARE(parse("01012090", "01012091").error.code, QStringLiteral("cccd.born-in-future"));
    QCOMPARE(parse("13062026", "13062026").error.code, QStringLiteral("cccd.born-in-future"));   // tomorrow
    QCOMPARE(parse("01011990", "01012091").error.code, QStringLiteral("cccd.issued-in-future"));
    QCOMPARE(parse("01011990", "13062026").error.code, QStringLiteral("cccd.issued-in-future"));
    QCOMPARE(parse("01011990", "31121989").error.code, QStringLiteral("cccd.issued-before-birth"));
    QCOMPARE(parse("01011990", "12062026").kind, CccdParseResult::Card);   // issued today
    QCOMPARE(parse("12062026", "12062026").kind, CccdParseResult::Card);   // born today (a birth certificate's card)
    // Without a date for today (a reader that only shows a code's content), the future is not judged.
    QCOMPARE(CccdParser::parse(card(u8("001090123456"), {}, u8("An"), u8("01012090"), u8("Nam"), u8("HN"), u8("01012091"))).kind,
             CccdParseResult::Card);
    // ApplicantReader passes the counter's date on, and the refusal reaches the caller as an error.
    const auto reading = intake::ApplicantReader::fromText(card(u8("001090123456"), {}, u8("An"), u8("01012090"), u8("Nam"), u8("HN"), u8("01012091")), today);
    QVERIFY(!reading);
    QCOMPARE(reading.error().code, QStringLiteral("cccd.born-in-future"));
}

void TestCccd::controlCharactersCleaned()
{
    // Stripping control characters from a name is cleaning (with a warning the applicant step shows);
    // the stored name has none left.
    const QString text = card(u8("001090123456"), u8("0123\u000945678"), u8("Nguyễn\u0001 Văn\u202e An"), u8("01011990"), u8("Nam"),
                              u8("Số 1\tTràng Tiền\u0085"), u8("15042021"));
    const auto r = CccdParser::parse(text);
    QCOMPARE(r.kind, CccdParseResult::Card);
    QCOMPARE(r.card.name, u8("Nguyễn Văn An"));
    QCOMPARE(r.card.address, u8("Số 1 Tràng Tiền"));
    QCOMPARE(r.warnings.size(), 2);
    QCOMPARE(r.warnings[0].code, QStringLiteral("control-characters"));
    QCOMPARE(r.warnings[0].args, (QStringList{QStringLiteral("name"), QStringLiteral("address")}));
    QCOMPARE(r.warnings[1].code, QStringLiteral("old-id-shape"));   // a tab is white space, not removed
    for (QChar c : QString(r.card.name + r.card.address))
        QVERIFY(c.category() != QChar::Other_Control && c.category() != QChar::Other_Format);
    const auto reading = intake::ApplicantReader::fromText(text, QDate(2026, 6, 12));
    QVERIFY(reading);
    QCOMPARE(reading->applicant.name, u8("Nguyễn Văn An"));
    QCOMPARE(reading->warnings.first().code, QStringLiteral("control-characters"));
}

void TestCccd::invalid()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto r = CccdParser::parse(text);
    QCOMPARE(r.kind, CccdParseResult::Invalid);
    QCOMPARE(r.error.code, code);
    QVERIFY(!r.error.detail.isEmpty());
    QVERIFY(r.warnings.isEmpty());
    QVERIFY(CccdParser::isCccdShaped(text));
}

void TestCccd::warnings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QString hn = u8("Hà Nội");
    QTest::newRow("unknown province 099")
        << card(u8("099090123456"), {}, u8("Phạm Văn Đức"), u8("01011990"), u8("Nam"), hn, u8("15042021"))
        << QStringList{u8("unknown-province: 099")};
    QTest::newRow("unknown province 000")
        << card(u8("000090123456"), {}, u8("Phạm Văn Đức"), u8("01011990"), u8("Nam"), hn, u8("15042021"))
        << QStringList{u8("unknown-province: 000")};
    QTest::newRow("century: digit 2 (2000s) born 1990")
        << card(u8("001290123456"), {}, u8("Phạm Văn Đức"), u8("01011990"), u8("Nam"), hn, u8("15042021"))
        << QStringList{u8("century-mismatch: digit 2 vs born 1990")};
    QTest::newRow("century: digit 0 (1900s) born 2003")
        << card(u8("001003123456"), {}, u8("Phạm Văn Đức"), u8("01012003"), u8("Nam"), hn, u8("15042021"))
        << QStringList{u8("century-mismatch: digit 0 vs born 2003")};
    QTest::newRow("century: digit 6 (2200s) born 2003")
        << card(u8("001603123456"), {}, u8("Phạm Văn Đức"), u8("01012003"), u8("Nam"), hn, u8("15042021"))
        << QStringList{u8("century-mismatch: digit 6 vs born 2003")};
    QTest::newRow("gender: digit 1 (female) card Nam")
        << card(u8("001190123456"), {}, u8("Phạm Văn Đức"), u8("01011990"), u8("Nam"), hn, u8("15042021"))
        << QStringList{u8("gender-mismatch: digit 1 vs Nam")};
    QTest::newRow("gender: digit 2 (male) card Nữ")
        << card(u8("079203004567"), {}, u8("Trần Thị Bích Ngọc"), u8("23112003"), u8("Nữ"), hn, u8("10082021"))
        << QStringList{u8("gender-mismatch: digit 2 vs Nữ")};
    QTest::newRow("birth-year digits 91, born 1990")
        << card(u8("001091123456"), {}, u8("Phạm Văn Đức"), u8("01011990"), u8("Nam"), hn, u8("15042021"))
        << QStringList{u8("birth-year-mismatch: digits 91 vs born 1990")};
    QTest::newRow("unknown gender")
        << card(u8("001090123456"), {}, u8("Phạm Văn Đức"), u8("01011990"), u8("Khác"), hn, u8("15042021"))
        << QStringList{u8("unknown-gender: Khác")};
    QTest::newRow("gender without diacritics")
        << card(u8("001190123456"), {}, u8("Phạm Thị Hoa"), u8("01011990"), u8("Nu"), hn, u8("15042021"))
        << QStringList{u8("unknown-gender: Nu")};
    QTest::newRow("old id 8 digits")
        << card(u8("001090123456"), u8("01234567"), u8("Phạm Văn Đức"), u8("01011990"), u8("Nam"), hn, u8("15042021"))
        << QStringList{u8("old-id-shape: 8 characters, not 9 digits")};
    QTest::newRow("old id with letters")
        << card(u8("001090123456"), u8("A12345678"), u8("Phạm Văn Đức"), u8("01011990"), u8("Nam"), hn, u8("15042021"))
        << QStringList{u8("old-id-shape: 9 characters, not 9 digits")};
    QTest::newRow("control characters in the name")
        << card(u8("001090123456"), {}, u8("Phạm\u0007 Văn\u200b Đức\u001b"), u8("01011990"), u8("Nam"), hn, u8("15042021"))
        << QStringList{u8("control-characters removed from: name")};
    QTest::newRow("everything at once")
        << card(u8("099391123456"), u8("12"), u8("Phạm Văn Đức"), u8("01011990"), u8("Nam\u0001"), QStringLiteral("H\u0000N"), u8("01012021"))
        << QStringList{u8("control-characters removed from: gender, address"), u8("old-id-shape: 2 characters, not 9 digits"),
                       u8("unknown-province: 099"), u8("century-mismatch: digit 3 vs born 1990"),
                       u8("gender-mismatch: digit 3 vs Nam"), u8("birth-year-mismatch: digits 91 vs born 1990")};
}

void TestCccd::warnings()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto r = CccdParser::parse(text);
    QCOMPARE(r.kind, CccdParseResult::Card);
    QCOMPARE(warningStrings(r), expected);
}

void TestCccd::warningCodesAndArgs()
{
    // The code and arguments are what a Vietnamese sentence is built from later: keep them stable.
    const auto r = CccdParser::parse(card(u8("099290123456"), {}, u8("Phạm Văn Đức"), u8("01011990"), u8("Nam"), u8("HN"), u8("15042021")));
    QCOMPARE(r.warnings.size(), 2);
    QCOMPARE(r.warnings[0].code, QStringLiteral("unknown-province"));
    QCOMPARE(r.warnings[0].args, QStringList{QStringLiteral("099")});
    QCOMPARE(r.warnings[1].code, QStringLiteral("century-mismatch"));
    QCOMPARE(r.warnings[1].args, (QStringList{QStringLiteral("2"), QStringLiteral("1990")}));
    // An overlong gender text is cut in the warning.
    const auto g = CccdParser::parse(card(u8("001090123456"), {}, u8("An"), u8("01011990"), QString(100, u'x'), u8("HN"), u8("15042021")));
    QCOMPARE(g.warnings.size(), 1);
    QCOMPARE(g.warnings[0].args.first().size(), 16);
}

void TestCccd::hostileInput()
{
    QCOMPARE(CccdParser::parse(QString()).kind, CccdParseResult::NotCard);
    QCOMPARE(CccdParser::parse(QString(1000, u'|')).kind, CccdParseResult::NotCard);
    QCOMPARE(CccdParser::parse(QStringLiteral("\r\n")).kind, CccdParseResult::NotCard);

    // 10 MB strings: no bar (not a card), a card-like prefix, and a million tiny fields.
    const qsizetype ten = 10 * 1024 * 1024;
    QCOMPARE(CccdParser::parse(QString(ten, u'7')).kind, CccdParseResult::NotCard);
    auto big = CccdParser::parse(kAn + QString(ten, u'x'));
    QCOMPARE(big.kind, CccdParseResult::Invalid);
    QCOMPARE(big.error.code, QStringLiteral("cccd.too-long"));
    QString bars;
    bars.reserve(ten);
    while (bars.size() < ten)
        bars += QStringLiteral("1|");
    QCOMPARE(CccdParser::parse(bars).error.code, QStringLiteral("cccd.too-long"));
    // Just under the limit: many fields, all kept as extras.
    QString many = kAn;
    while (many.size() < CccdParser::kMaxChars - 2)
        many += QStringLiteral("|");
    const auto m = CccdParser::parse(many);
    QCOMPARE(m.kind, CccdParseResult::Card);
    QCOMPARE(m.card.extra.size(), many.size() - kAn.size());

    // Invalid UTF-8 is refused with a reason (issue 10): never stored as U+FFFD in a name.
    QByteArray bytes = kAn.toUtf8();
    bytes.replace("Nguy", "\xff\xfe\xc3(");
    const auto bad = CccdParser::parseUtf8(bytes);
    QCOMPARE(bad.kind, CccdParseResult::Invalid);
    QCOMPARE(bad.error.code, QStringLiteral("cccd.bad-encoding"));
    QCOMPARE(CccdParser::parseUtf8(QByteArray("\xc0\xaf\xed\xa0\x80|\xf8\x88\x80\x80\x80")).kind, CccdParseResult::NotCard);
    QCOMPARE(CccdParser::parseUtf8(QByteArray("001090123456|\xed\xa0\x80|x|01011990|Nam|y|15042021")).error.code,
             QStringLiteral("cccd.bad-encoding"));

    // Embedded NULs: removed from a text field (with a warning); in the id they make it not a card.
    QString nul = kAn;
    nul.insert(nul.indexOf(u8("Nguyễn")), QChar(0));
    const auto withNul = CccdParser::parse(nul);
    QCOMPARE(withNul.kind, CccdParseResult::Card);
    QCOMPARE(withNul.card.name, u8("Nguyễn Văn An"));
    QCOMPARE(withNul.warnings.first().code, QStringLiteral("control-characters"));
    QString nulId = kAn;
    nulId.insert(3, QChar(0));
    QCOMPARE(CccdParser::parse(nulId).kind, CccdParseResult::NotCard);
    QCOMPARE(CccdParser::parseUtf8(QByteArray(1000, '\0')).kind, CccdParseResult::NotCard);
    // Lone surrogates in a QString (cannot come from UTF-8, can from a wedge): not text, refused.
    QString lone = kAn;
    lone.replace(u8("An"), QString(QChar(0xD800)));
    QCOMPARE(CccdParser::parse(lone).error.code, QStringLiteral("cccd.bad-encoding"));
}

void TestCccd::randomInputNeverCrashes()
{
    // Mutations of real cards and random strings over a card-like alphabet.
    QRandomGenerator rng(20260612);
    const QString alphabet = u8("0123456789|||\r\n Nam Nữ ễ\x01");
    const QStringList seeds{kAn, kNgoc, kAn + QStringLiteral("|x|y")};
    int cards = 0;
    for (int i = 0; i < 20000; ++i) {
        QString s = seeds[int(rng.bounded(int(seeds.size())))];
        const int edits = 1 + int(rng.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const int pos = s.isEmpty() ? 0 : int(rng.bounded(int(s.size())));
            switch (rng.bounded(4)) {
            case 0: if (!s.isEmpty()) s.remove(pos, 1 + int(rng.bounded(5))); break;
            case 1: s.insert(pos, alphabet[int(rng.bounded(int(alphabet.size())))]); break;
            case 2: if (!s.isEmpty()) s[pos] = QChar(char16_t(rng.bounded(0x10000))); break;
            default: s.truncate(pos); break;
            }
        }
        const auto r = CccdParser::parse(s);
        if (r.kind == CccdParseResult::Card) {
            ++cards;
            QCOMPARE(r.card.id.size(), 12);
            QVERIFY(r.card.dob.isValid() && r.card.issued.isValid());
        } else if (r.kind == CccdParseResult::Invalid) {
            QVERIFY(r.error.code.startsWith(QStringLiteral("cccd.")));
        }
        // Trimming only removes CR/LF at the end, which never changes the shape.
        QCOMPARE(r.kind != CccdParseResult::NotCard, CccdParser::isCccdShaped(s));
    }
    QVERIFY(cards > 100);   // the mutations keep many cards readable: the test exercises the warnings
}

void TestCccd::receiptRoundTrip()
{
    const ReceiptPayload p{QStringLiteral("38.98.H29-210519-010013"), QStringLiteral("7KQ9M2XA")};
    const auto text = p.toText();
    QVERIFY(text.ok());
    QCOMPARE(*text, QStringLiteral("MOTCUA1|38.98.H29-210519-010013|7KQ9M2XA"));
    const auto back = ReceiptPayload::parse(*text);
    QVERIFY(back.ok());
    QCOMPARE(*back, p);
    QVERIFY(ReceiptPayload::parse(*text + QStringLiteral("\r\n")).ok());
    QVERIFY(ReceiptPayload::parse(QStringLiteral("MOTCUA1|000.00.00.H30-260105-999999|ABCDEF")).ok());
    // Device 00: the portal's own, minting online submissions (their receipts are printed at acceptance).
    QVERIFY(ReceiptPayload::parse(QStringLiteral("MOTCUA1|38.98.H29-210519-000013|7KQ9M2XA")).ok());
    QCOMPARE((ReceiptPayload{QStringLiteral("bad"), QStringLiteral("7KQ9M2XA")}.toText().error().code), QStringLiteral("receipt.bad-dossier-code"));
    QCOMPARE((ReceiptPayload{p.dossierCode, QStringLiteral("7KQ9M2X0")}.toText().error().code), QStringLiteral("receipt.bad-lookup-code"));
}

void TestCccd::receiptRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString() << "receipt.not-receipt";
    QTest::newRow("card") << kAn << "receipt.not-receipt";
    QTest::newRow("separator") << QStringLiteral("MOTCUA-SEP1|dossier") << "receipt.not-receipt";
    QTest::newRow("version 2") << QStringLiteral("MOTCUA2|38.98.H29-210519-010013|7KQ9M2XA") << "receipt.unsupported-version";
    QTest::newRow("lower-case tag") << QStringLiteral("motcua1|38.98.H29-210519-010013|7KQ9M2XA") << "receipt.not-receipt";
    QTest::newRow("tag only") << QStringLiteral("MOTCUA1") << "receipt.bad-shape";
    QTest::newRow("two fields") << QStringLiteral("MOTCUA1|38.98.H29-210519-010013") << "receipt.bad-shape";
    QTest::newRow("four fields") << QStringLiteral("MOTCUA1|38.98.H29-210519-010013|7KQ9M2XA|x") << "receipt.bad-shape";
    QTest::newRow("bad date") << QStringLiteral("MOTCUA1|38.98.H29-210231-010013|7KQ9M2XA") << "receipt.bad-dossier-code";
    QTest::newRow("device letters") << QStringLiteral("MOTCUA1|38.98.H29-210519-0A0013|7KQ9M2XA") << "receipt.bad-dossier-code";
    QTest::newRow("lower-case office") << QStringLiteral("MOTCUA1|38.98.h29-210519-010013|7KQ9M2XA") << "receipt.bad-dossier-code";
    QTest::newRow("lookup with O") << QStringLiteral("MOTCUA1|38.98.H29-210519-010013|7KQ9M2XO") << "receipt.bad-lookup-code";
    QTest::newRow("lookup too short") << QStringLiteral("MOTCUA1|38.98.H29-210519-010013|7KQ9M") << "receipt.bad-lookup-code";
    QTest::newRow("lookup too long") << QStringLiteral("MOTCUA1|38.98.H29-210519-010013|7KQ9M2XAB") << "receipt.bad-lookup-code";
    QTest::newRow("huge") << (QStringLiteral("MOTCUA1|") + QString(1 << 20, u'9') + QStringLiteral("|7KQ9M2XA")) << "receipt.bad-shape";
}

void TestCccd::receiptRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto r = ReceiptPayload::parse(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
}

void TestCccd::separatorRoundTrip()
{
    const SeparatorPayload d{SeparatorPayload::Kind::Dossier, {}};
    QCOMPARE(*d.toText(), QStringLiteral("MOTCUA-SEP1|dossier"));
    QCOMPARE(*SeparatorPayload::parse(QStringLiteral("MOTCUA-SEP1|dossier\r\n")), d);

    // The label is the rest of the payload: `|` inside it needs no escaping.
    const SeparatorPayload c{SeparatorPayload::Kind::Component, u8("Giấy chứng sinh | bản sao có chứng thực")};
    const auto text = c.toText();
    QCOMPARE(*text, u8("MOTCUA-SEP1|component|Giấy chứng sinh | bản sao có chứng thực"));
    QCOMPARE(*SeparatorPayload::parse(*text), c);
    QCOMPARE(*SeparatorPayload::parseUtf8(QByteArray(text->toUtf8() + "\n")), c);
    QCOMPARE(SeparatorPayload::kindName(SeparatorPayload::Kind::Component), QStringLiteral("component"));
    QCOMPARE(SeparatorPayload({SeparatorPayload::Kind::Component, QStringLiteral("a\nb")}).toText().error().code,
             QStringLiteral("separator.bad-label"));
}

void TestCccd::separatorRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString() << "separator.not-separator";
    QTest::newRow("receipt") << QStringLiteral("MOTCUA1|38.98.H29-210519-010013|7KQ9M2XA") << "separator.not-separator";
    QTest::newRow("version 2") << QStringLiteral("MOTCUA-SEP2|dossier") << "separator.unsupported-version";
    QTest::newRow("tag only") << QStringLiteral("MOTCUA-SEP1") << "separator.bad-kind";
    QTest::newRow("unknown kind") << QStringLiteral("MOTCUA-SEP1|page") << "separator.bad-kind";
    QTest::newRow("dossier with more") << QStringLiteral("MOTCUA-SEP1|dossier|x") << "separator.bad-kind";
    QTest::newRow("component without label") << QStringLiteral("MOTCUA-SEP1|component") << "separator.bad-kind";
    QTest::newRow("component empty label") << QStringLiteral("MOTCUA-SEP1|component|") << "separator.bad-label";
    QTest::newRow("component blank label") << QStringLiteral("MOTCUA-SEP1|component|   ") << "separator.bad-label";
    QTest::newRow("label with newline") << QStringLiteral("MOTCUA-SEP1|component|a\nb") << "separator.bad-label";
    QTest::newRow("label with NUL") << (QStringLiteral("MOTCUA-SEP1|component|a") + QChar(0)) << "separator.bad-label";
    QTest::newRow("label too long") << (QStringLiteral("MOTCUA-SEP1|component|") + QString(201, u'ữ')) << "separator.bad-label";
}

void TestCccd::separatorRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto r = SeparatorPayload::parse(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
}

QTEST_GUILESS_MAIN(TestCccd)
#include "tst_cccd.moc"
