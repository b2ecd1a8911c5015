// A dossier whose counter outcome was Form 02 (supplement requested at the counter), on real widgets
// (offscreen) against a real encrypted workspace: Lookup and the dossier view show it waiting for
// the supplement (national status 5), a counter officer records the supplement from the dossier
// view (the missing component's pages imported from a file) and the dossier is received with
// Form 01; a processing officer is not offered the action.
#include "app/auth/AuthService.h"
#include "app/auth/SyncStatusSource.h"
#include "app/calendar/BundledCalendar.h"
#include "app/catalog/CatalogService.h"
#include "app/intake/IntakeService.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "db/Workspace.h"
#include "gui/AppUnderTest.h"
#include "support/TestServices.h"
#include "support/TestWorkspace.h"
#include "ui/AppController.h"
#include "ui/DossierView.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/SupplementDialog.h"
#include "ui/pages/LookupPage.h"
#include "ui/pages/LookupPageModel.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

using namespace motcua;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu-đúng");
constexpr int kWaitMs = 60000;

// A workspace with a counter officer "an" (every role), a processing officer "xuly", and one
// dossier left at Form 02: the birth registration with its component 2 missing.
QString createWorkspace(const QString &dir, QString *dossierCode, QString *lookupCode)
{
    test::TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = test::createTestWorkspace(dir, spec);
    if (!ws.ok())
        return ws.error().toString();
    if (Status s = (*ws)->addOfficer(QStringLiteral("xuly"), QStringLiteral("Lê Văn Xử"), Roles(Role::Processing), kPassword,
                                     KdfCost::fastForTests());
        !s.ok())
        return s.error().toString();
    auto db = (*ws)->openDatabase();
    auto catalog = CatalogService::bundledCatalog();
    auto calendar = BundledCalendar::working();
    if (!db || !catalog || !calendar)
        return QStringLiteral("cannot open the store, the catalog or the calendar");
    intake::IntakeDraft d = intake::IntakeDraft::start(QStringLiteral("an"));
    d.procedureCode = QStringLiteral("1.001193");
    d.applicant.idNumber = QStringLiteral("036190001234");
    d.applicant.name = QStringLiteral("Trần Thị Thu Hà");
    d.applicant.phone = QStringLiteral("0987654321");
    auto sha = PageStore((*db)->sql()).put("to-khai", {QStringLiteral("image/png"), 10, 10, 200, false});
    if (!sha)
        return sha.error().toString();
    intake::DraftComponent &c = d.componentRef(1);
    c.provenance = Provenance::ScannedAtCounter;
    c.pages << intake::DraftPage{*sha, false, {}};
    const std::unique_ptr<WorkspaceServices> services = test::servicesFor((*db)->sql(), (*ws)->session(), *catalog, *calendar);
    if (!services)
        return QStringLiteral("services");
    intake::IntakeService service(*services);
    auto r = service.requestSupplement(d, {{2, QStringLiteral("Chưa có giấy chứng sinh")}});
    if (!r)
        return r.error().toString();
    *dossierCode = r->dossierCode;
    *lookupCode = r->lookupCode;
    return {};
}

QString writeDocumentImage(const QString &path, const QString &text)
{
    QImage image(1240, 1754, QImage::Format_RGB32);   // A4 at 150 dpi
    image.fill(Qt::white);
    QPainter p(&image);
    QFont font = p.font();
    font.setPixelSize(48);
    p.setFont(font);
    for (int line = 0; line < 20; ++line)
        p.drawText(120, 200 + line * 70, text + QStringLiteral(" — dòng %1").arg(line + 1));
    p.end();
    image.save(path);
    return path;
}

struct Client : motcua::test::AppUnderTest {
    QString code;
    QString lookupCode;

    Client()
    {
        const QString error = createWorkspace(dir, &code, &lookupCode);
        if (!error.isEmpty())
            qFatal("cannot create the test workspace: %s", qPrintable(error));
        start();
    }
    bool signIn(const QString &login) { return AppUnderTest::signIn(login, kPassword); }
    LookupPage *lookup() const { return static_cast<LookupPage *>(main()->page(MainWindow::LookupPageIndex)); }
    QString badge() const { return lookup()->dossierView()->findChild<QLabel *>(QStringLiteral("statusBadge"))->text(); }
    QList<EventType> eventTypes() const
    {
        auto ws = Workspace::unlock(dir, QStringLiteral("an"), kPassword);
        if (!ws)
            return {};
        auto db = (*ws)->openDatabase();
        if (!db)
            return {};
        QList<EventType> types;
        for (const Event &e : EventStore((*db)->sql(), (*ws)->session().deviceId).eventsOf(code))
            types << e.type;
        return types;
    }
};

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);   // let the layouts settle on the new texts
    w->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestSupplement : public QObject {
    Q_OBJECT
private slots:
    void form02ShowsAsWaitingAndIsReceivedWithItsSupplement();
    void processingOfficerIsNotOffered();
};

void TestSupplement::form02ShowsAsWaitingAndIsReceivedWithItsSupplement()
{
    Client c;
    QVERIFY(c.signIn(QStringLiteral("an")));
    MainWindow *w = c.main();
    w->resize(1366, 768);
    w->setCurrentPage(MainWindow::LookupPageIndex);
    LookupPage *lookup = c.lookup();

    // Lookup: the result row says it waits for the supplement (status 5), not "newly registered".
    lookup->searchField()->setText(c.code);
    QTRY_VERIFY_WITH_TIMEOUT(lookup->resultsModel()->rowCount() == 1, kWaitMs);
    const QString rowStatus =
        lookup->resultsModel()->index(0, LookupResultsModel::Status).data().toString();
    QCOMPARE(rowStatus, QStringLiteral("Chờ bổ sung"));

    // The dossier view: the same, and the action for the citizen's return.
    lookup->openDossier(c.code);
    DossierView *view = lookup->dossierView();
    QTRY_VERIFY_WITH_TIMEOUT(view->isLoaded(), kWaitMs);
    QCOMPARE(c.badge(), QStringLiteral("Chờ bổ sung"));
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("field5"))->text(), QStringLiteral("hẹn khi nhận đủ hồ sơ bổ sung"));
    QPushButton *button = view->supplementButton();
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Ghi nhận hồ sơ bổ sung…"));
    screenshot(w, QStringLiteral("supplement-1-waiting-vi.png"));

    QTest::mouseClick(button, Qt::LeftButton);
    SupplementDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<SupplementDialog *>(QStringLiteral("supplementDialog"))) && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), kWaitMs);
    dialog->setPreviewEnabled(false);   // the modal preview would wait for a person
    QCOMPARE(dialog->dossierCode(), c.code);
    // Only the missing component is asked for, with the Form 02's reason.
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("import_2")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("import_1")));
    auto *receive = dialog->findChild<QPushButton *>(QStringLiteral("receiveButton"));
    QVERIFY(receive->isEnabled());

    // Receiving without the page: refused with a sentence, nothing written.
    QTest::mouseClick(receive, Qt::LeftButton);
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("supplementMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kWaitMs);
    QVERIFY2(message->text().contains(QStringLiteral("thiếu")), qPrintable(message->text()));
    QCOMPARE(c.eventTypes().size(), 2);   // Form 02 and its one component

    // The page of the birth certificate, from a file.
    const QString file = writeDocumentImage(c.tmp.filePath(QStringLiteral("giay-chung-sinh.png")), QStringLiteral("Giấy chứng sinh"));
    dialog->importFiles(2, {file});
    QTRY_COMPARE_WITH_TIMEOUT(dialog->pageCount(2), 1, kWaitMs);
    QTRY_COMPARE(dialog->findChild<QLabel *>(QStringLiteral("pages_2"))->text(), QStringLiteral("1 trang"));
    screenshot(dialog, QStringLiteral("supplement-2-dialog-vi.png"));

    QList<printing::FormData> forms;
    connect(dialog, &SupplementDialog::formReady, this, [&forms](const printing::FormData &f) { forms << f; });
    QTest::mouseClick(receive, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(forms.size(), 1, kWaitMs);
    // Form 01 with the appointment date, the same dossier and lookup code, both components.
    QCOMPARE(forms[0].kind, printing::FormKind::Receipt01);
    QCOMPARE(forms[0].dossierCode, c.code);
    QCOMPARE(forms[0].lookupCode, c.lookupCode);
    QVERIFY(forms[0].dueAt.isValid());
    QVERIFY(forms[0].dueAt > forms[0].receivedAt);
    QCOMPARE(forms[0].applicantName, QStringLiteral("Trần Thị Thu Hà"));
    int provided = 0;
    for (const printing::FormComponentLine &line : forms[0].components)
        provided += line.missing ? 0 : 1;
    QCOMPARE(provided, 2);

    // The log: the supplement, its page, then the acceptance.
    QCOMPARE(c.eventTypes(),
             (QList<EventType>{EventType::SupplementRequestedAtCounter, EventType::ComponentAttached,
                               EventType::SupplementReceived, EventType::ComponentAttached, EventType::Received}));
    // The view comes back with the dossier accepted; the action is gone.
    QTRY_COMPARE_WITH_TIMEOUT(c.badge(), QStringLiteral("Đã tiếp nhận"), kWaitMs);
    QVERIFY(!view->supplementButton()->isVisible());
    screenshot(w, QStringLiteral("supplement-3-received-vi.png"));

    // English (the status text comes translated with the dossier: open it again).
    c.language.setLanguage(QStringLiteral("en"));
    lookup->openDossier(c.code);
    QTRY_COMPARE_WITH_TIMEOUT(c.badge(), QStringLiteral("Accepted"), kWaitMs);
    screenshot(w, QStringLiteral("supplement-3-received-en.png"));
}

void TestSupplement::processingOfficerIsNotOffered()
{
    Client c;
    QVERIFY(c.signIn(QStringLiteral("xuly")));
    LookupPage *lookup = c.lookup();
    QCOMPARE(c.main()->currentPage(), int(MainWindow::LookupPageIndex));
    lookup->openDossier(c.code);
    QTRY_VERIFY_WITH_TIMEOUT(lookup->dossierView()->isLoaded(), kWaitMs);
    QCOMPARE(c.badge(), QStringLiteral("Chờ bổ sung"));
    QVERIFY(!lookup->dossierView()->supplementButton()->isVisible());
    QVERIFY(!c.main()->openSupplement(c.code));   // refused before any dialog
    QVERIFY(!c.main()->findChild<SupplementDialog *>());
}

QTEST_MAIN(TestSupplement)
#include "tst_supplement.moc"
