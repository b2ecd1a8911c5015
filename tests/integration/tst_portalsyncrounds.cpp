// The requests of a sync round against a real PostgreSQL and a real `motcua-portal serve`, the
// client being the real SyncEngine on a workspace enrolled by the real motcua-cli (issue 11, load):
// the device token is kept across an engine's rounds (revocation still refused at once), the
// offline policy comes with the change feed (no GET /v1/policy), and GET /v1/officers is read at
// the engine's first round and then only when the feed's digest of the office's officers moves.
// A round with events to push is ONE exchange: the push carries "changesAfter" and its answer the
// change feed (docs/sync-protocol.md, Push); a portal that answers no "changes" (an older one: the
// network here strips the field from the push, as such a portal ignores it) costs the GET again.
// The engine's QNetworkAccessManager is a real one that also notes each request's path.
#include "app/sync/SyncEngine.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/Database.h"
#include "db/EventStore.h"
#include "db/SqlTransaction.h"
#include "db/SyncStore.h"
#include "db/Workspace.h"
#include "domain/calendar/TimeLimit.h"
#include "domain/codes/DossierCode.h"
#include "support/CliRunner.h"
#include "support/PortalFixture.h"
#include "support/SyncClientHelpers.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

// A real QNetworkAccessManager that notes "VERB /path" of every request it starts; while
// *olderPortal is set it takes "changesAfter" and "changesLimit" out of a push body, so the portal
// answers the push as one that does not know them (it ignores them) would: without "changes".
class NotingNetwork : public QNetworkAccessManager {
public:
    NotingNetwork(std::shared_ptr<QStringList> seen, std::shared_ptr<bool> olderPortal)
        : m_seen(std::move(seen)), m_olderPortal(std::move(olderPortal))
    {
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const char *verb = op == GetOperation ? "GET" : op == PostOperation ? "POST" : op == PutOperation ? "PUT" : op == HeadOperation ? "HEAD" : "OTHER";
        *m_seen << QString::fromLatin1(verb) + QLatin1Char(' ') + request.url().path();
        if (*m_olderPortal && op == PostOperation && request.url().path() == QLatin1String("/v1/sync/push") && data) {
            QJsonObject body = QJsonDocument::fromJson(data->readAll()).object();
            body.remove(QStringLiteral("changesAfter"));
            body.remove(QStringLiteral("changesLimit"));
            auto *stripped = new QBuffer(this);
            stripped->setData(QJsonDocument(body).toJson(QJsonDocument::Compact));
            stripped->open(QIODevice::ReadOnly);
            QNetworkRequest r = request;
            r.setHeader(QNetworkRequest::ContentLengthHeader, stripped->size());
            return QNetworkAccessManager::createRequest(op, r, stripped);
        }
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    std::shared_ptr<QStringList> m_seen;
    std::shared_ptr<bool> m_olderPortal;
};

} // namespace

class TestPortalSyncRounds : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRoundTakesATokenAndReadsTheOfficers();
    void nextRoundsAreTheChangeFeedAlone();
    void policyComesWithTheChangeFeed();
    void officersAreReadAgainWhenTheirDigestMoves();
    void pushRoundIsOneExchange();
    void olderPortalWithoutChangesCostsTheGet();
    void anotherPortalAddressTakesItsOwnToken();
    void keptTokenOfARevokedDeviceIsRefused();
    void cleanupTestCase();

private:
    QStringList round(bool *complete = nullptr, QString *error = nullptr, const QString &portal = {},
                      sync::SyncReport *report = nullptr);
    void writeDossier(int notes);   // a Received and `notes` NoteAdded, in one transaction

    PortalFixture m_f;
    QTemporaryDir m_dir;
    CliRunner m_cli;
    QString m_url;
    QString m_device;
    std::shared_ptr<QStringList> m_seen = std::make_shared<QStringList>();
    std::shared_ptr<bool> m_olderPortal = std::make_shared<bool>(false);
    std::unique_ptr<InProcessEngine> m_client;
};

void TestPortalSyncRounds::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_f.setUp(&error, 50), qPrintable(error));
    m_url = m_f.portal->baseUrl();
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    for (const auto &o : std::as_const(m_f.officers))
        m_cli.addSecret(o.password);
    const QString dir = m_dir.filePath(QStringLiteral("pc"));
    const CounterPc lan{m_cli, dir, QStringLiteral("lan"), m_f.passwordOf(QStringLiteral("lan"))};
    const CliRun r = lan.run({QStringLiteral("enroll"), QStringLiteral("--portal"), m_url});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_device = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("device")).toString();
    QVERIFY(!m_device.isEmpty());

    qputenv("MOTCUA_KDF", "fast");
    WorkspaceServices::Options options;
    options.factories.network = [seen = m_seen, older = m_olderPortal] { return std::make_unique<NotingNetwork>(seen, older); };
    auto client = InProcessEngine::start(dir, QStringLiteral("lan"), m_f.passwordOf(QStringLiteral("lan")), std::move(options));
    QVERIFY2(client.ok(), client.ok() ? "" : qPrintable(client.error().toString()));
    m_client = std::move(client).value();
}

void TestPortalSyncRounds::cleanupTestCase()
{
    m_client.reset();
}

QStringList TestPortalSyncRounds::round(bool *complete, QString *error, const QString &portal, sync::SyncReport *report)
{
    m_seen->clear();
    sync::SyncOptions o;
    o.ignoreBackoff = true;
    o.portalOverride = portal;
    const sync::SyncReport r = m_client->engine->runOnce(o);
    if (complete)
        *complete = r.complete();
    if (error)
        *error = r.error ? r.error->code : QString();
    if (report)
        *report = r;
    return *m_seen;
}

void TestPortalSyncRounds::writeDossier(int notes)
{
    const SessionInfo &s = m_client->opened.workspace->session();
    const DossierCodeMinter minter(s.office.code, s.deviceId, s.deviceNumber);
    EventStore &store = m_client->services->events();
    QSqlDatabase db = m_client->opened.db->sql();
    SqlTransaction tx(db);
    QVERIFY(tx.began());
    const QDateTime at = QDateTime::currentDateTimeUtc();
    Event r;
    r.type = EventType::Received;
    r.payload = QJsonObject{{QStringLiteral("procedure"), QStringLiteral("1.001193")},
                            {QStringLiteral("limit"), TimeLimit::days(5).toJson()},
                            {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("idNumber"), QStringLiteral("001090100001")},
                                                                       {QStringLiteral("name"), QStringLiteral("Nguyễn Văn An")}}},
                            {QStringLiteral("counterStartedAt"), isoUtcMs(at)}};
    r.officer = s.officer.login;
    r.role = Role::Counter;
    r.office = s.office.code;
    r.wallTime = at;
    Result<Event> first = store.receive(tx, r, minter, QDate::currentDate());
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
    for (int n = 0; n < notes; ++n) {
        Event e;
        e.dossier = first->dossier;
        e.type = EventType::NoteAdded;
        e.payload = QJsonObject{{QStringLiteral("text"), QStringLiteral("Ghi chú %1").arg(n + 1)}};
        e.officer = s.officer.login;
        e.role = Role::Counter;
        e.office = s.office.code;
        e.wallTime = at.addMSecs(n + 1);
        Result<Event> w = store.append(tx, e);
        QVERIFY2(w.ok(), w.ok() ? "" : qPrintable(w.error().toString()));
    }
    QVERIFY(tx.commit().ok());
}

void TestPortalSyncRounds::pushRoundIsOneExchange()
{
    writeDossier(9);
    QVERIFY(!QTest::currentTestFailed());
    bool complete = false;
    QString error;
    sync::SyncReport report;
    const QStringList seen = round(&complete, &error, {}, &report);
    QVERIFY2(complete, qPrintable(error));
    QCOMPARE(report.accepted, 10);
    QCOMPARE(report.pulled, 10);   // its own ten back, with their portal links, from the push's answer
    // The push alone: the change feed came with its answer.
    QCOMPARE(seen, QStringList{QStringLiteral("POST /v1/sync/push")});
    // Nothing left to push: the change feed alone again.
    QCOMPARE(round(&complete, &error), QStringList{QStringLiteral("GET /v1/sync/changes")});
    QVERIFY2(complete, qPrintable(error));
    Result<SyncState> state = SyncStore(m_client->opened.db->sql()).state();
    QVERIFY(state.ok());
    QVERIFY(state->cursor > 0);
}

void TestPortalSyncRounds::olderPortalWithoutChangesCostsTheGet()
{
    writeDossier(2);
    QVERIFY(!QTest::currentTestFailed());
    *m_olderPortal = true;
    bool complete = false;
    QString error;
    sync::SyncReport report;
    const QStringList seen = round(&complete, &error, {}, &report);
    *m_olderPortal = false;
    QVERIFY2(complete, qPrintable(error));
    QCOMPARE(report.accepted, 3);
    QCOMPARE(report.pulled, 3);
    QCOMPARE(seen, (QStringList{QStringLiteral("POST /v1/sync/push"), QStringLiteral("GET /v1/sync/changes")}));
}

void TestPortalSyncRounds::firstRoundTakesATokenAndReadsTheOfficers()
{
    bool complete = false;
    QString error;
    const QStringList seen = round(&complete, &error);
    QVERIFY2(complete, qPrintable(error));
    QVERIFY2(seen.contains(QStringLiteral("POST /v1/auth/device")), qPrintable(seen.join(u", ")));
    QVERIFY2(seen.contains(QStringLiteral("GET /v1/sync/changes")), qPrintable(seen.join(u", ")));
    QVERIFY2(seen.contains(QStringLiteral("GET /v1/officers")), qPrintable(seen.join(u", ")));
    // The policy came with the change feed.
    QVERIFY2(!seen.contains(QStringLiteral("GET /v1/policy")), qPrintable(seen.join(u", ")));
}

void TestPortalSyncRounds::nextRoundsAreTheChangeFeedAlone()
{
    for (int i = 0; i < 2; ++i) {
        bool complete = false;
        QString error;
        const QStringList seen = round(&complete, &error);
        QVERIFY2(complete, qPrintable(error));
        // Nothing to push, nothing moved: the kept token, the change feed, nothing else.
        QCOMPARE(seen, QStringList{QStringLiteral("GET /v1/sync/changes")});
    }
}

void TestPortalSyncRounds::policyComesWithTheChangeFeed()
{
    QVERIFY(!m_f.pg.psql(QStringLiteral("UPDATE policy SET warn_after_days = 6, block_after_days = 21, "
                                        "block_after_unsynced = 321 WHERE id = 1")).isNull());
    bool complete = false;
    QString error;
    const QStringList seen = round(&complete, &error);
    QVERIFY2(complete, qPrintable(error));
    QVERIFY2(!seen.contains(QStringLiteral("GET /v1/policy")), qPrintable(seen.join(u", ")));
    Result<SyncState> state = SyncStore(m_client->opened.db->sql()).state();
    QVERIFY(state.ok());
    QCOMPARE(state->policy.warnAfterDays, 6);
    QCOMPARE(state->policy.blockAfterDays, 21);
    QCOMPARE(state->policy.blockAfterUnsynced, 321);
}

void TestPortalSyncRounds::officersAreReadAgainWhenTheirDigestMoves()
{
    // binh is an officer of lan's office (H55.242): deactivated, the office's list changes.
    QVERIFY(!m_f.pg.psql(QStringLiteral("UPDATE officers SET active = false WHERE login = 'binh'")).isNull());
    bool complete = false;
    QString error;
    QStringList seen = round(&complete, &error);
    QVERIFY2(complete, qPrintable(error));
    QVERIFY2(seen.contains(QStringLiteral("GET /v1/officers")), qPrintable(seen.join(u", ")));
    // Followed: the next round does not read it again.
    seen = round(&complete, &error);
    QVERIFY2(complete, qPrintable(error));
    QCOMPARE(seen, QStringList{QStringLiteral("GET /v1/sync/changes")});
    // An officer of another office changes nothing for this office's digest.
    QVERIFY(!m_f.pg.psql(QStringLiteral("UPDATE officers SET active = false WHERE office <> 'H55.242' "
                                        "AND login = (SELECT min(login) FROM officers WHERE office <> 'H55.242')")).isNull());
    seen = round(&complete, &error);
    QVERIFY2(complete, qPrintable(error));
    QCOMPARE(seen, QStringList{QStringLiteral("GET /v1/sync/changes")});
    QVERIFY(!m_f.pg.psql(QStringLiteral("UPDATE officers SET active = true WHERE login = 'binh'")).isNull());
    seen = round(&complete, &error);
    QVERIFY2(complete, qPrintable(error));
    QVERIFY2(seen.contains(QStringLiteral("GET /v1/officers")), qPrintable(seen.join(u", ")));
}

void TestPortalSyncRounds::anotherPortalAddressTakesItsOwnToken()
{
    // The same portal under another address: a token is kept for the address it was taken from.
    QString other = m_url;
    other.replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"));
    QVERIFY(other != m_url);
    bool complete = false;
    QString error;
    const QStringList seen = round(&complete, &error, other);
    QVERIFY2(complete, qPrintable(error));
    QVERIFY2(seen.contains(QStringLiteral("POST /v1/auth/device")), qPrintable(seen.join(u", ")));
}

void TestPortalSyncRounds::keptTokenOfARevokedDeviceIsRefused()
{
    bool complete = false;
    QString error;
    QStringList seen = round(&complete, &error);   // back at the enrolled address: a token for it
    QVERIFY2(complete, qPrintable(error));
    QVERIFY2(seen.contains(QStringLiteral("POST /v1/auth/device")), qPrintable(seen.join(u", ")));
    seen = round(&complete, &error);
    QVERIFY2(complete, qPrintable(error));
    QVERIFY(!seen.contains(QStringLiteral("POST /v1/auth/device")));   // kept
    QVERIFY(!m_f.pg.psql(QStringLiteral("UPDATE devices SET revoked_at = now() WHERE uuid = '%1'").arg(m_device)).isNull());
    seen = round(&complete, &error);
    QVERIFY(!complete);
    QCOMPARE(error, QStringLiteral("device.revoked"));
    QVERIFY2(!seen.contains(QStringLiteral("POST /v1/auth/device")), qPrintable(seen.join(u", ")));
}

QTEST_GUILESS_MAIN(TestPortalSyncRounds)
#include "tst_portalsyncrounds.moc"
