// Helpers of tst_caseworkui (tst_caseworkui_support.h).
#include "gui/tst_caseworkui_support.h"
#include "support/SyncClientHelpers.h"

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

namespace caseworkui {

const QString kPassword = QStringLiteral("mật-khẩu-đúng");
const QString kCard = QStringLiteral("001190012345|012345678|Nguyễn Thị Ánh Tuyết|15031990|Nữ|Số 12, thôn Đông, xã Tân Lập|01072021");

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

QString createWorkspace(const QString &dir, QString *dossierCode)
{
    test::TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = test::createTestWorkspace(dir, spec);
    if (!ws.ok())
        return ws.error().toString();
    const QList<std::tuple<QString, QString, Roles>> officers{
        {QStringLiteral("tiepnhan"), QStringLiteral("Trần Thị Bình"), Roles(Role::Counter)},
        {QStringLiteral("xuly"), QStringLiteral("Lê Văn Cường"), Roles(Role::Processing)},
        {QStringLiteral("xuly2"), QStringLiteral("Phạm Văn Dũng"), Roles(Role::Processing)},
        {QStringLiteral("lanhdao"), QStringLiteral("Hoàng Thị Lan"), Roles(Role::Supervisor)}};
    for (const auto &[login, name, roles] : officers) {
        if (Status s = (*ws)->addOfficer(login, name, roles, kPassword, KdfCost::fastForTests()); !s.ok())
            return s.error().toString();
    }
    auto counter = Workspace::unlock(dir, QStringLiteral("tiepnhan"), kPassword);
    if (!counter)
        return counter.error().toString();
    auto db = (*counter)->openDatabase();
    auto catalog = CatalogService::bundledCatalog();
    auto calendar = BundledCalendar::working();
    if (!db || !catalog || !calendar)
        return QStringLiteral("cannot open the store, the catalog or the calendar");
    intake::IntakeDraft d = intake::IntakeDraft::start(QStringLiteral("tiepnhan"));
    d.procedureCode = QStringLiteral("1.001193");
    d.applicant.idNumber = QStringLiteral("001190012345");
    d.applicant.name = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    d.applicant.phone = QStringLiteral("0987654321");
    d.limitOverride = TimeLimit::days(5);
    for (int n : {1, 2}) {
        auto sha = PageStore((*db)->sql()).put(QByteArray("trang-") + QByteArray::number(n), {QStringLiteral("image/png"), 10, 10, 200, false});
        if (!sha)
            return sha.error().toString();
        intake::DraftComponent &c = d.componentRef(n);
        c.provenance = Provenance::ScannedAtCounter;
        c.pages << intake::DraftPage{*sha, false, {}};
    }
    const std::unique_ptr<WorkspaceServices> services = test::servicesFor((*db)->sql(), (*counter)->session(), *catalog, *calendar);
    if (!services)
        return QStringLiteral("services");
    auto r = intake::IntakeService(*services).receive(d);
    if (!r)
        return r.error().toString();
    *dossierCode = r->dossierCode;
    return {};
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);   // let the layouts settle on the new texts
    w->grab().save(QDir(dir).filePath(name));
}

bool confirmWithEnter(QDialog *dialog)
{
    QPointer<QDialog> d(dialog);
    QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Return);
    return QTest::qWaitFor([&] { return d.isNull() || !d->isVisible(); }, kWaitMs);
}

Client::Client()
{
    const QString error = createWorkspace(dir, &code);
    if (!error.isEmpty())
        qFatal("cannot create the test workspace: %s", qPrintable(error));
    start();
}

bool Client::openAs(const QString &login, const QString &dossier)
{
    if (!signIn(login, kPassword))
        return false;
    main()->resize(1366, 768);
    main()->setCurrentPage(MainWindow::LookupPageIndex);
    lookup()->openDossier(dossier.isEmpty() ? code : dossier);
    return QTest::qWaitFor([&] { return view()->isLoaded() && panel()->isLoaded(); }, kWaitMs);
}

QString Client::addOnlineSubmission(int sequence)
{
    auto ws = test::OpenedWorkspace::open(dir, QStringLiteral("an"), kPassword);
    if (!ws)
        return {};
    const QString office = QStringLiteral("000.00.12.H30");
    const QString dossier = office + QStringLiteral("-261207-00%1").arg(sequence, 4, 10, QLatin1Char('0'));
    motcua::testing::Script script(dossier, office);
    QJsonObject payload = motcua::testing::onlinePayload();
    payload.insert(QStringLiteral("externalRef"), QStringLiteral("DVC-2026-%1").arg(sequence));
    Event online = script.make(EventType::SubmittedOnline, QStringLiteral("portal"), Role::Counter, payload,
                               QStringLiteral("portal-") + office);
    // Sealed again with a time of today (the script's is in March), next on the portal's chain.
    online.wallTime = QDateTime::currentDateTimeUtc().addSecs(-3600);
    chain::sealOnDevice(online, portalHead.first, portalHead.second);
    portalHead = {online.deviceSeq, online.deviceHash};
    // As pulled from the portal: sequenced, the next link of the office's chain (so it replays
    // before anything done on it here).
    chain::sealInOffice(online, officeHead.first + 1, officeHead.first + 1, officeHead.first ? officeHead.second : chain::genesis());
    officeHead = {online.officeSeq, online.portalHash};
    if (const Status s = EventStore(ws->db->sql(), ws->workspace->session().deviceId).import(online); !s.ok()) {
        qWarning("the online submission was not imported: %s", qPrintable(s.error().toString()));
        return {};
    }
    return dossier;
}

QList<Event> Client::eventsOf(const QString &dossier) const
{
    auto ws = test::OpenedWorkspace::open(dir, QStringLiteral("an"), kPassword);
    if (!ws)
        return {};
    return EventStore(ws->db->sql(), ws->workspace->session().deviceId).eventsOf(dossier);
}

QList<Event> Client::events() const
{
    return eventsOf(code);
}

} // namespace caseworkui
