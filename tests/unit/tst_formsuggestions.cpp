// Suggestions in the declaration forms (issue 13): for the birth registration's unsourced required
// fields, the requester's relationship from the card holder's sex and age ("Mẹ"/"Cha") and the
// place of birth from the province of the card's address, else the office's. A suggestion is shown
// by prefillForm marked "suggested" and is used by fillForm only when the officer accepted it —
// never silently: without the acceptance the field stays missing.
#include "app/forms/Declaration.h"
#include "app/forms/FormRegistry.h"
#include "domain/forms/FormDefinitionJson.h"
#include "domain/forms/FormFill.h"

#include <QtTest>

using namespace motcua;
using namespace motcua::forms;

namespace {

const FormDefinition &birthForm()
{
    return *FormRegistry::bundled().forProcedure(QStringLiteral("1.001193"));
}

intake::Applicant card(const QString &gender, const QString &born, const QString &address)
{
    intake::Applicant a;
    a.name = QStringLiteral("Nguyễn Thị Lan");
    a.idNumber = QStringLiteral("001190123456");
    a.gender = gender;
    a.dateOfBirth = born;
    a.address = address;
    a.source = QStringLiteral("card-qr");
    return a;
}

const QString kHanoi = QStringLiteral("Số 12 ngõ 34 phố Hàng Bạc, Hoàn Kiếm, Hà Nội");
const QDate kToday(2026, 11, 20);

} // namespace

class TestFormSuggestions : public QObject {
    Q_OBJECT
private slots:
    void relationshipFromTheCard_data();
    void relationshipFromTheCard();
    void placeOfBirth_data();
    void placeOfBirth();
    void shownMarkedSuggested();
    void usedOnlyWhenAccepted();
    void unknownSuggestionSourceRefused();
};

void TestFormSuggestions::relationshipFromTheCard_data()
{
    QTest::addColumn<QString>("gender");
    QTest::addColumn<QString>("born");
    QTest::addColumn<QString>("suggested");
    QTest::newRow("woman of 36") << "Nữ" << "1990-01-01" << "Mẹ";
    QTest::newRow("man of 30") << "Nam" << "1996-05-04" << "Cha";
    QTest::newRow("15 today") << "Nữ" << "2011-11-20" << "Mẹ";
    QTest::newRow("15 tomorrow") << "Nữ" << "2011-11-21" << "";
    QTest::newRow("grandfather of 64") << "Nam" << "1962-03-01" << "";
    QTest::newRow("no sex on the card") << "" << "1990-01-01" << "";
    QTest::newRow("no birth date") << "Nữ" << "" << "";
}

void TestFormSuggestions::relationshipFromTheCard()
{
    QFETCH(QString, gender);
    QFETCH(QString, born);
    QFETCH(QString, suggested);
    const FillInput in = fillInputFor(card(gender, born, kHanoi), QStringLiteral("UBND phường Hoàn Kiếm"), kToday);
    QCOMPARE(suggestedValue(*birthForm().field(QStringLiteral("requester_relationship")), in), suggested);
}

void TestFormSuggestions::placeOfBirth_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("office");
    QTest::addColumn<QString>("suggested");
    QTest::newRow("the card's province") << kHanoi << "UBND phường Hải Châu, thành phố Đà Nẵng" << "Thành phố Hà Nội";
    QTest::newRow("else the office's") << "Số 1 đường X" << "UBND phường Hải Châu, thành phố Đà Nẵng" << "Thành phố Đà Nẵng";
    QTest::newRow("merged province") << "Thôn 2, Yên Minh, Hà Giang" << "" << "Tỉnh Tuyên Quang";
    QTest::newRow("none") << "Số 1 đường X" << "Văn phòng" << "";
}

void TestFormSuggestions::placeOfBirth()
{
    QFETCH(QString, address);
    QFETCH(QString, office);
    QFETCH(QString, suggested);
    const FillInput in = fillInputFor(card(QStringLiteral("Nữ"), QStringLiteral("1990-01-01"), address), office, kToday);
    QCOMPARE(suggestedValue(*birthForm().field(QStringLiteral("child_birth_place")), in), suggested);
}

void TestFormSuggestions::shownMarkedSuggested()
{
    const FillInput in = fillInputFor(card(QStringLiteral("Nữ"), QStringLiteral("1990-01-01"), kHanoi), QStringLiteral("UBND"), kToday);
    const FilledForm pre = prefillForm(birthForm(), in);
    QCOMPARE(pre.values.value(QStringLiteral("requester_relationship")), QStringLiteral("Mẹ"));
    QCOMPARE(pre.sources.value(QStringLiteral("requester_relationship")), QStringLiteral("suggested"));
    QCOMPARE(pre.values.value(QStringLiteral("child_birth_place")), QStringLiteral("Thành phố Hà Nội"));
    QCOMPARE(pre.sources.value(QStringLiteral("child_birth_place")), QStringLiteral("suggested"));
    // A field with a source keeps it: the requester's address is the card's, not a suggestion.
    QCOMPARE(pre.sources.value(QStringLiteral("requester_residence")), QStringLiteral("card-qr"));
    QVERIFY(!pre.values.contains(QStringLiteral("child_name")) || pre.values.value(QStringLiteral("child_name")).isEmpty());
}

void TestFormSuggestions::usedOnlyWhenAccepted()
{
    FillInput in = fillInputFor(card(QStringLiteral("Nữ"), QStringLiteral("1990-01-01"), kHanoi), QStringLiteral("UBND"), kToday);
    in.typed = {{QStringLiteral("child_name"), QStringLiteral("Trần Minh Khôi")},
                {QStringLiteral("child_birth_date"), QStringLiteral("02112026")},
                {QStringLiteral("child_gender"), QStringLiteral("Nam")}};
    // Not accepted: the suggested fields are missing, not silently filled.
    Result<FilledForm> refused = fillForm(birthForm(), in);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("form.missing-required"));
    QCOMPARE(refused.error().detail, QStringLiteral("requester_relationship, child_birth_place"));

    in.accepted = {QStringLiteral("requester_relationship"), QStringLiteral("child_birth_place")};
    Result<FilledForm> filled = fillForm(birthForm(), in);
    QVERIFY2(filled.ok(), qPrintable(filled ? QString() : filled.error().toString()));
    QCOMPARE(filled->values.value(QStringLiteral("requester_relationship")), QStringLiteral("Mẹ"));
    QCOMPARE(filled->sources.value(QStringLiteral("requester_relationship")), QStringLiteral("suggested"));
    QCOMPARE(filled->values.value(QStringLiteral("child_birth_place")), QStringLiteral("Thành phố Hà Nội"));
    QCOMPARE(filled->sources.value(QStringLiteral("child_birth_place")), QStringLiteral("suggested"));
    QVERIFY(filledJson(birthForm(), *filled).contains(QStringLiteral("\"child_birth_place\":\"suggested\"")));

    // Typed wins over an accepted suggestion.
    in.typed << qMakePair(QStringLiteral("requester_relationship"), QStringLiteral("Bà ngoại"));
    filled = fillForm(birthForm(), in);
    QVERIFY(filled.ok());
    QCOMPARE(filled->values.value(QStringLiteral("requester_relationship")), QStringLiteral("Bà ngoại"));
    QCOMPARE(filled->sources.value(QStringLiteral("requester_relationship")), QStringLiteral("typed"));
}

void TestFormSuggestions::unknownSuggestionSourceRefused()
{
    const QByteArray json = R"({"format": "motcua-form", "formatVersion": 1, "id": "thu", "version": 1,
 "procedures": ["1.001193"], "title": {"vi": "TỜ KHAI", "en": "Form"}, "source": "x", "pledge": [], "signer": "Người yêu cầu",
 "fields": [{"name": "noi_sinh", "label": {"vi": "Nơi sinh", "en": "Place"}, "type": "text",
             "suggest": ["applicant.hometown"]}],
 "sections": [{"fields": ["noi_sinh"]}]})";
    const Result<FormDefinition> read = FormDefinitionJson::parse(json);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("form.invalid"));
    QVERIFY2(read.error().detail.contains(QStringLiteral("line 4: field 'noi_sinh': unknown suggestion source 'applicant.hometown'")),
             qPrintable(read.error().detail));
}

QTEST_GUILESS_MAIN(TestFormSuggestions)
#include "tst_formsuggestions.moc"
