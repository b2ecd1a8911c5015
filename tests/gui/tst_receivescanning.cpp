// The Receive page's scanning on real widgets (offscreen), against a real encrypted workspace and
// the SANE test scanner (out of process, SANE_CONFIG_DIR=tests/data/sane): blank pages set aside,
// twenty pages at once, the feeder then the flatbed, locking and unlocking with pages in flight,
// the draft kept across a killed process, the layout and the file dialogs. Helpers shared with
// tst_receivepage (tst_receivepage_support).
#include "tst_receivepage_support.h"

#include "app/capture/Scanner.h"
#include "app/intake/IntakeWorker.h"
#include "support/LongDocument.h"
#include "ui/receive/ComponentRow.h"
#include "ui/receive/ReceiptEditor.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QSettings>
#include <QLabel>
#include <QLineEdit>
#include <QHBoxLayout>
#include <QMenu>
#include <QScreen>
#include <QTimer>
#include <QTextStream>
#include <QProcess>
#include <QPushButton>
#include <QPainter>
#include <QtTest>

#include <optional>
#include <utility>

using namespace motcua;
using namespace rptest;

namespace {

int runDraftChild(const QString &dir);

} // namespace

class TestReceiveScanning : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void blankPageSetAsideAndRestored();
    void twentyPageScanShowsEveryPage();
    void feederScansEverySheetThenFlatbed();
    void lockAndUnlockCarryOn();
    void pagesInFlightAcrossLock();
    void draftSurvivesKilledProcess();
    void layoutStaysInTheWindow();
    void fileDialogsOpenInTheLastFolder();
};

void TestReceiveScanning::initTestCase()
{
    useTestFont();
}

void TestReceiveScanning::blankPageSetAsideAndRestored()
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

void TestReceiveScanning::twentyPageScanShowsEveryPage()
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

void TestReceiveScanning::feederScansEverySheetThenFlatbed()
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

void TestReceiveScanning::lockAndUnlockCarryOn()
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

void TestReceiveScanning::pagesInFlightAcrossLock()
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

void TestReceiveScanning::draftSurvivesKilledProcess()
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
void TestReceiveScanning::layoutStaysInTheWindow()
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
void TestReceiveScanning::fileDialogsOpenInTheLastFolder()
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
    prepareEnvironment();
    QApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], "--child-draft") == 0)
        return runDraftChild(QString::fromLocal8Bit(argv[2]));
    TestReceiveScanning test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_receivescanning.moc"
