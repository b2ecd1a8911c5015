// The Receive page on real widgets (offscreen) against a real encrypted workspace, the SANE test
// scanner (out of process, SANE_CONFIG_DIR=tests/data/sane) and real PDFs: a full receipt from a
// keyboard-wedge ID-card burst to the printed slip, the incomplete dossier (Form 02, Form 03), the
// number of user actions a standard receipt takes, an organisation as applicant. The page's
// scanning, locking, layout and drafts across a killed process: tst_receivescanning.
#include "tst_receivepage_support.h"

#include "app/capture/Scanner.h"
#include "app/intake/IntakeWorker.h"
#include "domain/calendar/OfficeTime.h"
#include "ui/receive/ComponentRow.h"
#include "ui/receive/ReceiptEditor.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

#include <optional>

using namespace motcua;
using namespace rptest;

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
};

void TestReceivePage::initTestCase()
{
    useTestFont();
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

int main(int argc, char **argv)
{
    prepareEnvironment();
    QApplication app(argc, argv);
    TestReceivePage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_receivepage.moc"
