// The counter's printed forms (01 receipt, 02 supplement request, 03 refusal) as PDFs, checked
// with the tools a person would use: pdfinfo (pages, A4, title, PDF/A), pdftotext (the Vietnamese
// text is real text), pdftoppm at 300 dpi + zbarimg (the QR carries the receipt payload), and a
// rendered page checked for ink in the margins (nothing runs off the paper). The Vietnamese
// translation is the one embedded in motcua_app.
//
// MOTCUA_KEEP_FORMS=<dir> copies the PDFs there (for the screenshots in docs/).
#include "app/common/ErrorText.h"
#include "app/intake/IntakeForms.h"
#include "app/intake/IntakeService.h"
#include "app/printing/FormPainter.h"
#include "app/printing/FormPdf.h"
#include "domain/calendar/OfficeTime.h"
#include "domain/receipt/ReceiptPayload.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace motcua;
using namespace motcua::printing;

namespace {

const QString kCode = QStringLiteral("000.00.12.H30-261122-010013");
const QString kLookup = QStringLiteral("7KQ9M2XA");

struct ToolRun {
    int exitCode = -1;
    QString out;
};

ToolRun runTool(const QString &name, const QStringList &args)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(name), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput())};
}

QString infoField(const QString &info, const QString &name)
{
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(name + QLatin1Char(':')))
            return line.mid(name.size() + 1).trimmed();
    return {};
}

FormComponentLine component(int number, const QString &name, const QString &provided)
{
    FormComponentLine line;
    line.number = number;
    line.name = name;
    line.provided = provided;
    return line;
}

FormData sample(FormKind kind)
{
    FormData d;
    d.kind = kind;
    d.officeName = QStringLiteral("Bộ phận Một cửa UBND xã Tân Lập");
    d.officeCode = QStringLiteral("000.00.12.H30");
    d.authority = QStringLiteral("Ủy ban nhân dân xã Tân Lập");
    d.dossierCode = kCode;
    d.lookupCode = kLookup;
    d.procedureCode = QStringLiteral("1.001193");
    d.procedureName = QStringLiteral("Thủ tục đăng ký khai sinh");
    d.applicantName = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    d.applicantIdNumber = QStringLiteral("001190012345");
    d.applicantAddress = QStringLiteral("Số 12, thôn Đông, xã Tân Lập");
    d.applicantPhone = QStringLiteral("0912 345 678");
    d.applicantEmail = QStringLiteral("anhtuyet@example.vn");
    d.components = {
        component(1, QStringLiteral("Tờ khai đăng ký khai sinh"), QStringLiteral("Bản chính, 1 trang")),
        component(2, QStringLiteral("Giấy chứng sinh do cơ sở y tế cấp"), QStringLiteral("Bản chính, 2 trang")),
        component(3, QStringLiteral("Văn bản ủy quyền"), QStringLiteral("Tái sử dụng từ hồ sơ 000.00.12.H30-260305-010002")),
    };
    d.feesText = QStringLiteral("Lệ phí: 8.000 đồng");
    d.receivedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30));
    d.dueAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
    d.officerName = QStringLiteral("Nguyễn Văn An");
    d.lookupHint = QStringLiteral("Tra cứu tình trạng hồ sơ: nhập mã tra cứu 7KQ9M2XA tại dichvucong.tanlap.gov.vn");
    if (kind == FormKind::Supplement02) {
        d.components[1].missing = true;
        d.components[1].provided.clear();
        d.components[1].missingReason = QStringLiteral("Chưa nộp bản chính Giấy chứng sinh");
        d.reasons = {QStringLiteral("Bổ sung bản chính Giấy chứng sinh do bệnh viện cấp"),
                     QStringLiteral("Ghi đầy đủ họ, chữ đệm, tên của người cha trong tờ khai")};
        d.dueAt = QDateTime();
    }
    if (kind == FormKind::Refusal03) {
        d.dossierCode.clear();
        d.lookupCode.clear();
        d.reasons = {QStringLiteral("Thủ tục không thuộc thẩm quyền giải quyết của UBND xã Tân Lập"),
                     QStringLiteral("Người yêu cầu đã đăng ký khai sinh tại UBND phường Đống Đa")};
        d.components.resize(1);
        d.feesText.clear();
        d.lookupHint.clear();
        d.dueAt = QDateTime();
    }
    return d;
}

} // namespace

class TestForms : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void receiptForm01();
    void supplementForm02();
    void refusalForm03();
    void dueAsNotified();
    void supplementReasonsFromMissingComponents();
    void longListSpansPages();
    void longTextStaysInsideThePaper();
    void impossiblePathLeavesNothing();
    void bytesInMemory();
    void samePlaceWhateverTheDeviceMargins();
    void englishUiPrintsVietnamese();
    void citizenFormsShowNoInternalWords();
    void casework04To06CarryTheDossierCode();

private:
    QString write(const FormData &data, const QString &name);
    QString text(const QString &pdf, int page = 0);
    QString qr(const QString &pdf, int page = 1, int *exitCode = nullptr);

    QTemporaryDir m_dir;
    QTranslator m_translator;
};

void TestForms::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // tools/install-deps installs these: a missing one is a failure, not a skip.
    for (const char *tool : {"pdfinfo", "pdftotext", "pdftoppm", "zbarimg"})
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(), tool);
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/motcua_vi.qm")));   // embedded in motcua_app
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    // The forms are Vietnamese (and stay so whatever the UI's language: englishUiPrintsVietnamese).
    QCOMPARE(FormPainter::title(FormKind::Receipt01), QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"));
    QCOMPARE(FormPainter::title(FormKind::Supplement02), QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"));
    QCOMPARE(FormPainter::title(FormKind::Refusal03), QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"));
    QCOMPARE(FormPainter::moment(QDateTime(QDate(2026, 11, 25), QTime(8, 5))), QStringLiteral("08 giờ 05 phút, ngày 25/11/2026"));
}

QString TestForms::write(const FormData &data, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Status s = writeFormPdf(data, path);
    if (!s.ok())
        qWarning("%s", qPrintable(s.error().toString()));
    const QString keep = qEnvironmentVariable("MOTCUA_KEEP_FORMS");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(QDir(keep).filePath(name));
        QFile::copy(path, QDir(keep).filePath(name));
    }
    return s.ok() ? path : QString();
}

QString TestForms::text(const QString &pdf, int page)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args).out.normalized(QString::NormalizationForm_C).simplified();
}

QString TestForms::qr(const QString &pdf, int page, int *exitCode)
{
    // Rasterised at 300 dpi in grey, as a flatbed scan of the printed slip; zbar is another
    // decoder than ours.
    const QString prefix = m_dir.filePath(QFileInfo(pdf).baseName() + QStringLiteral("-scan"));
    const ToolRun ppm = runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"),
                                                             QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                             QString::number(page), QStringLiteral("-singlefile"), pdf, prefix});
    if (ppm.exitCode != 0)
        return {};
    const ToolRun z = runTool(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), prefix + QStringLiteral(".pgm")});
    if (exitCode)
        *exitCode = z.exitCode;
    return z.out.trimmed();
}

void TestForms::receiptForm01()
{
    const QString pdf = write(sample(FormKind::Receipt01), QStringLiteral("form01.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}).out;
    QCOMPARE(infoField(info, QStringLiteral("Pages")), QStringLiteral("1"));
    QVERIFY2(infoField(info, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")), qPrintable(info));
    QCOMPARE(infoField(info, QStringLiteral("Title")), QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ — ") + kCode);
    QCOMPARE(infoField(info, QStringLiteral("Creator")), QStringLiteral("MotCua"));
    const QString meta = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf}).out;
    QVERIFY2(meta.contains(QStringLiteral("pdfaid:part=\"1\"")) || meta.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")),
             qPrintable(meta));

    const QString t = text(pdf);
    for (const QString &expected : QStringList{
             QStringLiteral("BỘ PHẬN MỘT CỬA UBND XÃ TÂN LẬP"),
             QStringLiteral("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
             QStringLiteral("Mẫu số 01"),
             QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
             QString(QStringLiteral("Mã hồ sơ: ") + kCode),
             QString(QStringLiteral("Mã tra cứu: ") + kLookup),
             QStringLiteral("Tiếp nhận hồ sơ của: Nguyễn Thị Ánh Tuyết"),
             QStringLiteral("Địa chỉ: Số 12, thôn Đông, xã Tân Lập"),
             QStringLiteral("Thủ tục đăng ký khai sinh (mã 1.001193)"),
             QStringLiteral("Tờ khai đăng ký khai sinh"),
             QStringLiteral("Giấy chứng sinh do cơ sở y tế cấp"),
             QStringLiteral("Văn bản ủy quyền"),
             QStringLiteral("Bản chính, 2 trang"),
             QStringLiteral("Lệ phí: 8.000 đồng"),
             QStringLiteral("Thời gian nhận hồ sơ: 09 giờ 30 phút, ngày 24/11/2026"),
             QStringLiteral("Hẹn trả kết quả: 10 giờ 00 phút, ngày 25/11/2026"),
             QStringLiteral("NGƯỜI NỘP HỒ SƠ"),
             QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"),
             QStringLiteral("(Ký và ghi rõ họ tên)"),
             QStringLiteral("Nguyễn Văn An"),
             QStringLiteral("Trang 1/1"),
         })
        QVERIFY2(t.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + t));
    // Nothing left in English.
    QVERIFY2(!t.contains(QStringLiteral("Dossier")) && !t.contains(QStringLiteral("Form No")), qPrintable(t));

    const QString payload = qr(pdf);
    QCOMPARE(payload, QStringLiteral("MOTCUA1|") + kCode + QLatin1Char('|') + kLookup);
    const Result<ReceiptPayload> parsed = ReceiptPayload::parse(payload);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->dossierCode, kCode);
}

void TestForms::supplementForm02()
{
    const QString pdf = write(sample(FormKind::Supplement02), QStringLiteral("form02.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}).out;
    QCOMPARE(infoField(info, QStringLiteral("Title")), QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ — ") + kCode);
    const QString t = text(pdf);
    for (const QString &expected : QStringList{
             QStringLiteral("Mẫu số 02"),
             QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
             QStringLiteral("Nguyễn Thị Ánh Tuyết"),
             QStringLiteral("1. Bổ sung bản chính Giấy chứng sinh do bệnh viện cấp"),
             QStringLiteral("2. Ghi đầy đủ họ, chữ đệm, tên của người cha trong tờ khai"),
             QStringLiteral("Chưa nộp bản chính Giấy chứng sinh"),
             QStringLiteral("Giấy chứng sinh do cơ sở y tế cấp"),
             QStringLiteral("NGƯỜI HƯỚNG DẪN"),
         })
        QVERIFY2(t.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + t));
    QVERIFY(!t.contains(QStringLiteral("Hẹn trả kết quả")));   // the clock is paused
    QCOMPARE(qr(pdf), QStringLiteral("MOTCUA1|") + kCode + QLatin1Char('|') + kLookup);
}

void TestForms::refusalForm03()
{
    const FormData data = sample(FormKind::Refusal03);
    QVERIFY(!FormPainter(data).qrText().ok());
    const QString pdf = write(data, QStringLiteral("form03.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf}).out;
    QCOMPARE(infoField(info, QStringLiteral("Title")), QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"));
    const QString t = text(pdf);
    for (const QString &expected : QStringList{
             QStringLiteral("Mẫu số 03"),
             QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
             QStringLiteral("Nguyễn Thị Ánh Tuyết"),
             QStringLiteral("Bộ phận Một cửa UBND xã Tân Lập từ chối tiếp nhận hồ sơ này"),
             QStringLiteral("1. Thủ tục không thuộc thẩm quyền giải quyết của UBND xã Tân Lập"),
             QStringLiteral("2. Người yêu cầu đã đăng ký khai sinh tại UBND phường Đống Đa"),
             QStringLiteral("Tờ khai đăng ký khai sinh"),
         })
        QVERIFY2(t.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + t));
    QVERIFY(!t.contains(QStringLiteral("Mã hồ sơ")));
    // No codes, no QR: zbarimg finds no symbol (exit code 4).
    int code = -1;
    QCOMPARE(qr(pdf, 1, &code), QString());
    QCOMPARE(code, 4);
}

void TestForms::dueAsNotified()
{
    FormData d = sample(FormKind::Receipt01);
    d.dueAt = QDateTime();
    d.feesText = QStringLiteral("Miễn lệ phí");
    const QString pdf = write(d, QStringLiteral("form01-notified.pdf"));
    const QString t = text(pdf);
    QVERIFY2(t.contains(QStringLiteral("Hẹn trả kết quả: Theo thông báo")), qPrintable(t));
    QVERIFY2(t.contains(QStringLiteral("2. Miễn lệ phí")), qPrintable(t));
}

void TestForms::supplementReasonsFromMissingComponents()
{
    // No reasons written: the missing components, with why, are the numbered list.
    FormData d = sample(FormKind::Supplement02);
    d.reasons.clear();
    const QString t = text(write(d, QStringLiteral("form02-derived.pdf")));
    QVERIFY2(t.contains(QStringLiteral("1. Giấy chứng sinh do cơ sở y tế cấp: Chưa nộp bản chính Giấy chứng sinh")), qPrintable(t));
    QVERIFY(!t.contains(QStringLiteral("2. ")));
}

void TestForms::longListSpansPages()
{
    FormData d = sample(FormKind::Receipt01);
    d.components.clear();
    for (int i = 1; i <= 40; ++i)
        d.components.append(component(i, QStringLiteral("Giấy tờ %1: bản sao giấy tờ chứng minh nơi cư trú hợp pháp của người "
                                               "yêu cầu đăng ký, kèm xác nhận của cơ quan có thẩm quyền")
                                    .arg(i, 2, 10, QLatin1Char('0')),
                                      QStringLiteral("Bản sao, %1 trang").arg(i % 3 + 1)));
    const QString pdf = write(d, QStringLiteral("form01-long.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = infoField(runTool(QStringLiteral("pdfinfo"), {pdf}).out, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    // The painter says the same page count before painting (layout only).
    QPdfWriter probe(m_dir.filePath(QStringLiteral("probe.pdf")));
    probe.setResolution(300);
    probe.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    QCOMPARE(FormPainter(d).pageCount(&probe), pages);

    // Every row once, none lost at a page break; the header row repeated on every page the
    // table runs over; each page numbered.
    const QString all = text(pdf);
    for (int i = 1; i <= 40; ++i) {
        const QString name = QStringLiteral("Giấy tờ %1:").arg(i, 2, 10, QLatin1Char('0'));
        QCOMPARE(all.count(name), 1);
    }
    int pagesWithHeader = 0;
    for (int p = 1; p <= pages; ++p) {
        const QString page = text(pdf, p);
        QVERIFY2(page.contains(QStringLiteral("Trang %1/%2").arg(p).arg(pages)), qPrintable(page));
        if (page.contains(QStringLiteral("Giấy tờ ")))
            pagesWithHeader += page.contains(QStringLiteral("Tên thành phần hồ sơ")) ? 1 : 0;
        else
            QVERIFY(!page.contains(QStringLiteral("Tên thành phần hồ sơ")));
    }
    QVERIFY(pagesWithHeader >= 2);
    QVERIFY(text(pdf, 1).contains(QStringLiteral("Giấy tờ 01:")));
    QVERIFY(text(pdf, pages).contains(QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ")));
    QVERIFY(text(pdf, pages).contains(QStringLiteral("Hẹn trả kết quả: 10 giờ 00 phút, ngày 25/11/2026")));
    // The QR is on the first page.
    QCOMPARE(qr(pdf, 1), QStringLiteral("MOTCUA1|") + kCode + QLatin1Char('|') + kLookup);
}

void TestForms::longTextStaysInsideThePaper()
{
    FormData d = sample(FormKind::Supplement02);
    d.officeName = QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Thừa Thiên Huế — Bộ phận tiếp nhận và trả kết quả");
    d.applicantName = QStringLiteral("Tôn Nữ Thị Hoàng Phương Thảo Nguyên Khánh Linh Đoan Trang Ngọc Bích");
    d.applicantAddress = QString(QStringLiteral("Số 1234/56/78 đường Nguyễn Văn Linh, khu phố Đông Hòa Bình, ")).repeated(4)
                         + QStringLiteral("CUỐIĐỊACHỈ");
    d.procedureName = QStringLiteral("Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế, "
                                     "cấp thẻ căn cước cho trẻ em dưới 6 tuổi");
    d.components[0].name = QStringLiteral("Mộttừrấtdàikhôngcókhoảngtrắngnàođểxuốngdòngmàvẫnphảinằmtrongcộtcủabảng");
    d.reasons << QString(QStringLiteral("Nội dung cần hoàn thiện rất dài ")).repeated(12);
    const QString pdf = write(d, QStringLiteral("form02-long.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString t = text(pdf).remove(QLatin1Char(' '));
    QVERIFY2(t.contains(QStringLiteral("CUỐIĐỊACHỈ")), qPrintable(t));
    // The unbreakable word is broken inside its cell (pdftotext interleaves the cells' lines).
    QVERIFY(t.contains(QStringLiteral("Mộttừrấtdài")));
    QVERIFY(t.contains(QStringLiteral("cộtcủabảng")));

    // Rendered at 50 dpi: no ink in the outer 8 mm of the paper on any page.
    const int pages = infoField(runTool(QStringLiteral("pdfinfo"), {pdf}).out, QStringLiteral("Pages")).toInt();
    const QString prefix = m_dir.filePath(QStringLiteral("margins"));
    QCOMPARE(runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-gray"), pdf, prefix}).exitCode, 0);
    const QStringList images = QDir(m_dir.path()).entryList({QStringLiteral("margins*.pgm")}, QDir::Files, QDir::Name);
    QCOMPARE(images.size(), pages);
    for (const QString &file : images) {
        const QImage img(QDir(m_dir.path()).filePath(file));
        QVERIFY(!img.isNull());
        const int band = qRound(8 / 25.4 * 50);
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const bool margin = x < band || x >= img.width() - band || y < band || y >= img.height() - band;
                if (margin && qGray(img.pixel(x, y)) < 200)
                    QFAIL(qPrintable(QStringLiteral("ink in the margin of %1 at %2,%3").arg(file).arg(x).arg(y)));
            }
    }
}

void TestForms::impossiblePathLeavesNothing()
{
    // A folder that is a file: nothing can be created under it, whoever runs the test.
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString path = blocker + QStringLiteral("/form01.pdf");
    const Status s = writeFormPdf(sample(FormKind::Receipt01), path);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("printing.write-failed"));
    QVERIFY2(s.error().detail.contains(path), qPrintable(s.error().detail));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("not-a-folder")});
    // The officer reads a Vietnamese sentence, not the code.
    const QString sentence = errorText(s.error());
    QVERIFY2(sentence.startsWith(QStringLiteral("Không lưu được")), qPrintable(sentence));
}

void TestForms::bytesInMemory()
{
    const QByteArray pdf = formPdfBytes(sample(FormKind::Receipt01));
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.size() < 120 * 1024, qPrintable(QString::number(pdf.size())));
    QFile f(m_dir.filePath(QStringLiteral("bytes.pdf")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    QVERIFY(text(f.fileName()).contains(QStringLiteral("Nguyễn Thị Ánh Tuyết")));
    qInfo("Form 01 PDF: %lld bytes", qint64(pdf.size()));
}

void TestForms::samePlaceWhateverTheDeviceMargins()
{
    // A printer keeps unprintable margins and puts the painter's origin inside them; the form
    // must still sit at the same place on the paper. Two PDFs, one with 5 mm device margins,
    // rendered and compared pixel by pixel.
    const FormData data = sample(FormKind::Receipt01);
    auto render = [&](const QString &name, qreal marginMm) {
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        {
            QPdfWriter pdf(path);
            pdf.setResolution(300);
            pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                          QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter));
            if (FormPainter(data).paint(&pdf) != 1)
                return QImage();
        }
        const QString prefix = m_dir.filePath(name);
        runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-gray"),
                                             QStringLiteral("-singlefile"), path, prefix});
        return QImage(prefix + QStringLiteral(".pgm"));
    };
    const QImage plain = render(QStringLiteral("margins0"), 0);
    const QImage printer = render(QStringLiteral("margins5"), 5);
    QVERIFY(!plain.isNull() && !printer.isNull());
    QCOMPARE(printer.size(), plain.size());
    qint64 differing = 0, ink = 0;
    for (int y = 0; y < plain.height(); ++y)
        for (int x = 0; x < plain.width(); ++x) {
            ink += qGray(plain.pixel(x, y)) < 128 ? 1 : 0;
            differing += std::abs(qGray(plain.pixel(x, y)) - qGray(printer.pixel(x, y))) > 64 ? 1 : 0;
        }
    QVERIFY(ink > 1000);
    QVERIFY2(differing < ink / 50, qPrintable(QStringLiteral("%1 of %2").arg(differing).arg(ink)));
}

void TestForms::englishUiPrintsVietnamese()
{
    // Official forms are Vietnamese whatever the language of the UI (printing::OfficialText): with
    // the app's translator removed (the UI in English, the sources' language) they still print in
    // Vietnamese.
    QVERIFY(QCoreApplication::removeTranslator(&m_translator));
    QCOMPARE(QCoreApplication::translate("FormPainter", "Results due: "), QStringLiteral("Results due: "));   // the UI is English
    const QString title = FormPainter::title(FormKind::Receipt01);
    const QString moment = FormPainter::moment(QDateTime(QDate(2026, 11, 25), QTime(8, 5)));
    const QString pdf = write(sample(FormKind::Receipt01), QStringLiteral("form01-en-ui.pdf"));
    const QString pdf04 = write(sample(FormKind::Extension04), QStringLiteral("form04-en-ui.pdf"));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    QCOMPARE(title, QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"));
    QCOMPARE(moment, QStringLiteral("08 giờ 05 phút, ngày 25/11/2026"));
    const QString t = text(pdf);
    QVERIFY2(t.contains(QStringLiteral("Hẹn trả kết quả: 10 giờ 00 phút, ngày 25/11/2026")), qPrintable(t));
    QVERIFY2(!t.contains(QStringLiteral("Results due")), qPrintable(t));
    QVERIFY(t.contains(QStringLiteral("Nguyễn Thị Ánh Tuyết")));
    const QString t04 = text(pdf04).simplified();
    QVERIFY2(t04.contains(QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")), qPrintable(t04));
    QVERIFY2(!t04.contains(QStringLiteral("APOLOGY")), qPrintable(t04));
}


// Forms 04, 05 and 06 carry the dossier's code as the receipt does (the same payload), read here
// by another decoder than ours from a 300-dpi greyscale rendering; Form 07 is a register of many
// dossiers and carries none.
void TestForms::casework04To06CarryTheDossierCode()
{
    const QString expected = QStringLiteral("MOTCUA1|") + kCode + QLatin1Char('|') + kLookup;
    for (FormKind kind : {FormKind::Extension04, FormKind::Stop05, FormKind::ControlSlip06}) {
        const QString pdf = write(sample(kind), QStringLiteral("form-code-%1.pdf").arg(int(kind)));
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(qr(pdf), expected);
    }
}

// What the citizen takes home says what they handed in (the form, the pages) and where a document
// came from only when it was not their paper: no "scanned at the counter" / "imported from a file",
// no status numbers. Times are the office's (the moment is 18:30 UTC: 01:30 next day in Hà Nội).
void TestForms::citizenFormsShowNoInternalWords()
{
    using namespace motcua::intake;
    Procedure procedure;
    procedure.code = QStringLiteral("1.001193");
    procedure.name = QStringLiteral("Thủ tục đăng ký khai sinh");
    for (int n = 1; n <= 3; ++n) {
        Component c;
        c.number = n;
        c.name = QStringLiteral("Giấy tờ %1").arg(n);
        c.required = true;
        procedure.components << c;
    }
    IntakeDraft draft;
    draft.procedureCode = procedure.code;
    draft.applicant.name = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    draft.applicant.idNumber = QStringLiteral("001190012345");
    const Provenance how[] = {Provenance::ScannedAtCounter, Provenance::ImportedFile, Provenance::ReusedFromDossier};
    for (int n = 1; n <= 3; ++n) {
        DraftComponent &c = draft.componentRef(n);
        c.provenance = how[n - 1];
        c.form = QStringLiteral("original");
        c.pages << DraftPage{QString(64, QLatin1Char('a' + n)), false, {}};
        if (c.provenance == Provenance::ReusedFromDossier)
            c.fromDossier = QStringLiteral("H55.242-260305-010002");
    }
    IntakeOutcome outcome;
    outcome.type = EventType::Received;
    outcome.dossierCode = QStringLiteral("H55.242-261207-010001");
    outcome.decidedAt = QDateTime(QDate(2026, 12, 6), QTime(18, 30), Qt::UTC);
    SessionInfo session;
    session.office.code = QStringLiteral("H55.242");
    const FormData f = IntakeForms::build(outcome, draft, procedure, session, OfficeTime::zone());
    QCOMPARE(f.components.size(), 3);
    for (const FormComponentLine &line : f.components) {
        for (const char *word : {"quét", "nhập từ tệp", "tệp", "scanned", "imported", "trạng thái"})
            QVERIFY2(!line.provided.contains(QString::fromUtf8(word)), qPrintable(line.provided));
        QVERIFY2(line.provided.contains(QStringLiteral("1 trang")), qPrintable(line.provided));
    }
    QVERIFY2(f.components.at(2).provided.contains(QStringLiteral("H55.242-260305-010002")), qPrintable(f.components.at(2).provided));
    QCOMPARE(f.receivedAt.date(), QDate(2026, 12, 7));
    QCOMPARE(f.receivedAt.time(), QTime(1, 30));
    const QString pdf = write(f, QStringLiteral("plain-words.pdf"));
    const QString all = text(pdf);
    QVERIFY2(!all.contains(QStringLiteral("quét tại quầy")) && !all.contains(QStringLiteral("nhập từ tệp")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("07/12/2026")), qPrintable(all));
}

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
