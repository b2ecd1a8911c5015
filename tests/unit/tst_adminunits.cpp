// The administrative units beside the catalog (resources/catalog/admin-units.json, the 2025
// two-level structure) as the form view's place pickers search them: the bundled file is valid
// (34 provinces, each of the 63 ID-number province codes in one of them), folded search (case and
// diacritics do not matter; word prefixes; initials), the province an address names (pre-2025
// names count for the province that took them over), and files with errors refused with the reason.
#include "app/catalog/AdminUnitsCatalog.h"
#include "domain/catalog/AdminUnits.h"
#include "domain/cccd/ProvinceCodes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace

class TestAdminUnits : public QObject {
    Q_OBJECT
private slots:
    void bundledFileIsValid();
    void foldedSearch_data();
    void foldedSearch();
    void searchListsOnlyMatches();
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
    QVERIFY(read->units().size() > 34);   // some communes
    QCOMPARE(bundledAdminUnits().units().size(), read->units().size());
}

void TestAdminUnits::foldedSearch_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first");
    QTest::newRow("folded words") << "thanh xuan" << "Phường Thanh Xuân, Thành phố Hà Nội";
    QTest::newRow("upper case, marks") << "THANH XUÂN" << "Phường Thanh Xuân, Thành phố Hà Nội";
    QTest::newRow("a word's prefix") << "thanh xu" << "Phường Thanh Xuân, Thành phố Hà Nội";
    QTest::newRow("đ folded") << "dong da" << "Phường Đống Đa, Thành phố Hà Nội";
    QTest::newRow("province first") << "ha noi" << "Thành phố Hà Nội";
    QTest::newRow("initials") << "hn" << "Thành phố Hà Nội";
    QTest::newRow("with the province's words") << "ba dinh ha" << "Phường Ba Đình, Thành phố Hà Nội";
    QTest::newRow("special zone") << "phu quoc" << "Đặc khu Phú Quốc, Tỉnh An Giang";
    QTest::newRow("nothing") << "zzz" << "";
    QTest::newRow("kinds are no words") << "thanh pho" << "";
}

void TestAdminUnits::foldedSearch()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    const QStringList found = shown(bundledAdminUnits().search(typed));
    QCOMPARE(found.value(0), first);
    QVERIFY(found.size() <= 12);
}

// Only the units that match, the ward's own name before its province's ("thanh xuan" is not "Phường
// Xuân Đỉnh" of a "Thành phố").
void TestAdminUnits::searchListsOnlyMatches()
{
    const QStringList found = shown(bundledAdminUnits().search(QStringLiteral("thanh xuan")));
    QCOMPARE(found, QStringList{QStringLiteral("Phường Thanh Xuân, Thành phố Hà Nội")});
    const QStringList xuan = shown(bundledAdminUnits().search(QStringLiteral("xuan")));
    QVERIFY(xuan.contains(QStringLiteral("Phường Xuân Đỉnh, Thành phố Hà Nội")));
    QVERIFY(xuan.contains(QStringLiteral("Phường Thanh Xuân, Thành phố Hà Nội")));
    QVERIFY(xuan.indexOf(QStringLiteral("Phường Xuân Đỉnh, Thành phố Hà Nội")) < xuan.indexOf(QStringLiteral("Phường Thanh Xuân, Thành phố Hà Nội")));
    // The limit.
    QCOMPARE(bundledAdminUnits().search(QStringLiteral("ha noi"), 5).size(), 5);
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
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << "offset";
    QJsonObject other = root;
    other.insert(QStringLiteral("format"), QStringLiteral("motcua-form"));
    QTest::newRow("format") << QJsonDocument(other).toJson() << "motcua-admin-units";

    QJsonArray missing = provinces;
    missing.removeAt(0);   // Hà Nội, and its code 001
    QTest::newRow("a code no province has") << withProvinces(root, missing) << "62 of the 63";

    QJsonArray twice = provinces;
    twice.append(provinces.at(0));
    QTest::newRow("a province twice") << withProvinces(root, twice) << "twice";

    QJsonArray badCode = provinces;
    QJsonObject p = badCode.at(1).toObject();
    p.insert(QStringLiteral("idCodes"), QJsonArray{QStringLiteral("003")});
    badCode.replace(1, p);
    QTest::newRow("unknown code") << withProvinces(root, badCode) << "'003' is no ID-number province code";

    QJsonArray badCommune = provinces;
    p = badCommune.at(0).toObject();
    p.insert(QStringLiteral("communes"), QJsonArray{QStringLiteral("Quận Hoàn Kiếm")});
    badCommune.replace(0, p);
    QTest::newRow("a district") << withProvinces(root, badCommune) << "'Phường', 'Xã' or 'Đặc khu'";

    QJsonArray sameCommune = provinces;
    p = sameCommune.at(0).toObject();
    p.insert(QStringLiteral("communes"), QJsonArray{QStringLiteral("Phường Láng"), QStringLiteral("Phường Láng")});
    sameCommune.replace(0, p);
    QTest::newRow("a commune twice") << withProvinces(root, sameCommune) << "commune 'Phường Láng' twice";

    QJsonArray badName = provinces;
    p = badName.at(0).toObject();
    p.insert(QStringLiteral("name"), QStringLiteral("Hà Nội"));
    badName.replace(0, p);
    QTest::newRow("a province's kind") << withProvinces(root, badName) << "'Tỉnh' or 'Thành phố'";
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
