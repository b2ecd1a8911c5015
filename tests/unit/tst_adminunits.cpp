// The administrative units beside the catalog (resources/catalog/admin-units.json, the 2025
// two-level structure, written by tools/catalog/make-admin-units from the GSO's list) as the form
// view's place pickers search them: the bundled file is complete and valid (34 provinces, 3,321
// communes of the official kinds and totals, every code unique and of its shape, each of the 63
// ID-number province codes in one province); known communes are found by folded name, with their
// kind typed, and by initials; folded search (case and diacritics do not matter; word prefixes;
// initials; the provinces alone); the province an address names (pre-2025 names count for the
// province that took them over); and files with errors refused with the reason.
#include "app/catalog/AdminUnitsCatalog.h"
#include "domain/catalog/AdminUnits.h"
#include "domain/cccd/ProvinceCodes.h"
#include "domain/text/VietnameseFolding.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace motcua;

namespace {

QStringList shown(const QList<AdminUnit> &units)
{
    QStringList out;
    for (const AdminUnit &u : units)
        out << u.display();
    return out;
}

QJsonObject bundledJson()
{
    QFile f(QStringLiteral(":/resources/catalog/admin-units.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray withProvinces(QJsonObject root, const QJsonArray &provinces)
{
    root.insert(QStringLiteral("provinces"), provinces);
    return QJsonDocument(root).toJson();
}

QJsonObject commune(const QString &code, const QString &name)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
}

// The provinces with province `i`'s field `key` set to `value`.
QJsonArray withProvinceField(QJsonArray provinces, int i, const QString &key, const QJsonValue &value)
{
    QJsonObject p = provinces.at(i).toObject();
    p.insert(key, value);
    provinces.replace(i, p);
    return provinces;
}

// The folded words of a unit's name and its province's, without their kinds.
QStringList wordsWithoutKinds(const AdminUnit &u)
{
    const auto bare = [](const QString &name) {
        QStringList w = foldedWords(name);
        const int kindWords = (name.startsWith(QStringLiteral("Thành phố ")) || name.startsWith(QStringLiteral("Đặc khu "))) ? 2 : 1;
        return w.mid(kindWords);
    };
    return bare(u.name) + (u.level == AdminUnit::Level::Commune ? bare(u.province) : QStringList());
}

// Every word typed is the start of one of the unit's words (kinds left out).
bool matchesWords(const AdminUnit &u, const QString &typed)
{
    const QStringList words = wordsWithoutKinds(u);
    for (const QString &q : foldedWords(typed))
        if (std::none_of(words.begin(), words.end(), [&q](const QString &w) { return w.startsWith(q); }))
            return false;
    return true;
}

} // namespace

class TestAdminUnits : public QObject {
    Q_OBJECT
private slots:
    void bundledFileIsValid();
    void bundledFileCounts();
    void knownCommunes_data();
    void knownCommunes();
    void foundByInitials_data();
    void foundByInitials();
    void foldedSearch_data();
    void foldedSearch();
    void searchListsOnlyMatches();
    void kindsAreNoWords();
    void provincesAlone();
    void provinceOfAnAddress_data();
    void provinceOfAnAddress();
    void badFilesRefused_data();
    void badFilesRefused();
};

void TestAdminUnits::bundledFileIsValid()
{
    const QJsonObject root = bundledJson();
    QVERIFY(!root.isEmpty());
    const Result<AdminUnits> read = AdminUnits::fromJson(QJsonDocument(root).toJson());
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read->provinceCount(), 34);
    QCOMPARE(read->communeCount(), 3321);
    QVERIFY(read->complete());
    // The app's table is the same file, read once.
    QCOMPARE(bundledAdminUnits().units().size(), read->units().size());
    QCOMPARE(bundledAdminUnits().communeCount(), 3321);
}

// The official totals of the 2025 arrangement: 3,321 communes, 2,621 xã, 687 phường and 13 đặc khu;
// every province has communes; the GSO codes are unique, 2 digits for a province and 5 for a
// commune; and the counts of a few provinces as their resolutions give them.
void TestAdminUnits::bundledFileCounts()
{
    const AdminUnits &units = bundledAdminUnits();
    QHash<QString, int> kinds, perProvince;
    QSet<QString> codes;
    static const QRegularExpression communeCode(QStringLiteral("^[0-9]{5}$"));
    static const QRegularExpression provinceCode(QStringLiteral("^[0-9]{2}$"));
    for (const AdminUnit &u : units.units()) {
        QVERIFY2(!codes.contains(u.code), qPrintable(u.code));
        codes.insert(u.code);
        if (u.level == AdminUnit::Level::Province) {
            QVERIFY2(provinceCode.match(u.code).hasMatch(), qPrintable(u.name));
            perProvince.insert(u.name, 0);
            continue;
        }
        QVERIFY2(communeCode.match(u.code).hasMatch(), qPrintable(u.name));
        QVERIFY2(perProvince.contains(u.province), qPrintable(u.display()));
        ++perProvince[u.province];
        ++kinds[u.name.startsWith(QStringLiteral("Đặc khu ")) ? QStringLiteral("Đặc khu") : u.name.section(QLatin1Char(' '), 0, 0)];
    }
    QCOMPARE(codes.size(), 34 + 3321);
    QCOMPARE(kinds.value(QStringLiteral("Xã")), 2621);
    QCOMPARE(kinds.value(QStringLiteral("Phường")), 687);
    QCOMPARE(kinds.value(QStringLiteral("Đặc khu")), 13);
    QCOMPARE(kinds.size(), 3);
    QCOMPARE(perProvince.size(), 34);
    for (auto it = perProvince.cbegin(); it != perProvince.cend(); ++it)
        QVERIFY2(it.value() > 0, qPrintable(it.key()));
    QCOMPARE(perProvince.value(QStringLiteral("Thành phố Hà Nội")), 126);        // 51 phường, 75 xã
    QCOMPARE(perProvince.value(QStringLiteral("Thành phố Hồ Chí Minh")), 168);   // 113 phường, 54 xã, 1 đặc khu
    QCOMPARE(perProvince.value(QStringLiteral("Thành phố Đà Nẵng")), 94);        // 23 phường, 70 xã, 1 đặc khu
    QCOMPARE(perProvince.value(QStringLiteral("Thành phố Huế")), 40);
    QCOMPARE(perProvince.value(QStringLiteral("Tỉnh An Giang")), 102);
}

// Known communes, checked against the GSO's list: found first by their folded name, with or without
// their kind typed, carrying their code.
void TestAdminUnits::knownCommunes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("code");
    QTest::newRow("Ba Đình") << "ba dinh" << "Phường Ba Đình, Thành phố Hà Nội" << "00004";
    QTest::newRow("Ba Đình, kind typed") << "Phường Ba Đình" << "Phường Ba Đình, Thành phố Hà Nội" << "00004";
    // Thanh Hóa has a Xã Ba Đình: typed with its kind, it comes first.
    QTest::newRow("Xã Ba Đình, kind typed") << "xa ba dinh" << "Xã Ba Đình, Tỉnh Thanh Hóa" << "16171";
    QTest::newRow("Phú Quốc") << "phu quoc" << "Đặc khu Phú Quốc, Tỉnh An Giang" << "31078";
    QTest::newRow("Phú Quốc, kind typed") << "Đặc khu Phú Quốc" << "Đặc khu Phú Quốc, Tỉnh An Giang" << "31078";
    QTest::newRow("Sài Gòn") << "SÀI GÒN" << "Phường Sài Gòn, Thành phố Hồ Chí Minh" << "26740";
    QTest::newRow("Sài Gòn, kind typed") << "phuong sai gon" << "Phường Sài Gòn, Thành phố Hồ Chí Minh" << "26740";
    QTest::newRow("a merged province's commune") << "phó bảng" << "Xã Phó Bảng, Tỉnh Tuyên Quang" << "00745";
    QTest::newRow("đ folded") << "dong da" << "Phường Đống Đa, Thành phố Hà Nội" << "00235";
    QTest::newRow("with the province's words") << "ba dinh ha" << "Phường Ba Đình, Thành phố Hà Nội" << "00004";
}

void TestAdminUnits::knownCommunes()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    QFETCH(QString, code);
    const QList<AdminUnit> found = bundledAdminUnits().search(typed);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().display(), first);
    QCOMPARE(found.first().code, code);
    QCOMPARE(found.first().level, AdminUnit::Level::Commune);
}

// By the initials of the name without its kind: among what a search lists for them (several
// communes share initials); a province's come first.
void TestAdminUnits::foundByInitials_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("unit");
    QTest::newRow("bd") << "bd" << "Phường Ba Đình, Thành phố Hà Nội";
    QTest::newRow("pq") << "pq" << "Đặc khu Phú Quốc, Tỉnh An Giang";
    QTest::newRow("sg") << "sg" << "Phường Sài Gòn, Thành phố Hồ Chí Minh";
    QTest::newRow("hcm, the province first") << "hcm" << "Thành phố Hồ Chí Minh";
}

void TestAdminUnits::foundByInitials()
{
    QFETCH(QString, typed);
    QFETCH(QString, unit);
    const QStringList found = shown(bundledAdminUnits().search(typed, 100));
    QVERIFY2(found.contains(unit), qPrintable(found.join(QStringLiteral("; "))));
    if (!unit.contains(QLatin1Char(',')))
        QCOMPARE(found.value(0), unit);
}

void TestAdminUnits::foldedSearch_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first");
    QTest::newRow("folded words") << "thanh xuan" << "Phường Thanh Xuân, Thành phố Hà Nội";
    QTest::newRow("upper case, marks") << "THANH XUÂN" << "Phường Thanh Xuân, Thành phố Hà Nội";
    QTest::newRow("a word's prefix") << "thanh xu" << "Phường Thanh Xuân, Thành phố Hà Nội";
    QTest::newRow("province first") << "ha noi" << "Thành phố Hà Nội";
    QTest::newRow("initials") << "hn" << "Thành phố Hà Nội";
    QTest::newRow("a province, kind typed") << "tp hcm" << "Thành phố Hồ Chí Minh";
    QTest::newRow("nothing") << "zzz" << "";
}

void TestAdminUnits::foldedSearch()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    const QStringList found = shown(bundledAdminUnits().search(typed));
    QCOMPARE(found.value(0), first);
    QVERIFY(found.size() <= 12);
}

// Only the units that match, best first: the two communes named Thanh Xuân / Thạnh Xuân (their
// names' start), then those whose names have both words ("Xã Xuân Thành"), then those matching with
// their province's words ("Xã Xuân Hòa, Tỉnh Thanh Hóa"); never "Phường Xuân Đỉnh" of a "Thành phố".
// Two communes whose names fold alike are both listed.
void TestAdminUnits::searchListsOnlyMatches()
{
    const QList<AdminUnit> units = bundledAdminUnits().search(QStringLiteral("thanh xuan"), 100);
    const QStringList found = shown(units);
    QCOMPARE(found.mid(0, 2), (QStringList{QStringLiteral("Phường Thanh Xuân, Thành phố Hà Nội"),
                                           QStringLiteral("Xã Thạnh Xuân, Thành phố Cần Thơ")}));
    QVERIFY(found.contains(QStringLiteral("Xã Xuân Thành, Tỉnh Đồng Nai")));
    QVERIFY(found.contains(QStringLiteral("Xã Xuân Hòa, Tỉnh Thanh Hóa")));
    QVERIFY(found.indexOf(QStringLiteral("Xã Xuân Thành, Tỉnh Đồng Nai")) < found.indexOf(QStringLiteral("Xã Xuân Hòa, Tỉnh Thanh Hóa")));
    for (const AdminUnit &u : units)
        QVERIFY2(matchesWords(u, QStringLiteral("thanh xuan")), qPrintable(u.display()));
    QVERIFY(!found.contains(QStringLiteral("Phường Xuân Đỉnh, Thành phố Hà Nội")));

    const QStringList xuan = shown(bundledAdminUnits().search(QStringLiteral("xuan"), 500));
    QVERIFY(xuan.contains(QStringLiteral("Phường Xuân Đỉnh, Thành phố Hà Nội")));
    QVERIFY(xuan.contains(QStringLiteral("Phường Thanh Xuân, Thành phố Hà Nội")));
    QVERIFY(xuan.indexOf(QStringLiteral("Phường Xuân Đỉnh, Thành phố Hà Nội")) < xuan.indexOf(QStringLiteral("Phường Thanh Xuân, Thành phố Hà Nội")));

    const QStringList vanLang = shown(bundledAdminUnits().search(QStringLiteral("van lang thai")));
    QVERIFY(vanLang.contains(QStringLiteral("Xã Văn Lang, Tỉnh Thái Nguyên")));
    QVERIFY(vanLang.contains(QStringLiteral("Xã Văn Lăng, Tỉnh Thái Nguyên")));
    // The limit, also where thousands match.
    QCOMPARE(bundledAdminUnits().search(QStringLiteral("ha noi"), 5).size(), 5);
    QCOMPARE(bundledAdminUnits().search(QStringLiteral("an"), 12).size(), 12);
}

// The kinds are no words of a name: "thanh pho" lists the units whose own words match (Thanh Phong,
// Phong Thạnh …), not every ward of a "Thành phố".
void TestAdminUnits::kindsAreNoWords()
{
    const QList<AdminUnit> found = bundledAdminUnits().search(QStringLiteral("thanh pho"), 500);
    QVERIFY(!found.isEmpty());
    QVERIFY(found.size() < 100);
    for (const AdminUnit &u : found)
        QVERIFY2(matchesWords(u, QStringLiteral("thanh pho")), qPrintable(u.display()));
    QVERIFY(!shown(found).contains(QStringLiteral("Phường Hoàn Kiếm, Thành phố Hà Nội")));
}

// A province field looks among the provinces alone: the 3,321 communes do not crowd them out.
void TestAdminUnits::provincesAlone()
{
    const QStringList found = shown(bundledAdminUnits().search(QStringLiteral("ninh"), 12, AdminUnits::Scope::Provinces));
    QCOMPARE(found, (QStringList{QStringLiteral("Tỉnh Ninh Bình"), QStringLiteral("Tỉnh Quảng Ninh"), QStringLiteral("Tỉnh Bắc Ninh"),
                                 QStringLiteral("Tỉnh Tây Ninh")}));
    QVERIFY(bundledAdminUnits().search(QStringLiteral("thanh xuan"), 12, AdminUnits::Scope::Provinces).isEmpty());
}

void TestAdminUnits::provinceOfAnAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("province");
    QTest::newRow("card address") << "Số 12 ngõ 34 phố Hàng Bạc, Hoàn Kiếm, Hà Nội" << "Thành phố Hà Nội";
    QTest::newRow("folded") << "so 5 duong le loi, tp ho chi minh" << "Thành phố Hồ Chí Minh";
    QTest::newRow("merged province") << "Thôn 3, xã Yên Minh, tỉnh Hà Giang" << "Tỉnh Tuyên Quang";
    QTest::newRow("longest name") << "phường Vĩnh Ninh, Thừa Thiên Huế" << "Thành phố Huế";
    QTest::newRow("the last one named") << "quê Nghệ An, ở Đà Nẵng" << "Thành phố Đà Nẵng";
    QTest::newRow("authority") << "Ủy ban nhân dân phường Thanh Xuân, thành phố Hà Nội" << "Thành phố Hà Nội";
    QTest::newRow("a word inside a word") << "phố Hàng Bạc Hà Nộii" << "";
    QTest::newRow("none") << "Số 1 đường X" << "";
}

void TestAdminUnits::provinceOfAnAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, province);
    QCOMPARE(bundledAdminUnits().provinceIn(text), province);
}

void TestAdminUnits::badFilesRefused_data()
{
    const QJsonObject root = bundledJson();
    const QJsonArray provinces = root.value(QStringLiteral("provinces")).toArray();
    const QString communes = QStringLiteral("communes");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << "offset";
    QJsonObject other = root;
    other.insert(QStringLiteral("format"), QStringLiteral("motcua-form"));
    QTest::newRow("format") << QJsonDocument(other).toJson() << "motcua-admin-units";
    QJsonObject v1 = root;
    v1.insert(QStringLiteral("formatVersion"), 1);
    QTest::newRow("format version 1 (names only)") << QJsonDocument(v1).toJson() << "format version 2";

    QJsonArray missing = provinces;
    missing.removeAt(0);   // Hà Nội, and its code 001
    QTest::newRow("a code no province has") << withProvinces(root, missing) << "62 of the 63";

    QJsonArray twice = provinces;
    twice.append(provinces.at(0));
    QTest::newRow("a province twice") << withProvinces(root, twice) << "twice";

    QTest::newRow("unknown ID-number code")
        << withProvinces(root, withProvinceField(provinces, 1, QStringLiteral("idCodes"), QJsonArray{QStringLiteral("003")}))
        << "'003' is no ID-number province code";
    QTest::newRow("a province's GSO code") << withProvinces(root, withProvinceField(provinces, 1, QStringLiteral("code"), QStringLiteral("4")))
                                           << "code '4' is not 2 digits";
    QTest::newRow("a province's GSO code twice")
        << withProvinces(root, withProvinceField(provinces, 1, QStringLiteral("code"), QStringLiteral("01"))) << "code 01 twice";
    QTest::newRow("a district")
        << withProvinces(root, withProvinceField(provinces, 0, communes, QJsonArray{commune(QStringLiteral("00070"), QStringLiteral("Quận Hoàn Kiếm"))}))
        << "'Phường', 'Xã' or 'Đặc khu'";
    QTest::newRow("a commune twice")
        << withProvinces(root, withProvinceField(provinces, 0, communes,
                                                 QJsonArray{commune(QStringLiteral("00199"), QStringLiteral("Phường Láng")),
                                                            commune(QStringLiteral("00200"), QStringLiteral("Phường Láng"))}))
        << "commune 'Phường Láng' twice";
    QTest::newRow("a commune's code")
        << withProvinces(root, withProvinceField(provinces, 0, communes, QJsonArray{commune(QStringLiteral("199"), QStringLiteral("Phường Láng"))}))
        << "code '199' is not 5 digits";
    // 00004 is Phường Ba Đình's (Hà Nội): given to a commune of Cao Bằng too.
    QTest::newRow("a commune's code twice")
        << withProvinces(root, withProvinceField(provinces, 1, communes, QJsonArray{commune(QStringLiteral("00004"), QStringLiteral("Phường Thục Phán"))}))
        << "commune 'Phường Thục Phán': code 00004 twice";
    QTest::newRow("a commune as a bare name (format 1)")
        << withProvinces(root, withProvinceField(provinces, 0, communes, QJsonArray{QStringLiteral("Phường Láng")}))
        << "a name starts with 'Phường'";
    QTest::newRow("a province's kind") << withProvinces(root, withProvinceField(provinces, 0, QStringLiteral("name"), QStringLiteral("Hà Nội")))
                                       << "'Tỉnh' or 'Thành phố'";
}

void TestAdminUnits::badFilesRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    const Result<AdminUnits> read = AdminUnits::fromJson(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("catalog.bad-units"));
    QVERIFY2(read.error().detail.contains(reason), qPrintable(read.error().detail));
}

QTEST_GUILESS_MAIN(TestAdminUnits)
#include "tst_adminunits.moc"
