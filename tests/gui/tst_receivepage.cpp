// The Receive page on real widgets (offscreen) against a real encrypted workspace, the SANE test
// scanner (out of process, SANE_CONFIG_DIR=tests/data/sane) and real PDFs: a full receipt from a
// keyboard-wedge ID-card burst to the printed slip, the incomplete dossier (Form 02, Form 03), the
// number of user actions a standard receipt takes, and the draft kept across a killed process.
#include "tst_receivepage_support.h"

#include "app/capture/Scanner.h"
#include "app/intake/IntakeWorker.h"
#include "support/LongDocument.h"
#include "domain/calendar/OfficeTime.h"
#include "ui/receive/ComponentRow.h"
#include "ui/receive/ReceiptEditor.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QPainter>
#include <QtTest>

#include <limits>
#include <optional>
#include <utility>

using namespace motcua;
using namespace rptest;

namespace {

int runDraftChild(const QString &dir);

} // namespace

class TestReceivePage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cardBurstFillsApplicantWithoutStrayCharacters();
    void fullReceipt();
    void incompleteDossierSupplementAndRefusal();
    void procedureWithoutLimitNeedsOne();
    void knownCitizenReuseAndEscape();
    void standardReceiptActionCount();
    void organisationApplicant();
    void blankPageSetAsideAndRestored();
    void twentyPageScanShowsEveryPage();
    void feederScansEverySheetThenFlatbed();
    void lockAndUnlockCarryOn();
    void pagesInFlightAcrossLock();
    void draftSurvivesKilledProcess();
    void layoutStaysInTheWindow();
    void fileDialogsOpenInTheLastFolder();
};

void TestReceivePage::initTestCase()
{
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans"))) {
        QFont font(QStringLiteral("Noto Sans"));
        font.setPointSize(10);
        QApplication::setFont(font);
    }
}

void TestReceivePage::cardBurstFillsApplicantWithoutStrayCharacters()
{
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();
    // The burst arrives while the officer is in the procedure field with some letters typed.
    QLineEdit *query = procedureQuery(page);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(query));
    QTest::keyClicks(query, QStringLiteral("khai"));
    sendBurst(kCardText);
    QCOMPARE(query->text(), QStringLiteral("khai"));   // nothing of the burst in the field
    QCOMPARE(page->editor()->draft().applicant.name, kCardName);
    QCOMPARE(page->editor()->draft().applicant.idNumber, QStringLiteral("001190123456"));
    QCOMPARE(page->editor()->draft().applicant.gender, QStringLiteral("Nữ"));
    QCOMPARE(page->editor()->draft().applicant.source, QStringLiteral("card-qr"));
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("fullName"))->text(), kCardName);

    // The GUI thread busy for 90 ms in the middle of a burst (longer than a person's pause allows,
    // shorter than a scanner's): still one burst, nothing leaks.
    page->newReceipt();
    QTest::keyClicks(query, QStringLiteral("kh"));
    sendBurst(kCardText, 15, 90);
    QCOMPARE(page->editor()->draft().applicant.name, kCardName);
    QCOMPARE(query->text(), QStringLiteral("kh"));

    // A card that reads but deserves a look: the warning in Vietnamese, the applicant filled all the same.
    page->newReceipt();
    sendBurst(QStringLiteral("001090123456||Trần Thị Hoa|05061990|Nữ|Hà Nội|15042021"));
    QCOMPARE(page->editor()->draft().applicant.name, QStringLiteral("Trần Thị Hoa"));
    QVERIFY2(page->findChild<QLabel *>(QStringLiteral("cardNote"))->text().contains(
                 QStringLiteral("Chữ số giới tính của số định danh (0) không khớp với giới tính trên thẻ (Nữ).")),
             qPrintable(page->findChild<QLabel *>(QStringLiteral("cardNote"))->text()));

    // A card whose QR is broken: the error is shown, nothing is filled, nothing leaks into the field.
    page->newReceipt();
    QTest::keyClicks(query, QStringLiteral("ho"));
    sendBurst(QStringLiteral("001190123456|012345678|Lê Văn Cường|31021990|Nam|Hà Nội|15042021"));
    QCOMPARE(page->step(), int(ReceivePage::ApplicantStepIndex));
    QVERIFY(page->editor()->draft().applicant.isEmpty());
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("cardNote"))->text(),
             QStringLiteral("⚠ Mã QR của thẻ căn cước có ngày sinh không hợp lệ."));
    QCOMPARE(query->text(), QStringLiteral("ho"));

    // The card from an image file (a photo of the card's QR).
    page->newReceipt();
    const QString qr = c.tmp.filePath(QStringLiteral("the.png"));
    QProcess qrencode;
    qrencode.start(QStringLiteral("qrencode"), {QStringLiteral("-s"), QStringLiteral("6"), QStringLiteral("-o"), qr, kCardText});
    QVERIFY(qrencode.waitForFinished(30000) && qrencode.exitCode() == 0);
    QSignalSpy cardReads(page, &ReceivePage::cardRead);
    page->readCardFile(qr);
    QTRY_VERIFY_WITH_TIMEOUT(cardReads.count() == 1, kWaitMs);
    QVERIFY(cardReads.at(0).at(0).toBool());
    QCOMPARE(page->editor()->draft().applicant.name, kCardName);
    QCOMPARE(page->editor()->draft().applicant.source, QStringLiteral("card-qr"));
    // The card on the scanner (the test scanner's picture holds no QR: said so, nothing filled).
    page->newReceipt();
    page->setStep(ReceivePage::ApplicantStepIndex);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("scanCard")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(cardReads.count() == 2, kWaitMs);
    QVERIFY(!cardReads.at(1).at(0).toBool());
    QVERIFY(page->editor()->draft().applicant.isEmpty());
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("cardNote"))->text(),
             QStringLiteral("⚠ Đây không phải mã QR của thẻ căn cước."));

    // Digits typed by a person in the ID field still arrive (held briefly, then delivered).
    page->newReceipt();
    page->setStep(ReceivePage::ApplicantStepIndex);
    auto *id = page->findChild<QLineEdit *>(QStringLiteral("idNumber"));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(id));
    QTest::keyClicks(id, QStringLiteral("0791"));
    QTRY_COMPARE(id->text(), QStringLiteral("0791"));
    // A fast burst that is not an ID card (a receipt code) is given back to the field as typed.
    id->clear();
    sendBurst(QStringLiteral("123456789012345678901234"));
    QTRY_COMPARE(id->text(), QStringLiteral("123456789012"));   // the field takes 12 digits
    // A Vietnamese letter typed by hand goes straight through.
    auto *name = page->findChild<QLineEdit *>(QStringLiteral("fullName"));
    name->setFocus();
    QTest::sendKeyEvent(QTest::Click, name, Qt::Key_unknown, QStringLiteral("Ễ"), Qt::NoModifier);
    QCOMPARE(name->text(), QStringLiteral("Ễ"));
}

void TestReceivePage::fullReceipt()
{
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();

    sendBurst(kCardText);
    QCOMPARE(procedureQuery(page)->text(), QString());
    QCOMPARE(page->editor()->draft().applicant.name, kCardName);
    // A citizen this counter has never seen: the phone is asked at once (the focus in its field, a hint).
    auto *phone = page->findChild<QLineEdit *>(QStringLiteral("phone"));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(phone), kWaitMs);
    QCOMPARE(page->step(), int(ReceivePage::ApplicantStepIndex));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("phoneHint"))->isVisible());
    // Checked like Lookup reads phones: 0 and 9 digits, or +84 and 9 digits.
    QTest::keyClicks(phone, QStringLiteral("0912 345 67"));
    QTest::keyClick(phone, Qt::Key_Return);
    QCOMPARE(page->step(), int(ReceivePage::ApplicantStepIndex));
    QVERIFY2(page->findChild<QLabel *>(QStringLiteral("applicantProblem"))->text().contains(QStringLiteral("điện thoại")),
             qPrintable(page->findChild<QLabel *>(QStringLiteral("applicantProblem"))->text()));
    screenshot(page, "receive-2-phone-vi.png");
    phone->clear();
    QTest::keyClicks(phone, QStringLiteral("+84 912 345 678"));
    QTest::keyClick(phone, Qt::Key_Return);
    QCOMPARE(page->editor()->draft().applicant.phone, QStringLiteral("0912345678"));
    QCOMPARE(page->step(), int(ReceivePage::ProcedureStepIndex));   // no procedure yet: that comes next

    QTest::keyClicks(procedureQuery(page), QStringLiteral("khai sinh"));
    screenshot(page, "receive-1-procedure-vi.png");
    QVERIFY(pickProcedure(page, QStringLiteral("1.001193")) > 0);
    QCOMPARE(page->editor()->draft().procedureCode, QStringLiteral("1.001193"));
    QCOMPARE(page->step(), int(ReceivePage::ComponentsStepIndex));   // the applicant is complete already

    page->setStep(ReceivePage::ApplicantStepIndex);
    screenshot(page, "receive-2-applicant-vi.png");
    page->setStep(ReceivePage::ComponentsStepIndex);

    // Component 1 with two pages from the scanner, component 2 with one; component 5 from a file.
    QVERIFY(scanFocused(page, 1));
    QSignalSpy failures(page->editor(), &ReceiptEditor::failed);
    QTRY_VERIFY(!page->editor()->scanner()->isBusy());
    page->editor()->setScanProfile(gridProfile(1, 120));
    page->editor()->scan(1);   // a second page
    QTRY_VERIFY_WITH_TIMEOUT((page->editor()->draft().component(1)->filedPages().size() == 2
                              && !page->editor()->isStoringPages()) || !failures.isEmpty(), kWaitMs);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0).value(1).value<Error>().toString()));
    QCOMPARE(page->editor()->draft().component(1)->provenance, Provenance::ScannedAtCounter);
    page->editor()->setScanProfile(gridProfile(1, 100));
    QVERIFY(scanFocused(page, 2));
    const QString file = writeDocumentImage(c.tmp.path(), QStringLiteral("uy-quyen.png"), QStringLiteral("Văn bản ủy quyền"));
    page->editor()->importFiles(5, {file});
    QTRY_VERIFY_WITH_TIMEOUT(componentProvided(page, 5), kWaitMs);
    QCOMPARE(page->editor()->draft().component(5)->provenance, Provenance::ImportedFile);
    QVERIFY(page->editor()->missing().isEmpty());
    QTRY_VERIFY(page->editor()->thumbnails().size() >= 4);
    // Rotate a page (stored again, turned), remove one and scan it again.
    const QString upright = page->editor()->draft().component(2)->pages.at(0).sha256;
    page->editor()->pageAction(2, PageStrip::Action::Rotate, 0);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->draft().component(2)->pages.at(0).sha256 != upright
                                 && !page->editor()->isStoringPages(), kWaitMs);
    QCOMPARE(page->editor()->draft().component(2)->pages.size(), 1);
    const QImage turned = page->editor()->thumbnails().value(page->editor()->draft().component(2)->pages.at(0).sha256);
    QVERIFY(!turned.isNull());
    page->editor()->pageAction(2, PageStrip::Action::Remove, 0);
    QCOMPARE(page->editor()->missing(), QList<int>{2});
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("missingSummary"))->text().contains(QStringLiteral("2")));
    page->editor()->scan(2);
    QTRY_VERIFY_WITH_TIMEOUT(componentProvided(page, 2) && !page->editor()->isStoringPages(), kWaitMs);
    // Reorder and restore work on the draft: move page 2 of component 1 first, then back.
    const QStringList before = page->editor()->draft().component(1)->filedPages();
    page->editor()->pageAction(1, PageStrip::Action::MoveLeft, 1);
    QCOMPARE(page->editor()->draft().component(1)->filedPages(), (QStringList{before.at(1), before.at(0)}));
    page->editor()->pageAction(1, PageStrip::Action::MoveRight, 0);
    page->editor()->pageAction(1, PageStrip::Action::ToggleAside, 1);
    QCOMPARE(page->editor()->draft().component(1)->filedPages().size(), 1);
    page->editor()->pageAction(1, PageStrip::Action::ToggleAside, 1);
    QCOMPARE(page->editor()->draft().component(1)->filedPages(), before);
    screenshot(page, "receive-3-components-vi.png");

    // Enter: on to the decision; Receive is the focused default.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(page->step(), int(ReceivePage::DecisionStepIndex));
    QPushButton *receive = button(page, "receiveButton");
    QVERIFY(receive->isEnabled());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(receive));
    // The decision shows whom the slip is for: the ID number and the phone for notices.
    const QString summary = page->findChild<QLabel *>(QStringLiteral("decisionSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("Số định danh: 001190123456")) && summary.contains(QStringLiteral("Điện thoại: 0912345678")),
             qPrintable(summary));
    screenshot(page, "receive-4-decision-vi.png");
    const QDate dayBefore = OfficeTime::today();
    QTest::keyClick(receive, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->outcome().has_value(), kWaitMs);
    const intake::IntakeOutcome outcome = *page->editor()->outcome();
    // The code's yyMMdd is Hà Nội's day, whatever the PC's zone (New York here).
    QVERIFY2(outcome.dossierCode.contains(QLatin1Char('-') + dayBefore.toString(QStringLiteral("yyMMdd")) + QLatin1Char('-'))
                 || outcome.dossierCode.contains(QLatin1Char('-') + OfficeTime::today().toString(QStringLiteral("yyMMdd")) + QLatin1Char('-')),
             qPrintable(outcome.dossierCode));
    QCOMPARE(outcome.type, EventType::Received);
    QVERIFY(!outcome.dossierCode.isEmpty());
    QVERIFY(!outcome.lookupCode.isEmpty());
    QVERIFY(outcome.dueAt.isValid());
    const QString shown = page->findChild<QLabel *>(QStringLiteral("outcomeText"))->text();
    QVERIFY2(shown.contains(outcome.dossierCode) && shown.contains(outcome.lookupCode), qPrintable(shown));
    screenshot(page, "receive-5-outcome-vi.png");

    // In the store: accepted (national status 2), the applicant, three components with their pages.
    const QVariantMap row = dossierRow(c.dir, outcome.dossierCode);
    QVERIFY2(!row.contains(QStringLiteral("error")), qPrintable(row.value(QStringLiteral("error")).toString()));
    QCOMPARE(row.value(QStringLiteral("status_code")).toInt(), 2);
    QCOMPARE(row.value(QStringLiteral("applicant_name")).toString(), kCardName);
    QCOMPARE(row.value(QStringLiteral("applicant_id_number")).toString(), QStringLiteral("001190123456"));
    QCOMPARE(row.value(QStringLiteral("procedure_code")).toString(), QStringLiteral("1.001193"));
    QCOMPARE(row.value(QStringLiteral("component_count")).toInt(), 3);
    QCOMPARE(row.value(QStringLiteral("events.ComponentAttached")).toInt(), 3);
    QCOMPARE(row.value(QStringLiteral("lookup_code")).toString(), outcome.lookupCode);
    QCOMPARE(outcome.events.size(), 4);
    QCOMPARE(outcome.events.at(1).payload.value(QStringLiteral("pages")).toArray().size(), 2);

    // The slip as PDF: text and QR read back.
    QSignalSpy saved(page, &ReceivePage::slipSaved);
    const QString pdf = c.tmp.filePath(QStringLiteral("phieu.pdf"));
    page->saveSlipPdf(pdf);
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, kWaitMs);
    QVERIFY(saved.at(0).at(1).toBool());
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(kCardName), qPrintable(text));
    QVERIFY2(text.contains(outcome.dossierCode), qPrintable(text));
    QVERIFY2(text.contains(outcome.form.dueAt.date().toString(QStringLiteral("dd/MM/yyyy"))), qPrintable(text));
    const QString png = c.tmp.filePath(QStringLiteral("phieu"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"), QStringLiteral("-png"),
                                     QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, png});
    const QStringList pages = QDir(c.tmp.path()).entryList({QStringLiteral("phieu*.png")});
    QVERIFY(!pages.isEmpty());
    const QString codes = run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), c.tmp.filePath(pages.constFirst())});
    QVERIFY2(codes.contains(outcome.dossierCode), qPrintable(codes));

    // New receipt: a clean page, the procedure now first among the recent ones.
    QTest::keyClick(page, Qt::Key_Escape);
    QCOMPARE(page->step(), int(ReceivePage::ProcedureStepIndex));
    QVERIFY(page->editor()->draft().applicant.isEmpty());
    auto *results = page->findChild<QListWidget *>(QStringLiteral("procedureResults"));
    QTRY_COMPARE(results->item(0)->data(Qt::UserRole).toString(), QStringLiteral("1.001193"));

    // Ctrl+D makes another procedure a favourite: favourites come before recent ones, and both are
    // kept in the workspace (a new page, as after a restart, sees them).
    results->setFocus();
    results->setCurrentRow(3);
    const QString favourite = results->currentItem()->data(Qt::UserRole).toString();
    QVERIFY(favourite != QStringLiteral("1.001193"));
    QTest::keyClick(results, Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(results->item(0)->data(Qt::UserRole).toString(), favourite);
    c.page.reset();
    c.openPage();
    results = c.page->findChild<QListWidget *>(QStringLiteral("procedureResults"));
    QTRY_COMPARE_WITH_TIMEOUT(results->item(0)->data(Qt::UserRole).toString(), favourite, kWaitMs);
    QCOMPARE(results->item(1)->data(Qt::UserRole).toString(), QStringLiteral("1.001193"));
}

void TestReceivePage::incompleteDossierSupplementAndRefusal()
{
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();
    sendBurst(kCardText);
    QVERIFY(answerPhone(page));   // none today
    QTest::keyClicks(procedureQuery(page), QStringLiteral("1.001193"));
    QVERIFY(pickProcedure(page, QStringLiteral("1.001193")) > 0);
    QVERIFY(scanFocused(page, 1));   // component 2 (required) stays missing
    QCOMPARE(page->editor()->missing(), QList<int>{2});
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("missingSummary"))->text().contains(QStringLiteral("2")));
    page->setStep(ReceivePage::DecisionStepIndex);
    QVERIFY(!button(page, "receiveButton")->isEnabled());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("decisionMissing"))->isVisible());
    auto *why = page->findChild<QLineEdit *>(QStringLiteral("why2"));   // the missing one, with room to say why
    QVERIFY(why && why->isVisible());
    QVERIFY(!page->findChild<QLineEdit *>(QStringLiteral("why1")));
    why->setText(QStringLiteral("Bản photo không có chứng thực"));
    screenshot(page, "receive-4b-incomplete-vi.png");
    // Even asked directly, the service refuses to receive it.
    QSignalSpy failed(page->editor(), &ReceiptEditor::failed);
    page->editor()->receive();
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, kWaitMs);
    QCOMPARE(failed.at(0).at(1).value<Error>().code, QStringLiteral("intake.incomplete"));
    QVERIFY(!page->editor()->outcome());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("decisionError"))->text().contains(QStringLiteral("2")));

    // Form 02: the dossier is registered (status 1), the missing component listed.
    QTest::mouseClick(button(page, "supplementButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->outcome().has_value(), kWaitMs);
    const intake::IntakeOutcome supplement = *page->editor()->outcome();
    QCOMPARE(supplement.type, EventType::SupplementRequestedAtCounter);
    QCOMPARE(supplement.form.kind, printing::FormKind::Supplement02);
    QVariantMap row = dossierRow(c.dir, supplement.dossierCode);
    QCOMPARE(row.value(QStringLiteral("status_code")).toInt(), 5);   // waiting for the supplement (not "newly registered")
    QCOMPARE(row.value(QStringLiteral("events.SupplementRequestedAtCounter")).toInt(), 1);
    bool listed = false;
    for (const printing::FormComponentLine &l : supplement.form.components) {
        if (l.number == 2 && l.missing) {
            listed = true;
            QCOMPARE(l.missingReason, QStringLiteral("Bản photo không có chứng thực"));
        }
    }
    QVERIFY(listed);

    // Form 03: a new receipt refused with a reason (status 3).
    QTest::mouseClick(button(page, "newReceiptButton"), Qt::LeftButton);
    sendBurst(kCardText);
    QVERIFY(answerPhone(page));   // known now, still without a phone: asked again
    QTest::keyClicks(procedureQuery(page), QStringLiteral("khai sinh"));
    QVERIFY(pickProcedure(page, QStringLiteral("1.001193")) > 0);
    page->setStep(ReceivePage::DecisionStepIndex);
    QTest::mouseClick(button(page, "refuseButton"), Qt::LeftButton);   // no reason yet: refused
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 2, kWaitMs);
    QCOMPARE(failed.at(1).at(1).value<Error>().code, QStringLiteral("intake.no-reasons"));
    auto *reasons = page->findChild<QPlainTextEdit *>(QStringLiteral("reasons"));
    reasons->setPlainText(QStringLiteral("Không thuộc thẩm quyền của UBND xã"));
    QTest::mouseClick(button(page, "refuseButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->outcome().has_value(), kWaitMs);
    const intake::IntakeOutcome refusal = *page->editor()->outcome();
    QCOMPARE(refusal.type, EventType::ReceiptRefused);
    QCOMPARE(refusal.form.kind, printing::FormKind::Refusal03);
    row = dossierRow(c.dir, refusal.dossierCode);
    QCOMPARE(row.value(QStringLiteral("status_code")).toInt(), 3);
    QCOMPARE(row.value(QStringLiteral("events.ReceiptRefused")).toInt(), 1);
    QVERIFY(refusal.form.reasons.contains(QStringLiteral("Không thuộc thẩm quyền của UBND xã")));
}

void TestReceivePage::procedureWithoutLimitNeedsOne()
{
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();
    sendBurst(kCardText);
    QVERIFY(answerPhone(page, QStringLiteral("0987654321")));
    QTest::keyClicks(procedureQuery(page), QStringLiteral("2.000635"));   // publishes no time limit
    QVERIFY(pickProcedure(page, QStringLiteral("2.000635")) > 0);
    QVERIFY(scanFocused(page, 1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(page->step(), int(ReceivePage::DecisionStepIndex));
    auto *days = page->findChild<QSpinBox *>(QStringLiteral("limitDays"));
    QVERIFY(days->isVisible());
    QVERIFY(!button(page, "receiveButton")->isEnabled());
    days->setValue(5);
    QCOMPARE(page->editor()->draft().limitOverride, std::optional<TimeLimit>(TimeLimit::days(5)));
    QVERIFY(button(page, "receiveButton")->isEnabled());
    QTest::mouseClick(button(page, "receiveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->outcome().has_value(), kWaitMs);
    QVERIFY(page->editor()->outcome()->dueAt.isValid());
    QCOMPARE(dossierRow(c.dir, page->editor()->outcome()->dossierCode).value(QStringLiteral("status_code")).toInt(), 2);
}

void TestReceivePage::knownCitizenReuseAndEscape()
{
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();
    // Receipt 1: component 1 scanned, a phone typed, a supplement requested (the dossier is registered).
    sendBurst(kCardText);
    QVERIFY(answerPhone(page));   // the phone comes later in this receipt
    QTest::keyClicks(procedureQuery(page), QStringLiteral("khai sinh"));
    QVERIFY(pickProcedure(page, QStringLiteral("1.001193")) > 0);
    QVERIFY(scanFocused(page, 1));
    page->setStep(ReceivePage::ApplicantStepIndex);
    auto *phone = page->findChild<QLineEdit *>(QStringLiteral("phone"));
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("0912345678"));
    QTRY_COMPARE(page->editor()->draft().applicant.phone, QStringLiteral("0912345678"));
    page->setStep(ReceivePage::DecisionStepIndex);
    QTest::mouseClick(button(page, "supplementButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->outcome().has_value(), kWaitMs);
    const QString first = page->editor()->outcome()->dossierCode;
    QTest::mouseClick(button(page, "newReceiptButton"), Qt::LeftButton);

    // Receipt 2: the same person; the card now gives another address. The card's value is kept,
    // the records' one is shown beside it, the phone comes from the records.
    QString moved = kCardText;
    moved.replace(QStringLiteral("Số 12 ngõ 34 phố Hàng Bạc"), QStringLiteral("Số 5 phố Huế"));
    sendBurst(moved);
    QTRY_COMPARE_WITH_TIMEOUT(page->editor()->draft().applicant.phone, QStringLiteral("0912345678"), kWaitMs);
    QCOMPARE(page->editor()->draft().applicant.address, QStringLiteral("Số 5 phố Huế, Hoàn Kiếm, Hà Nội"));
    const QString note = page->findChild<QLabel *>(QStringLiteral("cardNote"))->text();
    QVERIFY2(note.contains(QStringLiteral("Số 12 ngõ 34 phố Hàng Bạc")) && note.contains(QStringLiteral("Khác với dữ liệu")),
             qPrintable(note));

    // Typed by hand, the ID number alone brings the known citizen back from the records.
    page->newReceipt();
    page->setStep(ReceivePage::ApplicantStepIndex);
    auto *id = page->findChild<QLineEdit *>(QStringLiteral("idNumber"));
    QTest::keyClicks(id, QStringLiteral("001190123456"));
    QTRY_COMPARE_WITH_TIMEOUT(page->editor()->draft().applicant.name, kCardName, kWaitMs);
    QCOMPARE(page->editor()->draft().applicant.phone, QStringLiteral("0912345678"));
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("fullName"))->text(), kCardName);
    sendBurst(moved);   // and the card read after all
    QCOMPARE(page->editor()->draft().applicant.address, QStringLiteral("Số 5 phố Huế, Hoàn Kiếm, Hà Nội"));
    page->setStep(ReceivePage::ProcedureStepIndex);

    // The component of the earlier dossier is offered for reuse, and reused without paper.
    QTest::keyClicks(procedureQuery(page), QStringLiteral("1.001193"));
    QVERIFY(pickProcedure(page, QStringLiteral("1.001193")) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!page->editor()->reusable().isEmpty(), kWaitMs);
    auto *row = page->findChild<ComponentRow *>(QStringLiteral("component1"));
    QVERIFY(row->findChild<QPushButton *>(QStringLiteral("reuseButton"))->isVisible());
    QVERIFY(!page->findChild<ComponentRow *>(QStringLiteral("component2"))->findChild<QPushButton *>(QStringLiteral("reuseButton"))->isVisible());
    const intake::ReusableDocument doc = page->editor()->reusable().constFirst();
    QCOMPARE(doc.dossierCode, first);
    page->editor()->reuse(1, doc);
    QCOMPARE(page->editor()->draft().component(1)->provenance, Provenance::ReusedFromDossier);
    QCOMPARE(page->editor()->draft().component(1)->fromDossier, first);
    QVERIFY(row->findChild<QLabel *>(QStringLiteral("componentStatus"))->text().contains(first));
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->thumbnails().contains(doc.pages.constFirst()), kWaitMs);

    // Esc asks first; Cancel keeps everything, Discard throws the receipt and its draft away.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    auto *box = page->findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
    QVERIFY(box && box->isVisible());
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!page->findChild<QMessageBox *>(QStringLiteral("discardQuestion")));
    QCOMPARE(page->editor()->draft().procedureCode, QStringLiteral("1.001193"));
    QTest::keyClick(page, Qt::Key_Escape);
    box = page->findChild<QMessageBox *>(QStringLiteral("discardQuestion"));
    QVERIFY(box);
    box->button(QMessageBox::Discard)->click();
    QTRY_VERIFY(page->editor()->draft().procedureCode.isEmpty());
    QVERIFY(page->editor()->draft().applicant.isEmpty());
    QCOMPARE(page->step(), int(ReceivePage::ProcedureStepIndex));
    QSignalSpy offered(page, &ReceivePage::draftsOffered);
    page->editor()->loadDrafts();
    QTRY_VERIFY_WITH_TIMEOUT(offered.count() == 1, kWaitMs);
    QCOMPARE(offered.at(0).at(0).toInt(), 0);   // nothing left behind
}

void TestReceivePage::standardReceiptActionCount()
{
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();
    const QString code = QStringLiteral("1.000689");   // three required components

    // Earlier in the day the counter received this procedure once: it is now among the recent ones.
    sendBurst(kCardText);
    QVERIFY(answerPhone(page));
    QTest::keyClicks(procedureQuery(page), code);
    QVERIFY(pickProcedure(page, code) > 0);
    for (int n = 1; n <= 3; ++n)
        QVERIFY(scanFocused(page, n));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->outcome().has_value(), kWaitMs);
    QTest::keyClick(page, Qt::Key_Escape);   // new receipt

    // The measured receipt: every key and click the officer makes is counted here.
    QCOMPARE(page->actionCount(), 0);
    int actions = 0;
    QWidget *focusBefore = QApplication::focusWidget();
    sendBurst(QStringLiteral("079085001234|123456789|Trần Văn Bảo|12031985|Nam|Thôn Đông, xã Tân Lập, Hà Nội|01022022"));
    ++actions;   // one scan of the ID card
    QCOMPARE(QApplication::focusWidget(), focusBefore);
    QVERIFY(answerPhone(page));   // a new citizen: the phone is asked; Enter, none today
    ++actions;
    QCOMPARE(procedureQuery(page)->text(), QString());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);   // the recent procedure, first in the list
    ++actions;
    QCOMPARE(page->editor()->draft().procedureCode, code);
    QCOMPARE(page->step(), int(ReceivePage::ComponentsStepIndex));
    for (int n = 1; n <= 3; ++n) {
        QVERIFY2(scanFocused(page, n), qPrintable(QStringLiteral("component %1").arg(n)));
        ++actions;
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);   // on to the decision
    ++actions;
    QCOMPARE(page->step(), int(ReceivePage::DecisionStepIndex));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);   // Receive (Form 01)
    ++actions;
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->outcome().has_value(), kWaitMs);
    QCOMPARE(page->editor()->outcome()->type, EventType::Received);
    QCOMPARE(page->actionCount(), actions);   // the page counted the same
    QSignalSpy saved(page, &ReceivePage::slipSaved);
    page->saveSlipPdf(c.tmp.filePath(QStringLiteral("slip.pdf")));   // the Print / Save button
    ++actions;
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, kWaitMs);
    qInfo("standard three-component receipt with an ID-card burst: %d user actions", actions);
    QVERIFY2(actions <= 12, qPrintable(QString::number(actions)));
    // No letter was typed for the applicant: it all came from the card.
    QCOMPARE(page->editor()->outcome()->form.applicantName, QStringLiteral("Trần Văn Bảo"));
    // The counter time: the page's count went with the outcome, and the saved slip ended it.
    QVariantMap row;
    QTRY_VERIFY_WITH_TIMEOUT(!(row = dossierRow(c.dir, page->editor()->outcome()->dossierCode))
                                  .value(QStringLiteral("counter.printed_at")).toString().isEmpty(), kWaitMs);
    QCOMPARE(row.value(QStringLiteral("component_count")).toInt(), 3);
    QCOMPARE(row.value(QStringLiteral("counter.actions")).toInt(), actions - 1);   // all but the save
}

void TestReceivePage::blankPageSetAsideAndRestored()
{
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();
    sendBurst(kCardText);
    QVERIFY(answerPhone(page));
    page->chooseProcedure(QStringLiteral("1.001193"));
    capture::ScanProfile white = gridProfile(1);
    white.extraOptions.insert(QStringLiteral("test-picture"), QStringLiteral("Solid white"));
    page->editor()->setScanProfile(white);
    page->editor()->scan(1);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->draft().component(1) && !page->editor()->isStoringPages(), kWaitMs);
    const intake::DraftComponent *one = page->editor()->draft().component(1);
    QCOMPARE(one->pages.size(), 1);
    QVERIFY(one->pages.at(0).setAside);   // blank: kept, shown aside, not filed
    QVERIFY(one->pages.at(0).warnings.contains(QStringLiteral("quality.blank")));
    QVERIFY(page->editor()->missing().contains(1));
    auto *strip = page->findChild<ComponentRow *>(QStringLiteral("component1"))->strip();
    QCOMPARE(strip->count(), 1);
    QCOMPARE(strip->item(0)->text(), QStringLiteral("để riêng"));
    // The officer restores it from the strip by keyboard (Space).
    strip->setFocus();
    strip->setCurrentRow(0);
    QTest::keyClick(strip, Qt::Key_Space);
    QVERIFY(!page->editor()->draft().component(1)->pages.at(0).setAside);
    QVERIFY(!page->editor()->missing().contains(1));
}

void TestReceivePage::twentyPageScanShowsEveryPage()
{
    // Twenty pages arrive, are processed and stored on the worker thread, and are shown as
    // thumbnails here. How long the GUI thread stalls meanwhile is measured by `tools/bench app`
    // (a benchmark, not a timed test that would flake on a shared CI machine).
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();
    page->readCardText(kCardText);
    page->chooseProcedure(QStringLiteral("1.001193"));
    page->editor()->setScanProfile(gridProfile(20, 150));
    page->editor()->scan(1);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->draft().component(1) && page->editor()->draft().component(1)->pages.size() == 20
                                 && !page->editor()->isStoringPages(), kWaitMs);
    QCOMPARE(page->findChild<ComponentRow *>(QStringLiteral("component1"))->strip()->count(), 20);
    QVERIFY(!page->editor()->missing().contains(1));
}

void TestReceivePage::feederScansEverySheetThenFlatbed()
{
    // Without a profile set by hand (the app), one press scans every sheet in the document feeder
    // (SANE's test device emulates one holding 10 sheets).
    Counter c;
    QVERIFY(c.signIn());
    c.openPage();
    ReceivePage *page = c.page.get();
    page->readCardText(kCardText);
    page->chooseProcedure(QStringLiteral("1.001193"));
    page->editor()->resetScanProfile();
    page->editor()->scan(1);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->scanningNumber() == 0 && !page->editor()->isStoringPages(), kWaitMs);
    QCOMPARE(page->editor()->draft().component(1)->pages.size(), 10);

    // An empty feeder (the test device refills its emulated one for every batch, so this fault is
    // played by a stand-in scanner): the same press scans the sheet on the glass.
    struct EmptyFeeder : capture::Scanner {
        QList<capture::ScanSource> asked;
        void listDevices() override { emit devicesListed({capture::ScannerDevice{QStringLiteral("adf:0"), {}, {}, {}}}); }
        void describeDevice(const QString &device) override
        {
            capture::DeviceCapabilities caps;
            caps.device = device;
            caps.sources = {capture::ScanSource::Flatbed, capture::ScanSource::Feeder};
            emit deviceDescribed(caps);
        }
        void startBatch(const QString &, const capture::ScanProfile &profile) override
        {
            asked << profile.source;
            QTimer::singleShot(0, this, [this, source = profile.source] {
                if (source == capture::ScanSource::Feeder) {
                    emit batchFinished(0, false);   // nothing in the feeder
                    return;
                }
                QImage sheet(827, 1169, QImage::Format_Grayscale8);   // A4 at 100 dpi, a few lines of "text"
                sheet.fill(240);
                QPainter painter(&sheet);
                for (int y = 150; y < 1000; y += 30)
                    painter.fillRect(100, y, 600, 8, Qt::black);
                painter.end();
                emit pageScanned(capture::ScannedPage{0, 100, sheet});
                emit batchFinished(1, false);
            });
        }
        void cancel() override {}
        bool isBusy() const override { return false; }
    } stand;
    page->editor()->setScanner(&stand);
    page->editor()->resetScanProfile();
    page->editor()->scan(2);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->scanningNumber() == 0 && !page->editor()->isStoringPages(), kWaitMs);
    QCOMPARE(stand.asked, (QList<capture::ScanSource>{capture::ScanSource::Feeder, capture::ScanSource::Flatbed}));
    QCOMPARE(page->editor()->draft().component(2)->pages.size(), 1);
}

void TestReceivePage::organisationApplicant()
{
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();
    QTest::keyClicks(procedureQuery(page), QStringLiteral("1.001193"));
    QVERIFY(pickProcedure(page, QStringLiteral("1.001193")) > 0);
    QCOMPARE(page->step(), int(ReceivePage::ApplicantStepIndex));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);   // &Tổ chức
    auto *name = page->findChild<QLineEdit *>(QStringLiteral("organisationName"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(name));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);   // nothing yet: the problem is shown
    QCOMPARE(page->step(), int(ReceivePage::ApplicantStepIndex));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("applicantProblem"))->text(), QStringLiteral("Chưa có tên tổ chức."));
    for (const QChar ch : QStringLiteral("Công ty TNHH Tân Lập"))
        QTest::sendKeyEvent(QTest::Click, name, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    QTRY_COMPARE(name->text(), QStringLiteral("Công ty TNHH Tân Lập"));
    auto *code = page->findChild<QLineEdit *>(QStringLiteral("businessCode"));
    code->setFocus();
    QTest::keyClicks(code, QStringLiteral("0101234567"));
    QTRY_COMPARE(code->text(), QStringLiteral("0101234567"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(page->step(), int(ReceivePage::ComponentsStepIndex));
    const intake::Applicant a = page->editor()->draft().applicant;
    QCOMPARE(a.kind, intake::Applicant::Kind::Organisation);
    QCOMPARE(a.organisationName, QStringLiteral("Công ty TNHH Tân Lập"));
    QCOMPARE(a.businessCode, QStringLiteral("0101234567"));
    for (int n : {1, 2})
        QVERIFY(scanFocused(page, n));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->outcome().has_value(), kWaitMs);
    QCOMPARE(page->editor()->outcome()->form.applicantName, QStringLiteral("Công ty TNHH Tân Lập"));
}

void TestReceivePage::lockAndUnlockCarryOn()
{
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();
    ReceiptEditor *editor = page->editor();
    sendBurst(kCardText);
    QTRY_VERIFY_WITH_TIMEOUT(editor->savedCount() == 1 && !editor->hasPendingWork(), kWaitMs);

    // Locked: the worker's handle expires, the next save is refused (nothing reaches the store).
    QSignalSpy failed(editor, &ReceiptEditor::failed);
    c.auth->lock();
    editor->setProcedure(QStringLiteral("1.001193"));
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, kWaitMs);
    QCOMPARE(failed.at(0).at(1).value<Error>().code, QStringLiteral("auth.locked"));

    // The same officer again: a fresh worker, the refused save made good, the receipt goes on.
    QVERIFY(c.signIn());
    page->setSession(c.auth->session());
    QTRY_VERIFY_WITH_TIMEOUT(editor->savedCount() >= 2 && !editor->hasPendingWork(), kWaitMs);
    for (int n : {1, 2}) {
        editor->scan(n);
        QTRY_VERIFY_WITH_TIMEOUT(componentProvided(page, n) && !editor->isStoringPages(), kWaitMs);
    }
    editor->receive();
    QTRY_VERIFY_WITH_TIMEOUT(editor->outcome().has_value(), kWaitMs);
    QCOMPARE(dossierRow(c.dir, editor->outcome()->dossierCode).value(QStringLiteral("component_count")).toInt(), 2);
}

void TestReceivePage::pagesInFlightAcrossLock()
{
    // The screen locks (or locks on idle) while pages are on their way to the store, and the officer
    // signs in again: the sign-in gives the editor a fresh worker while the old one still answers.
    // Every page ends up in the component it was scanned or imported into, or that component's row
    // says plainly it was not stored; nothing goes to a component that does not exist, and no page
    // failure is shown as a lookup failure.
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();
    ReceiptEditor *editor = page->editor();
    page->readCardText(kCardText);
    page->chooseProcedure(QStringLiteral("1.001193"));
    QTRY_VERIFY_WITH_TIMEOUT(!editor->hasPendingWork(), kWaitMs);
    QSignalSpy failed(editor, &ReceiptEditor::failed);
    const auto noLookupFailure = [&] {
        for (const QList<QVariant> &f : std::as_const(failed)) {
            if (f.at(0).value<ReceiptEditor::Failure>() == ReceiptEditor::Failure::Lookup)
                return false;
        }
        return true;
    };

    // 1. A long import into component 2 is being stored when the session locks; it goes on (it began
    // under the session) and its pages come back after the sign-in made a fresh worker.
    constexpr int kPdfPages = 40;
    const QString pdf = c.tmp.filePath(QStringLiteral("long.pdf"));
    QVERIFY(test::writeLongPdf(pdf, kPdfPages));
    QSignalSpy progress(editor, &ReceiptEditor::importProgress);
    editor->importFiles(2, {pdf});
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), kWaitMs);
    c.auth->lock();
    QVERIFY(c.signIn());
    // The case under test: the import still under way as the editor takes the new session.
    QVERIFY2(!editor->draft().component(2) && editor->isStoringPages(), "the import ended before the sign-in");
    page->setSession(c.auth->session());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->hasPendingWork(), kWaitMs);
    QVERIFY2(!editor->draft().component(0), "pages filed under a component 0");
    QVERIFY(editor->draft().component(2));
    QCOMPARE(editor->draft().component(2)->pages.size(), kPdfPages);
    QVERIFY(noLookupFailure());

    // 2. The scanner delivers a page of component 1 just as the officer's sign-in completes: it went to
    // the old worker (locked), whose answer arrives after the fresh worker is made.
    c.auth->lock();
    QVERIFY(c.signIn());
    editor->setScanProfile(gridProfile(1, 150));
    bool swapped = false;
    const QMetaObject::Connection hook = connect(editor->scanner(), &capture::Scanner::pageScanned, page, [&] {
        if (!swapped) {
            swapped = true;
            page->setSession(c.auth->session());
        }
    });
    editor->scan(1);
    QTRY_VERIFY_WITH_TIMEOUT(swapped && editor->scanningNumber() == 0 && !editor->hasPendingWork(), kWaitMs);
    disconnect(hook);
    QVERIFY2(!editor->draft().component(0), "a page filed under a component 0");
    QVERIFY(noLookupFailure());
    auto *row = page->findChild<ComponentRow *>(QStringLiteral("component1"));
    QVERIFY(row);
    auto *error = row->findChild<QLabel *>(QStringLiteral("componentError"));
    QVERIFY(error);
    if (editor->draft().component(1)) {
        QCOMPARE(editor->draft().component(1)->pages.size(), 1);
    } else {
        // Not stored: the row says so (in Vietnamese) until the officer scans again.
        QVERIFY2(!error->isHidden(), "the page is lost without a word on its row");
        QCOMPARE(error->text(), QStringLiteral("⚠ Phiên làm việc đã khóa trước khi các trang này được lưu: "
                                               "hãy quét hoặc nhập lại."));
    }

    // The officer scans again: the page is stored in component 1, the note goes, the receipt goes on.
    editor->setScanProfile(gridProfile(1, 150));
    page->setStep(ReceivePage::ComponentsStepIndex);
    QTest::mouseClick(row->findChild<QPushButton *>(QStringLiteral("scanButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(componentProvided(page, 1) && editor->scanningNumber() == 0, kWaitMs);
    QVERIFY(error->isHidden());
    editor->receive();
    QTRY_VERIFY_WITH_TIMEOUT(editor->outcome().has_value(), kWaitMs);
    QCOMPARE(dossierRow(c.dir, editor->outcome()->dossierCode).value(QStringLiteral("component_count")).toInt(), 2);
}

void TestReceivePage::draftSurvivesKilledProcess()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("ws"));
    QCOMPARE(createWorkspace(dir), QString());
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-draft"), dir});
    QVERIFY(child.waitForStarted());
    QString out;
    QVERIFY(QTest::qWaitFor([&] {
        out += QString::fromUtf8(child.readAllStandardOutput());
        return out.contains(QLatin1String("SAVED")) || child.state() == QProcess::NotRunning;
    }, 120000));
    QVERIFY2(out.contains(QLatin1String("SAVED")), qPrintable(out));
    const int pages = out.section(QStringLiteral("SAVED "), 1).section(QLatin1Char('\n'), 0, 0).toInt();
    QCOMPARE(pages, 3);
    child.kill();   // SIGKILL: no chance to tidy up
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    Counter c(dir);
    QVERIFY(c.signIn());
    c.openPage();
    QSignalSpy offered(c.page.get(), &ReceivePage::draftsOffered);
    QTRY_VERIFY_WITH_TIMEOUT(offered.count() == 1, kWaitMs);
    QCOMPARE(offered.at(0).at(0).toInt(), 1);
    QVERIFY(c.page->findChild<QFrame *>(QStringLiteral("resumeBanner"))->isVisible());
    screenshot(c.page.get(), "receive-0-resume-vi.png");
    QTest::mouseClick(button(c.page.get(), "resumeButton"), Qt::LeftButton);
    const intake::IntakeDraft &d = c.page->editor()->draft();
    QCOMPARE(d.procedureCode, QStringLiteral("1.001193"));
    QCOMPARE(d.applicant.name, kCardName);
    QVERIFY(d.component(1));
    QCOMPARE(d.component(1)->pages.size(), 2);
    QCOMPARE(d.component(2)->pages.size(), 1);
    QCOMPARE(c.page->step(), int(ReceivePage::ComponentsStepIndex));
    QTRY_COMPARE_WITH_TIMEOUT(c.page->editor()->thumbnails().size(), 3, kWaitMs);   // every page is back
    for (const QString &sha : d.allPages())
        QVERIFY(!c.page->editor()->thumbnails().value(sha).isNull());
    // The resumed receipt can be received as it is.
    c.page->setStep(ReceivePage::DecisionStepIndex);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(c.page->editor()->outcome().has_value(), kWaitMs);
    QCOMPARE(dossierRow(dir, c.page->editor()->outcome()->dossierCode).value(QStringLiteral("component_count")).toInt(), 2);
}

// Nothing runs off the window or the screen: the applicant form's fields start at one x, the reuse
// menu of a long procedure name stays on the screen (with Hà Nội's date), a long footer message
// does not widen the page.
void TestReceivePage::layoutStaysInTheWindow()
{
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();
    page->setStep(ReceivePage::ApplicantStepIndex);
    auto x = [page](const char *name) {
        const QWidget *w = page->findChild<QLineEdit *>(QString::fromLatin1(name));
        return w->mapTo(page, QPoint(0, 0)).x();
    };
    QCOMPARE(x("phone"), x("idNumber"));
    QCOMPARE(x("email"), x("fullName"));
    QVERIFY(c.language.setLanguage(QStringLiteral("en")));
    QCOMPARE(x("phone"), x("idNumber"));
    QTest::qWait(50);   // the layout requests of the new texts
    screenshot(page, "receive-2-applicant-en.png");
    QVERIFY(c.language.setLanguage(QStringLiteral("vi")));

    // A long message in the footer (an error with a file's path): the page keeps its width.
    const int before = page->width();
    auto *status = page->findChild<QLabel *>(QStringLiteral("receiveStatus"));
    status->setText(QStringLiteral("⚠ Không lưu được tệp /") + QStringLiteral("thu-muc-rat-dai-").repeated(30) + QStringLiteral(".pdf"));
    QTest::qWait(50);   // the layout requests
    QCOMPARE(page->width(), before);
    QVERIFY(page->minimumSizeHint().width() <= before);
    QVERIFY(status->geometry().right() < page->width());

    // The reuse menu of a document from a dossier with a very long procedure name, its button at
    // the window's right edge.
    Component comp;
    comp.number = 1;
    comp.name = QStringLiteral("Giấy chứng sinh");
    comp.documentType = QStringLiteral("birth-certificate-medical");
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    layout->addStretch(1);
    auto *row = new ComponentRow(comp, &window);
    layout->addWidget(row);
    intake::ReusableDocument doc;
    doc.dossierCode = QStringLiteral("000.00.12.H30-261207-010001");
    doc.procedureCode = QStringLiteral("1.001193");
    doc.procedureName = QStringLiteral("Thủ tục liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế ").repeated(4);
    doc.documentType = comp.documentType;
    doc.pages = {QString(64, QLatin1Char('a'))};
    doc.attachedAt = QDateTime(QDate(2026, 12, 6), QTime(18, 30), Qt::UTC);
    row->update(nullptr, {}, {doc}, false);
    const QRect room = page->screen()->availableGeometry();
    window.setGeometry(room.adjusted(room.width() / 3, room.height() / 2, 0, 0));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QRect menuRect;
    QString menuText;
    int textWidth = 0;   // the line as shown
    QTimer::singleShot(0, this, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            menuRect = menu->geometry();
            menuText = menu->actions().value(0)->toolTip();
            textWidth = menu->fontMetrics().horizontalAdvance(menu->actions().value(0)->text());
            menu->close();
        }
    });
    QTest::mouseClick(row->findChild<QPushButton *>(QStringLiteral("reuseButton")), Qt::LeftButton);
    QVERIFY(menuRect.isValid());
    QVERIFY2(room.contains(menuRect), qPrintable(QStringLiteral("menu %1,%2 %3×%4 on a screen of %5×%6")
                                                     .arg(menuRect.x()).arg(menuRect.y()).arg(menuRect.width())
                                                     .arg(menuRect.height()).arg(room.width()).arg(room.height())));
    // The line fits in the menu (elided in the middle, whole in its tooltip) instead of being cut at the screen's edge.
    QVERIFY2(textWidth < menuRect.width(), qPrintable(QStringLiteral("%1 px of text in a %2 px menu").arg(textWidth).arg(menuRect.width())));
    QVERIFY2(menuText.contains(QStringLiteral("07/12/2026")), qPrintable(menuText));   // Hà Nội's day, not New York's 06/12
}

// Every file dialog of the counter opens where this officer last took a file from (kept per
// workspace and officer): the card's image, then a component's files.
void TestReceivePage::fileDialogsOpenInTheLastFolder()
{
    QTemporaryDir settings;   // this test's own QSettings
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    Counter c;
    QVERIFY(c.openSignedIn());
    ReceivePage *page = c.page.get();
    const QString folder = c.tmp.filePath(QStringLiteral("anh-the"));
    QVERIFY(QDir().mkpath(folder));
    const QString qr = QDir(folder).filePath(QStringLiteral("the.png"));
    QProcess qrencode;
    qrencode.start(QStringLiteral("qrencode"), {QStringLiteral("-s"), QStringLiteral("6"), QStringLiteral("-o"), qr, kCardText});
    QVERIFY(qrencode.waitForFinished(30000) && qrencode.exitCode() == 0);

    // Answers the next file dialog: where it opened, then `choose` (or Cancel).
    QString openedIn;
    auto answerNextDialog = [&](const QString &choose) {
        openedIn.clear();
        QTimer::singleShot(0, this, [&openedIn, choose] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            openedIn = QDir(dialog->directory().absolutePath()).canonicalPath();
            if (choose.isEmpty()) {
                dialog->reject();
            } else {
                dialog->selectFile(choose);
                static_cast<QDialog *>(dialog)->accept();   // QFileDialog::accept, public through QDialog
            }
        });
    };
    page->setStep(ReceivePage::ApplicantStepIndex);
    QSignalSpy cardReads(page, &ReceivePage::cardRead);
    answerNextDialog(qr);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("readCardImage")), Qt::LeftButton);
    QVERIFY(!openedIn.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(cardReads.count() == 1, kWaitMs);
    QVERIFY(cardReads.at(0).at(0).toBool());

    // Qt remembers the last folder only while the process lives: make it forget (as a restart
    // does) by accepting a dialog elsewhere. MotCua's own memory (QSettings) still says `folder`.
    {
        QFileDialog elsewhere(nullptr, QString(), settings.path());
        elsewhere.setOption(QFileDialog::DontUseNativeDialog);
        elsewhere.setFileMode(QFileDialog::Directory);
        static_cast<QDialog &>(elsewhere).accept();
    }
    // The next dialogs open in that folder.
    page->newReceipt();
    page->setStep(ReceivePage::ApplicantStepIndex);
    answerNextDialog({});
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("readCardImage")), Qt::LeftButton);
    QCOMPARE(openedIn, QDir(folder).canonicalPath());
    page->chooseProcedure(QStringLiteral("1.001193"));
    page->setStep(ReceivePage::ComponentsStepIndex);
    auto *row = page->findChild<ComponentRow *>(QStringLiteral("component1"));
    answerNextDialog({});
    QTest::mouseClick(row->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QCOMPARE(openedIn, QDir(folder).canonicalPath());
}

namespace {

// One scan of one page into component `number` in the child, waited for by its own end: this
// batch finished, its page stored (the draft holds one page more) and nothing left in flight, so
// the draft's next save (already done by then) holds it. "" or what went wrong. Waiting on
// "component provided" alone is not enough: a second scan of the same component finds it
// provided already, and a refused or failed batch would go unnoticed.
QString scanOnePage(ReceiptEditor *editor, int number, int dpi)
{
    const qsizetype before = editor->draft().allPages().size();
    QSignalSpy finished(editor, &ReceiptEditor::scanFinished);
    QSignalSpy failures(editor, &ReceiptEditor::failed);
    editor->setScanProfile(gridProfile(1, dpi));
    editor->scan(number);
    auto failure = [&]() -> std::optional<Error> {   // of the scanner or of storing the page
        for (const QList<QVariant> &f : std::as_const(failures)) {
            const auto kind = f.at(0).value<ReceiptEditor::Failure>();
            if (kind == ReceiptEditor::Failure::Scanner || kind == ReceiptEditor::Failure::Pages)
                return f.at(1).value<Error>();
        }
        return std::nullopt;
    };
    const bool ended = QTest::qWaitFor([&] {
        return failure() || (finished.count() == 1 && !editor->hasPendingWork());
    }, kWaitMs);
    const QString what = QStringLiteral("the scan at %1 dpi into component %2").arg(dpi).arg(number);
    if (const std::optional<Error> e = failure())
        return what + QStringLiteral(" failed: ") + e->toString();
    if (!ended)
        return what + QStringLiteral(" did not end in time");
    if (editor->draft().allPages().size() != before + 1)
        return what + QStringLiteral(" left %1 page(s) in the draft, not %2").arg(editor->draft().allPages().size()).arg(before + 1);
    return {};
}

// The child of draftSurvivesKilledProcess: a receipt with three scanned pages, saved as a draft,
// then "SAVED <pages>" on stdout (or "FAILED <why>", and a non-zero exit); it waits to be killed.
int runDraftChild(const QString &dir)
{
    QTextStream out(stdout);
    Counter c(dir);
    if (!c.signIn()) {
        out << "FAILED sign-in" << Qt::endl;
        return 3;
    }
    c.openPage();
    ReceiptEditor *editor = c.page->editor();
    QSignalSpy saveFailures(editor, &ReceiptEditor::failed);
    editor->applyCard(*intake::ApplicantReader::fromText(kCardText));
    editor->setProcedure(QStringLiteral("1.001193"));
    for (const auto &[number, dpi] : {std::pair{1, 150}, std::pair{1, 120}, std::pair{2, 100}}) {
        if (const QString error = scanOnePage(editor, number, dpi); !error.isEmpty()) {
            out << "FAILED " << error << Qt::endl;
            return 4;
        }
    }
    // Every change is saved by now (no save pending or in flight); one that failed is said.
    if (!QTest::qWaitFor([&] { return editor->savedCount() > 0 && !editor->hasPendingWork(); }, kWaitMs)) {
        out << "FAILED no draft saved in time" << Qt::endl;
        return 6;
    }
    for (const QList<QVariant> &f : std::as_const(saveFailures)) {
        if (f.at(0).value<ReceiptEditor::Failure>() == ReceiptEditor::Failure::Draft) {
            out << "FAILED the draft's save: " << f.at(1).value<Error>().toString() << Qt::endl;
            return 7;
        }
    }
    out << "SAVED " << editor->draft().allPages().size() << Qt::endl;
    QTest::qWait(600000);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The counter PC set to New York time: the codes, slips and menus must still say Hà Nội's day
    // (at 18:30 UTC it is 13:30 on the 6th in New York and 01:30 on the 7th in Hà Nội).
    qputenv("TZ", "America/New_York");
    tzset();
    qputenv("SANE_CONFIG_DIR", MOTCUA_SOURCE_DIR "/tests/data/sane");
    qputenv("MOTCUA_SCAN_WORKER", MOTCUA_CLI_PATH);
    QApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--child-draft") == 0)
        return runDraftChild(QString::fromLocal8Bit(argv[2]));
    TestReceivePage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_receivepage.moc"
