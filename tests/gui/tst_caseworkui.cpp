// The processing officer's and the counter's actions in the dossier view (issue 12 "Actions"), on
// real widgets (offscreen) against a real encrypted workspace: the ordinary path counter →
// processing → supervisor → processing → counter, each step through its dialog and the casework
// worker, one event each; only the actions the officer may take are offered; an action the worker
// still refuses (the dossier changed hands meanwhile) shows its reason and writes nothing; the
// citizen rates the service on the rating window with the keyboard; Form 06 from the events.
#include "gui/tst_caseworkui_support.h"

#include "app/barcode/BarcodeWriter.h"
#include "app/calendar/BundledCalendar.h"
#include "app/casework/CaseworkService.h"
#include "app/printing/FormPdf.h"
#include "app/catalog/CatalogService.h"
#include "app/intake/IntakeService.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "db/Workspace.h"
#include "domain/dossier/Replay.h"
#include "gui/AppUnderTest.h"
#include "support/TestServices.h"
#include "support/TestWorkspace.h"
#include "unit/tst_statemachine_builder.h"
#include "ui/DossierView.h"
#include "ui/MainWindow.h"
#include "ui/casework/ActionDialog.h"
#include "ui/receive/ScanSession.h"
#include "ui/casework/DossierActionsPanel.h"
#include "ui/casework/OfficerPickerModel.h"
#include "ui/casework/RatingWindow.h"
#include "ui/casework/ReturnDialog.h"
#include "ui/casework/TransferDialog.h"
#include "ui/pages/DossiersPage.h"
#include "ui/pages/LookupPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QProcess>
#include <QScreen>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace caseworkui;

class TestCaseworkUi : public QObject {
    Q_OBJECT
private slots:
    void ordinaryPathThroughTheDialogs();
    void poolSupplementRejectAndStop();
    void ratingWindowOnTheSecondScreen();
    void onlineSubmissionAcceptedOrReturned();
};

void TestCaseworkUi::ordinaryPathThroughTheDialogs()
{
    Client c;

    // 1. The counter: only the transfer is offered (not appraise, approve …), with its key.
    QVERIFY(c.openAs(QStringLiteral("tiepnhan")));
    QCOMPARE(c.panel()->offered(), QList<Action>{Action::Transfer});
    QVERIFY(!c.panel()->button(Action::Appraise)->isEnabled());
    screenshot(c.main(), QStringLiteral("casework-1-dossier-actions-vi.png"));
    auto *transfer = c.openWithKey<TransferDialog>(Action::Transfer, QKeySequence(Qt::Key_F2));
    QVERIFY(transfer);
    QAbstractItemModelTester tester(transfer->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The unit's pool first, then the office's officers with their roles; not oneself.
    QCOMPARE(transfer->model()->target(0), QStringLiteral("pool:000.00.12.H30"));
    QVERIFY(transfer->model()->rowOf(QStringLiteral("xuly")) > 0);
    QCOMPARE(transfer->model()->rowOf(QStringLiteral("tiepnhan")), -1);
    QVERIFY(!transfer->approvalBox()->isVisible());   // a counter officer does not submit for approval
    // Typing filters without diacritics.
    transfer->filterField()->setText(QStringLiteral("le van"));
    QCOMPARE(transfer->list()->model()->rowCount(), 1);
    QVERIFY(transfer->choose(QStringLiteral("xuly")));
    screenshot(transfer, QStringLiteral("casework-2-transfer-vi.png"));
    auto *dossiers = static_cast<DossiersPage *>(c.main()->page(MainWindow::DossiersPageIndex));
    dossiers->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(dossiers->counts().of(casework::QueueId::Received), 1, kWaitMs);
    const int before = int(c.events().size());
    QVERIFY(confirmWithEnter(transfer));
    // The queues follow: nothing left "received, not transferred".
    QTRY_COMPARE_WITH_TIMEOUT(dossiers->counts().of(casework::QueueId::Received), 0, kWaitMs);
    QList<Event> events = c.events();
    QCOMPARE(events.size(), before + 1);
    QCOMPARE(events.last().type, EventType::Transferred);
    QCOMPARE(events.last().payload.value(QStringLiteral("to")).toString(), QStringLiteral("xuly"));
    // The view follows: the counter has nothing left to do on it.
    QTRY_VERIFY_WITH_TIMEOUT(c.panel()->isLoaded() && c.panel()->offered().isEmpty(), kWaitMs);

    // 2. Processing: appraise with an attachment, through F3.
    QVERIFY(c.openAs(QStringLiteral("xuly")));
    const QList<Action> processing = c.panel()->offered();
    QVERIFY(processing.contains(Action::Appraise));
    QVERIFY(processing.contains(Action::RequestSupplement));
    QVERIFY(processing.contains(Action::Transfer));
    QVERIFY(!processing.contains(Action::Approve));
    QVERIFY(!processing.contains(Action::Return));
    auto *appraise = c.openWithKey<ActionDialog>(Action::Appraise, QKeySequence(Qt::Key_F3));
    QVERIFY(appraise);
    // Empty: the worker refuses with a sentence, nothing is written, the dialog stays.
    QTest::keyClick(appraise->textField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(appraise->messageLabel()->isVisible(), kWaitMs);
    QVERIFY(appraise->isVisible());
    QCOMPARE(c.events().size(), events.size());
    appraise->textField()->setText(QStringLiteral("Hồ sơ hợp lệ, đủ điều kiện"));
    appraise->importFiles({writeDocumentImage(c.tmp.filePath(QStringLiteral("bien-ban.png")), QStringLiteral("Biên bản thẩm định"))});
    QTRY_COMPARE_WITH_TIMEOUT(appraise->importedPages().size(), 1, kWaitMs);
    appraise->textField()->setFocus();
    QVERIFY(confirmWithEnter(appraise));
    events = c.events();
    QCOMPARE(events.last().type, EventType::Appraised);
    QCOMPARE(events.last().payload.value(QStringLiteral("attachments")).toArray().size(), 1);

    // 3. Refused by the worker: the dossier changes hands while the dialog is open (another device,
    // here this test's own connection). The reason is shown and nothing is written.
    QTRY_VERIFY_WITH_TIMEOUT(c.panel()->isLoaded(), kWaitMs);
    auto *request = c.openWithKey<ActionDialog>(Action::RequestSupplement, QKeySequence(Qt::Key_F4));
    QVERIFY(request);
    {
        auto ws = Workspace::unlock(c.dir, QStringLiteral("xuly"), kPassword);
        QVERIFY(ws.ok());
        auto db = (*ws)->openDatabase();
        QVERIFY(db.ok());
        auto services = test::servicesFor((*db)->sql(), (*ws)->session(), *CatalogService::bundledCatalog(), *BundledCalendar::working());
        QVERIFY(services);
        casework::ActionRequest r;
        r.action = Action::Transfer;
        r.dossier = c.code;
        r.to = QStringLiteral("xuly2");
        QVERIFY(casework::CaseworkService(*services).perform(r).ok());
    }
    events = c.events();
    request->textField()->setText(QStringLiteral("Thiếu bản sao giấy kết hôn"));
    QSignalSpy refused(request, &CaseworkDialog::refused);
    QTest::keyClick(request->textField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kWaitMs);
    QCOMPARE(refused.first().first().value<Error>().code, QStringLiteral("dossier.not-holder"));
    QVERIFY(request->isVisible());
    QVERIFY(request->messageLabel()->isVisible());
    QVERIFY2(!request->messageLabel()->text().isEmpty(), "the reason is shown");
    QCOMPARE(c.events().size(), events.size());   // nothing written
    QTest::keyClick(request, Qt::Key_Escape);      // Esc cancels
    QTRY_VERIFY(!request->isVisible());

    // 4. xuly2 submits it to the supervisor: "submit for approval" ticks itself.
    QVERIFY(c.openAs(QStringLiteral("xuly2")));
    transfer = c.openWithKey<TransferDialog>(Action::Transfer, QKeySequence(Qt::Key_F2));
    QVERIFY(transfer);
    QVERIFY(transfer->approvalBox()->isVisible());
    QVERIFY(transfer->choose(QStringLiteral("lanhdao")));
    QVERIFY(transfer->approvalBox()->isChecked());
    QVERIFY(confirmWithEnter(transfer));
    events = c.events();
    QCOMPARE(events.last().type, EventType::Transferred);
    QVERIFY(events.last().payload.value(QStringLiteral("forApproval")).toBool());

    // 5. The supervisor: extends (Form 04), then approves.
    QVERIFY(c.openAs(QStringLiteral("lanhdao")));
    const QList<Action> supervisor = c.panel()->offered();
    for (Action a : {Action::Approve, Action::Reject, Action::Extend, Action::Stop, Action::Transfer})
        QVERIFY2(supervisor.contains(a), qPrintable(casework::actionName(a)));
    QVERIFY(!supervisor.contains(Action::Appraise));
    screenshot(c.main(), QStringLiteral("casework-1b-supervisor-actions-vi.png"));
    auto *extend = c.openWithKey<ActionDialog>(Action::Extend, QKeySequence(Qt::Key_F6));
    QVERIFY(extend);
    extend->daysField()->setValue(3);
    extend->textField()->setText(QStringLiteral("Cần xác minh thêm"));
    QList<printing::FormData> forms;
    connect(extend, &CaseworkDialog::formReady, this, [&forms](const printing::FormData &f) { forms << f; });
    extend->textField()->setFocus();
    QVERIFY(confirmWithEnter(extend));
    QCOMPARE(forms.size(), 1);
    QCOMPARE(forms.first().kind, printing::FormKind::Extension04);
    QCOMPARE(forms.first().extensionDays, 3);
    QCOMPARE(c.events().last().type, EventType::Extended);
    QTRY_VERIFY_WITH_TIMEOUT(c.panel()->isLoaded(), kWaitMs);
    auto *approve = c.openWithKey<ActionDialog>(Action::Approve, QKeySequence(Qt::Key_F8));
    QVERIFY(approve);
    QVERIFY(confirmWithEnter(approve));
    QCOMPARE(c.events().last().type, EventType::Approved);

    // 6. Back with the processing officer who submitted it: the result and its number.
    QVERIFY(c.openAs(QStringLiteral("xuly2")));
    auto *result = c.openWithKey<ActionDialog>(Action::Result, QKeySequence(Qt::Key_F10));
    QVERIFY(result);
    result->numberField()->setText(QStringLiteral("125/2026/GKS"));
    result->importFiles({writeDocumentImage(c.tmp.filePath(QStringLiteral("ket-qua.png")), QStringLiteral("Giấy khai sinh"))});
    QTRY_COMPARE_WITH_TIMEOUT(result->importedPages().size(), 1, kWaitMs);
    // …and two more pages from the scanner (SANE's test backend, out of process), with Scan.
    QVERIFY(result->scanSession() && result->scanButton() && result->scanButton()->isVisible());
    result->scanSession()->setDevice(QStringLiteral("test:0"));
    capture::ScanProfile grid = capture::ScanProfile::forKind(capture::PageKind::Text);
    grid.dpi = 100;
    grid.pages = 2;
    grid.extraOptions.insert(QStringLiteral("test-picture"), QStringLiteral("Grid"));
    result->scanSession()->setProfile(grid);
    QSignalSpy resultRefused(result, &CaseworkDialog::refused);
    QTest::mouseClick(result->scanButton(), Qt::LeftButton);
    QVERIFY(result->scanSession()->isActive());
    QVERIFY(!result->scanButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(result->importedPages().size() == 3 || !resultRefused.isEmpty(), kWaitMs);
    QVERIFY2(resultRefused.isEmpty(), qPrintable(resultRefused.value(0).value(0).value<Error>().toString()));
    QVERIFY(result->scanButton()->isEnabled());
    result->numberField()->setFocus();
    QVERIFY(confirmWithEnter(result));
    events = c.events();
    QCOMPARE(events.last().type, EventType::ResultReady);
    QCOMPARE(events.last().payload.value(QStringLiteral("result")).toObject().value(QStringLiteral("number")).toString(),
             QStringLiteral("125/2026/GKS"));
    QCOMPARE(events.last().payload.value(QStringLiteral("result")).toObject().value(QStringLiteral("pages")).toArray().size(), 3);

    // 7. The counter returns it: the collector's card read from a picture, the citizen rates 4
    // with the keyboard on the rating window.
    QVERIFY(c.openAs(QStringLiteral("tiepnhan")));
    QCOMPARE(c.panel()->offered(), QList<Action>{Action::Return});
    auto *ret = c.openWithKey<ReturnDialog>(Action::Return, QKeySequence(Qt::Key_F11));
    QVERIFY(ret);
    ret->idField()->clear();
    ret->nameField()->clear();
    auto qr = QrCode::encode(kCard);
    QVERIFY(qr.ok());
    const QString card = c.tmp.filePath(QStringLiteral("the-card.png"));
    QVERIFY(qr->toImage(6).save(card));
    QSignalSpy read(ret, &ReturnDialog::collectorRead);
    ret->readCardImage(card);
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, kWaitMs);
    QVERIFY(read.first().first().toBool());
    QCOMPARE(ret->idField()->text(), QStringLiteral("001190012345"));
    QCOMPARE(ret->nameField()->text(), QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    screenshot(ret, QStringLiteral("casework-3-return-vi.png"));
    const int beforeReturn = int(c.events().size());
    ret->idField()->setFocus();
    QTest::keyClick(ret->idField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(ret->ratingWindow() && ret->ratingWindow()->isVisible(), kWaitMs);
    QCOMPARE(c.events().size(), beforeReturn);   // the dialog waits for the rating
    QVERIFY(!ret->ratingWindow()->onSecondScreen() || QGuiApplication::screens().size() > 1);
    // Vietnamese first: the citizen reads the words under each number.
    QCOMPARE(ret->ratingWindow()->button(1)->accessibleName(), QStringLiteral("1 Rất không hài lòng"));
    QCOMPARE(ret->ratingWindow()->button(5)->accessibleName(), QStringLiteral("5 Rất hài lòng"));
    screenshot(ret->ratingWindow(), QStringLiteral("casework-4-rating-vi.png"));
    QPointer<ReturnDialog> retGuard(ret);
    QTest::keyClick(ret->ratingWindow(), Qt::Key_4);
    QTRY_VERIFY_WITH_TIMEOUT(retGuard.isNull() || !retGuard->isVisible(), kWaitMs);
    events = c.events();
    QCOMPARE(events.size(), beforeReturn + 1);
    QCOMPARE(events.last().type, EventType::Returned);
    QCOMPARE(events.last().payload.value(QStringLiteral("rating")).toInt(), 4);
    QCOMPARE(events.last().payload.value(QStringLiteral("collector")).toObject().value(QStringLiteral("idNumber")).toString(),
             QStringLiteral("001190012345"));
    QVERIFY(events.last().payload.value(QStringLiteral("collector")).toObject().value(QStringLiteral("isApplicant")).toBool());

    // 8. Form 06 with F12: every hand-over from the events.
    QTRY_VERIFY_WITH_TIMEOUT(c.panel()->isLoaded(), kWaitMs);
    c.panel()->setPreviewEnabled(false);
    QSignalSpy form06(c.panel(), &DossierActionsPanel::formReady);
    c.main()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(c.main()));
    c.view()->setFocus();
    QTest::keyClick(c.view(), Qt::Key_F12);
    QTRY_COMPARE_WITH_TIMEOUT(form06.size(), 1, kWaitMs);
    auto slip = form06.first().first().value<printing::FormData>();
    QCOMPARE(slip.kind, printing::FormKind::ControlSlip06);
    // Received, 3 transfers (one by the test's own connection), extension, approval, result, return.
    QVERIFY2(slip.handovers.size() >= 8, qPrintable(QString::number(slip.handovers.size())));

    // 9. The officer reads the app in English; the official form is Vietnamese all the same.
    QVERIFY(c.language.setLanguage(QStringLiteral("en")));
    auto *form06Button = c.panel()->findChild<QPushButton *>(QStringLiteral("action_form06"));
    QVERIFY(form06Button);
    QTRY_VERIFY2(form06Button->text().startsWith(QStringLiteral("Form 06")), qPrintable(form06Button->text()));   // the UI is English
    form06Button->click();
    QTRY_COMPARE_WITH_TIMEOUT(form06.size(), 2, kWaitMs);
    slip = form06.at(1).first().value<printing::FormData>();
    QCOMPARE(slip.handovers.first().step, QStringLiteral("Tiếp nhận"));
    QCOMPARE(slip.handovers.at(1).step, QStringLiteral("Chuyển xử lý"));
    const QString pdf = c.tmp.filePath(QStringLiteral("form06.pdf"));
    QVERIFY(printing::writeFormPdf(slip, pdf).ok());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(body.contains(QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("Quá trình giao, nhận hồ sơ")), qPrintable(body));
    QVERIFY2(!body.contains(QStringLiteral("CONTROL SLIP")) && !body.contains(QStringLiteral("Transferred")), qPrintable(body));
}

// The other branches: to the unit's pool and taken from it, a supplement requested (Form 02) and
// received at the counter, a rejection back to the submitter, processing stopped (Form 05).
void TestCaseworkUi::poolSupplementRejectAndStop()
{
    Client c;
    QVERIFY(c.openAs(QStringLiteral("tiepnhan")));
    auto *transfer = c.openWithKey<TransferDialog>(Action::Transfer, QKeySequence(Qt::Key_F2));
    QVERIFY(transfer);
    QVERIFY(transfer->choose(QStringLiteral("pool:000.00.12.H30")));
    QVERIFY(confirmWithEnter(transfer));
    QCOMPARE(c.events().last().payload.value(QStringLiteral("to")).toString(), QStringLiteral("pool:000.00.12.H30"));

    // In the pool: a processing officer of the unit may only take it (offered: transfer, to themselves).
    QVERIFY(c.openAs(QStringLiteral("xuly")));
    QCOMPARE(c.panel()->offered(), QList<Action>{Action::Transfer});
    transfer = c.openWithKey<TransferDialog>(Action::Transfer, QKeySequence(Qt::Key_F2));
    QVERIFY(transfer);
    QVERIFY(transfer->choose(QStringLiteral("xuly")));
    QVERIFY(confirmWithEnter(transfer));
    QTRY_VERIFY_WITH_TIMEOUT(c.panel()->isLoaded() && c.panel()->offered().contains(Action::Appraise), kWaitMs);

    // A supplement requested: Form 02, the clock paused, the dossier in the counter's pool.
    auto *request = c.openWithKey<ActionDialog>(Action::RequestSupplement, QKeySequence(Qt::Key_F4));
    QVERIFY(request);
    request->textField()->setText(QStringLiteral("Bổ sung bản sao giấy kết hôn của cha mẹ"));
    QList<printing::FormData> forms;
    connect(request, &CaseworkDialog::formReady, this, [&forms](const printing::FormData &f) { forms << f; });
    QVERIFY(confirmWithEnter(request));
    QCOMPARE(forms.size(), 1);
    QCOMPARE(forms.first().kind, printing::FormKind::Supplement02);
    QCOMPARE(forms.first().reasons, QStringList{QStringLiteral("Bổ sung bản sao giấy kết hôn của cha mẹ")});
    QCOMPARE(c.events().last().type, EventType::SupplementRequested);
    QTRY_VERIFY_WITH_TIMEOUT(c.panel()->isLoaded() && c.panel()->offered().isEmpty(), kWaitMs);

    // The citizen brings it to the counter: component 2's pages; back to xuly.
    QVERIFY(c.openAs(QStringLiteral("tiepnhan")));
    QVERIFY(c.panel()->offered().contains(Action::SupplementReceived));
    auto *supplied = c.openWithKey<ActionDialog>(Action::SupplementReceived, QKeySequence(Qt::Key_F5));
    QVERIFY(supplied);
    supplied->componentField()->setValue(2);
    supplied->importFiles({writeDocumentImage(c.tmp.filePath(QStringLiteral("ket-hon.png")), QStringLiteral("Giấy kết hôn"))});
    QTRY_COMPARE_WITH_TIMEOUT(supplied->importedPages().size(), 1, kWaitMs);
    supplied->componentField()->setFocus();
    QVERIFY(confirmWithEnter(supplied));
    QList<Event> events = c.events();
    QCOMPARE(events.last().type, EventType::SupplementReceived);
    QCOMPARE(events.at(events.size() - 2).type, EventType::ComponentAttached);
    QCOMPARE(events.at(events.size() - 2).payload.value(QStringLiteral("number")).toInt(), 2);

    // xuly submits; the supervisor rejects with a reason: back to xuly.
    QVERIFY(c.openAs(QStringLiteral("xuly")));
    transfer = c.openWithKey<TransferDialog>(Action::Transfer, QKeySequence(Qt::Key_F2));
    QVERIFY(transfer);
    QVERIFY(transfer->choose(QStringLiteral("lanhdao")));
    QVERIFY(confirmWithEnter(transfer));
    QVERIFY(c.openAs(QStringLiteral("lanhdao")));
    auto *reject = c.openWithKey<ActionDialog>(Action::Reject, QKeySequence(Qt::Key_F9));
    QVERIFY(reject);
    reject->textField()->setText(QStringLiteral("Chưa đối chiếu bản chính"));
    QVERIFY(confirmWithEnter(reject));
    events = c.events();
    QCOMPARE(events.last().type, EventType::Rejected);
    QCOMPARE(events.last().payload.value(QStringLiteral("reason")).toString(), QStringLiteral("Chưa đối chiếu bản chính"));

    // The supervisor stops the processing: Form 05; nothing more to do on it.
    QTRY_VERIFY_WITH_TIMEOUT(c.panel()->isLoaded(), kWaitMs);
    QVERIFY(!c.panel()->offered().contains(Action::Approve));   // nothing awaits approval now
    auto *stop = c.openWithKey<ActionDialog>(Action::Stop, QKeySequence(Qt::Key_F7));
    QVERIFY(stop);
    stop->textField()->setText(QStringLiteral("Người dân rút yêu cầu"));
    forms.clear();
    connect(stop, &CaseworkDialog::formReady, this, [&forms](const printing::FormData &f) { forms << f; });
    QVERIFY(confirmWithEnter(stop));
    QCOMPARE(forms.size(), 1);
    QCOMPARE(forms.first().kind, printing::FormKind::Stop05);
    QCOMPARE(c.events().last().type, EventType::Stopped);
    QTRY_VERIFY_WITH_TIMEOUT(c.panel()->isLoaded() && c.panel()->offered().isEmpty(), kWaitMs);
}

// Online submissions (issue 12, the first action): in the counter's "online submissions" queue,
// accepted from the dossier view (a Received on its own code, the clock starts) or returned for
// supplement with a reason (Form 02, status 5); a processing officer is offered neither.
void TestCaseworkUi::onlineSubmissionAcceptedOrReturned()
{
    Client c;
    const QString toAccept = c.addOnlineSubmission(1);
    const QString toReturn = c.addOnlineSubmission(2);
    QVERIFY(!toAccept.isEmpty() && !toReturn.isEmpty());

    // Processing may not accept at the counter: nothing offered.
    QVERIFY(c.openAs(QStringLiteral("xuly"), toAccept));
    QVERIFY(!c.panel()->offered().contains(Action::Accept));
    QVERIFY(!c.panel()->offered().contains(Action::ReturnForSupplement));

    QVERIFY(c.openAs(QStringLiteral("tiepnhan"), toAccept));
    auto *dossiers = static_cast<DossiersPage *>(c.main()->page(MainWindow::DossiersPageIndex));
    dossiers->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(dossiers->counts().of(casework::QueueId::Submissions), 2, kWaitMs);
    QCOMPARE(c.panel()->offered(), (QList<Action>{Action::Accept, Action::ReturnForSupplement}));

    // Accept with Shift+F2: one Received on the same code, by the counter officer; the clock starts.
    auto *accept = c.openWithKey<ActionDialog>(Action::Accept, QKeySequence(Qt::SHIFT | Qt::Key_F2));
    QVERIFY(accept);
    QCOMPARE(c.eventsOf(toAccept).size(), 1);
    QVERIFY(confirmWithEnter(accept));
    QList<Event> events = c.eventsOf(toAccept);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().type, EventType::Received);
    QCOMPARE(events.last().dossier, toAccept);
    QCOMPARE(events.last().officer, QStringLiteral("tiepnhan"));
    QCOMPARE(events.last().role, Role::Counter);
    QVERIFY(events.last().payload.value(QStringLiteral("acceptedSubmission")).toBool());
    QVERIFY(events.last().payload.contains(QStringLiteral("limit")));
    // Now it is an ordinary received dossier: the counter transfers it.
    QTRY_VERIFY_WITH_TIMEOUT(c.panel()->isLoaded() && c.panel()->offered() == QList<Action>{Action::Transfer}, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(dossiers->counts().of(casework::QueueId::Submissions), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(dossiers->counts().of(casework::QueueId::Received), 2, kWaitMs);

    // Return the other for supplement with Shift+F4: a reason is needed (refused empty, nothing
    // written), then Form 02 with that reason, status 5, nothing received.
    QVERIFY(c.openAs(QStringLiteral("tiepnhan"), toReturn));
    auto *back = c.openWithKey<ActionDialog>(Action::ReturnForSupplement, QKeySequence(Qt::SHIFT | Qt::Key_F4));
    QVERIFY(back);
    QSignalSpy refused(back, &CaseworkDialog::refused);
    QTest::keyClick(back->textField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kWaitMs);
    QCOMPARE(refused.first().first().value<Error>().code, QStringLiteral("casework.no-reason"));
    QVERIFY(back->isVisible());
    QCOMPARE(c.eventsOf(toReturn).size(), 1);
    back->textField()->setText(QStringLiteral("Tờ khai thiếu chữ ký của người yêu cầu"));
    QList<printing::FormData> forms;
    connect(back, &CaseworkDialog::formReady, this, [&forms](const printing::FormData &f) { forms << f; });
    QVERIFY(confirmWithEnter(back));
    events = c.eventsOf(toReturn);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.last().type, EventType::SupplementRequestedAtCounter);
    QCOMPARE(events.last().payload.value(QStringLiteral("reasons")).toArray(),
             QJsonArray{QStringLiteral("Tờ khai thiếu chữ ký của người yêu cầu")});
    QCOMPARE(forms.size(), 1);
    QCOMPARE(forms.first().kind, printing::FormKind::Supplement02);
    QCOMPARE(forms.first().reasons, QStringList{QStringLiteral("Tờ khai thiếu chữ ký của người yêu cầu")});
    // Status 5, never accepted (no clock): out of the submissions queue, waiting for the citizen.
    const DossierState returned = replay(events, StateMachine(MachineContext{})).state;
    QCOMPARE(returned.status, DossierStatus::SupplementRequired);
    QVERIFY(returned.awaitsCounterSupplement());
    QVERIFY(!returned.dueAt.isValid());
    QTRY_COMPARE_WITH_TIMEOUT(dossiers->counts().of(casework::QueueId::Submissions), 0, kWaitMs);
}

// With a second screen the rating window opens there, filling it, and takes the keys 1–5. The
// offscreen platform has one screen unless told otherwise: the test runs itself again with two.
void TestCaseworkUi::ratingWindowOnTheSecondScreen()
{
    if (QGuiApplication::screens().size() < 2) {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("screens.json"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"screens": [{"name": "officer", "x": 0, "y": 0, "width": 1366, "height": 768},
                                {"name": "citizen", "x": 1366, "y": 0, "width": 1280, "height": 800}]})");
        f.close();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("ratingWindowOnTheSecondScreen")});
        QVERIFY(child.waitForFinished(120000));
        const QByteArray out = child.readAllStandardOutput();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, out.constData());
        // The child really had two screens and checked the placement (not skipped).
        QVERIFY2(out.contains("second screen checked"), out.constData());
        return;
    }
    Language language;
    language.setLanguage(QStringLiteral("vi"));
    auto *w = new RatingWindow(QStringLiteral("000.00.12.H30-261207-010001"));
    QSignalSpy rated(w, &RatingWindow::rated);
    w->present();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(w->onSecondScreen());
    const QScreen *citizen = QGuiApplication::screens().at(1);
    QCOMPARE(w->screen(), citizen);
    QVERIFY2(citizen->geometry().contains(w->geometry().center()), "the window is on the citizen's screen");
    QCOMPARE(w->button(3)->accessibleName(), QStringLiteral("3 Bình thường"));
    QTest::keyClick(w, Qt::Key_3);
    QCOMPARE(rated.size(), 1);
    QCOMPARE(rated.first().first().toInt(), 3);
    qInfo("second screen checked");
}

int main(int argc, char **argv)
{
    // The result dialog scans through SANE's test backend, in the scan worker process.
    qputenv("SANE_CONFIG_DIR", MOTCUA_SOURCE_DIR "/tests/data/sane");
    qputenv("MOTCUA_SCAN_WORKER", MOTCUA_CLI_PATH);
    QApplication app(argc, argv);
    TestCaseworkUi test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_caseworkui.moc"
