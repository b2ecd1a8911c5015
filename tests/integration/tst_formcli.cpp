// Declaration forms on the command line (issue 13), run on the built motcua-cli against a real
// workspace: `form list`, `form fill` for each covered form from a sample ID card (the PDF read
// back with pdftotext and zbarimg), refusals that write no file, a definition with an error
// refused with its line, and the round trip fill → print → 200-dpi scan with noise and skew →
// receive → the dossier's event holds the same fields; a changed payload and an unknown form
// version are flagged and not trusted; the next fill of the same citizen reuses the declaration.
// Birth, death and marital status fill their version 2 (Circular 04/2024/TT-BTP: the requester's
// date of birth from the card, the parents' marriage certificate); a page printed with version 1
// before the change is still read back; the marriage declaration prints as the template's table.
// The birth declaration fills its version 3 (note (5): the parents' date of birth, in full or the
// year alone); a page printed with version 2 still decodes.
#include "db/EventStore.h"
#include "app/capture/SamplePages.h"
#include "app/forms/Declaration.h"
#include "app/forms/FormRegistry.h"
#include "app/printing/FormPdf.h"
#include "domain/forms/FormFill.h"
#include "support/CliRunner.h"
#include "support/TestWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu-quầy");
// id|old id|name|dob|gender|address|issued — a woman, so she is the bride of the marriage form
const QString kCard = QStringLiteral("001190012345|012345678|Nguyễn Thị Ánh Tuyết|15031990|Nữ|Số 12, thôn Đông, xã Tân Lập, huyện Đan Phượng, Hà Nội|01072021");

struct Tool {
    int exitCode = -1;
    QString out;
    QString err;
};

Tool tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Tool t;
    if (!p.waitForFinished(120000))
        return t;
    t.exitCode = p.exitCode();
    t.out = QString::fromUtf8(p.readAllStandardOutput());
    t.err = QString::fromUtf8(p.readAllStandardError());
    return t;
}

QJsonObject jsonOf(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object();
}

QStringList fields(std::initializer_list<const char *> nameValues)
{
    QStringList args;
    for (const char *nv : nameValues)
        args << QStringLiteral("--field") << QString::fromUtf8(nv);
    return args;
}

QString u8(const char *s) { return QString::fromUtf8(s); }

} // namespace

class TestFormCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listsOneLinePerProcedureAndForm();
    void fillsEachFormFromTheCard_data();
    void fillsEachFormFromTheCard();
    void fillsFromAPhotoOfTheCardQr();
    void unknownFieldOrBadValueWritesNothing();
    void definitionWithErrorsIsRefusedWithLine();
    void roundTripThroughAScanKeepsTheFields();
    void roundTripOfEachForm_data();
    void roundTripOfEachForm();
    void changedPayloadIsFlaggedNotTrusted();
    void unknownFormVersionIsToldClearly();
    void pagePrintedWithVersion1IsStillRead();
    void pagePrintedWithVersion2IsStillDecoded();

private:
    CliRun fill(const QString &procedure, const QStringList &extra, const QString &out) const;
    QString samplePage(const QString &name);
    QString scanOf(const QString &pdf, const QString &name, const QString &degrees);
    // A birth declaration of `version` filled from the sample card and the child's facts (plus
    // `extra` typed fields), printed to `<name>.pdf` by the same code as today; the PDF's path, or
    // empty (the reason in *filled's error).
    QString printOlderBirthDeclaration(int version, const QList<QPair<QString, QString>> &extra, const QString &name,
                                       Result<forms::FilledForm> *filled);
    // `decode` of `pdf`: its "form" object (empty when decode failed).
    QJsonObject decodedForm(const QString &pdf);
    QList<Event> eventsOf(const QString &code);

    QTemporaryDir m_dir;
    QString m_ws;
    CliRunner m_cli;
    QString m_roundTripDossier;
    QJsonObject m_roundTripFields;
};

void TestFormCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("ws"));
    TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = createTestWorkspace(m_ws, spec);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
}

CliRun TestFormCli::fill(const QString &procedure, const QStringList &extra, const QString &out) const
{
    return m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                    QStringList{QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--procedure"), procedure,
                                QStringLiteral("--applicant-text"), kCard}
                        + extra + QStringList{QStringLiteral("--out"), out});
}

QString TestFormCli::samplePage(const QString &name)
{
    const QString path = m_dir.filePath(name);
    capture::SamplePageSpec spec;
    spec.lines = 20;
    return capture::SamplePages::textPage(spec).save(path) ? path : QString();
}

// The signed paper, scanned: the PDF rendered at 200 dpi in grey, turned a few degrees, with noise.
QString TestFormCli::scanOf(const QString &pdf, const QString &name, const QString &degrees)
{
    const QString raster = m_dir.filePath(name + QStringLiteral("-200"));
    if (tool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"), QStringLiteral("-png"),
                                          QStringLiteral("-singlefile"), pdf, raster}).exitCode != 0)
        return {};
    const QString scan = m_dir.filePath(name + QStringLiteral("-scan.png"));
    const Tool convert = tool(QStringLiteral("convert"),
                              {raster + QStringLiteral(".png"), QStringLiteral("-background"), QStringLiteral("white"),
                               QStringLiteral("-rotate"), degrees, QStringLiteral("-seed"), QStringLiteral("13"),
                               QStringLiteral("-attenuate"), QStringLiteral("0.5"), QStringLiteral("+noise"), QStringLiteral("Gaussian"),
                               QStringLiteral("-colorspace"), QStringLiteral("Gray"), scan});
    return convert.exitCode == 0 ? scan : QString();
}

QList<Event> TestFormCli::eventsOf(const QString &code)
{
    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    if (!ws)
        return {};
    auto db = (*ws)->openDatabase();
    if (!db)
        return {};
    return EventStore((*db)->sql(), (*ws)->session().deviceId).eventsOf(code);
}

void TestFormCli::listsOneLinePerProcedureAndForm()
{
    const CliRun r = m_cli.run({QStringLiteral("form"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = r.outLines();
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.contains(QStringLiteral("1.001193\tto-khai-khai-sinh\tTỜ KHAI ĐĂNG KÝ KHAI SINH")));
    QVERIFY(lines.contains(QStringLiteral("1.004222\tct01-thay-doi-thong-tin-cu-tru\tTỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ")));
    QVERIFY(lines.contains(QStringLiteral("1.004194\tct01-thay-doi-thong-tin-cu-tru\tTỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ")));
    for (const QString &l : lines)
        QCOMPARE(l.split(QLatin1Char('\t')).size(), 3);
    QVERIFY(r.err.isEmpty() || !r.err.contains("motcua-cli:"));
}

void TestFormCli::fillsEachFormFromTheCard_data()
{
    QTest::addColumn<QString>("procedure");
    QTest::addColumn<QString>("formId");
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<QString>("birthDate");   // as printed: the card holder's, or the typed person's
    QTest::addColumn<int>("version");         // the highest the registry has: the one a fill uses
    QTest::newRow("birth") << u8("1.001193") << u8("to-khai-khai-sinh")
                           << fields({"requester_relationship=Mẹ", "child_name=Trần Minh Khôi", "child_birth_date=02112026",
                                      "child_gender=Nam", "child_birth_place=Bệnh viện Phụ sản Hà Nội",
                                      "parents_marriage_number=15", "parents_marriage_book=01/2018",
                                      "parents_marriage_date=01062018", "parents_marriage_place=UBND xã Tân Lập"})
                           << u8("02/11/2026") << 3;
    QTest::newRow("death") << u8("1.000656") << u8("to-khai-khai-tu")
                           << fields({"requester_relationship=Con", "deceased_name=Nguyễn Văn Bảy", "deceased_birth_date=01011940",
                                      "deceased_gender=Nam", "death_date=01122026", "death_place=Tại nhà"})
                           << u8("01/01/1940") << 2;
    QTest::newRow("marriage") << u8("1.000894") << u8("to-khai-ket-hon")
                              << fields({"groom_name=Trần Văn Đức", "groom_birth_date=20051988", "groom_residence=Xã Tân Lập",
                                         "groom_id_number=001088012345"})
                              << u8("15/03/1990") << 1;
    QTest::newRow("marital status") << u8("1.004873") << u8("to-khai-xac-nhan-tinh-trang-hon-nhan")
                                    << fields({"requester_relationship=Bản thân", "marital_status=Chưa đăng ký kết hôn với ai",
                                               "purpose=Đăng ký kết hôn"})
                                    << u8("15/03/1990") << 2;
    QTest::newRow("CT01 permanent") << u8("1.004222") << u8("ct01-thay-doi-thong-tin-cu-tru")
                                    << fields({"request=Đăng ký thường trú", "phone=0912345678"}) << u8("15/03/1990") << 1;
    QTest::newRow("CT01 temporary") << u8("1.004194") << u8("ct01-thay-doi-thong-tin-cu-tru")
                                    << fields({"request=Đăng ký tạm trú"}) << u8("15/03/1990") << 1;
    QTest::newRow("extract copies") << u8("2.000635") << u8("to-khai-cap-ban-sao-trich-luc")
                                    << fields({"requester_relationship=Bản thân", "extract_kind=Khai sinh",
                                               "registered_at=UBND xã Tân Lập", "copies_requested=2"})
                                    << u8("15/03/1990") << 1;
}

void TestFormCli::fillsEachFormFromTheCard()
{
    QFETCH(QString, procedure);
    QFETCH(QString, formId);
    QFETCH(QStringList, typed);
    QFETCH(QString, birthDate);
    QFETCH(int, version);
    const QString pdf = m_dir.filePath(QStringLiteral("form-%1.pdf").arg(procedure));
    const CliRun r = fill(procedure, typed, pdf);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.outLines().size(), 1);
    const QJsonObject json = jsonOf(r.out);
    QVERIFY2(!json.isEmpty(), r.out.constData());
    const QJsonObject sources = json.value(QStringLiteral("_sources")).toObject();
    QVERIFY(!sources.isEmpty());
    // The card's name is pre-filled somewhere, marked as from the card; "Kính gửi" is the office.
    bool nameFromCard = false;
    for (auto it = json.begin(); it != json.end(); ++it)
        nameFromCard = nameFromCard || (it.value().toString() == QStringLiteral("Nguyễn Thị Ánh Tuyết")
                                        && sources.value(it.key()).toString() == QStringLiteral("card-qr"));
    QVERIFY(nameFromCard);
    QCOMPARE(json.value(QStringLiteral("kinh_gui")).toString(), QStringLiteral("UBND xã Tân Lập"));
    QCOMPARE(sources.value(QStringLiteral("kinh_gui")).toString(), QStringLiteral("office"));
    // Version 2 (and the birth form's 3): the requester's own date of birth, read from the card.
    if (version >= 2) {
        QCOMPARE(json.value(QStringLiteral("requester_birth_date")).toString(), QStringLiteral("1990-03-15"));
        QCOMPARE(sources.value(QStringLiteral("requester_birth_date")).toString(), QStringLiteral("card-qr"));
    }
    QCOMPARE(json.contains(QStringLiteral("requester_birth_date")), version >= 2);

    const Tool text = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("Nguyễn Thị Ánh Tuyết")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("001190012345")), qPrintable(text.out));
    QVERIFY2(text.out.contains(birthDate), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
                 || text.out.contains(QStringLiteral("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
             qPrintable(text.out));
    // The civil-status templates' frame: "Làm tại: …" and the note under the signer; the marriage
    // form signed by both sides.
    if (!formId.startsWith(QStringLiteral("ct01"))) {
        QVERIFY2(text.out.contains(QStringLiteral("Làm tại: ")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("(Ký, ghi rõ họ, chữ đệm, tên)")), qPrintable(text.out));
    }
    if (formId == QStringLiteral("to-khai-ket-hon")) {
        QVERIFY2(text.out.contains(QStringLiteral("BÊN NỮ")) && text.out.contains(QStringLiteral("BÊN NAM")), qPrintable(text.out));
        QCOMPARE(text.out.count(QStringLiteral("Trần Văn Đức")), 2);   // the groom's cell and his signature
        // The template's table: "Thông tin | Bên nữ | Bên nam" over rows holding both sides.
        const QStringList lines = text.out.split(QLatin1Char('\n'));
        const auto row = [&](const QString &a, const QString &b) {
            return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(a) && l.indexOf(b) > l.indexOf(a) + a.size(); });
        };
        QVERIFY2(row(QStringLiteral("Thông tin"), QStringLiteral("Bên nữ")) && row(QStringLiteral("Bên nữ"), QStringLiteral("Bên nam")),
                 qPrintable(text.out));
        QVERIFY2(row(QStringLiteral("Họ, chữ đệm, tên"), QStringLiteral("Nguyễn Thị Ánh Tuyết"))
                     && row(QStringLiteral("Nguyễn Thị Ánh Tuyết"), QStringLiteral("Trần Văn Đức")), qPrintable(text.out));
        QVERIFY2(row(QStringLiteral("15/03/1990"), QStringLiteral("20/05/1988")), qPrintable(text.out));
        QVERIFY2(row(QStringLiteral("001190012345"), QStringLiteral("001088012345")), qPrintable(text.out));
    }
    if (formId == QStringLiteral("to-khai-khai-sinh")) {
        QVERIFY2(text.out.contains(QStringLiteral("Thông tin về Giấy chứng nhận kết hôn của cha, mẹ trẻ")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("01/06/2018")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("15/03/1990")), qPrintable(text.out));   // the requester's date of birth
    }

    const QString png = m_dir.filePath(QStringLiteral("form-%1").arg(procedure));
    QCOMPARE(tool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"), QStringLiteral("-png"),
                                               QStringLiteral("-singlefile"), pdf, png}).exitCode, 0);
    const Tool qr = tool(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png + QStringLiteral(".png")});
    QCOMPARE(qr.exitCode, 0);
    QVERIFY2(qr.out.startsWith(QStringLiteral("MOTCUA-FORM1|%1|%2|").arg(formId).arg(version)), qPrintable(qr.out));
    QVERIFY(qr.out.contains(QStringLiteral("|Nguyễn Thị Ánh Tuyết|")));

    // decode prints the payload's fields, checked against its hash.
    const CliRun decoded = m_cli.run({QStringLiteral("decode"), pdf});
    QVERIFY2(decoded.exitCode == 0, decoded.err.constData());
    const QJsonObject form = jsonOf(decoded.out).value(QStringLiteral("form")).toObject();
    QCOMPARE(form.value(QStringLiteral("id")).toString(), formId);
    QCOMPARE(form.value(QStringLiteral("version")).toInt(), version);
    QCOMPARE(form.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    QJsonObject expected = json;
    expected.remove(QStringLiteral("_sources"));
    QCOMPARE(form.value(QStringLiteral("fields")).toObject(), expected);
}

void TestFormCli::fillsFromAPhotoOfTheCardQr()
{
    const QString card = m_dir.filePath(QStringLiteral("the-card.png"));
    QCOMPARE(tool(QStringLiteral("qrencode"), {QStringLiteral("-s"), QStringLiteral("5"), QStringLiteral("-o"), card, kCard}).exitCode, 0);
    m_cli.addSecret(QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    const QString pdf = m_dir.filePath(QStringLiteral("ct01-from-image.pdf"));
    const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                              {QStringLiteral("form"), QStringLiteral("fill"), QStringLiteral("--procedure"), QStringLiteral("1.004222"),
                               QStringLiteral("--applicant-qr"), card, QStringLiteral("--field"), QStringLiteral("request=Đăng ký thường trú"),
                               QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = jsonOf(r.out);
    QCOMPARE(json.value(QStringLiteral("full_name")).toString(), QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    QCOMPARE(json.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1990-03-15"));
    QCOMPARE(json.value(QStringLiteral("gender")).toString(), QStringLiteral("Nữ"));
    QCOMPARE(json.value(QStringLiteral("id_number")).toString(), QStringLiteral("001190012345"));
    QCOMPARE(json.value(QStringLiteral("_sources")).toObject().value(QStringLiteral("id_number")).toString(), QStringLiteral("card-qr"));
    QVERIFY(QFile::exists(pdf));
}

void TestFormCli::unknownFieldOrBadValueWritesNothing()
{
    const QString pdf = m_dir.filePath(QStringLiteral("refused.pdf"));
    const QStringList birth = fields({"requester_relationship=Mẹ", "child_name=Trần Minh Khôi", "child_gender=Nam",
                                      "child_birth_place=Bệnh viện Phụ sản Hà Nội"});
    struct Case {
        QStringList extra;
        QByteArray code;
        QByteArray field;
    };
    const QList<Case> cases{
        {birth + fields({"child_birth_date=02112026", "ten_con=X"}), "form.unknown-field", ""},
        {birth + fields({"child_birth_date=31022026"}), "form.bad-date", "child_birth_date"},
        {birth + fields({"child_birth_date=02112026", "child_gender=Không rõ"}), "form.duplicate-field", ""},
        {birth, "form.missing-required", "child_birth_date"},
        {birth + fields({"child_birth_date=02112026", "requester_id_number=099123456789"}), "form.bad-id-number", "requester_id_number"},
    };
    for (const Case &c : cases) {
        const CliRun r = fill(QStringLiteral("1.001193"), c.extra, pdf);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(c.code), r.err.constData());
        QVERIFY2(r.err.contains(c.field), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(pdf));
    }
    const CliRun none = fill(QStringLiteral("1.000001"), {}, pdf);
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains("form.no-form"), none.err.constData());
}

void TestFormCli::definitionWithErrorsIsRefusedWithLine()
{
    QFile good(QStringLiteral(":/resources/catalog/forms/to-khai-khai-tu.json"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    QByteArray json = good.readAll();
    // A province's copy with a misspelt type on one field.
    const qsizetype at = json.indexOf("\"type\": \"date\"");
    QVERIFY(at > 0);
    const int line = int(json.left(at).count('\n')) + 1;
    json.replace(at, 14, "\"type\": \"ngay\"");
    json.replace("\"id\": \"to-khai-khai-tu\"", "\"id\": \"to-khai-khai-tu-tinh\"");
    QTemporaryDir province;
    const QString folder = province.filePath(QStringLiteral("forms"));
    QVERIFY(QDir().mkpath(folder));
    QFile bad(folder + QStringLiteral("/khai-tu-tinh.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(json);
    bad.close();

    const CliRun v = m_cli.run({QStringLiteral("form"), QStringLiteral("validate"), bad.fileName()});
    QCOMPARE(v.exitCode, 1);
    QVERIFY2(v.err.contains(QStringLiteral("line %1: ").arg(line).toUtf8()), v.err.constData());
    QVERIFY2(v.err.contains("unknown type 'ngay'"), v.err.constData());
    QVERIFY(v.out.isEmpty());

    // In a workspace's forms folder, the whole folder is refused, the file and line named.
    const CliRun l = m_cli.run({QStringLiteral("--workspace"), province.path(), QStringLiteral("form"), QStringLiteral("list")});
    QCOMPARE(l.exitCode, 1);
    QVERIFY2(l.err.contains(QStringLiteral("khai-tu-tinh.json: line %1").arg(line).toUtf8()), l.err.constData());

    // Fixed, the province's form is listed beside the bundled ones.
    QVERIFY(bad.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.replace("\"type\": \"ngay\"", "\"type\": \"date\"");
    json.replace("\"1.000656\"", "\"1.000419\"");
    bad.write(json);
    bad.close();
    const CliRun ok = m_cli.run({QStringLiteral("--workspace"), province.path(), QStringLiteral("form"), QStringLiteral("list")});
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY(ok.outLines().contains(QStringLiteral("1.000419\tto-khai-khai-tu-tinh\tTỜ KHAI ĐĂNG KÝ KHAI TỬ")));
}

void TestFormCli::roundTripThroughAScanKeepsTheFields()
{
    const QString pdf = m_dir.filePath(QStringLiteral("khai-sinh.pdf"));
    const CliRun filled = fill(QStringLiteral("1.001193"),
                               fields({"requester_relationship=Mẹ", "child_name=Trần Minh Khôi", "child_birth_date=02112026",
                                       "child_gender=Nam", "child_birth_place=Bệnh viện Phụ sản Hà Nội", "child_hometown=Nam Định",
                                       "mother_name=Nguyễn Thị Ánh Tuyết", "mother_birth_date=1990", "mother_ethnicity=Kinh",
                                       "mother_nationality=Việt Nam", "father_name=Trần Văn Đức", "father_birth_date=12/06/1988",
                                       "copies_requested=2"}),
                               pdf);
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    QJsonObject expected = jsonOf(filled.out);
    expected.remove(QStringLiteral("_sources"));

    // The signed paper, scanned: 200 dpi, grey, turned 3 degrees, with noise.
    const QString raster = m_dir.filePath(QStringLiteral("khai-sinh-200"));
    QCOMPARE(tool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"), QStringLiteral("-png"),
                                               QStringLiteral("-singlefile"), pdf, raster}).exitCode, 0);
    const QString scan = m_dir.filePath(QStringLiteral("khai-sinh-scan.png"));
    const Tool convert = tool(QStringLiteral("convert"),
                              {raster + QStringLiteral(".png"), QStringLiteral("-background"), QStringLiteral("white"),
                               QStringLiteral("-rotate"), QStringLiteral("3"), QStringLiteral("-seed"), QStringLiteral("13"),
                               QStringLiteral("-attenuate"), QStringLiteral("0.5"), QStringLiteral("+noise"), QStringLiteral("Gaussian"),
                               QStringLiteral("-colorspace"), QStringLiteral("Gray"), scan});
    QVERIFY2(convert.exitCode == 0, qPrintable(convert.err));

    const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                              {QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("1.001193"),
                               QStringLiteral("--applicant-text"), kCard, QStringLiteral("--component"), QStringLiteral("1=") + scan,
                               QStringLiteral("--component"), QStringLiteral("2=") + samplePage(QStringLiteral("chung-sinh.png"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("the signed declaration's data were read"), r.err.constData());
    const QString code = r.outLines().value(0);

    const QList<Event> events = eventsOf(code);
    QVERIFY(!events.isEmpty());
    QJsonObject declaration;
    for (const Event &e : events)
        if (e.type == EventType::ComponentAttached && e.payload.value(QStringLiteral("number")).toInt() == 1)
            declaration = e.payload.value(QStringLiteral("declaration")).toObject();
    QCOMPARE(declaration.value(QStringLiteral("form")).toString(), QStringLiteral("to-khai-khai-sinh"));
    QCOMPARE(declaration.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(declaration.value(QStringLiteral("fields")).toObject(), expected);
    // Version 3's parents' date of birth: the year alone when the day is unknown, else in full.
    QCOMPARE(expected.value(QStringLiteral("mother_birth_date")).toString(), QStringLiteral("1990"));
    QCOMPARE(expected.value(QStringLiteral("father_birth_date")).toString(), QStringLiteral("1988-06-12"));

    // The next declaration of the same citizen pre-fills the parents from this dossier.
    const CliRun again = fill(QStringLiteral("1.001193"),
                              fields({"requester_relationship=Mẹ", "child_name=Trần Minh Anh", "child_birth_date=01122026",
                                      "child_gender=Nữ", "child_birth_place=Bệnh viện Phụ sản Hà Nội"}),
                              m_dir.filePath(QStringLiteral("khai-sinh-2.pdf")));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonObject second = jsonOf(again.out);
    QCOMPARE(second.value(QStringLiteral("father_name")).toString(), QStringLiteral("Trần Văn Đức"));
    QCOMPARE(second.value(QStringLiteral("_sources")).toObject().value(QStringLiteral("father_name")).toString(),
             QStringLiteral("dossier:") + code);
    QCOMPARE(second.value(QStringLiteral("mother_birth_date")).toString(), QStringLiteral("1990"));
    QCOMPARE(second.value(QStringLiteral("father_birth_date")).toString(), QStringLiteral("1988-06-12"));
    QCOMPARE(second.value(QStringLiteral("child_hometown")).toString(), QString());   // the child's own fields are not reused
}

void TestFormCli::roundTripOfEachForm_data()
{
    fillsEachFormFromTheCard_data();
}

// Every covered form, not only the birth declaration: fill → print → 200-dpi scan turned a few
// degrees with noise → receive → the component's event holds the same field values.
void TestFormCli::roundTripOfEachForm()
{
    QFETCH(QString, procedure);
    QFETCH(QString, formId);
    QFETCH(QStringList, typed);
    QFETCH(int, version);
    const QString name = QStringLiteral("rt-%1-%2").arg(procedure, QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    const CliRun filled = fill(procedure, typed, pdf);
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    QJsonObject expected = jsonOf(filled.out);
    expected.remove(QStringLiteral("_sources"));
    QVERIFY(expected.size() > 5);

    // Turned one way or the other, by 2 to 4 degrees depending on the form.
    const QString degrees = QString::number((procedure.size() + formId.size()) % 2 ? -(2 + formId.size() % 3) : 2 + formId.size() % 3);
    const QString scan = scanOf(pdf, name, degrees);
    QVERIFY2(!scan.isEmpty(), qPrintable(name));

    QStringList args{QStringLiteral("receive"), QStringLiteral("--procedure"), procedure, QStringLiteral("--applicant-text"), kCard,
                     QStringLiteral("--component"), QStringLiteral("1=") + scan};
    // The other components the procedure requires (the birth notice, the residence papers).
    if (procedure == QStringLiteral("1.001193") || formId.startsWith(QStringLiteral("ct01")))
        args << QStringLiteral("--component") << QStringLiteral("2=") + samplePage(name + QStringLiteral("-2.png"));
    if (procedure == QStringLiteral("2.000635"))   // the catalog publishes no time limit for it
        args << QStringLiteral("--limit-days") << QStringLiteral("1");
    const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword, args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("the signed declaration's data were read"), r.err.constData());
    const QString code = r.outLines().value(0);
    QVERIFY(!code.isEmpty());

    QJsonObject declaration;
    for (const Event &e : eventsOf(code))
        if (e.type == EventType::ComponentAttached && e.payload.value(QStringLiteral("number")).toInt() == 1)
            declaration = e.payload.value(QStringLiteral("declaration")).toObject();
    QCOMPARE(declaration.value(QStringLiteral("form")).toString(), formId);
    QCOMPARE(declaration.value(QStringLiteral("version")).toInt(), version);
    QCOMPARE(declaration.value(QStringLiteral("fields")).toObject(), expected);
}

void TestFormCli::changedPayloadIsFlaggedNotTrusted()
{
    // A real payload from `form fill`, then one value changed with the hash kept.
    const QString pdf = m_dir.filePath(QStringLiteral("ct01.pdf"));
    const CliRun filled = fill(QStringLiteral("1.004194"), fields({"request=Đăng ký tạm trú"}), pdf);
    QVERIFY2(filled.exitCode == 0, filled.err.constData());
    const CliRun decoded = m_cli.run({QStringLiteral("decode"), pdf});
    QString payload = jsonOf(decoded.out).value(QStringLiteral("text")).toString();
    QVERIFY(payload.contains(QStringLiteral("|Đăng ký tạm trú|")));
    payload.replace(QStringLiteral("|Đăng ký tạm trú|"), QStringLiteral("|Đăng ký thường trú|"));
    const QString page = m_dir.filePath(QStringLiteral("ct01-changed.png"));
    QCOMPARE(tool(QStringLiteral("qrencode"), {QStringLiteral("-s"), QStringLiteral("6"), QStringLiteral("-o"), page, payload}).exitCode, 0);

    const CliRun d = m_cli.run({QStringLiteral("decode"), page});
    QCOMPARE(jsonOf(d.out).value(QStringLiteral("form")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("tampered"));
    QVERIFY(!jsonOf(d.out).value(QStringLiteral("form")).toObject().contains(QStringLiteral("fields")));

    const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                              {QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("1.004194"),
                               QStringLiteral("--applicant-text"), kCard, QStringLiteral("--component"), QStringLiteral("1=") + page,
                               QStringLiteral("--component"), QStringLiteral("2=") + samplePage(QStringLiteral("cho-o.png"))});
    // Received (the paper is still the paper), the data not trusted.
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("form.tampered"), r.err.constData());
    QVERIFY(!r.err.contains("data were read"));
    int checked = 0;
    for (const Event &e : eventsOf(r.outLines().value(0))) {
        if (e.type != EventType::ComponentAttached || e.payload.value(QStringLiteral("number")).toInt() != 1)
            continue;
        QVERIFY(!e.payload.contains(QStringLiteral("declaration")));
        QCOMPARE(e.payload.value(QStringLiteral("declarationIssue")).toString(), QStringLiteral("form.tampered"));
        ++checked;
    }
    QCOMPARE(checked, 1);
}

void TestFormCli::unknownFormVersionIsToldClearly()
{
    // Version 9 of the birth form, well formed and with its hash right: this counter has no
    // definition of it.
    const QString body = QStringLiteral("to-khai-khai-sinh|9|UBND xã Tân Lập|Nguyễn Thị Ánh Tuyết");
    const QByteArray hash = QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256).left(8).toHex();
    const QString payload = QStringLiteral("MOTCUA-FORM1|to-khai-khai-sinh|9|") + QString::fromLatin1(hash)
        + QStringLiteral("|UBND xã Tân Lập|Nguyễn Thị Ánh Tuyết");
    const QString page = m_dir.filePath(QStringLiteral("v9.png"));
    QCOMPARE(tool(QStringLiteral("qrencode"), {QStringLiteral("-s"), QStringLiteral("6"), QStringLiteral("-o"), page, payload}).exitCode, 0);
    const CliRun d = m_cli.run({QStringLiteral("decode"), page});
    QCOMPARE(jsonOf(d.out).value(QStringLiteral("form")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unknown-version"));

    const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                              {QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("1.001193"),
                               QStringLiteral("--applicant-text"), kCard, QStringLiteral("--component"), QStringLiteral("1=") + page,
                               QStringLiteral("--component"), QStringLiteral("2=") + samplePage(QStringLiteral("chung-sinh-v9.png"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("form.unknown-version"), r.err.constData());
    QVERIFY2(r.err.contains("form version this counter does not know"), r.err.constData());
    int checked = 0;
    for (const Event &e : eventsOf(r.outLines().value(0))) {
        if (e.type == EventType::ComponentAttached && e.payload.value(QStringLiteral("number")).toInt() == 1) {
            QVERIFY(!e.payload.contains(QStringLiteral("declaration")));
            QCOMPARE(e.payload.value(QStringLiteral("declarationIssue")).toString(), QStringLiteral("form.unknown-version"));
            ++checked;
        }
    }
    QCOMPARE(checked, 1);
}

QString TestFormCli::printOlderBirthDeclaration(int version, const QList<QPair<QString, QString>> &extra, const QString &name,
                                                Result<forms::FilledForm> *filled)
{
    const forms::FormDefinition *def = forms::FormRegistry::bundled().find(QStringLiteral("to-khai-khai-sinh"), version);
    if (!def)
        return {};
    forms::FillInput in;
    in.known.insert(QStringLiteral("office.authority"), {QStringLiteral("UBND xã Tân Lập"), QStringLiteral("office")});
    in.known.insert(QStringLiteral("applicant.name"), {QStringLiteral("Nguyễn Thị Ánh Tuyết"), QStringLiteral("card-qr")});
    in.known.insert(QStringLiteral("applicant.id_number"), {QStringLiteral("001190012345"), QStringLiteral("card-qr")});
    in.typed = {{QStringLiteral("requester_relationship"), QStringLiteral("Mẹ")},
                {QStringLiteral("child_name"), QStringLiteral("Trần Minh Châu")},
                {QStringLiteral("child_birth_date"), QStringLiteral("05102026")},
                {QStringLiteral("child_gender"), QStringLiteral("Nữ")},
                {QStringLiteral("child_birth_place"), QStringLiteral("Bệnh viện Phụ sản Hà Nội")}};
    in.typed += extra;
    *filled = forms::fillForm(*def, in);
    if (!filled->ok())
        return {};
    const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    if (!printing::writeFormPdf(forms::declarationForm(*def, **filled, QDateTime(QDate(2026, 10, 6), QTime(9, 0))), pdf).ok())
        return {};
    return pdf;
}

QJsonObject TestFormCli::decodedForm(const QString &pdf)
{
    const CliRun decoded = m_cli.run({QStringLiteral("decode"), pdf});
    if (decoded.exitCode != 0) {
        qWarning("decode failed: %s", decoded.err.constData());
        return {};
    }
    return jsonOf(decoded.out).value(QStringLiteral("form")).toObject();
}

// A birth declaration printed with version 1 before version 2 came (by the same printing code, from
// the definition the registry still keeps), signed and scanned afterwards: decode verifies it as
// version 1 and receive stores its version-1 fields.
void TestFormCli::pagePrintedWithVersion1IsStillRead()
{
    const forms::FormDefinition *v1 = forms::FormRegistry::bundled().find(QStringLiteral("to-khai-khai-sinh"), 1);
    QVERIFY(v1);
    QVERIFY(!v1->field(QStringLiteral("requester_birth_date")));
    Result<forms::FilledForm> filled = Error(QStringLiteral("not filled"));
    const QString pdf = printOlderBirthDeclaration(1, {}, QStringLiteral("khai-sinh-v1"), &filled);
    QVERIFY2(!pdf.isEmpty(), qPrintable(filled.ok() ? QStringLiteral("not printed") : filled.error().toString()));
    QCOMPARE(filled->version, 1);

    const QJsonObject form = decodedForm(pdf);
    QCOMPARE(form.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(form.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    QCOMPARE(form.value(QStringLiteral("fields")).toObject().value(QStringLiteral("child_name")).toString(), QStringLiteral("Trần Minh Châu"));

    const QString scan = scanOf(pdf, QStringLiteral("khai-sinh-v1"), QStringLiteral("-3"));
    QVERIFY(!scan.isEmpty());
    const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                              {QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("1.001193"),
                               QStringLiteral("--applicant-text"), kCard, QStringLiteral("--component"), QStringLiteral("1=") + scan,
                               QStringLiteral("--component"), QStringLiteral("2=") + samplePage(QStringLiteral("chung-sinh-v1.png"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("the signed declaration's data were read"), r.err.constData());
    QJsonObject declaration;
    for (const Event &e : eventsOf(r.outLines().value(0)))
        if (e.type == EventType::ComponentAttached && e.payload.value(QStringLiteral("number")).toInt() == 1)
            declaration = e.payload.value(QStringLiteral("declaration")).toObject();
    QCOMPARE(declaration.value(QStringLiteral("form")).toString(), QStringLiteral("to-khai-khai-sinh"));
    QCOMPARE(declaration.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject stored = declaration.value(QStringLiteral("fields")).toObject();
    QCOMPARE(stored.size(), v1->fields.size());
    QVERIFY(!stored.contains(QStringLiteral("requester_birth_date")));
    for (const forms::FormField &f : v1->fields)
        QCOMPARE(stored.value(f.name).toString(), filled->values.value(f.name));
}

// A birth declaration printed with version 2 (the parents' year of birth) before version 3 came:
// decode verifies it as version 2 with its "mother_birth_year".
void TestFormCli::pagePrintedWithVersion2IsStillDecoded()
{
    const forms::FormDefinition *v2 = forms::FormRegistry::bundled().find(QStringLiteral("to-khai-khai-sinh"), 2);
    QVERIFY(v2);
    QCOMPARE(v2->field(QStringLiteral("mother_birth_year"))->type, forms::FieldType::Year);
    Result<forms::FilledForm> filled = Error(QStringLiteral("not filled"));
    const QString pdf = printOlderBirthDeclaration(2,
                                                   {{QStringLiteral("mother_name"), QStringLiteral("Nguyễn Thị Ánh Tuyết")},
                                                    {QStringLiteral("mother_birth_year"), QStringLiteral("1990")}},
                                                   QStringLiteral("khai-sinh-v2"), &filled);
    QVERIFY2(!pdf.isEmpty(), qPrintable(filled.ok() ? QStringLiteral("not printed") : filled.error().toString()));
    QCOMPARE(filled->version, 2);

    const QJsonObject form = decodedForm(pdf);
    QCOMPARE(form.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(form.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
    const QJsonObject fields = form.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.value(QStringLiteral("mother_birth_year")).toString(), QStringLiteral("1990"));
    QVERIFY(!fields.contains(QStringLiteral("mother_birth_date")));
}

QTEST_MAIN(TestFormCli)
#include "tst_formcli.moc"
