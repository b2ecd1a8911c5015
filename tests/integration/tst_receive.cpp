// The stable command-line contract of `motcua-cli receive` (issue 5), run on the built binary
// against a real workspace: one line on stdout (the dossier code), the dossier and its events in
// the encrypted store, Form 01 / Form 02 as real PDFs read back with pdftotext and zbarimg.
#include "app/barcode/BarcodeWriter.h"
#include "app/capture/SamplePages.h"
#include "db/CitizenStore.h"
#include "db/DraftStore.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "support/CliRunner.h"
#include "support/TestWorkspace.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu-quầy");
// A CCCD QR payload: id|old id|name|dob|gender|address|issued
const QString kCard = QStringLiteral("001190012345|012345678|Nguyễn Thị Ánh Tuyết|15031990|Nữ|Số 12, thôn Đông, xã Tân Lập, huyện Đan Phượng, Hà Nội|01072021");

QString toolOutput(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString scalar(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

class TestReceive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void receivesCompleteDossierWithReceipt();
    void incompleteDossierExitsOneNamingMissing();
    void incompleteWithSupplementSlipRegistersForm02();
    void applicantFromQrImage();
    void badInputIsRefusedAndStoresNothing();
    void officerWithoutCounterRoleIsRefused();
    void leakCheckFindsPersonalData();
    void oneLanguagePerRun();

private:
    QString writePage(const QString &name, int lines = 30);
    qint64 dossierCount();
    QStringList receiveArgs(const QStringList &extra) const;

    QTemporaryDir m_dir;
    QString m_ws;
    CliRunner m_cli;
};

void TestReceive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("ws"));
    TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = createTestWorkspace(m_ws, spec);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
}

QString TestReceive::writePage(const QString &name, int lines)
{
    capture::SamplePageSpec spec;
    spec.lines = lines;
    const QString path = m_dir.filePath(name);
    if (!capture::SamplePages::textPage(spec).save(path))
        return {};
    return path;
}

qint64 TestReceive::dossierCount()
{
    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    if (!ws)
        return -1;
    auto db = (*ws)->openDatabase();
    return db ? scalar((*db)->sql(), QStringLiteral("SELECT count(*) FROM dossiers")).toLongLong() : -1;
}

QStringList TestReceive::receiveArgs(const QStringList &extra) const
{
    return QStringList{QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("1.001193")} + extra;
}

void TestReceive::receivesCompleteDossierWithReceipt()
{
    const QString p1 = writePage(QStringLiteral("to-khai.png"));
    const QString p2a = writePage(QStringLiteral("chung-sinh-1.png"), 20);
    const QString p2b = writePage(QStringLiteral("chung-sinh-2.png"), 12);
    const QString receipt = m_dir.filePath(QStringLiteral("form01.pdf"));
    const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                              receiveArgs({QStringLiteral("--applicant-text"), kCard, QStringLiteral("--phone"), QStringLiteral("0912345678"),
                                           QStringLiteral("--component"), QStringLiteral("1=") + p1,
                                           QStringLiteral("--component"), QStringLiteral("2=") + p2a + QLatin1Char(',') + p2b,
                                           QStringLiteral("--receipt"), receipt}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = r.outLines();
    QCOMPARE(lines.size(), 1);
    const QString code = lines.first();
    QVERIFY2(QRegularExpression(QStringLiteral("^000\\.00\\.12\\.H30-\\d{6}-\\d{6}$")).match(code).hasMatch(), qPrintable(code));

    // The store: the dossier accepted, its components with their pages, the citizen remembered.
    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    QVERIFY(db.ok());
    EventStore store((*db)->sql(), (*ws)->session().deviceId);
    const QList<Event> events = store.eventsOf(code);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].type, EventType::Received);
    QCOMPARE(events[0].payload.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    QCOMPARE(events[1].type, EventType::ComponentAttached);
    QCOMPARE(events[2].payload.value(QStringLiteral("pages")).toArray().size(), 2);
    auto replay = store.replayDossier(code);
    QVERIFY(replay.ok());
    QCOMPARE(replay->state.status, DossierStatus::Accepted);
    QCOMPARE(replay->state.components.size(), 2);
    QCOMPARE(replay->state.components[0].provenance, Provenance::ImportedFile);
    QVERIFY(!replay->state.lookupCode.isEmpty());
    PageStore pages((*db)->sql());
    for (const ComponentRecord &c : replay->state.components) {
        for (const QString &sha : c.pageHashes) {
            auto page = pages.get(sha);
            QVERIFY(page.ok());
            QVERIFY(page->refcount >= 1);
        }
    }
    const auto citizen = CitizenStore((*db)->sql()).byIdNumber(QStringLiteral("001190012345"));
    QVERIFY(citizen.has_value());
    QCOMPARE(citizen->phone, QStringLiteral("0912345678"));
    const auto counter = CounterTimeStore((*db)->sql()).get(code);
    QVERIFY(counter.has_value());
    QVERIFY(counter->printedAt.isValid());

    // The receipt: a real PDF whose text and QR carry the dossier.
    const QString text = toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), receipt, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("Nguyễn Thị Ánh Tuyết")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Hẹn trả kết quả")), qPrintable(text)); // the slip is in Vietnamese
    QVERIFY(text.contains(code));
    QVERIFY(text.contains(replay->state.lookupCode));
    // The due moment as the receipt computed it (the derived-state row; this replay has no calendar).
    const QDateTime due = QDateTime::fromString(scalar((*db)->sql(), QStringLiteral("SELECT due_at FROM dossiers WHERE code = ?"), {code}),
                                                Qt::ISODateWithMs).toTimeZone(QTimeZone("Asia/Ho_Chi_Minh"));
    QVERIFY(due.isValid());
    QVERIFY2(text.contains(due.toString(QStringLiteral("dd/MM/yyyy"))), qPrintable(text));
    const QString png = m_dir.filePath(QStringLiteral("form01"));
    toolOutput(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"), QStringLiteral("-png"),
                                            QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), receipt, png});
    const QString qr = toolOutput(QStringLiteral("zbarimg"), {QStringLiteral("-q"), png + QStringLiteral("-1.png")});
    QVERIFY2(qr.contains(code), qPrintable(qr));
}

void TestReceive::incompleteDossierExitsOneNamingMissing()
{
    const qint64 before = dossierCount();
    const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                              receiveArgs({QStringLiteral("--applicant-text"), kCard, QStringLiteral("--component"),
                                           QStringLiteral("1=") + writePage(QStringLiteral("only-1.png"))}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("2 (Giấy chứng sinh)")), r.err.constData());
    QCOMPARE(dossierCount(), before);
}

void TestReceive::incompleteWithSupplementSlipRegistersForm02()
{
    const QString slip = m_dir.filePath(QStringLiteral("form02.pdf"));
    const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                              receiveArgs({QStringLiteral("--applicant-text"), kCard, QStringLiteral("--component"),
                                           QStringLiteral("1=") + writePage(QStringLiteral("only-1b.png")),
                                           QStringLiteral("--supplement-slip"), slip}));
    // Registered with Form 02, nothing received: its own exit code, 4 (issue 10).
    QCOMPARE(r.exitCode, 4);
    const QStringList lines = r.outLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(r.err.contains("supplement was requested"), r.err.constData());
    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    QVERIFY(db.ok());
    QCOMPARE(scalar((*db)->sql(), QStringLiteral("SELECT status_code FROM dossiers WHERE code = ?"), {lines.first()}), QStringLiteral("5"));   // waiting for the supplement
    const QString text = toolOutput(QStringLiteral("pdftotext"), {slip, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("Giấy chứng sinh")), qPrintable(text));
    QVERIFY(text.contains(lines.first()));
}

void TestReceive::applicantFromQrImage()
{
    auto matrix = QrCode::encode(kCard);
    QVERIFY(matrix.ok());
    const QString card = m_dir.filePath(QStringLiteral("card.png"));
    QVERIFY(matrix->toImage(6).save(card));
    const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                              receiveArgs({QStringLiteral("--applicant-qr"), card,
                                           QStringLiteral("--component"), QStringLiteral("1=") + writePage(QStringLiteral("a.png")),
                                           QStringLiteral("--component"), QStringLiteral("2=") + writePage(QStringLiteral("b.png"), 10)}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.outLines().size(), 1);
}

void TestReceive::badInputIsRefusedAndStoresNothing()
{
    const qint64 before = dossierCount();
    const QString page = writePage(QStringLiteral("ok.png"));
    // Officers name files after citizens (issue 10): refused, the file is told by its place only.
    const QString corrupt = m_dir.filePath(QStringLiteral("to-khai-Phạm-Thị-Hương-001199012345.png"));
    {
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x89PNG\r\n\x1a\n garbage");
    }
    struct Case {
        QStringList args;
        int exit;
        QString err;
    };
    const QList<Case> cases = {
        {receiveArgs({QStringLiteral("--applicant-text"), QStringLiteral("001190012345|x|y")}), 1, QStringLiteral("cccd")},
        {receiveArgs({QStringLiteral("--applicant-text"), QStringLiteral("https://example.org")}), 1, QStringLiteral("intake.not-a-card")},
        {receiveArgs({QStringLiteral("--applicant-text"), kCard, QStringLiteral("--component"), QStringLiteral("1=") + page,
                      QStringLiteral("--component"), QStringLiteral("2=") + page + QLatin1Char(',') + corrupt}), 1,
         QStringLiteral("component 2, file 2: ")},
        {receiveArgs({QStringLiteral("--applicant-text"), kCard, QStringLiteral("--component"), QStringLiteral("9=") + page}), 2, QStringLiteral("no component 9")},
        {receiveArgs({QStringLiteral("--applicant-text"), kCard, QStringLiteral("--component"), QStringLiteral("x")}), 2, QStringLiteral("N=FILE")},
        {receiveArgs({QStringLiteral("--applicant-text"), kCard, QStringLiteral("--phone"), QStringLiteral("12ab")}), 2, QStringLiteral("phone")},
        {{QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("9.999999"), QStringLiteral("--applicant-text"), kCard}, 1, QStringLiteral("intake.unknown-procedure")},
        {{QStringLiteral("receive"), QStringLiteral("--applicant-text"), kCard}, 2, QStringLiteral("--procedure")},
    };
    for (const Case &c : cases) {
        const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword, c.args);
        QVERIFY2(r.exitCode == c.exit, qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(" → ") + QString::number(r.exitCode) + QString::fromUtf8(r.err)));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(QString::fromUtf8(r.err).contains(c.err), r.err.constData());
        // CliRunner has checked stderr and the workspace log: no file name, card field, phone number
        // or 12-digit number in either (it fails the test otherwise).
        QVERIFY2(r.leaks.isEmpty(), qPrintable(r.leaks.join(QLatin1Char('\n'))));
    }
    QCOMPARE(dossierCount(), before);
}

void TestReceive::officerWithoutCounterRoleIsRefused()
{
    CliRunner withNew = m_cli;
    withNew.setEnv(QStringLiteral("MOTCUA_NEW_PASSWORD"), QStringLiteral("xu-ly-pw"));
    const CliRun add = withNew.as(m_ws, QStringLiteral("an"), kPassword,
                                  {QStringLiteral("officer"), QStringLiteral("add"), QStringLiteral("xuly"), QStringLiteral("--name"),
                                   QStringLiteral("Phạm Văn Xử"), QStringLiteral("--role"), QStringLiteral("processing")});
    QVERIFY2(add.exitCode == 0, add.err.constData());
    const qint64 before = dossierCount();
    const CliRun r = m_cli.as(m_ws, QStringLiteral("xuly"), QStringLiteral("xu-ly-pw"),
                              receiveArgs({QStringLiteral("--applicant-text"), kCard,
                                           QStringLiteral("--component"), QStringLiteral("1=") + writePage(QStringLiteral("c.png")),
                                           QStringLiteral("--component"), QStringLiteral("2=") + writePage(QStringLiteral("d.png"), 10)}));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    // The run's language (English here, LC_ALL=C.UTF-8) for every line: the Vietnamese of the
    // slips never leaks into the messages.
    QVERIFY2(r.err.contains("Only a counter officer may receive dossiers."), r.err.constData());
    QCOMPARE(dossierCount(), before);
}

void TestReceive::leakCheckFindsPersonalData()
{
    // The hook itself: what it must catch in a log.
    QVERIFY(!CliRunner::findLeaks("motcua.capture info: import refused 001199012345", {}).isEmpty());
    QVERIFY(!CliRunner::findLeaks("x to-khai-Phạm-Thị-Hương.png y", {QStringLiteral("to-khai-Phạm-Thị-Hương.png")}).isEmpty());
    QVERIFY(CliRunner::findLeaks("motcua.db info: 12 dossiers, code 000.00.12.H30-261206-000001", {QStringLiteral("Hương")}).isEmpty());
    const QStringList secrets = m_cli.secretsOf(receiveArgs({QStringLiteral("--applicant-text"), kCard, QStringLiteral("--phone"),
                                                             QStringLiteral("0912345678")}));
    QVERIFY(secrets.contains(QStringLiteral("Nguyễn Thị Ánh Tuyết")));
    QVERIFY(secrets.contains(QStringLiteral("0912345678")));
}

void TestReceive::oneLanguagePerRun()
{
    const QStringList args = receiveArgs({QStringLiteral("--applicant-text"), kCard, QStringLiteral("--component"),
                                          QStringLiteral("1=") + writePage(QStringLiteral("lang-1.png"))});
    // LC_ALL=vi_VN: every line in Vietnamese.
    CliRunner vi = m_cli;
    vi.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("vi_VN.UTF-8"));
    const CliRun viRun = vi.as(m_ws, QStringLiteral("an"), kPassword, args);
    QCOMPARE(viRun.exitCode, 1);
    const QString viErr = QString::fromUtf8(viRun.err);
    QVERIFY2(viErr.contains(QStringLiteral("hồ sơ chưa đủ thành phần: 2 (Giấy chứng sinh)")), qPrintable(viErr));
    QVERIFY2(!viErr.contains(QStringLiteral("incomplete")), qPrintable(viErr));
    // --lang wins over the environment: every line in English.
    const CliRun en = vi.as(m_ws, QStringLiteral("an"), kPassword, QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
    QCOMPARE(en.exitCode, 1);
    const QString enErr = QString::fromUtf8(en.err);
    QVERIFY2(enErr.contains(QStringLiteral("incomplete dossier, missing component(s): 2 (Giấy chứng sinh)")), qPrintable(enErr));
    QVERIFY2(!enErr.contains(QStringLiteral("hồ sơ")), qPrintable(enErr));
    // The store's sentences too (errorText), and an unknown --lang is a usage error.
    const CliRun viBad = vi.as(m_ws, QStringLiteral("an"), kPassword,
                               {QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("9.999999"),
                                QStringLiteral("--applicant-text"), kCard});
    QCOMPARE(viBad.exitCode, 1);
    QVERIFY2(QString::fromUtf8(viBad.err).contains(QStringLiteral("Thủ tục không có trong danh mục")), viBad.err.constData());
    const CliRun bogus = vi.as(m_ws, QStringLiteral("an"), kPassword, QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} + args);
    QCOMPARE(bogus.exitCode, 2);
}

QTEST_MAIN(TestReceive)
#include "tst_receive.moc"
