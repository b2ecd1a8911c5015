// The lookup page on real widgets (offscreen) over a real workspace: names typed without
// diacritics find the dossier, Down and Enter navigate, a dossier code + Enter opens the dossier
// view with its readable timeline, components and pages (a tampered page shown only as a warning),
// Reprint is emitted, Esc goes back. MOTCUA_TEST_SCREENSHOTS=DIR keeps pictures of the main window.
#include "unit/tst_lookup_fixture.h"

#include "app/auth/SyncStatusSource.h"
#include "app/lookup/LookupWorker.h"
#include "ui/DossierView.h"
#include "ui/DossierViewModels.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/pages/LookupPage.h"
#include "ui/pages/LookupPageModel.h"

#include "domain/calendar/OfficeTime.h"

#include <QAbstractItemModelTester>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QtTest>

using namespace motcua;
using motcua::test::LookupFixture;

namespace {

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

// A recent working day at 09:00 in Hà Nội, so the pictures show dossiers on time and one late.
QDateTime recentMorning()
{
    const QTimeZone hanoi(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    QDate day = QDateTime::currentDateTimeUtc().toTimeZone(hanoi).date().addDays(-1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(-1);
    return QDateTime(day, QTime(9, 0), hanoi).toUTC();
}

QString localText(const QDateTime &utc)
{
    return utc.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

QStringList dossierCodes(const LookupResultsModel *m)
{
    QStringList out;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->isDossier(r))
            out << m->dossierCode(r);
    return out;
}

} // namespace

class TestLookupPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void nameWithoutDiacriticsFindsTheDossier();
    void downAndEnterOpenFromTheResults();
    void dossierCodeAndEnterShowTheTimeline();
    void pagesAndTamperedWarning();
    void reprintAndBack();
    void periodListsAndCodeStart();
    void qtDialogsSpeakTheLanguage();
    void screenshotInMainWindow();

private:
    std::unique_ptr<LookupFixture> m_f;
    Language m_language;
    std::unique_ptr<LookupPage> m_page;
};

void TestLookupPage::initTestCase()
{
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
    m_f = std::make_unique<LookupFixture>(recentMorning());
    QVERIFY2(m_f->error.isEmpty(), qPrintable(m_f->error));
    m_page = std::make_unique<LookupPage>(m_f->session());
    new QAbstractItemModelTester(m_page->resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(m_page->dossierView()->timelineModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(m_page->dossierView()->componentsModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_page->resize(1000, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestLookupPage::cleanupTestCase()
{
    m_page.reset();
    m_f.reset();
}

void TestLookupPage::nameWithoutDiacriticsFindsTheDossier()
{
    QSignalSpy shown(m_page.get(), &LookupPage::resultsShown);
    QTest::keyClicks(m_page->searchField(), QStringLiteral("tran thi binh"));
    QTRY_COMPARE_WITH_TIMEOUT(dossierCodes(m_page->resultsModel()), (QStringList{m_f->binhDossier2, m_f->binhDossier1}), 20000);
    // One search for the whole word typed quickly (debounced), not one per key.
    QVERIFY(shown.size() <= 2);
    const LookupResultsModel *m = m_page->resultsModel();
    QCOMPARE(m->rowCount(), 3);   // two dossiers, then the citizen
    QVERIFY(m->isCitizen(2));
    QCOMPARE(m->citizenId(2), LookupFixture::kBinhId);
    QCOMPARE(m->data(m->index(0, LookupResultsModel::Name)).toString(), QStringLiteral("Trần Thị Bình"));
    QCOMPARE(m->data(m->index(0, LookupResultsModel::Procedure)).toString(), QStringLiteral("1.001193 — Thủ tục đăng ký khai sinh"));
    QCOMPARE(m->data(m->index(0, LookupResultsModel::Status)).toString(), QStringLiteral("Đã tiếp nhận"));
    QCOMPARE(m->headerData(LookupResultsModel::Received, Qt::Horizontal).toString(), QStringLiteral("Tiếp nhận"));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("theo tên")));
    // Enter on the citizen: their dossiers, by ID number.
    m_page->resultsView()->setFocus();
    m_page->resultsView()->setCurrentIndex(m->index(2, 0));
    QTest::keyClick(m_page->resultsView(), Qt::Key_Return);
    QCOMPARE(m_page->searchField()->text(), LookupFixture::kBinhId);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->resultsModel()->results().query.kind, lookup::QueryKind::IdNumber, 20000);
    QCOMPARE(dossierCodes(m_page->resultsModel()), (QStringList{m_f->binhDossier2, m_f->binhDossier1}));
    // Nothing that is not there.
    m_page->searchField()->clear();
    QTest::keyClicks(m_page->searchField(), QStringLiteral("pham van"));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->resultsModel()->results().query.text, QStringLiteral("pham van"), 20000);
    QCOMPARE(m_page->resultsModel()->rowCount(), 0);
}

void TestLookupPage::downAndEnterOpenFromTheResults()
{
    QLineEdit *field = m_page->searchField();
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, QStringLiteral("ng v an"));
    QTRY_COMPARE_WITH_TIMEOUT(dossierCodes(m_page->resultsModel()), QStringList{m_f->anDossier}, 20000);
    QTest::keyClick(field, Qt::Key_Down);
    QVERIFY(m_page->resultsView()->hasFocus());
    QCOMPARE(m_page->resultsView()->currentIndex().row(), 0);
    QSignalSpy opened(m_page.get(), &LookupPage::dossierShown);
    QTest::keyClick(m_page->resultsView(), Qt::Key_Return);
    QVERIFY(m_page->isShowingDossier());
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
    QCOMPARE(opened.at(0).at(0).toString(), m_f->anDossier);
    QTest::keyClick(m_page->dossierView(), Qt::Key_Escape);
    QVERIFY(!m_page->isShowingDossier());
}

void TestLookupPage::dossierCodeAndEnterShowTheTimeline()
{
    QLineEdit *field = m_page->searchField();
    field->setFocus();
    field->clear();
    QSignalSpy opened(m_page.get(), &LookupPage::dossierShown);
    // As a scanner types it: the code, then Enter at once (before the debounced search ran).
    QTest::keyClicks(field, m_f->anDossier);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
    QVERIFY(m_page->isShowingDossier());
    DossierView *view = m_page->dossierView();
    QVERIFY(view->isLoaded());
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("dossierCodeLabel"))->text(), m_f->anDossier);
    // The status in words; no portal status number, anywhere in the header.
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("statusBadge"))->text(), QStringLiteral("Đang xử lý"));
    for (const QLabel *label : view->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(QStringLiteral("trạng thái")), qPrintable(label->text()));
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("field1"))->text(), QStringLiteral("1.001193 — Thủ tục đăng ký khai sinh"));
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("field0"))->text(), m_f->anLookupCode);
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("field2"))->text(), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("field4"))->text(), localText(recentMorning()));

    const TimelineModel *t = view->timelineModel();
    QCOMPARE(t->rowCount(), 5);
    auto cell = [t](int row, int column) { return t->data(t->index(row, column)).toString(); };
    QCOMPARE(cell(0, TimelineModel::Time), localText(recentMorning()));
    QCOMPARE(cell(0, TimelineModel::Officer), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(cell(0, TimelineModel::Role), QStringLiteral("Tiếp nhận"));
    QCOMPARE(cell(0, TimelineModel::Event), QStringLiteral("Tiếp nhận hồ sơ"));
    QVERIFY2(cell(0, TimelineModel::Details).contains(QStringLiteral("5 ngày làm việc")), qPrintable(cell(0, TimelineModel::Details)));
    QVERIFY2(cell(0, TimelineModel::Details).contains(QStringLiteral("1.001193 — Thủ tục đăng ký khai sinh")),
             qPrintable(cell(0, TimelineModel::Details)));
    // Components by their names, not "Thành phần 1".
    QVERIFY2(cell(1, TimelineModel::Details).startsWith(QStringLiteral("Tờ khai đăng ký khai sinh: 1 trang")),
             qPrintable(cell(1, TimelineModel::Details)));
    QVERIFY2(cell(2, TimelineModel::Details).startsWith(QStringLiteral("Giấy chứng sinh: 1 trang")), qPrintable(cell(2, TimelineModel::Details)));
    QCOMPARE(cell(3, TimelineModel::Event), QStringLiteral("Chuyển hồ sơ"));
    QCOMPARE(cell(3, TimelineModel::Details), QStringLiteral("Chuyển cho Trần Thị Bình"));
    QCOMPARE(cell(4, TimelineModel::Role), QStringLiteral("Xử lý"));
    QCOMPARE(cell(4, TimelineModel::Details), QStringLiteral("Đã gọi điện cho công dân"));

    const ComponentsModel *c = view->componentsModel();
    QCOMPARE(c->rowCount(), 2);
    QCOMPARE(c->data(c->index(0, ComponentsModel::Name)).toString(), QStringLiteral("Tờ khai đăng ký khai sinh"));
    QCOMPARE(c->data(c->index(1, ComponentsModel::Name)).toString(), QStringLiteral("Giấy chứng sinh"));
    QCOMPARE(c->data(c->index(0, ComponentsModel::Source)).toString(), QStringLiteral("quét tại quầy"));
    QVERIFY(c->data(c->index(1, ComponentsModel::Source)).toString().contains(m_f->binhDossier1));
}

void TestLookupPage::pagesAndTamperedWarning()
{
    DossierView *view = m_page->dossierView();
    QVERIFY(view->isLoaded());
    view->tabs()->setCurrentIndex(2);
    QListWidget *list = view->pageList();
    QCOMPARE(list->count(), 2);
    // Each page says which component it belongs to, by name.
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Trang 1 · Tờ khai đăng ký khai sinh")), qPrintable(list->item(0)->text()));
    QVERIFY2(list->item(1)->text().startsWith(QStringLiteral("Trang 2 · Giấy chứng sinh")), qPrintable(list->item(1)->text()));
    QSignalSpy shown(view, &DossierView::pageShown);
    list->setCurrentRow(1);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().at(0).toString() == m_f->tamperedPage, 20000);
    QVERIFY(shown.last().at(1).toBool());
    QVERIFY(view->pageWarning()->isVisible());
    QVERIFY(view->pageWarning()->text().contains(QStringLiteral("SHA-256")));
    QVERIFY(view->pageImage()->pixmap().isNull());
    QVERIFY(list->item(1)->text().contains(QStringLiteral("BỊ SỬA ĐỔI")));
    list->setCurrentRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(shown.last().at(0).toString() == m_f->goodPage, 20000);
    QVERIFY(!shown.last().at(1).toBool());
    QVERIFY(!view->pageWarning()->isVisible());
    QVERIFY(!view->pageImage()->pixmap().isNull());
    screenshot(m_page.get(), QStringLiteral("lookup-page-vi.png"));
    list->setCurrentRow(1);
    screenshot(m_page.get(), QStringLiteral("lookup-tampered-page-vi.png"));
    view->tabs()->setCurrentIndex(0);
}

void TestLookupPage::reprintAndBack()
{
    DossierView *view = m_page->dossierView();
    QSignalSpy reprint(m_page.get(), &LookupPage::reprintRequested);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("reprintButton")), Qt::LeftButton);
    QCOMPARE(reprint.size(), 1);
    QCOMPARE(reprint.at(0).at(0).toString(), m_f->anDossier);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("backButton")), Qt::LeftButton);
    QVERIFY(!m_page->isShowingDossier());
}

// With the field empty, the page lists the dossiers of a period of office days (today at first);
// the start of a code (a day "yyMMdd", or office-day-device) lists the dossiers whose code starts so.
void TestLookupPage::periodListsAndCodeStart()
{
    QLineEdit *field = m_page->searchField();
    field->setFocus();
    field->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->resultsModel()->results().query.kind, lookup::QueryKind::Days, 20000);
    QCOMPARE(m_page->resultsModel()->results().query.from, OfficeTime::today());
    QCOMPARE(m_page->resultsModel()->results().query.to, OfficeTime::today());
    QVERIFY2(m_page->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("hôm nay")),
             qPrintable(m_page->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));

    const QDate base = OfficeTime::day(recentMorning());
    const QString hoa = m_f->otherDossiers.at(0);
    const QString duc = m_f->otherDossiers.at(1);
    const QString nam = m_f->otherDossiers.at(2);
    QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("fromDate"))->isVisible());
    m_page->setPeriod(LookupPage::DayRange, base, base);
    QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("fromDate"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(dossierCodes(m_page->resultsModel()), (QStringList{hoa, m_f->binhDossier1, m_f->anDossier}), 20000);
    QVERIFY2(m_page->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(base.toString(QStringLiteral("dd/MM/yyyy"))),
             qPrintable(m_page->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));

    m_page->setPeriod(LookupPage::LastSevenDays);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->resultsModel()->results().query.from, OfficeTime::today().addDays(-6), 20000);
    const QStringList week = dossierCodes(m_page->resultsModel());
    for (const QString &code : {m_f->anDossier, m_f->binhDossier1, hoa, nam})
        QVERIFY2(week.contains(code), qPrintable(code));
    QVERIFY(!week.contains(duc));   // two weeks ago

    // The start of a code: the day alone is this office's.
    QTest::keyClicks(field, base.toString(QStringLiteral("yyMMdd")));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->resultsModel()->results().query.kind, lookup::QueryKind::CodePrefix, 20000);
    QCOMPARE(dossierCodes(m_page->resultsModel()), (QStringList{hoa, m_f->binhDossier1, m_f->anDossier}));
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("đầu mã hồ sơ")));
    field->clear();
    m_page->setPeriod(LookupPage::Today);
}

// Qt's own words (message-box buttons, the file and print-preview dialogs) follow the language.
void TestLookupPage::qtDialogsSpeakTheLanguage()
{
    QVERIFY(m_language.hasQtTranslation());
    auto texts = [] {
        QMessageBox box;
        box.setStandardButtons(QMessageBox::Cancel | QMessageBox::Discard | QMessageBox::Yes);
        QFileDialog files;
        files.setOption(QFileDialog::DontUseNativeDialog);
        QPrinter printer;
        QPrintPreviewDialog preview(&printer);
        QStringList actions;
        for (const QAction *a : preview.findChildren<QAction *>())
            actions << a->text();
        return QStringList{box.button(QMessageBox::Cancel)->text(), box.button(QMessageBox::Discard)->text(),
                           box.button(QMessageBox::Yes)->text(), files.labelText(QFileDialog::LookIn),
                           files.labelText(QFileDialog::FileName), actions.contains(QStringLiteral("Phóng to")) ? QStringLiteral("vi")
                           : actions.contains(QStringLiteral("Zoom in"))                                  ? QStringLiteral("en")
                                                                                                          : actions.join(QLatin1Char('|'))};
    };
    QCOMPARE(texts(), (QStringList{QStringLiteral("Hủy"), QStringLiteral("Bỏ đi"), QStringLiteral("&Có"),
                                   QStringLiteral("Tìm trong:"), QStringLiteral("&Tên tệp:"), QStringLiteral("vi")}));
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    QVERIFY(!m_language.hasQtTranslation());
    QCOMPARE(texts(), (QStringList{QStringLiteral("Cancel"), QStringLiteral("Discard"), QStringLiteral("&Yes"),
                                   QStringLiteral("Look in:"), QStringLiteral("File &name:"), QStringLiteral("en")}));
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
}

void TestLookupPage::screenshotInMainWindow()
{
    SyncStatusSource sync;
    MainWindow window(m_f->session(), &sync, &m_language);
    window.resize(1280, 760);   // a counter PC's 1366×768 screen, minus the panel
    window.setCurrentPage(MainWindow::LookupPageIndex);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = qobject_cast<LookupPage *>(window.page(MainWindow::LookupPageIndex));
    QVERIFY(page);
    QSignalSpy shown(page, &LookupPage::resultsShown);
    page->searchField()->setFocus();
    QTest::keyClicks(page->searchField(), QStringLiteral("nguyen"));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && page->resultsModel()->rowCount() > 0, 20000);
    screenshot(&window, QStringLiteral("lookup-vi.png"));
    QSignalSpy opened(page, &LookupPage::dossierShown);
    page->openDossier(m_f->anDossier);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page->dossierView()->pageList()->count() == 2, 20000);
    screenshot(&window, QStringLiteral("lookup-dossier-vi.png"));
    page->dossierView()->tabs()->setCurrentIndex(2);
    QTRY_VERIFY_WITH_TIMEOUT(!page->dossierView()->pageImage()->pixmap().isNull(), 20000);
    screenshot(&window, QStringLiteral("lookup-pages-vi.png"));
    // The same in English.
    QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    page->dossierView()->tabs()->setCurrentIndex(0);
    // The timeline was worded by the worker: asked again, it comes back in English.
    const TimelineModel *t = page->dossierView()->timelineModel();
    QTRY_COMPARE_WITH_TIMEOUT(t->data(t->index(0, TimelineModel::Event)).toString(), QStringLiteral("Received"), 20000);
    QVERIFY2(t->data(t->index(1, TimelineModel::Details)).toString().startsWith(QStringLiteral("Tờ khai đăng ký khai sinh: 1 page,")),
             qPrintable(t->data(t->index(1, TimelineModel::Details)).toString()));
    screenshot(&window, QStringLiteral("lookup-dossier-en.png"));
    page->showResults();
    page->searchField()->clear();
    page->setPeriod(LookupPage::DayRange, OfficeTime::day(recentMorning()), OfficeTime::today());
    QTRY_VERIFY_WITH_TIMEOUT(page->resultsModel()->results().query.kind == lookup::QueryKind::Days
                                 && page->resultsModel()->rowCount() >= 3, 20000);
    screenshot(&window, QStringLiteral("lookup-days-en.png"));
    QVERIFY(m_language.setLanguage(QStringLiteral("vi")));
    screenshot(&window, QStringLiteral("lookup-days-vi.png"));
}

QTEST_MAIN(TestLookupPage)
#include "tst_lookuppage.moc"
