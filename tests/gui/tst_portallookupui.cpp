// The citizen lookup through the portal as the officer sees it (issue 11), on real widgets
// (offscreen) against a real PostgreSQL, the real portal (`motcua-portal serve`) and a workspace
// enrolled by the real motcua-cli:
// - the Receive page, after the card's QR is read: the registry's answer, its source and which
//   field came from where (the card's values kept, the registry's newer address shown); the
//   warehouse's document offered on the component that takes its type, with its provenance, and
//   choosing it satisfies the component (from the national database, the copy's page);
// - the Lookup page: the registry's record and documents above the dossiers; with the portal
//   stopped, the cache answers and says how old it is.
// Screenshots into $MOTCUA_SCREENSHOT_DIR (docs/screenshots).
#include "app/auth/AuthService.h"
#include "app/lookup/LookupWorker.h"
#include "db/Database.h"
#include "db/Workspace.h"
#include "support/CliRunner.h"
#include "support/PortalFixture.h"
#include "support/SyncClientHelpers.h"
#include "ui/Language.h"
#include "ui/pages/LookupPage.h"
#include "ui/pages/ReceivePage.h"
#include "ui/receive/ComponentRow.h"
#include "ui/receive/ReceiptEditor.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

constexpr int kWaitMs = 120000;
const QString kCard = QStringLiteral("001190012345|012345678|Nguyễn Thị Ánh Tuyết|15031990|Nữ|"
                                     "Số 12, thôn Đông, xã Tân Lập, huyện Đan Phượng, Hà Nội|01072021");
const QString kId = QStringLiteral("001190012345");
const QString kCardAddress = QStringLiteral("Số 12, thôn Đông, xã Tân Lập, huyện Đan Phượng, Hà Nội");
const QString kRegistryAddress = QStringLiteral("Số 7, đường Lê Lợi, xã Tân Lập, Hà Nội");

void screenshot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(200);
    w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace

class TestPortalLookupUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void receivePageShowsTheRegistryAndReusesAWarehouseDocument();
    void lookupPageShowsTheRegistryThenTheCacheWithItsAge();
    void cleanupTestCase();

private:
    bool signIn();

    PortalFixture m_fx;
    QTemporaryDir m_dir;
    CliRunner m_cli;
    DemoOfficerLine m_a, m_b;
    QString m_sha;
    Language m_language;
    std::unique_ptr<AuthService> m_auth;
};

void TestPortalLookupUi::initTestCase()
{
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans"))) {
        QFont font(QStringLiteral("Noto Sans"));
        font.setPointSize(10);
        QApplication::setFont(font);
    }
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_fx.setUp(&error, 1000), qPrintable(error));
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    QHash<QString, QList<DemoOfficerLine>> counters;
    for (const DemoOfficerLine &o : std::as_const(m_fx.officers)) {
        if (o.roles.split(QLatin1Char(',')).contains(QStringLiteral("counter")) && !o.office.startsWith(QStringLiteral("000.")))
            counters[o.office] << o;
    }
    for (auto it = counters.cbegin(); it != counters.cend() && m_a.login.isEmpty(); ++it) {
        if (it->size() >= 2) {
            m_a = it->at(0);
            m_b = it->at(1);
        }
    }
    QVERIFY(!m_a.login.isEmpty());
    const CounterPc a{m_cli, m_dir.filePath(QStringLiteral("a")), m_a.login, m_a.password};
    const CounterPc b{m_cli, m_dir.filePath(QStringLiteral("b")), m_b.login, m_b.password};
    for (const CounterPc &pc : {a, b}) {
        const CliRun r = pc.run({QStringLiteral("enroll"), QStringLiteral("--portal"), m_fx.portal->baseUrl()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    m_cli.addSecret(m_a.password);
    m_cli.addSecret(m_b.password);
    // A dossier on the colleague's PC, synced: its first page becomes the warehouse document's copy.
    QByteArray err;
    const QString dossier = a.receiveDossier(m_dir.path(), 3, 2, &err);
    QVERIFY2(!dossier.isEmpty(), err.constData());
    QCOMPARE(a.run({QStringLiteral("sync")}).exitCode, 0);
    {
        auto ws = Workspace::unlock(a.workspace, m_a.login, m_a.password);
        QVERIFY(ws.ok());
        auto db = (*ws)->openDatabase();
        QVERIFY(db.ok());
        QSqlQuery q((*db)->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT r.sha256 FROM page_refs r JOIN events e ON r.owner = 'event:' || e.uuid "
                                      "WHERE e.dossier_code = '%1' ORDER BY e.device_seq, r.position LIMIT 1").arg(dossier)));
        QVERIFY(q.next());
        m_sha = q.value(0).toString();
    }
    QVERIFY(!m_fx.pg.psql(QStringLiteral("INSERT INTO citizens (id_number, old_id_number, full_name, dob, gender, address) "
                                         "VALUES ('%1', '012345678', 'Nguyễn Thị Ánh Tuyết', '1990-03-15', 'Nữ', '%2') "
                                         "ON CONFLICT (id_number) DO UPDATE SET address = EXCLUDED.address")
                              .arg(kId, kRegistryAddress)).isNull());
    QVERIFY(!m_fx.pg.psql(QStringLiteral("INSERT INTO citizen_documents (id_number, kind, number, issued_at, issuer, dossier, sha256) "
                                         "VALUES ('%1', 'lawful-residence-proof', '45/2024', '2024-05-02', 'UBND xã Tân Lập', '%2', '%3')")
                              .arg(kId, dossier, m_sha)).isNull());

    m_language.setLanguage(QStringLiteral("vi"));
    m_auth = std::make_unique<AuthService>(b.workspace);
    QVERIFY(signIn());
}

bool TestPortalLookupUi::signIn()
{
    m_auth->refreshPublicInfo();
    if (!QTest::qWaitFor([&] { return m_auth->publicInfo().loaded; }, 10000))
        return false;
    m_auth->unlock(m_b.login, m_b.password);
    return QTest::qWaitFor([&] { return m_auth->isUnlocked(); }, 30000);
}

void TestPortalLookupUi::cleanupTestCase()
{
    if (m_auth)
        (void)QTest::qWaitFor([this] { return !m_auth->isBusy(); }, 30000);
    QThreadPool::globalInstance()->waitForDone(30000);
    m_auth.reset();
}

void TestPortalLookupUi::receivePageShowsTheRegistryAndReusesAWarehouseDocument()
{
    auto page = std::make_unique<ReceivePage>(m_auth->session());
    page->resize(1366, 768);
    page->show();
    page->readCardText(kCard);
    ReceiptEditor *editor = page->editor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->registryAnswer().has_value(), kWaitMs);
    QCOMPARE(editor->registryAnswer()->source, lookup::RegistryAnswer::Source::Portal);
    // The card's fields stay the card's; the registry's newer address is shown beside, each said.
    QCOMPARE(editor->draft().applicant.address, kCardAddress);
    auto *note = page->findChild<QLabel *>(QStringLiteral("registryNote"));
    QVERIFY(note);
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), kWaitMs);
    const QString text = note->text();
    QVERIFY2(text.contains(QStringLiteral("sổ đăng ký dân cư")) && text.contains(QStringLiteral("vừa xong")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("mã QR")), qPrintable(text));
    QVERIFY2(text.contains(kRegistryAddress), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Kho dữ liệu")), qPrintable(text));
    page->setStep(ReceivePage::ApplicantStepIndex);
    screenshot(page.get(), "receive-registry-vi.png");

    // Registering permanent residence: component 2 takes a proof of lawful residence, which the
    // warehouse holds (its copy fetched, hash-checked) — offered with its provenance.
    editor->setProcedure(QStringLiteral("1.004222"));
    page->setStep(ReceivePage::ComponentsStepIndex);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->reusable().isEmpty(), kWaitMs);
    const intake::ReusableDocument doc = editor->reusable().constLast();
    QCOMPARE(doc.origin, intake::ReusableDocument::Origin::PortalWarehouse);
    QCOMPARE(doc.pages, QStringList{m_sha});
    auto *row = page->findChild<ComponentRow *>(QStringLiteral("component2"));
    QVERIFY(row);
    auto *reuse = row->findChild<QPushButton *>(QStringLiteral("reuseButton"));
    QTRY_VERIFY_WITH_TIMEOUT(reuse->isVisible(), kWaitMs);
    QVERIFY2(row->findChild<QLabel *>(QStringLiteral("componentStatus"))->text().contains(QStringLiteral("kho dữ liệu")),
             qPrintable(row->findChild<QLabel *>(QStringLiteral("componentStatus"))->text()));
    screenshot(page.get(), "receive-warehouse-vi.png");

    // The menu names the warehouse and the document; choosing it fills the component.
    QStringList texts;
    QString origin;
    QTimer::singleShot(300, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            texts << action->toolTip();
            if (action->data().toString() == QLatin1String("warehouse") && origin.isEmpty()) {
                origin = action->data().toString();
                action->trigger();
            }
        }
        menu->close();
    });
    QTest::mouseClick(reuse, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!origin.isEmpty(), 10000);
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("45/2024")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("Kho dữ liệu")), qPrintable(texts.join(QLatin1Char('|'))));
    const intake::DraftComponent *c = editor->draft().component(2);
    QVERIFY(c);
    QCOMPARE(c->provenance, Provenance::NationalDatabase);
    QCOMPARE(c->pages.size(), 1);
    QCOMPARE(c->pages.constFirst().sha256, m_sha);
    QVERIFY(c->isProvided());
    QVERIFY(!editor->missing().contains(2));
    QTRY_VERIFY_WITH_TIMEOUT(row->findChild<QLabel *>(QStringLiteral("componentStatus"))->text().startsWith(QStringLiteral("✔")), kWaitMs);
    screenshot(page.get(), "receive-warehouse-reused-vi.png");
    QTRY_VERIFY_WITH_TIMEOUT(!editor->hasPendingWork(), kWaitMs);
}

void TestPortalLookupUi::lookupPageShowsTheRegistryThenTheCacheWithItsAge()
{
    auto page = std::make_unique<LookupPage>(m_auth->session());
    page->resize(1366, 768);
    page->show();
    auto *label = page->findChild<QLabel *>(QStringLiteral("registryLabel"));
    QVERIFY(label);
    page->searchField()->setText(kId);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), kWaitMs);
    QVERIFY2(label->text().contains(kRegistryAddress) && label->text().contains(QStringLiteral("45/2024")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("sổ đăng ký dân cư")), qPrintable(label->text()));
    screenshot(page.get(), "lookup-registry-vi.png");

    // The portal stopped: the same search answers from the cache and says how old it is.
    m_fx.portal->stop();
    page->searchField()->clear();
    QTRY_VERIFY_WITH_TIMEOUT(!label->isVisible(), kWaitMs);
    page->searchField()->setText(kId);
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), kWaitMs);
    QVERIFY2(label->text().startsWith(QStringLiteral("Từ bộ nhớ đệm, cập nhật")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(kRegistryAddress), qPrintable(label->text()));
    screenshot(page.get(), "lookup-registry-cache-vi.png");
    // Never seen: the portal cannot be reached and nothing is cached.
    page->searchField()->setText(QStringLiteral("001190099999"));
    QTRY_VERIFY_WITH_TIMEOUT(label->isVisible() && label->text().startsWith(QStringLiteral("Không kết nối được cổng")), kWaitMs);
}

QTEST_MAIN(TestPortalLookupUi)
#include "tst_portallookupui.moc"
