// Declaration forms as data (issue 13): the bundled definitions load and cover the procedures;
// a definition with an error is refused with its line and reason; field values are checked and
// normalised; a fill takes typed, card, earlier and default values in that order with their
// sources; the printed payload carries the data and catches changed data.
#include "app/forms/FormRegistry.h"
#include "domain/forms/FieldCheck.h"
#include "domain/forms/FormDefinitionJson.h"
#include "domain/forms/FormFill.h"
#include "domain/forms/FormPeople.h"
#include "domain/forms/FormPayload.h"

#include <QtTest>

#include <algorithm>

using namespace motcua;
using namespace motcua::forms;

namespace {

// A small valid definition; tests break one line of it at a time.
const char *const kValid = R"({
  "format": "motcua-form",
  "formatVersion": 1,
  "id": "thu-nghiem",
  "version": 1,
  "procedures": ["1.001193"],
  "title": {"vi": "TỜ KHAI THỬ", "en": "TEST DECLARATION"},
  "source": "test",
  "addressee": "kinh_gui",
  "signer": "Người yêu cầu",
  "fields": [
    {"name": "kinh_gui", "label": {"vi": "Kính gửi", "en": "To"}, "type": "text", "prefill": "office.authority"},
    {"name": "ho_ten", "label": {"vi": "Họ, chữ đệm, tên", "en": "Name"}, "type": "text", "required": true, "prefill": "applicant.name"},
    {"name": "ngay_sinh", "label": {"vi": "Ngày sinh", "en": "Born"}, "type": "date", "prefill": "applicant.birth_date"},
    {"name": "gioi_tinh", "label": {"vi": "Giới tính", "en": "Sex"}, "type": "choice", "choices": ["Nam", "Nữ"]},
    {"name": "ten_me", "label": {"vi": "Tên mẹ", "en": "Mother"}, "type": "text", "reuse": true},
    {"name": "quoc_tich", "label": {"vi": "Quốc tịch", "en": "Nationality"}, "type": "text", "default": "Việt Nam"},
    {"name": "dien_thoai", "label": {"vi": "Điện thoại", "en": "Phone"}, "type": "phone"}
  ],
  "sections": [
    {"fields": ["ho_ten", "ngay_sinh", "gioi_tinh", "ten_me", "quoc_tich", "dien_thoai"]}
  ]
}
)";

FormDefinition valid()
{
    Result<FormDefinition> d = FormDefinitionJson::parse(QByteArray(kValid));
    if (!d)
        qFatal("the test definition is refused: %s", qPrintable(d.error().toString()));
    return *d;
}

// kValid with `from` replaced by `to` on its (unique) line.
QByteArray broken(const char *from, const char *to)
{
    QByteArray json(kValid);
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        qFatal("no '%s' in the test definition", from);
    json.replace(at, qsizetype(strlen(from)), to);
    return json;
}

int lineOf(const char *needle)
{
    const QByteArray json(kValid);
    return int(json.left(json.indexOf(needle)).count('\n')) + 1;
}

} // namespace

class TestFormDefinition : public QObject {
    Q_OBJECT

private slots:
    void bundledFormsLoadAndCoverTheProcedures();
    void bundledFieldsHaveOfficialWording();
    void version2CarriesThe2024Fields();
    void birthVersion3HasTheParentsDateOfBirth();
    void marriageIsATableOfTheTwoSides();
    void peopleFoundFillTheirGroup();
    void badDefinitionRefusedWithLineAndReason_data();
    void badDefinitionRefusedWithLineAndReason();
    void notJsonGivesLineAndColumn();
    void provinceFolderAddsAFormOrIsRefused();
    void fieldValuesAreCheckedAndNormalised_data();
    void fieldValuesAreCheckedAndNormalised();
    void fillTakesTypedCardEarlierDefaultInOrder();
    void fillRefusesUnknownInvalidAndMissing();
    void prefillShowsWhatIsKnownWithoutRefusing();
    void payloadRoundTripsEveryCharacter();
    void payloadWithChangedDataIsTampered();
    void payloadOfAnotherVersionOrTag();
};

void TestFormDefinition::bundledFormsLoadAndCoverTheProcedures()
{
    const FormRegistry &r = FormRegistry::bundled();
    // Six forms; birth, death and marital status also in their version 2 (Circular 04/2024/TT-BTP),
    // the birth declaration in its version 3 too (note (5): the parents' date of birth).
    QCOMPARE(r.all().size(), 10);
    const QStringList codes{QStringLiteral("1.001193"), QStringLiteral("1.000656"), QStringLiteral("1.000894"),
                            QStringLiteral("1.004873"), QStringLiteral("1.004222"), QStringLiteral("1.004194"),
                            QStringLiteral("2.000635")};
    for (const QString &code : codes)
        QVERIFY2(r.forProcedure(code), qPrintable(code));
    QVERIFY(!r.forProcedure(QStringLiteral("9.999999")));
    QCOMPARE(r.forProcedure(QStringLiteral("1.004222")), r.forProcedure(QStringLiteral("1.004194")));   // one CT01
    QCOMPARE(r.forProcedure(QStringLiteral("1.004222"))->formNumber, QStringLiteral("CT01"));
    // A fill takes the highest version; the older one stays for pages printed with it.
    for (const QString &code : {QStringLiteral("1.001193"), QStringLiteral("1.000656"), QStringLiteral("1.004873")}) {
        const FormDefinition *d = r.forProcedure(code);
        QCOMPARE(d->version, code == QLatin1String("1.001193") ? 3 : 2);
        QVERIFY2(r.find(d->id, 1) && r.find(d->id, 2), qPrintable(code));
    }
    QCOMPARE(r.forProcedure(QStringLiteral("1.000894"))->version, 1);
}

void TestFormDefinition::version2CarriesThe2024Fields()
{
    const FormRegistry &r = FormRegistry::bundled();
    for (const QString &id : {QStringLiteral("to-khai-khai-sinh"), QStringLiteral("to-khai-khai-tu"),
                              QStringLiteral("to-khai-xac-nhan-tinh-trang-hon-nhan")}) {
        const FormDefinition *v1 = r.find(id, 1);
        const FormDefinition *v2 = r.find(id, 2);
        QVERIFY2(v1 && v2, qPrintable(id));
        // Version 1's fields keep their names and meaning in version 2.
        for (const FormField &f : v1->fields) {
            const FormField *same = v2->field(f.name);
            QVERIFY2(same, qPrintable(id + QLatin1Char(' ') + f.name));
            QCOMPARE(same->labelVi, f.labelVi);
            QCOMPARE(same->type, f.type);
        }
        QVERIFY(!v1->field(QStringLiteral("requester_birth_date")));
        // The requester's own date of birth, under the name, from the card; not required (note (2)).
        const FormField *born = v2->field(QStringLiteral("requester_birth_date"));
        QVERIFY2(born, qPrintable(id));
        QCOMPARE(born->labelVi, QStringLiteral("Ngày, tháng, năm sinh"));
        QCOMPARE(born->type, FieldType::Date);
        QCOMPARE(born->prefill, QStringLiteral("applicant.birth_date"));
        QVERIFY(!born->required);
        QCOMPARE(v2->indexOf(QStringLiteral("requester_birth_date")), v2->indexOf(QStringLiteral("requester_name")) + 1);
        QCOMPARE(v2->sections.constFirst().fields.value(1), QStringLiteral("requester_birth_date"));
    }
    // The birth declaration's block on the parents' marriage certificate: number, book, date, authority.
    const FormDefinition *birth = r.find(QStringLiteral("to-khai-khai-sinh"), 2);
    const QStringList block{QStringLiteral("parents_marriage_number"), QStringLiteral("parents_marriage_book"),
                            QStringLiteral("parents_marriage_date"), QStringLiteral("parents_marriage_place")};
    const auto section = std::find_if(birth->sections.cbegin(), birth->sections.cend(),
                                      [&](const FormSection &s) { return s.fields == block; });
    QVERIFY(section != birth->sections.cend());
    QVERIFY(section->titleVi.startsWith(QStringLiteral("Thông tin về Giấy chứng nhận kết hôn của cha, mẹ trẻ")));
    QCOMPARE(birth->field(QStringLiteral("parents_marriage_date"))->type, FieldType::Date);
    for (const QString &name : block) {
        QVERIFY(!birth->field(name)->required);   // parents who never registered a marriage leave it blank
        QVERIFY(birth->field(name)->reuse);       // the next child's declaration takes it again
    }
    // Filled from a card: the requester's date of birth comes from it.
    FillInput in;
    in.known.insert(QStringLiteral("applicant.name"), {QStringLiteral("Nguyễn Thị Mai"), QStringLiteral("card-qr")});
    in.known.insert(QStringLiteral("applicant.birth_date"), {QStringLiteral("1994-05-20"), QStringLiteral("card-qr")});
    const FilledForm pre = prefillForm(*birth, in);
    QCOMPARE(pre.values.value(QStringLiteral("requester_birth_date")), QStringLiteral("1994-05-20"));
    QCOMPARE(pre.sources.value(QStringLiteral("requester_birth_date")), QStringLiteral("card-qr"));
}

// Note (5) of the 2024 birth template: the parents' date of birth in full when known, else the
// year alone; version 2's fields otherwise unchanged.
void TestFormDefinition::birthVersion3HasTheParentsDateOfBirth()
{
    const FormRegistry &r = FormRegistry::bundled();
    const FormDefinition *v2 = r.find(QStringLiteral("to-khai-khai-sinh"), 2);
    const FormDefinition *v3 = r.find(QStringLiteral("to-khai-khai-sinh"), 3);
    QVERIFY(v2 && v3);
    QCOMPARE(v3->fields.size(), v2->fields.size());
    for (const QString &p : {QStringLiteral("mother"), QStringLiteral("father")}) {
        QVERIFY(!v3->field(p + QStringLiteral("_birth_year")));
        const FormField *born = v3->field(p + QStringLiteral("_birth_date"));
        QVERIFY2(born, qPrintable(p));
        QCOMPARE(born->labelVi, QStringLiteral("Ngày, tháng, năm sinh"));
        QCOMPARE(born->type, FieldType::DateOrYear);
        QVERIFY(!born->required);
        QVERIFY(born->reuse);
        QVERIFY(born->prefill.isEmpty());
        QCOMPARE(born->person, p);
        QCOMPARE(born->personField, QStringLiteral("birth_date"));
        // In the place of version 2's year, right under the name.
        QCOMPARE(v3->indexOf(born->name), v2->indexOf(p + QStringLiteral("_birth_year")));
        QCOMPARE(v2->field(p + QStringLiteral("_birth_year"))->type, FieldType::Year);
    }
    for (const FormField &f : v2->fields) {
        if (f.name.endsWith(QLatin1String("_birth_year")))
            continue;
        const FormField *same = v3->field(f.name);
        QVERIFY2(same, qPrintable(f.name));
        QCOMPARE(same->labelVi, f.labelVi);
        QCOMPARE(same->type, f.type);
        QCOMPARE(same->required, f.required);
    }
    // A version-2 declaration's mother, read with version 2's groups: her year fills version 3's date.
    EarlierDeclaration e;
    e.dossier = QStringLiteral("HS-2");
    e.formId = v2->id;
    e.version = 2;
    e.fields.insert(QStringLiteral("mother_name"), QStringLiteral("Nguyễn Thị Mai"));
    e.fields.insert(QStringLiteral("mother_birth_year"), QStringLiteral("1990"));
    const QList<PersonMatch> people = peopleIn(*v2, e);
    QCOMPARE(people.size(), 1);
    QCOMPARE(groupValues(*v3, QStringLiteral("mother"), people.at(0)).value(QStringLiteral("mother_birth_date")),
             qMakePair(QStringLiteral("1990"), QStringLiteral("dossier:HS-2")));
    // Read with version 3's groups instead, the year is not found: why the lookup takes the printed version's.
    QVERIFY(peopleIn(*v3, e).at(0).value(QStringLiteral("birth_date")).isEmpty());
    QCOMPARE(fieldTypeName(FieldType::DateOrYear), QStringLiteral("date-or-year"));
    QCOMPARE(fieldTypeFromName(QStringLiteral("date-or-year")), std::optional<FieldType>(FieldType::DateOrYear));
}

void TestFormDefinition::marriageIsATableOfTheTwoSides()
{
    const FormDefinition *marriage = FormRegistry::bundled().forProcedure(QStringLiteral("1.000894"));
    QVERIFY(marriage);
    const FormSection &table = marriage->sections.constFirst();
    QCOMPARE(table.layout, SectionLayout::Table);
    QCOMPARE(table.titleVi, QStringLiteral("Thông tin"));
    QCOMPARE(table.columns.size(), 2);
    QCOMPARE(table.columns.at(0).titleVi, QStringLiteral("Bên nữ"));
    QCOMPARE(table.columns.at(1).titleVi, QStringLiteral("Bên nam"));
    QCOMPARE(table.rowCount(), 7);
    QCOMPARE(table.cell(0, 0), QStringLiteral("bride_name"));
    QCOMPARE(table.cell(0, 1), QStringLiteral("groom_name"));
    QCOMPARE(table.cell(5, 1), QStringLiteral("groom_id_number"));
    QCOMPARE(marriage->sections.at(1).layout, SectionLayout::Lines);
}

void TestFormDefinition::bundledFieldsHaveOfficialWording()
{
    const FormDefinition *birth = FormRegistry::bundled().forProcedure(QStringLiteral("1.001193"));
    QVERIFY(birth);
    QCOMPARE(birth->titleVi, QStringLiteral("TỜ KHAI ĐĂNG KÝ KHAI SINH"));
    QCOMPARE(birth->field(QStringLiteral("requester_name"))->labelVi, QStringLiteral("Họ, chữ đệm, tên người yêu cầu"));
    QCOMPARE(birth->field(QStringLiteral("requester_name"))->prefill, QStringLiteral("applicant.name"));
    QCOMPARE(birth->field(QStringLiteral("child_birth_date"))->type, FieldType::Date);
    QVERIFY(birth->field(QStringLiteral("child_name"))->required);
    const FormDefinition *ct01 = FormRegistry::bundled().forProcedure(QStringLiteral("1.004194"));
    QCOMPARE(ct01->field(QStringLiteral("id_number"))->labelVi, QStringLiteral("4. Số định danh cá nhân"));
    QCOMPARE(ct01->field(QStringLiteral("id_number"))->type, FieldType::IdNumber);
    // The printed frame of the civil-status templates: "Làm tại: …" and "(Ký, ghi rõ họ, chữ đệm,
    // tên)" under each signer; the marriage form has the two sides' signature blocks. CT01: the
    // frame's own.
    QCOMPARE(birth->placeVi, QStringLiteral("Làm tại"));
    QCOMPARE(birth->signatureNoteVi, QStringLiteral("(Ký, ghi rõ họ, chữ đệm, tên)"));
    QVERIFY(birth->cosignerVi.isEmpty());
    const FormDefinition *marriage = FormRegistry::bundled().forProcedure(QStringLiteral("1.000894"));
    QCOMPARE(marriage->signerVi, QStringLiteral("Bên nữ"));
    QCOMPARE(marriage->cosignerVi, QStringLiteral("Bên nam"));
    QVERIFY(ct01->placeVi.isEmpty() && ct01->signatureNoteVi.isEmpty() && ct01->cosignerVi.isEmpty());
    // A definition may carry them; a misspelt one is refused like any unknown key.
    QByteArray json(kValid);
    json.replace(R"("signer": "Người yêu cầu",)", R"x("signer": "Bên nữ", "cosigner": "Bên nam", "signatureNote": "(Ký)", "place": "Làm tại",)x");
    const Result<FormDefinition> d = FormDefinitionJson::parse(json);
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
    QCOMPARE(d->cosignerVi, QStringLiteral("Bên nam"));
    QCOMPARE(d->signatureNoteVi, QStringLiteral("(Ký)"));
    QCOMPARE(d->placeVi, QStringLiteral("Làm tại"));
    json.replace(R"("cosigner")", R"("cosigners")");
    QVERIFY(!FormDefinitionJson::parse(json).ok());
}

// Person lookup, the pure part: the people an earlier declaration names, one person found in the
// cache and in a declaration merged, and what taking them puts in a group (a year from a date).
void TestFormDefinition::peopleFoundFillTheirGroup()
{
    const FormDefinition *marriage = FormRegistry::bundled().forProcedure(QStringLiteral("1.000894"));
    const FormDefinition *birth = FormRegistry::bundled().forProcedure(QStringLiteral("1.001193"));
    QVERIFY(marriage && birth);
    EarlierDeclaration e;
    e.dossier = QStringLiteral("HS-1");
    e.formId = marriage->id;
    e.fields.insert(QStringLiteral("groom_name"), QStringLiteral("Lê Văn Hùng"));
    e.fields.insert(QStringLiteral("groom_birth_date"), QStringLiteral("1985-06-12"));
    e.fields.insert(QStringLiteral("groom_ethnicity"), QStringLiteral("Tày"));
    e.fields.insert(QStringLiteral("bride_name"), QStringLiteral("Nguyễn Thị Mai"));
    const QList<PersonMatch> declared = peopleIn(*marriage, e);
    QCOMPARE(declared.size(), 2);   // the bride and the groom, by group name order
    QCOMPARE(declared.at(1).value(QStringLiteral("ethnicity")), QStringLiteral("Tày"));
    QCOMPARE(declared.at(1).values.value(QStringLiteral("name")).source, QStringLiteral("dossier:HS-1"));

    PersonMatch cached;   // the same man in the cache, without an ID number in the declaration
    cached.values.insert(QStringLiteral("name"), {QStringLiteral("LÊ VĂN HÙNG"), QStringLiteral("cache")});
    cached.values.insert(QStringLiteral("birth_date"), {QStringLiteral("1985-06-12"), QStringLiteral("cache")});
    cached.values.insert(QStringLiteral("residence"), {QStringLiteral("Hà Nội"), QStringLiteral("cache")});
    PersonMatch namesake = cached;   // same name, born another year: someone else
    namesake.values.insert(QStringLiteral("birth_date"), {QStringLiteral("1990-01-01"), QStringLiteral("cache")});
    const QList<PersonMatch> merged = mergePeople({cached, namesake, declared.at(1)});
    QCOMPARE(merged.size(), 2);
    QCOMPARE(merged.at(0).values.value(QStringLiteral("ethnicity")), (PersonValue{QStringLiteral("Tày"), QStringLiteral("dossier:HS-1")}));
    QCOMPARE(merged.at(0).values.value(QStringLiteral("residence")).source, QStringLiteral("cache"));
    QVERIFY(merged.at(1).value(QStringLiteral("ethnicity")).isEmpty());

    QCOMPARE(birth->version, 3);
    const auto father = groupValues(*birth, QStringLiteral("father"), merged.at(0));
    // Version 3's date-or-year takes the cache's full date; version 2's year a year of it.
    QCOMPARE(father.value(QStringLiteral("father_birth_date")), qMakePair(QStringLiteral("1985-06-12"), QStringLiteral("cache")));
    const auto fatherV2 = groupValues(*FormRegistry::bundled().find(birth->id, 2), QStringLiteral("father"), merged.at(0));
    QCOMPARE(fatherV2.value(QStringLiteral("father_birth_year")), qMakePair(QStringLiteral("1985"), QStringLiteral("cache")));
    // A year alone (an older declaration's "Năm sinh") fills the date-or-year as a year.
    PersonMatch older;
    older.values.insert(QStringLiteral("name"), {QStringLiteral("Lê Văn Hùng"), QStringLiteral("dossier:HS-0")});
    older.values.insert(QStringLiteral("birth_year"), {QStringLiteral("1985"), QStringLiteral("dossier:HS-0")});
    QCOMPARE(groupValues(*birth, QStringLiteral("father"), older).value(QStringLiteral("father_birth_date")),
             qMakePair(QStringLiteral("1985"), QStringLiteral("dossier:HS-0")));
    QCOMPARE(father.value(QStringLiteral("father_ethnicity")), qMakePair(QStringLiteral("Tày"), QStringLiteral("dossier:HS-1")));
    QVERIFY(!father.contains(QStringLiteral("father_nationality")));   // not known: the field keeps what it holds
    QVERIFY(!father.contains(QStringLiteral("mother_name")));
    // A looked-up value is filled with its source; typed wins over it.
    FillInput in;
    for (auto v = father.cbegin(); v != father.cend(); ++v)
        in.looked.insert(v.key(), v.value());
    in.typed << qMakePair(QStringLiteral("father_ethnicity"), QStringLiteral("Kinh"));
    in.typed << qMakePair(QStringLiteral("child_name"), QStringLiteral("Lê Minh"));
    in.typed << qMakePair(QStringLiteral("child_birth_date"), QStringLiteral("02112026"));
    in.typed << qMakePair(QStringLiteral("child_gender"), QStringLiteral("Nam"));
    in.typed << qMakePair(QStringLiteral("child_birth_place"), QStringLiteral("Hà Nội"));
    in.typed << qMakePair(QStringLiteral("requester_relationship"), QStringLiteral("Mẹ"));
    in.typed << qMakePair(QStringLiteral("requester_name"), QStringLiteral("Nguyễn Thị Mai"));
    in.typed << qMakePair(QStringLiteral("requester_id_number"), QStringLiteral("001190123456"));
    in.typed << qMakePair(QStringLiteral("kinh_gui"), QStringLiteral("UBND"));
    const Result<FilledForm> f = fillForm(*birth, in);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().toString()));
    QCOMPARE(f->values.value(QStringLiteral("father_name")), QStringLiteral("LÊ VĂN HÙNG"));
    QCOMPARE(f->sources.value(QStringLiteral("father_birth_date")), QStringLiteral("cache"));
    QCOMPARE(f->values.value(QStringLiteral("father_birth_date")), QStringLiteral("1985-06-12"));
    QCOMPARE(f->sources.value(QStringLiteral("father_ethnicity")), QStringLiteral("typed"));
    QCOMPARE(f->values.value(QStringLiteral("father_ethnicity")), QStringLiteral("Kinh"));
}

void TestFormDefinition::badDefinitionRefusedWithLineAndReason_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown type") << broken(R"("type": "date")", R"("type": "ngay")") << lineOf(R"("type": "date")")
                                  << QStringLiteral("unknown type 'ngay'");
    QTest::newRow("misspelt key") << broken(R"("required": true)", R"("requird": true)") << lineOf(R"("required": true)")
                                  << QStringLiteral("unknown key 'requird'");
    QTest::newRow("unknown prefill") << broken(R"("applicant.birth_date")", R"("applicant.dob")") << lineOf(R"("applicant.birth_date")")
                                     << QStringLiteral("unknown prefill source 'applicant.dob'");
    QTest::newRow("field twice") << broken(R"("name": "ten_me")", R"("name": "ho_ten")") << lineOf(R"("name": "ten_me")")
                                 << QStringLiteral("'ho_ten' is defined twice");
    QTest::newRow("section names no field") << broken(R"("ten_me", "quoc_tich")", R"("ten_bo", "quoc_tich")")
                                            << lineOf(R"("ten_me", "quoc_tich")") << QStringLiteral("unknown field 'ten_bo'");
    QTest::newRow("choice without choices") << broken(R"(, "choices": ["Nam", "Nữ"])", "") << lineOf(R"("choices")")
                                            << QStringLiteral("has no 'choices'");
    QTest::newRow("bad procedure code") << broken(R"(["1.001193"])", R"(["1001193"])") << lineOf(R"(["1.001193"])")
                                        << QStringLiteral("'1001193' is not d.dddddd");
    QTest::newRow("newer format") << broken(R"("formatVersion": 1)", R"("formatVersion": 2)") << lineOf(R"("formatVersion": 1)")
                                  << QStringLiteral("'formatVersion' must be 1");
    QTest::newRow("field in no section") << broken(R"(, "dien_thoai"])", "]") << lineOf(R"("name": "dien_thoai")")
                                         << QStringLiteral("'dien_thoai' is in no section");
    // A table section: its layout, its columns, as many fields in each, one label per row.
    const char *sectionStart = R"({"fields": ["ho_ten")";
    const int sectionLine = lineOf(sectionStart);
    QTest::newRow("unknown layout") << broken(sectionStart, R"({"layout": "grid", "fields": ["ho_ten")") << sectionLine
                                    << QStringLiteral("'layout' must be \"lines\" or \"table\"");
    QTest::newRow("table without columns") << broken(sectionStart, R"({"layout": "table", "fields": ["ho_ten")") << sectionLine
                                           << QStringLiteral("a table needs 'columns'");
    QTest::newRow("columns without table")
        << broken(sectionStart, R"({"columns": [{"vi": "A", "en": "A"}, {"vi": "B", "en": "B"}], "fields": ["ho_ten")") << sectionLine
        << QStringLiteral("'columns' needs \"layout\": \"table\"");
    QTest::newRow("uneven table")
        << broken(sectionStart, R"({"layout": "table", "columns": [{"vi": "A", "en": "A"}, {"vi": "B", "en": "B"}, {"vi": "C", "en": "C"}, {"vi": "D", "en": "D"}], "fields": ["ho_ten")")
        << sectionLine << QStringLiteral("a table of 4 columns needs as many fields in each (6 given)");
    QTest::newRow("row of different labels")
        << broken(sectionStart, R"({"layout": "table", "columns": [{"vi": "A", "en": "A"}, {"vi": "B", "en": "B"}], "fields": ["ho_ten")")
        << sectionLine << QStringLiteral("row 1 of the table: fields 'ho_ten' and 'ten_me' have different labels");
    // Person groups (person lookup): both keys, a known personField of a fitting type, once per person, a name.
    const char *mother = R"("type": "text", "reuse": true})";
    const int motherLine = lineOf(mother);
    QTest::newRow("person without personField") << broken(mother, R"("type": "text", "reuse": true, "person": "mother"})") << motherLine
                                                << QStringLiteral("'person' and 'personField' go together");
    QTest::newRow("unknown personField")
        << broken(mother, R"("type": "text", "reuse": true, "person": "mother", "personField": "ten"})") << motherLine
        << QStringLiteral("unknown person field 'ten'");
    QTest::newRow("person field of the wrong type")
        << broken(mother, R"("type": "text", "reuse": true, "person": "mother", "personField": "birth_year"})") << motherLine
        << QStringLiteral("a person's 'birth_year' cannot be of type 'text'");
    QTest::newRow("person group without a name")
        << broken(mother, R"("type": "text", "reuse": true, "person": "mother", "personField": "ethnicity"})") << motherLine
        << QStringLiteral("person 'mother' has no field with \"personField\": \"name\"");
    QTest::newRow("person field twice")
        << broken(R"("type": "text", "default": "Việt Nam"})", R"("type": "text", "default": "Việt Nam", "person": "subject", "personField": "name"})")
               .replace(R"("type": "text", "required": true, "prefill": "applicant.name"})",
                        R"("type": "text", "required": true, "prefill": "applicant.name", "person": "subject", "personField": "name"})")
        << lineOf(R"("type": "text", "default": "Việt Nam"})") << QStringLiteral("person 'subject' has a 'name' already");
}

void TestFormDefinition::badDefinitionRefusedWithLineAndReason()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const Result<FormDefinition> d = FormDefinitionJson::parse(json);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().code, QStringLiteral("form.invalid"));
    QVERIFY2(d.error().detail.startsWith(QStringLiteral("line %1: ").arg(line)), qPrintable(d.error().detail));
    QVERIFY2(d.error().detail.contains(reason), qPrintable(d.error().detail));
}

void TestFormDefinition::notJsonGivesLineAndColumn()
{
    const Result<FormDefinition> d = FormDefinitionJson::parse(broken(R"("source": "test",)", R"("source": "test")"));
    QVERIFY(!d.ok());
    QCOMPARE(d.error().code, QStringLiteral("form.bad-json"));
    QVERIFY2(d.error().detail.startsWith(QStringLiteral("line %1, column").arg(lineOf(R"("addressee")"))), qPrintable(d.error().detail));
    const Result<FormDefinition> dup = FormDefinitionJson::parse(broken(R"("source": "test",)", R"("source": "a", "source": "b",)"));
    QVERIFY(!dup.ok());
    QVERIFY2(dup.error().detail.contains(QStringLiteral("duplicate key 'source'")), qPrintable(dup.error().detail));
}

void TestFormDefinition::provinceFolderAddsAFormOrIsRefused()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("thu-nghiem.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kValid);
    f.close();
    Result<FormRegistry> r = FormRegistry::withFolder(dir.path());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->all().size(), FormRegistry::bundled().all().size() + 1);
    QVERIFY(r->find(QStringLiteral("thu-nghiem"), 1));

    QFile bad(dir.filePath(QStringLiteral("zz-hong.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(broken(R"("type": "date")", R"("type": "ngay")"));
    bad.close();
    r = FormRegistry::withFolder(dir.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().detail.startsWith(QStringLiteral("zz-hong.json: line %1: ").arg(lineOf(R"("type": "date")"))),
             qPrintable(r.error().detail));
}

void TestFormDefinition::fieldValuesAreCheckedAndNormalised_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");   // empty: refused
    QTest::addColumn<QString>("code");
    QTest::newRow("date ddMMyyyy") << QString::fromUtf8("date") << QString::fromUtf8("02112026") << QString::fromUtf8("2026-11-02") << QString::fromUtf8("");
    QTest::newRow("date dd/MM/yyyy") << QString::fromUtf8("date") << QString::fromUtf8("2/11/2026") << QString::fromUtf8("2026-11-02") << QString::fromUtf8("");
    QTest::newRow("date ISO") << QString::fromUtf8("date") << QString::fromUtf8("2026-11-02") << QString::fromUtf8("2026-11-02") << QString::fromUtf8("");
    QTest::newRow("date 31 Feb") << QString::fromUtf8("date") << QString::fromUtf8("31022026") << QString::fromUtf8("") << QString::fromUtf8("form.bad-date");
    QTest::newRow("date words") << QString::fromUtf8("date") << QString::fromUtf8("hôm qua") << QString::fromUtf8("") << QString::fromUtf8("form.bad-date");
    QTest::newRow("id number") << QString::fromUtf8("id-number") << QString::fromUtf8("079 090 001 234") << QString::fromUtf8("079090001234") << QString::fromUtf8("");
    QTest::newRow("id 11 digits") << QString::fromUtf8("id-number") << QString::fromUtf8("07909000123") << QString::fromUtf8("") << QString::fromUtf8("form.bad-id-number");
    QTest::newRow("id no province") << QString::fromUtf8("id-number") << QString::fromUtf8("099090001234") << QString::fromUtf8("") << QString::fromUtf8("form.bad-id-number");
    QTest::newRow("phone") << QString::fromUtf8("phone") << QString::fromUtf8("0912.345.678") << QString::fromUtf8("0912345678") << QString::fromUtf8("");
    QTest::newRow("phone +84") << QString::fromUtf8("phone") << QString::fromUtf8("+84912345678") << QString::fromUtf8("+84912345678") << QString::fromUtf8("");
    QTest::newRow("phone short") << QString::fromUtf8("phone") << QString::fromUtf8("091234") << QString::fromUtf8("") << QString::fromUtf8("form.bad-phone");
    QTest::newRow("year") << QString::fromUtf8("year") << QString::fromUtf8("1990") << QString::fromUtf8("1990") << QString::fromUtf8("");
    QTest::newRow("year two digits") << QString::fromUtf8("year") << QString::fromUtf8("90") << QString::fromUtf8("") << QString::fromUtf8("form.bad-year");
    QTest::newRow("date-or-year date") << QString::fromUtf8("date-or-year") << QString::fromUtf8("12061985") << QString::fromUtf8("1985-06-12") << QString::fromUtf8("");
    QTest::newRow("date-or-year slashed") << QString::fromUtf8("date-or-year") << QString::fromUtf8("12/6/1985") << QString::fromUtf8("1985-06-12") << QString::fromUtf8("");
    QTest::newRow("date-or-year year") << QString::fromUtf8("date-or-year") << QString::fromUtf8("1985") << QString::fromUtf8("1985") << QString::fromUtf8("");
    QTest::newRow("date-or-year 31 Feb") << QString::fromUtf8("date-or-year") << QString::fromUtf8("31021985") << QString::fromUtf8("") << QString::fromUtf8("form.bad-date-or-year");
    QTest::newRow("date-or-year old year") << QString::fromUtf8("date-or-year") << QString::fromUtf8("1850") << QString::fromUtf8("") << QString::fromUtf8("form.bad-date-or-year");
    QTest::newRow("date-or-year month and year") << QString::fromUtf8("date-or-year") << QString::fromUtf8("06/1985") << QString::fromUtf8("") << QString::fromUtf8("form.bad-date-or-year");
    QTest::newRow("choice any case") << QString::fromUtf8("choice") << QString::fromUtf8("nữ") << QString::fromUtf8("Nữ") << QString::fromUtf8("");
    QTest::newRow("choice other") << QString::fromUtf8("choice") << QString::fromUtf8("Khác") << QString::fromUtf8("") << QString::fromUtf8("form.bad-choice");
    QTest::newRow("text collapsed") << QString::fromUtf8("text") << QString::fromUtf8("  Trần   Minh  Khôi ") << QString::fromUtf8("Trần Minh Khôi") << QString::fromUtf8("");
    QTest::newRow("text control") << QString::fromUtf8("text") << QStringLiteral("Trần\u0007Khôi") << QString::fromUtf8("") << QString::fromUtf8("form.bad-text");
    QTest::newRow("number") << QString::fromUtf8("number") << QString::fromUtf8("02") << QString::fromUtf8("2") << QString::fromUtf8("");
    QTest::newRow("number words") << QString::fromUtf8("number") << QString::fromUtf8("hai") << QString::fromUtf8("") << QString::fromUtf8("form.bad-number");
}

void TestFormDefinition::fieldValuesAreCheckedAndNormalised()
{
    QFETCH(QString, type);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    QFETCH(QString, code);
    FormField f;
    f.name = QStringLiteral("x");
    f.type = *fieldTypeFromName(type);
    f.choices = {QStringLiteral("Nam"), QStringLiteral("Nữ")};
    const Result<QString> r = checkFieldValue(f, typed);
    if (code.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(*r, stored);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(r.error().detail.startsWith(QStringLiteral("field 'x'")));
        QVERIFY(!r.error().detail.contains(typed));   // the value is personal data: never in the detail
    }
}

void TestFormDefinition::fillTakesTypedCardEarlierDefaultInOrder()
{
    const FormDefinition d = valid();
    FillInput in;
    in.known.insert(QStringLiteral("applicant.name"), {QStringLiteral("Nguyễn Thị Hồng Nhung"), QStringLiteral("card-qr")});
    in.known.insert(QStringLiteral("applicant.birth_date"), {QStringLiteral("1990-03-15"), QStringLiteral("card-qr")});
    in.known.insert(QStringLiteral("office.authority"), {QStringLiteral("UBND xã Tân Lập"), QStringLiteral("office")});
    in.earlier << EarlierDeclaration{QStringLiteral("H30-261201-010001"), QStringLiteral("thu-nghiem"),
                                     {{QStringLiteral("ten_me"), QStringLiteral("Lê Thị Mai")}, {QStringLiteral("gioi_tinh"), QStringLiteral("Nữ")}}};
    in.earlier << EarlierDeclaration{QStringLiteral("H30-251201-010001"), QStringLiteral("thu-nghiem"),
                                     {{QStringLiteral("ten_me"), QStringLiteral("Older Name")}}};
    in.typed << qMakePair(QStringLiteral("ngay_sinh"), QStringLiteral("02112026"));
    const Result<FilledForm> f = fillForm(d, in);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().toString()));
    QCOMPARE(f->values.value(QStringLiteral("ho_ten")), QStringLiteral("Nguyễn Thị Hồng Nhung"));
    QCOMPARE(f->sources.value(QStringLiteral("ho_ten")), QStringLiteral("card-qr"));
    QCOMPARE(f->values.value(QStringLiteral("ngay_sinh")), QStringLiteral("2026-11-02"));   // typed wins over the card
    QCOMPARE(f->sources.value(QStringLiteral("ngay_sinh")), QStringLiteral("typed"));
    QCOMPARE(f->values.value(QStringLiteral("ten_me")), QStringLiteral("Lê Thị Mai"));      // the newest earlier one
    QCOMPARE(f->sources.value(QStringLiteral("ten_me")), QStringLiteral("dossier:H30-261201-010001"));
    QCOMPARE(f->values.value(QStringLiteral("gioi_tinh")), QString());                      // not marked reuse
    QCOMPARE(f->values.value(QStringLiteral("quoc_tich")), QStringLiteral("Việt Nam"));
    QCOMPARE(f->sources.value(QStringLiteral("quoc_tich")), QStringLiteral("default"));
    QCOMPARE(f->values.value(QStringLiteral("kinh_gui")), QStringLiteral("UBND xã Tân Lập"));
    QVERIFY(!f->sources.contains(QStringLiteral("dien_thoai")));
    QCOMPARE(f->orderedValues(d).size(), d.fields.size());
}

void TestFormDefinition::fillRefusesUnknownInvalidAndMissing()
{
    const FormDefinition d = valid();
    FillInput in;
    in.known.insert(QStringLiteral("applicant.name"), {QStringLiteral("Nguyễn Văn A"), QStringLiteral("card-qr")});
    in.typed << qMakePair(QStringLiteral("ten_bo"), QStringLiteral("x"));
    QCOMPARE(fillForm(d, in).error().code, QStringLiteral("form.unknown-field"));
    in.typed = {qMakePair(QStringLiteral("dien_thoai"), QStringLiteral("12345"))};
    QCOMPARE(fillForm(d, in).error().code, QStringLiteral("form.bad-phone"));
    in.typed = {qMakePair(QStringLiteral("ten_me"), QStringLiteral("a")), qMakePair(QStringLiteral("ten_me"), QStringLiteral("b"))};
    QCOMPARE(fillForm(d, in).error().code, QStringLiteral("form.duplicate-field"));
    // Every text field at its longest: more than the printed QR can carry.
    in.typed.clear();
    for (const char *name : {"ten_me", "quoc_tich", "kinh_gui"})
        in.typed << qMakePair(QString::fromLatin1(name), QString(190, QChar(0x1EC5)));   // 'ễ', 3 UTF-8 bytes
    const Result<FilledForm> tooLong = fillForm(d, in);
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, QStringLiteral("form.too-long"));
    in.typed.clear();
    in.known.clear();
    const Result<FilledForm> missing = fillForm(d, in);
    QCOMPARE(missing.error().code, QStringLiteral("form.missing-required"));
    QCOMPARE(missing.error().detail, QStringLiteral("ho_ten"));
}

// The form view's starting point: what the sources hold, even when required fields are missing or a
// stored value is of the wrong shape (left empty for the officer instead of refusing the form).
void TestFormDefinition::prefillShowsWhatIsKnownWithoutRefusing()
{
    const FormDefinition d = valid();
    FillInput in;
    in.known.insert(QStringLiteral("applicant.birth_date"), {QStringLiteral("1990-02-30"), QStringLiteral("card-qr")});
    in.known.insert(QStringLiteral("office.authority"), {QStringLiteral("UBND xã Tân Lập"), QStringLiteral("office")});
    in.earlier << EarlierDeclaration{QStringLiteral("H30-261201-010001"), QStringLiteral("thu-nghiem"),
                                     {{QStringLiteral("ten_me"), QStringLiteral("Lê Thị Mai")}}};
    in.typed << qMakePair(QStringLiteral("ho_ten"), QStringLiteral("Ignored"));
    QCOMPARE(fillForm(d, in).error().code, QStringLiteral("form.bad-date"));   // the fill refuses the card's bad date
    const FilledForm pre = prefillForm(d, in);
    QCOMPARE(pre.formId, d.id);
    QCOMPARE(pre.values.size(), d.fields.size());
    QCOMPARE(pre.values.value(QStringLiteral("ho_ten")), QString());        // typed values are not the prefill's
    QCOMPARE(pre.values.value(QStringLiteral("ngay_sinh")), QString());     // wrong shape: left for the officer
    QVERIFY(!pre.sources.contains(QStringLiteral("ngay_sinh")));
    QCOMPARE(pre.values.value(QStringLiteral("kinh_gui")), QStringLiteral("UBND xã Tân Lập"));
    QCOMPARE(pre.sources.value(QStringLiteral("kinh_gui")), QStringLiteral("office"));
    QCOMPARE(pre.sources.value(QStringLiteral("ten_me")), QStringLiteral("dossier:H30-261201-010001"));
    QCOMPARE(pre.sources.value(QStringLiteral("quoc_tich")), QStringLiteral("default"));
}

void TestFormDefinition::payloadRoundTripsEveryCharacter()
{
    const QStringList values{QStringLiteral("Nguyễn Thị Hồng Nhung"), QString(), QStringLiteral("a|b\\c"),
                             QStringLiteral("dòng 1\ndòng 2"), QStringLiteral("|"), QStringLiteral("\\")};
    const QString text = FormPayload::encode(QStringLiteral("thu-nghiem"), 3, values);
    QVERIFY(text.startsWith(QStringLiteral("MOTCUA-FORM1|thu-nghiem|3|")));
    QVERIFY(!text.contains(QLatin1Char('\n')));
    const Result<FormPayload> p = FormPayload::parse(text + QStringLiteral("\r\n"));
    QVERIFY(p.ok());
    QCOMPARE(p->formId, QStringLiteral("thu-nghiem"));
    QCOMPARE(p->version, 3);
    QCOMPARE(p->values, values);
    QCOMPARE(p->hash.size(), 16);
    QVERIFY(p->hashMatches());
}

void TestFormDefinition::payloadWithChangedDataIsTampered()
{
    const FormDefinition d = valid();
    QStringList values(d.fields.size());
    values[1] = QStringLiteral("Nguyễn Văn A");
    values[2] = QStringLiteral("1990-03-15");
    const QString text = FormPayload::encode(d.id, d.version, values);
    Result<QMap<QString, QString>> bound = FormPayload::parse(text)->bind(d);
    QVERIFY(bound.ok());
    QCOMPARE(bound->value(QStringLiteral("ho_ten")), QStringLiteral("Nguyễn Văn A"));

    // One value changed, the hash kept.
    QString changed = text;
    changed.replace(QStringLiteral("1990-03-15"), QStringLiteral("1991-03-15"));
    bound = FormPayload::parse(changed)->bind(d);
    QVERIFY(!bound.ok());
    QCOMPARE(bound.error().code, QStringLiteral("form.tampered"));
    // A value moved to another field (same characters, other place), the hash kept.
    QString moved = text;
    moved.replace(QStringLiteral("|Nguyễn Văn A|1990-03-15|"), QStringLiteral("|1990-03-15|Nguyễn Văn A|"));
    QCOMPARE(FormPayload::parse(moved)->bind(d).error().code, QStringLiteral("form.tampered"));
    // A value dropped: not as many values as fields.
    QString dropped = text;
    dropped.chop(1);
    dropped = dropped.left(dropped.lastIndexOf(QLatin1Char('|')));
    QCOMPARE(FormPayload::parse(dropped)->bind(d).error().code, QStringLiteral("form.bad-payload"));
}

void TestFormDefinition::payloadOfAnotherVersionOrTag()
{
    FormDefinition d = valid();
    const QString text = FormPayload::encode(d.id, 2, QStringList(d.fields.size()));
    QCOMPARE(FormPayload::parse(text)->bind(d).error().code, QStringLiteral("form.unknown-version"));
    QCOMPARE(FormPayload::parse(QStringLiteral("MOTCUA-FORM2|x|1|0|a")).error().code, QStringLiteral("form.unsupported-payload"));
    QCOMPARE(FormPayload::parse(QStringLiteral("MOTCUA1|x|y")).error().code, QStringLiteral("form.not-form"));
    QCOMPARE(FormPayload::parse(QStringLiteral("MOTCUA-FORM1|x|one|0|a")).error().code, QStringLiteral("form.bad-payload"));
    QCOMPARE(FormPayload::parse(QStringLiteral("MOTCUA-FORM1|x|1|0|a\\")).error().code, QStringLiteral("form.bad-payload"));
}

QTEST_GUILESS_MAIN(TestFormDefinition)
#include "tst_formdefinition.moc"
