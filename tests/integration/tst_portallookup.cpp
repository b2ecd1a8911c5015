// Citizen lookup through the portal (issue 11: "Lookups of citizens and their reusable documents go
// to the portal when it is reachable and are cached encrypted for offline use; offline, the cache
// answers and says how old it is"), against a real PostgreSQL (PgCluster), the real portal
// (`motcua-portal serve`, seeded) and workspaces enrolled by the real motcua-cli:
// - online, the registry's record and the warehouse's documents come back, the electronic copy is
//   fetched and hash-checked into the page store, and the answer is cached (not in plaintext on disk);
// - an unknown citizen is said and not cached;
// - another office's counter finds the citizen (the registry is national) but not the dossiers of
//   other offices, nor a copy only another office holds;
// - a stand-alone workspace asks nothing;
// - a revoked device's cache is emptied;
// - the portal stopped: the cache answers with its age, an answer older than 30 days is purged,
//   an uncached citizen is "unreachable".
#include "app/intake/ReusableDocuments.h"
#include "app/lookup/CitizenRegistry.h"
#include "app/lookup/LookupService.h"
#include "app/lookup/RegistryText.h"
#include "app/sync/CitizenCache.h"
#include "db/Database.h"
#include "db/PageStore.h"
#include "db/SyncStore.h"
#include "db/Workspace.h"
#include "support/CliRunner.h"
#include "support/PortalFixture.h"
#include "support/SyncClientHelpers.h"
#include "support/TestServices.h"
#include "support/TestWorkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;
using namespace motcua::test;

namespace {

// The applicant of CounterPc::receiveDossier (its card), put in the registry with a newer address.
const QString kId = QStringLiteral("001190012345");
const QString kName = QStringLiteral("Nguyễn Thị Ánh Tuyết");
const QString kRegistryAddress = QStringLiteral("Số 7, đường Lê Lợi, xã Tân Lập, Hà Nội");
const QString kUnknown = QStringLiteral("999999999999");

// An enrolled (or stand-alone) workspace opened in this process with its composition root.
struct Opened {
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<Database> db;
    std::unique_ptr<WorkspaceServices> services;
    bool ok() const { return services != nullptr; }
};

Opened open(const QString &dir, const QString &login, const QString &password)
{
    Opened o;
    auto ws = Workspace::unlock(dir, login, password);
    if (!ws)
        return o;
    o.ws = std::move(ws).value();
    auto db = o.ws->openDatabase();
    if (!db)
        return o;
    o.db = std::move(db).value();
    o.services = servicesFor(o.db->sql(), o.ws->session());
    return o;
}

// Everything this process logs while a test runs (to check no personal data reaches a log).
QStringList g_logged;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logged << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

class TestPortalLookup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void onlineLookupFillsTheEncryptedCache();
    void unknownCitizenIsSaidAndNotCached();
    void anotherOfficeFindsTheCitizenButNotOtherOfficesDossiers();
    void standAloneWorkspaceAsksNothing();
    void revokedDeviceEmptiesTheCache();
    void syncOfARevokedDeviceEmptiesTheCache();
    void portalStoppedTheCacheAnswersWithItsAge();

private:
    CounterPc pc(const QString &name) const
    {
        const DemoOfficerLine &o = m_officers[name];
        return CounterPc{m_cli, m_dir.filePath(name), o.login, o.password};
    }
    Opened openPc(const QString &name) const
    {
        const DemoOfficerLine &o = m_officers[name];
        return open(m_dir.filePath(name), o.login, o.password);
    }

    PortalFixture m_fx;
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QHash<QString, DemoOfficerLine> m_officers;   // a, b: one commune's counters; other: another commune's; admin: of a's office or province
    QString m_dossierA;
    QString m_sha;            // the warehouse document's copy: a page of m_dossierA, held by a's office
    QString m_generated;      // a generated registry citizen with documents (no copies on the portal)
};

void TestPortalLookup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_fx.setUp(&error, 1000), qPrintable(error));
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    QHash<QString, QList<DemoOfficerLine>> counters;
    for (const DemoOfficerLine &o : std::as_const(m_fx.officers)) {
        if (o.roles.split(QLatin1Char(',')).contains(QStringLiteral("counter")) && !o.office.startsWith(QStringLiteral("000.")))
            counters[o.office] << o;
    }
    for (auto it = counters.cbegin(); it != counters.cend(); ++it) {
        if (it->size() >= 2 && !m_officers.contains(QStringLiteral("a"))) {
            m_officers[QStringLiteral("a")] = it->at(0);
            m_officers[QStringLiteral("b")] = it->at(1);
        }
    }
    QVERIFY(m_officers.contains(QStringLiteral("a")));
    for (auto it = counters.cbegin(); it != counters.cend(); ++it) {
        if (it.key() != m_officers[QStringLiteral("a")].office)
            m_officers[QStringLiteral("other")] = it->at(0);
    }
    QVERIFY(m_officers.contains(QStringLiteral("other")));
    for (const DemoOfficerLine &o : std::as_const(m_fx.officers)) {
        const QStringList roles = o.roles.split(QLatin1Char(','));
        if ((roles.contains(QStringLiteral("admin")) || roles.contains(QStringLiteral("supervisor")))
            && (o.office == m_officers[QStringLiteral("a")].office || o.office.startsWith(QStringLiteral("000."))))
            m_officers[QStringLiteral("admin")] = o;
    }
    QVERIFY(m_officers.contains(QStringLiteral("admin")));
    m_officers[QStringLiteral("c")] = m_officers[QStringLiteral("admin")];   // a device the administrator enrolls, then revokes

    const QString url = m_fx.portal->baseUrl();
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("other"), QStringLiteral("c")}) {
        const CliRun r = pc(name).run({QStringLiteral("enroll"), QStringLiteral("--portal"), url});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_cli.addSecret(m_officers[name].password);
    }
    // A dossier of the citizen on device a, synced: its pages are on the portal, held by a's office.
    QByteArray err;
    m_dossierA = pc(QStringLiteral("a")).receiveDossier(m_dir.path(), 1, 2, &err);
    QVERIFY2(!m_dossierA.isEmpty(), err.constData());
    const CliRun synced = pc(QStringLiteral("a")).run({QStringLiteral("sync")});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    {
        Opened a = openPc(QStringLiteral("a"));
        QVERIFY(a.ok());
        QSqlQuery q(a.db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT r.sha256 FROM page_refs r JOIN events e ON r.owner = 'event:' || e.uuid "
                                      "WHERE e.dossier_code = '%1' ORDER BY e.device_seq, r.position LIMIT 1").arg(m_dossierA)));
        QVERIFY(q.next());
        m_sha = q.value(0).toString();
    }
    QCOMPARE(m_sha.size(), 64);
    // The registry knows the citizen at a newer address; the warehouse holds a proof of residence
    // issued through that dossier, whose electronic copy is that page.
    QVERIFY(!m_fx.pg.psql(QStringLiteral("INSERT INTO citizens (id_number, old_id_number, full_name, dob, gender, address) "
                                         "VALUES ('%1', '012345678', '%2', '1990-03-15', 'Nữ', '%3') "
                                         "ON CONFLICT (id_number) DO UPDATE SET full_name = EXCLUDED.full_name, address = EXCLUDED.address")
                              .arg(kId, kName, kRegistryAddress)).isNull());
    QVERIFY(!m_fx.pg.psql(QStringLiteral("INSERT INTO citizen_documents (id_number, kind, number, issued_at, issuer, dossier, sha256) "
                                         "VALUES ('%1', 'lawful-residence-proof', '45/2024', '2024-05-02', 'UBND xã Tân Lập', '%2', '%3')")
                              .arg(kId, m_dossierA, m_sha)).isNull());
    m_generated = m_fx.pg.psql(QStringLiteral("SELECT id_number FROM citizen_documents WHERE id_number <> '%1' ORDER BY id LIMIT 1").arg(kId)).trimmed();
    QCOMPARE(m_generated.size(), 12);
    QVERIFY(m_fx.pg.psql(QStringLiteral("SELECT count(*) FROM citizens WHERE id_number = '%1'").arg(kUnknown)).trimmed() == QStringLiteral("0"));
}

void TestPortalLookup::onlineLookupFillsTheEncryptedCache()
{
    Opened b = openPc(QStringLiteral("b"));
    QVERIFY(b.ok());
    QVERIFY(!PageStore(b.db->sql()).contains(m_sha));   // b never synced: the copy is not here
    lookup::CitizenRegistry registry(*b.services);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.*.debug=true"));
    g_logged.clear();
    g_previous = qInstallMessageHandler(captureLog);
    const lookup::RegistryAnswer a = registry.lookUp(kId);
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules({});
    // Logged (the client's debug included, and the portal's): never the number nor the name.
    QVERIFY(!g_logged.isEmpty());
    for (const QString &line : std::as_const(g_logged))
        QVERIFY2(!line.contains(kId) && !line.contains(kName) && !line.contains(kRegistryAddress), qPrintable(line));
    const QByteArray portalLog = m_fx.portal->stderrText();
    QVERIFY(portalLog.contains("citizen lookup"));
    QVERIFY(!portalLog.contains(kId.toUtf8()) && !portalLog.contains(kName.toUtf8()));
    QVERIFY2(!a.error, qPrintable(a.error ? a.error->toString() : QString()));
    QCOMPARE(a.source, lookup::RegistryAnswer::Source::Portal);
    QVERIFY(a.found && a.hasRecord());
    QCOMPARE(a.record.idNumber, kId);
    QCOMPARE(a.record.fullName, kName);
    QCOMPARE(a.record.address, kRegistryAddress);
    QCOMPARE(a.record.oldIdNumber, QStringLiteral("012345678"));
    QVERIFY(a.fetchedAt >= before.addMSecs(-1) && a.fetchedAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(a.record.documents.size(), 1);
    const lookup::RegistryDocument d = a.record.documents.constFirst();
    QCOMPARE(d.kind, QStringLiteral("lawful-residence-proof"));
    QCOMPARE(d.number, QStringLiteral("45/2024"));
    QCOMPARE(d.dossier, m_dossierA);
    QCOMPARE(d.sha256, m_sha);
    QVERIFY(d.available);
    // Fetched through GET /v1/files/{sha256} and stored after its hash check.
    auto page = PageStore(b.db->sql()).get(m_sha);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().toString()));
    QCOMPARE(PageStore::hashOf(page->bytes), m_sha);
    // Offered for reuse as a warehouse document, its provenance said.
    const QList<intake::ReusableDocument> reusable = intake::ReusableDocuments::fromRegistry(a);
    QCOMPARE(reusable.size(), 1);
    QCOMPARE(reusable.constFirst().origin, intake::ReusableDocument::Origin::PortalWarehouse);
    QCOMPARE(reusable.constFirst().pages, QStringList{m_sha});
    QCOMPARE(reusable.constFirst().documentType, QStringLiteral("lawful-residence-proof"));
    QVERIFY(!reusable.constFirst().fromCache);

    // Cached with the time it was fetched.
    sync::CitizenCache cache(b.db->sql());
    auto cached = cache.get(kId);
    QVERIFY(cached.ok() && cached->has_value());
    QCOMPARE((*cached)->fetchedAt, a.fetchedAt);
    QCOMPARE((*cached)->body.value(QStringLiteral("fullName")).toString(), kName);
    QCOMPARE(*cache.count(), 1);

    // Encrypted at rest: neither the ID number nor the registry's address is in the files in clear.
    b.services.reset();
    b.db.reset();
    b.ws.reset();
    for (const QString &file : QDir(m_dir.filePath(QStringLiteral("b"))).entryList({QStringLiteral("motcua.db*")}, QDir::Files)) {
        QFile f(m_dir.filePath(QStringLiteral("b/") + file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(kId.toUtf8()), qPrintable(file));
        QVERIFY2(!bytes.contains(kRegistryAddress.toUtf8()), qPrintable(file));
    }
}

void TestPortalLookup::unknownCitizenIsSaidAndNotCached()
{
    Opened b = openPc(QStringLiteral("b"));
    QVERIFY(b.ok());
    lookup::CitizenRegistry registry(*b.services);
    const lookup::RegistryAnswer a = registry.lookUp(kUnknown);
    QCOMPARE(a.source, lookup::RegistryAnswer::Source::Portal);
    QVERIFY(!a.found);
    QVERIFY(!a.hasRecord());
    QVERIFY(!a.error);
    QVERIFY(!sync::CitizenCache(b.db->sql()).get(kUnknown)->has_value());
    QCOMPARE(lookup::RegistryText::sourceText(a, QDateTime::currentDateTimeUtc()),
             QStringLiteral("The population registry does not know this ID number."));
    // Not an ID number: nothing asked.
    QCOMPARE(registry.lookUp(QStringLiteral("12345")).error->code, QStringLiteral("citizens.bad-id"));
}

void TestPortalLookup::anotherOfficeFindsTheCitizenButNotOtherOfficesDossiers()
{
    // Both counters sync: b (a's office) receives the dossier, other (another commune) does not.
    for (const QString &name : {QStringLiteral("b"), QStringLiteral("other")}) {
        const CliRun r = pc(name).run({QStringLiteral("sync")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    Opened other = openPc(QStringLiteral("other"));
    QVERIFY(other.ok());
    QVERIFY(other.services->session().office.code != m_officers[QStringLiteral("a")].office);
    lookup::CitizenRegistry registry(*other.services);
    const lookup::RegistryAnswer a = registry.lookUp(kId);
    QCOMPARE(a.source, lookup::RegistryAnswer::Source::Portal);
    QVERIFY(a.found);
    QCOMPARE(a.record.fullName, kName);   // the registry is national
    QCOMPARE(a.record.documents.size(), 1);
    // The copy is held by a's office only: listed, not fetched, not offered for reuse.
    QVERIFY(!a.record.documents.constFirst().available);
    QVERIFY(!PageStore(other.db->sql()).contains(m_sha));
    QVERIFY(intake::ReusableDocuments::fromRegistry(a).isEmpty());
    // Dossiers: none of a's office here; b (same office as a) sees the dossier.
    const lookup::LookupResults here = lookup::LookupService(*other.services).search(kId);
    QVERIFY(!here.failure);
    QVERIFY(here.dossiers.isEmpty());
    Opened b = openPc(QStringLiteral("b"));
    QVERIFY(b.ok());
    const lookup::LookupResults colleague = lookup::LookupService(*b.services).search(kId);
    QCOMPARE(colleague.dossiers.size(), 1);
    QCOMPARE(colleague.dossiers.constFirst().code, m_dossierA);

    // A generated citizen with documents whose copies the portal does not hold: listed, not reusable.
    const lookup::RegistryAnswer g = registry.lookUp(m_generated);
    QVERIFY(g.found);
    QVERIFY(!g.record.documents.isEmpty());
    for (const lookup::RegistryDocument &d : g.record.documents)
        QVERIFY(!d.available);
}

void TestPortalLookup::standAloneWorkspaceAsksNothing()
{
    TestWorkspaceSpec spec;
    spec.password = QStringLiteral("mật-khẩu");
    const QString dir = m_dir.filePath(QStringLiteral("standalone"));
    QVERIFY(createTestWorkspace(dir, spec).ok());
    Opened s = open(dir, spec.login, spec.password);
    QVERIFY(s.ok());
    const lookup::RegistryAnswer a = lookup::CitizenRegistry(*s.services).lookUp(kId);
    QCOMPARE(a.source, lookup::RegistryAnswer::Source::NotEnrolled);
    QVERIFY(!a.found);
    QVERIFY(!a.error);
    QCOMPARE(*sync::CitizenCache(s.db->sql()).count(), 0);
    QVERIFY(lookup::RegistryText::sourceText(a, QDateTime::currentDateTimeUtc()).isEmpty());
}

void TestPortalLookup::revokedDeviceEmptiesTheCache()
{
    Opened b = openPc(QStringLiteral("b"));
    QVERIFY(b.ok());
    QVERIFY(*sync::CitizenCache(b.db->sql()).count() >= 1);
    auto identity = SyncStore(b.db->sql()).identity();
    QVERIFY(identity.ok() && identity->has_value());
    const QByteArray token = m_fx.login(m_officers[QStringLiteral("admin")].login);
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_fx.portal->request("POST", QStringLiteral("/v1/devices/%1/revoke").arg((*identity)->device), "{}", token).status, 200);

    const lookup::RegistryAnswer a = lookup::CitizenRegistry(*b.services).lookUp(kId);
    QCOMPARE(a.source, lookup::RegistryAnswer::Source::Unreachable);
    QVERIFY(a.error);
    QCOMPARE(a.error->code, QStringLiteral("device.revoked"));
    QCOMPARE(*sync::CitizenCache(b.db->sql()).count(), 0);
    QVERIFY(lookup::RegistryText::sourceText(a, QDateTime::currentDateTimeUtc()).contains(QStringLiteral("revoked")));
}

void TestPortalLookup::syncOfARevokedDeviceEmptiesTheCache()
{
    QString device;
    {
        Opened c = openPc(QStringLiteral("c"));
        QVERIFY(c.ok());
        QCOMPARE(lookup::CitizenRegistry(*c.services).lookUp(kId).source, lookup::RegistryAnswer::Source::Portal);
        QCOMPARE(*sync::CitizenCache(c.db->sql()).count(), 1);
        device = (*SyncStore(c.db->sql()).identity())->device;
    }
    const QByteArray token = m_fx.login(m_officers[QStringLiteral("admin")].login);
    QCOMPARE(m_fx.portal->request("POST", QStringLiteral("/v1/devices/%1/revoke").arg(device), "{}", token).status, 200);
    // No lookup on the device: its next sync round meets the revocation and empties the cache.
    const CliRun r = pc(QStringLiteral("c")).run({QStringLiteral("sync")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("device.revoked"), r.err.constData());
    Opened c = openPc(QStringLiteral("c"));
    QVERIFY(c.ok());
    QCOMPARE(*sync::CitizenCache(c.db->sql()).count(), 0);
}

void TestPortalLookup::portalStoppedTheCacheAnswersWithItsAge()
{
    Opened a = openPc(QStringLiteral("a"));
    QVERIFY(a.ok());
    const lookup::RegistryAnswer online = lookup::CitizenRegistry(*a.services).lookUp(kId);
    QCOMPARE(online.source, lookup::RegistryAnswer::Source::Portal);
    // An answer fetched 31 days ago: past the cache's age, purged at the next lookup.
    sync::CitizenCache cache(a.db->sql());
    QVERIFY(cache.put(m_generated, QJsonObject{{QStringLiteral("idNumber"), m_generated}, {QStringLiteral("fullName"), QStringLiteral("X")}},
                      QDateTime::currentDateTimeUtc().addDays(-(sync::CitizenCache::kMaxAgeDays + 1))).ok());
    QCOMPARE(*cache.count(), 2);

    m_fx.portal->stop();
    QElapsedTimer timer;
    timer.start();
    lookup::CitizenRegistry registry(*a.services);
    const lookup::RegistryAnswer cached = registry.lookUp(kId);
    QCOMPARE(cached.source, lookup::RegistryAnswer::Source::Cache);
    QVERIFY(cached.error);   // why the portal did not answer
    QCOMPARE(cached.error->code, QStringLiteral("sync.transport"));
    QVERIFY(cached.found);
    QCOMPARE(cached.fetchedAt, online.fetchedAt);
    QCOMPARE(cached.record.fullName, kName);
    QCOMPARE(cached.record.address, kRegistryAddress);
    QCOMPARE(cached.record.documents.size(), 1);
    QVERIFY(cached.record.documents.constFirst().available);   // its copy is in the page store
    const QList<intake::ReusableDocument> reusable = intake::ReusableDocuments::fromRegistry(cached);
    QCOMPARE(reusable.size(), 1);
    QVERIFY(reusable.constFirst().fromCache);
    QCOMPARE(lookup::RegistryText::sourceText(cached, cached.fetchedAt.addSecs(3 * 3600 + 59)),
             QStringLiteral("From the cache, updated 3 hour(s) ago (the portal cannot be reached)."));
    QVERIFY(timer.elapsed() < 3 * lookup::CitizenRegistry::kTimeoutMs);

    // The old answer was purged, so that citizen is "unreachable"; so is one never looked up.
    const lookup::RegistryAnswer old = registry.lookUp(m_generated);
    QCOMPARE(old.source, lookup::RegistryAnswer::Source::Unreachable);
    QVERIFY(!cache.get(m_generated)->has_value());
    QCOMPARE(*cache.count(), 1);
    const lookup::RegistryAnswer never = registry.lookUp(kUnknown);
    QCOMPARE(never.source, lookup::RegistryAnswer::Source::Unreachable);
    QVERIFY(lookup::RegistryText::sourceText(never, QDateTime::currentDateTimeUtc()).contains(QStringLiteral("cannot be reached")));
}

QTEST_MAIN(TestPortalLookup)
#include "tst_portallookup.moc"
