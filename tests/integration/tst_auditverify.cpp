// `motcua-cli audit verify` (issue 10) on a real workspace, run as a real process: a clean workspace
// passes with the contract's one line; each kind of tampering by someone holding the key — a
// `dossiers` row edited, a `citizens` row edited, added or removed, a stored page's bytes swapped
// under the same hash or the page removed, bytes flipped inside an encrypted page of motcua.db —
// fails it (exit 1, "broken: …" on stdout), without a crash, without personal data on stdout,
// stderr or in the workspace log. The audit reads beside a counter's open write without waiting
// for it. A synced workspace (its events sealed in the office chain, events pulled from a peer
// device of the office and from another office's device) passes; tampering with a pulled event or
// deleting the newest one fails it. And the time for 1,000 dossiers.
#include "app/audit/AuditVerify.h"
#include "app/calendar/WorkspaceCalendar.h"
#include "app/catalog/CatalogService.h"
#include "app/intake/IntakeService.h"
#include "db/CalendarStore.h"
#include "db/EventStore.h"
#include "db/FileIntegrity.h"
#include "db/PageStore.h"
#include "db/SqlTransaction.h"
#include "domain/audit/ChainHash.h"
#include "domain/dossier/CalendarBinding.h"
#include "support/TestServices.h"
#include "support/CliRunner.h"
#include "support/TestWorkspace.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::intake;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu-kiểm-toán");
const QString kLogin = QStringLiteral("an");

// The personal data the workspace holds: none of it may reach stdout, stderr or the log.
const QString kRepeatedId = QStringLiteral("036190001234");
const QString kRepeatedName = QStringLiteral("Đặng Thị Thu Hà");

QString idNumber(int i)
{
    return QStringLiteral("0011900%1").arg(i, 5, 10, QLatin1Char('0'));
}

QString nameOf(int i)
{
    return QStringLiteral("Nguyễn Thị Ánh %1").arg(QChar(u'A' + i % 26)) + QString::number(i);
}

Applicant applicant(const QString &id, const QString &name, const QString &address, const QString &phone)
{
    Applicant a;
    a.idNumber = id;
    a.oldIdNumber = QStringLiteral("012345678");
    a.name = name;
    a.dateOfBirth = QStringLiteral("1990-03-15");
    a.gender = QStringLiteral("Nữ");
    a.address = address;
    a.issuedOn = QStringLiteral("2021-07-01");
    a.phone = phone;
    a.source = QStringLiteral("card-qr");
    return a;
}

// Fills a workspace the way the counter does (IntakeService, one transaction per outcome).
class Filler {
public:
    Filler(Workspace &ws, Database &db) : m_ws(ws), m_db(db)
    {
        m_catalog = *CatalogService::bundledCatalog();
        m_calendar = *WorkspaceCalendar::build(CalendarStore(db.sql()), ws.session().office.code);
        m_services = test::servicesFor(db.sql(), ws.session(), m_catalog, m_calendar);
        m_service = std::make_unique<IntakeService>(*m_services);
    }

    QString page(int bytes)
    {
        QByteArray data(bytes, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
        const auto sha = PageStore(m_db.sql()).put(data, {QStringLiteral("image/png"), 1240, 1754, 150, false});
        return sha ? *sha : QString();
    }

    IntakeDraft draft(const Applicant &a, int components, int pageBytes)
    {
        IntakeDraft d = IntakeDraft::start(kLogin);
        d.procedureCode = QStringLiteral("1.001193");
        d.applicant = a;
        for (int n = 1; n <= components; ++n)
            d.componentRef(n).pages << DraftPage{page(pageBytes), false, {}};
        return d;
    }

    Result<IntakeOutcome> receive(const Applicant &a, int pageBytes = 4096) { return m_service->receive(draft(a, 2, pageBytes)); }
    Result<IntakeOutcome> supplement(const Applicant &a) { return m_service->requestSupplement(draft(a, 1, 4096), {}); }
    Result<IntakeOutcome> refuse(const Applicant &a) { return m_service->refuse(draft(a, 0, 0), {QStringLiteral("Sai thẩm quyền")}); }

    // A later step of the dossier's life, so its row is more than a receipt.
    Status transfer(const QString &code)
    {
        Event e;
        e.type = EventType::Transferred;
        e.dossier = code;
        e.officer = kLogin;
        e.role = Role::Counter;
        e.office = m_ws.session().office.code;
        e.payload = QJsonObject{{QStringLiteral("to"), kLogin}};
        EventStore store(m_db.sql(), m_ws.session().deviceId, machineContextFor(*m_calendar));
        auto r = store.append(e);
        if (!r)
            return r.error();
        return {};
    }

private:
    Workspace &m_ws;
    Database &m_db;
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const WorkingCalendar> m_calendar;
    std::unique_ptr<WorkspaceServices> m_services;
    std::unique_ptr<IntakeService> m_service;
};

} // namespace

class TestAuditVerify : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cleanWorkspacePasses();
    void editedDossierRowFails_data();
    void editedDossierRowFails();
    void editedCitizenRowFails_data();
    void editedCitizenRowFails();
    void swappedPageFails();
    void removedPageFails();
    void flippedFileByteFails_data();
    void flippedFileByteFails();
    void thousandDossiers();
    void sqliteMessagesLoseRowIds();
    void auditDoesNotWaitForWriters();
    void syncedWorkspacePasses();
    void tamperedPulledEventFails_data();
    void tamperedPulledEventFails();
    void deletedNewestPulledEventFails();

private:
    // Plays the portal for the workspace as the sync engine would see it: every event of this device
    // gets its push reply (setPortal, in office order), then a peer device of the office and a
    // province supervisor's device (office H55, its 7th event: its others are not visible here) each
    // have one event pulled (import). Returns the two pulled events.
    QList<Event> syncWithPortal();
    void fill(int dossiers, int pageBytes);
    void exec(const QStringList &statements);
    CliRun audit() const;
    void checkNoPersonalData(const CliRun &r);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ws;
    CliRunner m_cli;
    QStringList m_codes;       // dossier codes: [0] received then transferred, [1..] received, then Form 02, Form 03
    QStringList m_pages;       // the pages of m_codes[0]
    qint64 m_events = 0;
};

void TestAuditVerify::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = m_dir->filePath(QStringLiteral("ws"));
    TestWorkspaceSpec spec;
    spec.password = kPassword;
    spec.login = kLogin;
    auto ws = createTestWorkspace(m_ws, spec);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    m_codes.clear();
    m_pages.clear();
    if (QByteArray(QTest::currentTestFunction()) != "thousandDossiers")
        fill(4, 4096);
}

void TestAuditVerify::cleanup()
{
    m_dir.reset();
}

void TestAuditVerify::fill(int dossiers, int pageBytes)
{
    auto ws = Workspace::unlock(m_ws, kLogin, kPassword);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    QVERIFY(db.ok());
    QSqlQuery fast((*db)->sql());
    QVERIFY(fast.exec(QStringLiteral("PRAGMA synchronous = OFF"))); // test setup only: no fsync per receipt
    Filler filler(**ws, **db);
    for (int i = 0; i < dossiers; ++i) {
        auto r = filler.receive(applicant(idNumber(i), nameOf(i), QStringLiteral("Số %1, thôn Đông, xã Tân Lập").arg(i),
                                          QStringLiteral("09123%1").arg(i, 5, 10, QLatin1Char('0'))),
                                pageBytes);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        m_codes << r->dossierCode;
        if (i == 0) {
            for (const Event &e : r->events) {
                for (const QJsonValue &v : e.payload.value(QStringLiteral("pages")).toArray())
                    m_pages << v.toString();
            }
            QVERIFY(filler.transfer(r->dossierCode).ok());
        }
    }
    // The same citizen twice: the second receipt moves house and gives no phone (the first one's
    // phone stays), then a Form 02 and a Form 03 for others.
    auto first = filler.receive(applicant(kRepeatedId, kRepeatedName, QStringLiteral("Xóm 3, xã Giao Thủy"), QStringLiteral("0987654321")));
    QVERIFY(first.ok());
    auto second = filler.receive(applicant(kRepeatedId, kRepeatedName, QStringLiteral("Xóm 5, xã Giao Hà"), QString()));
    QVERIFY(second.ok());
    auto form02 = filler.supplement(applicant(QStringLiteral("001190099998"), QStringLiteral("Lê Văn Bổ Sung"), QString(), QString()));
    QVERIFY2(form02.ok(), qPrintable(form02.ok() ? QString() : form02.error().toString()));
    auto form03 = filler.refuse(applicant(QStringLiteral("001190099999"), QStringLiteral("Lê Văn Từ Chối"), QString(), QString()));
    QVERIFY2(form03.ok(), qPrintable(form03.ok() ? QString() : form03.error().toString()));
    m_codes << first->dossierCode << second->dossierCode << form02->dossierCode << form03->dossierCode;
    m_events = EventStore((*db)->sql(), QString()).eventCount();
    // Vacuumed, so that every page of the file is in a b-tree (none on the free list) and the last
    // connection's close folds the WAL into motcua.db.
    QSqlQuery vacuum((*db)->sql());
    QVERIFY(vacuum.exec(QStringLiteral("VACUUM")));
}

void TestAuditVerify::exec(const QStringList &statements)
{
    auto ws = Workspace::unlock(m_ws, kLogin, kPassword);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    QVERIFY(db.ok());
    for (const QString &sql : statements) {
        QSqlQuery q((*db)->sql());
        QVERIFY2(q.exec(sql), qPrintable(sql));
    }
}

CliRun TestAuditVerify::audit() const
{
    return m_cli.as(m_ws, kLogin, kPassword, {QStringLiteral("audit"), QStringLiteral("verify")});
}

void TestAuditVerify::checkNoPersonalData(const CliRun &r)
{
    QString log;
    QDirIterator it(m_ws, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".log"))) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            log += QString::fromUtf8(f.readAll());
        }
    }
    const QString all = r.outText() + QString::fromUtf8(r.err) + log;
    for (const QString &secret : {kRepeatedId, kRepeatedName, idNumber(0), nameOf(0), idNumber(1), nameOf(1),
                                  QStringLiteral("0987654321"), QStringLiteral("Giao"), QStringLiteral("mallory-name"),
                                  QStringLiteral("099999999999")})
        QVERIFY2(!all.contains(secret), qPrintable(QStringLiteral("personal data printed or logged: ") + all));
}

void TestAuditVerify::cleanWorkspacePasses()
{
    const CliRun r = audit();
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    QVERIFY(m_events >= 13);
    QCOMPARE(r.outText(), QStringLiteral("%1 events checked\n").arg(m_events));
    checkNoPersonalData(r);
}

void TestAuditVerify::editedDossierRowFails_data()
{
    QTest::addColumn<QString>("sql");     // %1: the dossier's code
    QTest::addColumn<QString>("expected"); // in the finding's line
    QTest::newRow("status") << "UPDATE dossiers SET status = 'processed', status_code = 6 WHERE code = '%1'"
                            << "status (stored \"processed\"";
    QTest::newRow("holder") << "UPDATE dossiers SET holder = 'mallory' WHERE code = '%1'" << "holder (stored \"mallory\"";
    QTest::newRow("due moment") << "UPDATE dossiers SET due_at = '2099-01-01T00:00:00.000Z' WHERE code = '%1'" << "due_at";
    QTest::newRow("late flag") << "UPDATE dossiers SET late = 1 WHERE code = '%1'" << "late (stored 1, replay 0)";
    QTest::newRow("applicant name") << "UPDATE dossiers SET applicant_name = 'mallory-name' WHERE code = '%1'"
                                    << "in applicant_name";
    QTest::newRow("applicant id") << "UPDATE dossiers SET applicant_id_number = '099999999999' WHERE code = '%1'"
                                  << "in applicant_id_number";
    QTest::newRow("component count") << "UPDATE dossiers SET component_count = 1 WHERE code = '%1'"
                                     << "component_count (stored 1, replay 2)";
    QTest::newRow("row deleted") << "DELETE FROM dossiers WHERE code = '%1'" << "no dossiers row for its";
    QTest::newRow("row without events")
        << "INSERT INTO dossiers(code, office, status, status_code) VALUES('%1-X', '000.00.12.H30', 'accepted', 2)"
        << "dossiers row without any event";
}

void TestAuditVerify::editedDossierRowFails()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    const QString code = m_codes.first();
    exec({sql.arg(code)});
    const CliRun r = audit();
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.outText().startsWith(QStringLiteral("broken: dossier ") + code), r.out);
    QVERIFY2(r.outText().contains(expected), r.out);
    QCOMPARE(r.outLines().size(), 1); // that row, nothing else
    QVERIFY2(r.err.contains("audit failed"), r.err);
    checkNoPersonalData(r);
}

void TestAuditVerify::editedCitizenRowFails_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("dossier"); // the m_codes entry the finding names, -1: none
    // The repeated citizen's row (its row id is the ID number); its latest receipt is m_codes[5].
    const auto onRow = [](const char *sql) -> QString {
        return QString::fromUtf8(sql) + QStringLiteral(" WHERE id = ") + QString::number(kRepeatedId.toLongLong());
    };
    const QString differs =
        QStringLiteral("citizens row of the applicant of dossier %1: differs from the latest applicant data in the events in ");
    QTest::newRow("name") << onRow("UPDATE citizens SET full_name = 'mallory-name'") << differs + QStringLiteral("full_name\n")
                          << 5;
    QTest::newRow("folded name only") << onRow("UPDATE citizens SET full_name_folded = 'nguyen van khac'")
                                      << differs + QStringLiteral("full_name_folded\n") << 5;
    QTest::newRow("phone dropped") << onRow("UPDATE citizens SET phone = NULL") << differs + QStringLiteral("phone\n") << 5;
    QTest::newRow("older address back")
        << onRow("UPDATE citizens SET address = 'Xóm 3, xã Giao Thủy', address_folded = 'xom 3, xa giao thuy'")
        << differs + QStringLiteral("address, address_folded\n") << 5;
    QTest::newRow("updated_at") << onRow("UPDATE citizens SET updated_at = '2020-01-01T00:00:00.000Z'")
                                << differs + QStringLiteral("updated_at\n") << 5;
    QTest::newRow("row deleted") << onRow("DELETE FROM citizens") << "dossier %1: its applicant has no citizens row" << 5;
    QTest::newRow("row inserted")
        << QStringLiteral("INSERT INTO citizens(id, id_number, full_name, full_name_folded, updated_at) "
                          "VALUES(99999999999, '099999999999', 'mallory-name', 'mallory-name', '2026-01-01T00:00:00.000Z')")
        << "no counter outcome of this device names its ID number" << -1;
}

void TestAuditVerify::editedCitizenRowFails()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    QFETCH(int, dossier);
    exec({sql});
    const CliRun r = audit();
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.outText().startsWith(QStringLiteral("broken: citizens row")) || r.outText().startsWith(QStringLiteral("broken: dossier")),
             r.out);
    QVERIFY2(r.outText().contains(dossier < 0 ? expected : expected.arg(m_codes.at(dossier))), r.out);
    QCOMPARE(r.outLines().size(), 1);
    checkNoPersonalData(r);
}

void TestAuditVerify::swappedPageFails()
{
    // Other bytes under the same hash, written with the key (so SQLCipher encrypts them properly).
    const QString sha = m_pages.first();
    exec({QStringLiteral("UPDATE pages SET bytes = randomblob(4096) WHERE sha256 = '%1'").arg(sha)});
    const CliRun r = audit();
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.outText(), QStringLiteral("broken: page %1: stored bytes do not match their SHA-256 (used by dossier %2 component 1)\n")
                              .arg(sha, m_codes.first()));
    checkNoPersonalData(r);
}

void TestAuditVerify::removedPageFails()
{
    const QString sha = m_pages.last();
    exec({QStringLiteral("DELETE FROM page_refs WHERE sha256 = '%1'").arg(sha),
          QStringLiteral("DELETE FROM pages WHERE sha256 = '%1'").arg(sha)});
    const CliRun r = audit();
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.outText(), QStringLiteral("broken: page %1: not in the page store (used by dossier %2 component 2)\n")
                              .arg(sha, m_codes.first()));
}

void TestAuditVerify::flippedFileByteFails_data()
{
    QTest::addColumn<double>("where"); // fraction of the file's pages
    QTest::addColumn<bool>("inBlob");  // in the overflow pages of a 200 KB page stored last
    QTest::newRow("page 1 (schema)") << 0.0 << false;
    QTest::newRow("an early page") << 0.05 << false;
    QTest::newRow("a middle page") << 0.5 << false;
    QTest::newRow("the last page") << 1.0 << false;
    // A page whose bytes nothing but the page store reads: the old audit passed this one.
    QTest::newRow("inside a stored page's bytes") << 0.0 << true;
}

void TestAuditVerify::flippedFileByteFails()
{
    QFETCH(double, where);
    QFETCH(bool, inBlob);
    if (inBlob) {
        // Stored after the VACUUM: its ~200 overflow pages are appended at the end of the file.
        auto ws = Workspace::unlock(m_ws, kLogin, kPassword);
        QVERIFY(ws.ok());
        auto db = (*ws)->openDatabase();
        QVERIFY(db.ok());
        QByteArray big(200 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(big.data()), big.size() / 4);
        QVERIFY(PageStore((*db)->sql()).put(big, {QStringLiteral("image/jpeg"), 2480, 3508, 300, false}).ok());
    }
    const QString path = Workspace::databasePath(m_ws);
    QVERIFY2(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0,
             "every change folded into motcua.db");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pageSize = 1024; // SQLCipher 3's default, kept by Database
    QCOMPARE(f.size() % pageSize, qint64(0));
    const qint64 pages = f.size() / pageSize;
    QVERIFY(pages > 20);
    const qint64 page = inBlob ? pages - 100 : qMin(pages - 1, qint64(where * double(pages)));
    const qint64 at = page * pageSize + 200; // inside the encrypted content (page 1: past the salt)
    QVERIFY(f.seek(at));
    QByteArray b = f.read(4);
    for (char &c : b)
        c = char(c ^ 0x5a);
    QVERIFY(f.seek(at));
    QCOMPARE(f.write(b), qint64(4));
    f.close();

    const CliRun r = audit();
    QCOMPARE(r.exitCode, 1); // not a crash, not "wrong password"
    QVERIFY2(r.outText().startsWith(QStringLiteral("broken: database file: ")), QByteArray(r.out + r.err).constData());
    QVERIFY2(r.err.contains("the database file is damaged or was altered"), r.err);
    QVERIFY2(!r.err.contains("password") && !r.err.contains("key does not open"), r.err);
    checkNoPersonalData(r);
}

void TestAuditVerify::thousandDossiers()
{
    // 1,000 receipts of two one-page components (40 KB each, a compressed A4 scan), as the counter
    // writes them; then the whole audit, as a process, timed.
    QElapsedTimer t;
    t.start();
    fill(1000, 40 * 1024);
    const qint64 fillMs = t.elapsed();
    t.restart();
    const CliRun r = audit();
    const qint64 auditMs = t.elapsed();
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    QCOMPARE(r.outText(), QStringLiteral("%1 events checked\n").arg(m_events));
    qInfo("audit verify: %lld events, 1004 dossiers, 2004 pages, a %lld MB file: %lld ms (filling took %lld ms)", m_events,
          QFileInfo(Workspace::databasePath(m_ws)).size() / 1000000, auditMs, fillMs);
    QVERIFY2(auditMs < 120000, "audit verify of 1,000 dossiers should take seconds, not minutes");
    QFile log(m_ws + QStringLiteral("/logs/motcua.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QList<QByteArray> logLines = log.readAll().split('\n');
    for (const QByteArray &line : logLines) {
        if (line.contains("audit verify times:"))
            qInfo("%s", line.constData()); // where the time went, per check
    }
    // And a tampered row among them is still found.
    exec({QStringLiteral("UPDATE dossiers SET holder = NULL WHERE code = '%1'").arg(m_codes.at(500))});
    const CliRun broken = audit();
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.outText().startsWith(QStringLiteral("broken: dossier ") + m_codes.at(500)), broken.out);
}

void TestAuditVerify::sqliteMessagesLoseRowIds()
{
    // integrity_check may name a row id, and a citizen's row id is their ID number.
    QCOMPARE(FileIntegrity::redactNumbers(QStringLiteral("row 36190001234 missing from index citizens_phone")),
             QStringLiteral("row … missing from index citizens_phone"));
    QCOMPARE(FileIntegrity::redactNumbers(QStringLiteral("Page 85: btreeInitPage() returns error code 11")),
             QStringLiteral("Page 85: btreeInitPage() returns error code 11"));
}

void TestAuditVerify::auditDoesNotWaitForWriters()
{
    // A counter in the middle of a write (its transaction open, a row changed but not committed):
    // the audit reads the last committed state beside it, without taking the write lock (which
    // would make it wait out the busy timeout, and make counters wait for the whole audit).
    auto ws = Workspace::unlock(m_ws, kLogin, kPassword);
    QVERIFY(ws.ok());
    auto writer = (*ws)->openDatabase();
    auto reader = (*ws)->openDatabase();
    QVERIFY(writer.ok() && reader.ok());
    QSqlQuery w((*writer)->sql());
    QVERIFY(w.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(w.exec(QStringLiteral("UPDATE dossiers SET holder = 'mallory' WHERE code = '%1'").arg(m_codes.first())));

    std::shared_ptr<const WorkingCalendar> calendar;
    const QSqlDatabase sql = (*reader)->sql();
    const AuditScope scope{sql, (*ws)->session().deviceId, [&]() -> Result<MachineContext> {
                               auto built = WorkspaceCalendar::build(CalendarStore(sql), (*ws)->session().office.code);
                               if (!built)
                                   return built.error();
                               calendar = *built;
                               return machineContextFor(*calendar);
                           }};
    QElapsedTimer t;
    t.start();
    const AuditReport report = verifyWorkspace(scope);
    QVERIFY2(t.elapsed() < 3000, "the audit waited for the writer");
    QVERIFY(report.ok());
    QCOMPARE(report.eventsChecked, m_events);
    QCOMPARE(report.dossiersChecked, int(m_codes.size()));
    QVERIFY(w.exec(QStringLiteral("COMMIT")));
    // Committed, it is found.
    const AuditReport after = verifyWorkspace(scope);
    QCOMPARE(after.content.size(), qsizetype(1));
    QCOMPARE(after.content.first().kind, QStringLiteral("dossiers.differs"));
}

QList<Event> TestAuditVerify::syncWithPortal()
{
    QList<Event> pulled;
    auto ws = Workspace::unlock(m_ws, kLogin, kPassword);
    if (!ws)
        return pulled;
    auto db = (*ws)->openDatabase();
    if (!db)
        return pulled;
    const auto calendar = WorkspaceCalendar::build(CalendarStore((*db)->sql()), (*ws)->session().office.code);
    if (!calendar)
        return pulled;
    EventStore store((*db)->sql(), (*ws)->session().deviceId, machineContextFor(**calendar));
    QSqlDatabase sql = (*db)->sql();
    SqlTransaction tx(sql);
    const QString office = (*ws)->session().office.code;
    qint64 portalSeq = 100; // other offices' events came before
    qint64 officeSeq = 0;
    QByteArray officeHash;
    for (Event e : store.allInStoredOrder()) {
        chain::sealInOffice(e, ++portalSeq, ++officeSeq, officeHash);
        officeHash = e.portalHash;
        if (const Status st = store.setPortal(tx, e.uuid, e.portalSeq, e.officeSeq, e.portalHash); !st) {
            qWarning() << st.error().toString();
            return {};
        }
    }
    auto note = [&](const QString &dossier, const QString &device, const QString &actingOffice, Role role,
                    qint64 prevDeviceSeq) {
        Event e;
        e.uuid = QUuid::createUuid();
        e.dossier = dossier;
        e.type = EventType::NoteAdded;
        e.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("ghi chú")}};
        e.officer = QStringLiteral("binh");
        e.role = role;
        e.office = actingOffice;
        e.device = device;
        e.wallTime = QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC);
        chain::sealOnDevice(e, prevDeviceSeq, prevDeviceSeq == 0 ? QByteArray() : QByteArray(32, 'd'));
        chain::sealInOffice(e, ++portalSeq, ++officeSeq, officeHash);
        officeHash = e.portalHash;
        return e;
    };
    pulled << note(m_codes.at(1), QStringLiteral("dev-peer"), office, Role::Counter, 0);
    pulled << note(m_codes.at(2), QStringLiteral("dev-province"), QStringLiteral("H55"), Role::Supervisor, 6);
    for (const Event &e : pulled) {
        if (const Status st = store.import(tx, e); !st) {
            qWarning() << st.error().toString();
            return {};
        }
    }
    if (!tx.commit().ok())
        return {};
    m_events += pulled.size();
    return pulled;
}

void TestAuditVerify::syncedWorkspacePasses()
{
    const QList<Event> pulled = syncWithPortal();
    QCOMPARE(pulled.size(), 2);
    const CliRun r = audit();
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    QCOMPARE(r.outText(), QStringLiteral("%1 events checked\n").arg(m_events));
    checkNoPersonalData(r);
}

void TestAuditVerify::tamperedPulledEventFails_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("peer device of the office") << 0;
    QTest::newRow("another office's device") << 1;
}

void TestAuditVerify::tamperedPulledEventFails()
{
    QFETCH(int, which);
    const QList<Event> pulled = syncWithPortal();
    QCOMPARE(pulled.size(), 2);
    const QString uuid = uuidText(pulled.at(which).uuid);
    exec({QStringLiteral("DROP TRIGGER events_immutable"),
          QStringLiteral("UPDATE events SET payload = '{\"text\":\"sửa\"}' WHERE uuid = '%1'").arg(uuid)});
    const CliRun r = audit();
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.outText().startsWith(QStringLiteral("broken: event ") + uuid), r.out);
    QVERIFY2(r.outText().contains(QStringLiteral("office chain hash-mismatch")), r.out);
    // The peer's device chain (of this office) breaks too; the other office's device, seen in part,
    // is reported through its office link only.
    QCOMPARE(r.outText().contains(QStringLiteral("device chain")), which == 0);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("audit failed at ") + uuid), r.err);
    checkNoPersonalData(r);
}

void TestAuditVerify::deletedNewestPulledEventFails()
{
    const QList<Event> pulled = syncWithPortal();
    QCOMPARE(pulled.size(), 2);
    exec({QStringLiteral("DROP TRIGGER events_no_delete"),
          QStringLiteral("DELETE FROM events WHERE uuid = '%1'").arg(uuidText(pulled.last().uuid))});
    const CliRun r = audit();
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.outText().startsWith(QStringLiteral("broken: end of chain (office ")), r.out);
    QVERIFY2(r.outText().contains(QStringLiteral("office chain truncated")), r.out);
    checkNoPersonalData(r);
}

QTEST_GUILESS_MAIN(TestAuditVerify)
#include "tst_auditverify.moc"
