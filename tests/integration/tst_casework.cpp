// The stable command-line contract of casework (issue 12): `motcua-cli dossier CODE show` and
// `dossier CODE ACTION`, run on the built binary against a real encrypted workspace with four
// officers (counter, processing ×2, supervisor). Time is fixed per run with MOTCUA_NOW, so due
// moments are hand-computed: office hours 07:30–11:30, 13:00–17:00, Asia/Ho_Chi_Minh (UTC+7).
#include "app/barcode/BarcodeWriter.h"
#include "app/capture/SamplePages.h"
#include "app/intake/ReusableDocuments.h"
#include "db/EventStore.h"
#include "domain/dossier/Event.h"
#include "support/CliRunner.h"
#include "support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("mật-khẩu-quản-trị");
const QString kOfficerPassword = QStringLiteral("mật-khẩu-cán-bộ");
const QString kOffice = QStringLiteral("000.00.12.H30");
const QString kCard = QStringLiteral("001190012345|012345678|Nguyễn Thị Ánh Tuyết|15031990|Nữ|Số 12, thôn Đông, xã Tân Lập|01072021");
// Tue 8 Dec 2026, 10:00 in the office: a limit of 5 working days ends Tue 15 Dec, 10:00.
const QString kReceivedAt = QStringLiteral("2026-12-08T03:00:00.000Z");
const QString kDueAfterFive = QStringLiteral("2026-12-15T03:00:00.000Z");

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCasework : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void ordinaryPathEndToEnd();
    void requestSupplementPausesTheClock();
    void extendMovesTheDueMoment();
    void refusalsWriteNothing();
    void stopWritesForm05();
    void onlineSubmissionAcceptedOrReturned();
    void explicitRoleOverrides();
    void rejectGoesBackToTheSubmitter();
    void transferToUnitPool();

private:
    QString writePage(const QString &name, int lines = 30);
    CliRun act(const QString &login, const QString &at, const QString &code, const QStringList &args);
    QJsonObject show(const QString &code);
    QString receive(const QString &at);               // a dossier of 1.001193, 5 working days
    QString receiveAndTransfer(const QString &at);    // … handed to xuly an hour later
    qint64 count(const QString &table);

    QTemporaryDir m_dir;
    QString m_ws;
    CliRunner m_cli;
};

void TestCasework::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("ws"));
    TestWorkspaceSpec spec;
    spec.password = kPassword;
    auto ws = createTestWorkspace(m_ws, spec);
    QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
    ws->reset();
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    m_cli.setEnv(QStringLiteral("MOTCUA_NEW_PASSWORD"), kOfficerPassword);
    const QList<QPair<QString, QString>> officers{{QStringLiteral("tiepnhan"), QStringLiteral("counter")},
                                                  {QStringLiteral("xuly"), QStringLiteral("processing")},
                                                  {QStringLiteral("xuly2"), QStringLiteral("processing")},
                                                  {QStringLiteral("lanhdao"), QStringLiteral("supervisor")}};
    const QStringList names{QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường"), QStringLiteral("Phạm Văn Dũng"),
                            QStringLiteral("Hoàng Thị Lan")};
    for (int i = 0; i < officers.size(); ++i) {
        const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                                  {QStringLiteral("officer"), QStringLiteral("add"), officers[i].first, QStringLiteral("--name"),
                                   names[i], QStringLiteral("--role"), officers[i].second});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
}

QString TestCasework::writePage(const QString &name, int lines)
{
    capture::SamplePageSpec spec;
    spec.lines = lines;
    const QString path = m_dir.filePath(name);
    if (!capture::SamplePages::textPage(spec).save(path))
        return {};
    return path;
}

CliRun TestCasework::act(const QString &login, const QString &at, const QString &code, const QStringList &args)
{
    m_cli.setEnv(QStringLiteral("MOTCUA_NOW"), at);
    return m_cli.as(m_ws, login, kOfficerPassword, QStringList{QStringLiteral("dossier"), code} + args);
}

QJsonObject TestCasework::show(const QString &code)
{
    const CliRun r = m_cli.as(m_ws, QStringLiteral("tiepnhan"), kOfficerPassword, {QStringLiteral("dossier"), code, QStringLiteral("show")});
    if (r.exitCode != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out).object();
}

QString TestCasework::receive(const QString &at)
{
    m_cli.setEnv(QStringLiteral("MOTCUA_NOW"), at);
    const CliRun r = m_cli.as(m_ws, QStringLiteral("tiepnhan"), kOfficerPassword,
                              {QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("1.001193"),
                               QStringLiteral("--applicant-text"), kCard, QStringLiteral("--limit-days"), QStringLiteral("5"),
                               QStringLiteral("--component"), QStringLiteral("1=") + writePage(QStringLiteral("to-khai.png")),
                               QStringLiteral("--component"), QStringLiteral("2=") + writePage(QStringLiteral("chung-sinh.png"), 12)});
    if (r.exitCode != 0 || r.outLines().size() != 1) {
        qWarning() << r.err;
        return {};
    }
    return r.outLines().first();
}

QString TestCasework::receiveAndTransfer(const QString &at)
{
    const QString code = receive(at);
    const QString later = isoUtcMs(parseIsoUtcMs(at).addSecs(3600));
    const CliRun r = act(QStringLiteral("tiepnhan"), later, code, {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("xuly")});
    if (r.exitCode != 0) {
        qWarning() << r.err;
        return {};
    }
    return code;
}

qint64 TestCasework::count(const QString &table)
{
    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    if (!ws)
        return -1;
    auto db = (*ws)->openDatabase();
    if (!db)
        return -1;
    QSqlQuery q((*db)->sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestCasework::ordinaryPathEndToEnd()
{
    const QString code = receive(kReceivedAt);
    QVERIFY(!code.isEmpty());
    QJsonObject d = show(code);
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(d.value(QStringLiteral("national_status")).toInt(), 2);
    QCOMPARE(d.value(QStringLiteral("holder")).toString(), QStringLiteral("tiepnhan"));
    QCOMPARE(d.value(QStringLiteral("due")).toString(), kDueAfterFive);
    const int received = int(d.value(QStringLiteral("events")).toArray().size());
    QCOMPARE(received, 3); // Received and two components

    struct Step {
        QString login;
        QString at;
        QStringList args;
        QString status;
        int national;
        QJsonValue holder;
        QString lastEvent;
        QString role;
    };
    const QString pool = QStringLiteral("pool:") + kOffice;
    auto qr = QrCode::encode(kCard);
    QVERIFY(qr.ok());
    const QString card = m_dir.filePath(QStringLiteral("the-card.png"));
    QVERIFY(qr->toImage(6).save(card));
    m_cli.addSecret(QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    const QString result = writePage(QStringLiteral("giay-khai-sinh.png"), 18);
    const QList<Step> steps{
        {QStringLiteral("tiepnhan"), QStringLiteral("2026-12-08T04:00:00.000Z"), {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("xuly")},
         QStringLiteral("processing"), 4, QStringLiteral("xuly"), QStringLiteral("Transferred"), QStringLiteral("counter")},
        {QStringLiteral("xuly"), QStringLiteral("2026-12-09T02:00:00.000Z"), {QStringLiteral("appraise"), QStringLiteral("--note"), QStringLiteral("Hồ sơ hợp lệ")},
         QStringLiteral("processing"), 4, QStringLiteral("xuly"), QStringLiteral("Appraised"), QStringLiteral("processing")},
        // To an officer who supervises and does not process: a submission for approval, unasked.
        {QStringLiteral("xuly"), QStringLiteral("2026-12-09T03:00:00.000Z"), {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("lanhdao")},
         QStringLiteral("processing"), 4, QStringLiteral("lanhdao"), QStringLiteral("Transferred"), QStringLiteral("processing")},
        {QStringLiteral("lanhdao"), QStringLiteral("2026-12-09T07:00:00.000Z"), {QStringLiteral("approve")},
         QStringLiteral("processing"), 4, QStringLiteral("xuly"), QStringLiteral("Approved"), QStringLiteral("supervisor")},
        {QStringLiteral("xuly"), QStringLiteral("2026-12-10T02:00:00.000Z"), {QStringLiteral("result"), QStringLiteral("--file"), result, QStringLiteral("--number"), QStringLiteral("125/2026/GKS"), QStringLiteral("--document-type"), QStringLiteral("birth-certificate")},
         QStringLiteral("processed"), 9, pool, QStringLiteral("ResultReady"), QStringLiteral("processing")},
        {QStringLiteral("tiepnhan"), QStringLiteral("2026-12-10T08:00:00.000Z"), {QStringLiteral("return"), QStringLiteral("--collector-qr"), card, QStringLiteral("--rating"), QStringLiteral("4")},
         QStringLiteral("result-returned"), 10, QJsonValue(QJsonValue::Null), QStringLiteral("Returned"), QStringLiteral("counter")},
    };
    int events = received;
    for (const Step &s : steps) {
        const CliRun r = act(s.login, s.at, code, s.args);
        QVERIFY2(r.exitCode == 0, qPrintable(s.args.first() + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        // The action prints the dossier after it; `show` says the same.
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("status")).toString(), s.status);
        d = show(code);
        QCOMPARE(d.value(QStringLiteral("status")).toString(), s.status);
        QCOMPARE(d.value(QStringLiteral("national_status")).toInt(), s.national);
        QCOMPARE(d.value(QStringLiteral("holder")), s.holder);
        QCOMPARE(d.value(QStringLiteral("due")).toString(), kDueAfterFive);
        const QJsonArray list = d.value(QStringLiteral("events")).toArray();
        QCOMPARE(list.size(), ++events);
        const QJsonObject last = list.last().toObject();
        QCOMPARE(last.value(QStringLiteral("type")).toString(), s.lastEvent);
        QCOMPARE(last.value(QStringLiteral("officer")).toString(), s.login);
        QCOMPARE(last.value(QStringLiteral("role")).toString(), s.role);
        QCOMPARE(last.value(QStringLiteral("at")).toString(), s.at);
        if (s.lastEvent == QLatin1String("Transferred") && s.holder == QJsonValue(QStringLiteral("lanhdao")))
            QVERIFY(d.value(QStringLiteral("awaiting_approval")).toBool());
    }
    QCOMPARE(d.value(QStringLiteral("events")).toArray().last().toObject().value(QStringLiteral("rating")).toInt(), 4);
    QCOMPARE(d.value(QStringLiteral("decision")).toString(), QStringLiteral("approved"));

    // The result is the citizen's reusable document now: the Receive page's lookup finds it, with
    // where it came from.
    {
        auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
        QVERIFY(ws.ok());
        auto db = (*ws)->openDatabase();
        QVERIFY(db.ok());
        const EventStore store((*db)->sql(), (*ws)->session().deviceId);
        auto found = intake::ReusableDocuments::find((*db)->sql(), store, nullptr, QStringLiteral("001190012345"));
        QVERIFY(found.ok());
        const intake::ReusableDocument *doc = nullptr;
        for (const intake::ReusableDocument &x : *found) {
            if (x.isResult && x.dossierCode == code)
                doc = &x;
        }
        QVERIFY(doc);
        QCOMPARE(doc->resultNumber, QStringLiteral("125/2026/GKS"));
        QCOMPARE(doc->documentType, QStringLiteral("birth-certificate"));
        QCOMPARE(doc->name, QStringLiteral("Giấy khai sinh (bản chính)"));
        QCOMPARE(doc->pages.size(), 1);
        QCOMPARE(doc->attachedAt, parseIsoUtcMs(QStringLiteral("2026-12-10T02:00:00.000Z")));
        QSqlQuery refs((*db)->sql());
        refs.prepare(QStringLiteral("SELECT count(*) FROM page_refs WHERE sha256 = ?"));
        refs.addBindValue(doc->pages.first());
        QVERIFY(refs.exec() && refs.next());
        QCOMPARE(refs.value(0).toInt(), 1); // held by the ResultReady event
    }

    // Form 06: every hand-over, who, when, on time (all before the due moment).
    const QString slip = m_dir.filePath(QStringLiteral("form06.pdf"));
    const CliRun r = act(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-10T09:00:00.000Z"), code,
                         {QStringLiteral("form06"), QStringLiteral("--out"), slip});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString layout = pdfText(slip);
    const QString text = layout.simplified();
    QVERIFY2(text.contains(QStringLiteral("Mẫu số 06")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")), qPrintable(text));
    QVERIFY(text.contains(code));
    for (const QString &step : {QStringLiteral("Tiếp nhận"), QStringLiteral("Chuyển xử lý"), QStringLiteral("Thẩm định"),
                                QStringLiteral("Trình phê duyệt"), QStringLiteral("Phê duyệt"), QStringLiteral("Có kết quả"),
                                QStringLiteral("Trả kết quả")})
        QVERIFY2(text.contains(step), qPrintable(step + QStringLiteral(" not in: ") + text));
    for (const QString &who : {QStringLiteral("Trần Thị Bình"), QStringLiteral("Lê Văn Cường"), QStringLiteral("Hoàng Thị Lan")})
        QVERIFY2(text.contains(who), qPrintable(who));
    QVERIFY(text.contains(QStringLiteral("10:00 09/12/2026"))); // the submission for approval, office time
    // Seven hand-overs, each on time: a row ends with its time and "Đúng hạn".
    static const QRegularExpression onTime(QStringLiteral("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}\\s+Đúng hạn"));
    QCOMPARE(int(layout.count(onTime)), 7);
    QVERIFY(!text.contains(QStringLiteral("Quá hạn")));
}

void TestCasework::requestSupplementPausesTheClock()
{
    const QString code = receiveAndTransfer(kReceivedAt);
    QVERIFY(!code.isEmpty());
    // Wed 9 Dec 09:00 → Thu 10 Dec 09:00 in the office: one whole working day paused.
    CliRun r = act(QStringLiteral("xuly"), QStringLiteral("2026-12-09T02:00:00.000Z"), code,
                   {QStringLiteral("request-supplement"), QStringLiteral("--reason"), QStringLiteral("Giấy chứng sinh mờ")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject d = show(code);
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("supplement-required"));
    QCOMPARE(d.value(QStringLiteral("national_status")).toInt(), 5);
    QCOMPARE(d.value(QStringLiteral("holder")).toString(), QStringLiteral("pool:") + kOffice);
    QVERIFY(d.value(QStringLiteral("paused")).toBool());
    const int before = int(d.value(QStringLiteral("events")).toArray().size());

    r = act(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-10T02:00:00.000Z"), code,
            {QStringLiteral("supplement-received"), QStringLiteral("--component"),
             QStringLiteral("2=") + writePage(QStringLiteral("chung-sinh-ro.png"), 16)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    d = show(code);
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("processing"));
    QCOMPARE(d.value(QStringLiteral("holder")).toString(), QStringLiteral("xuly"));
    QVERIFY(!d.value(QStringLiteral("paused")).toBool());
    QCOMPARE(d.value(QStringLiteral("due")).toString(), QStringLiteral("2026-12-16T03:00:00.000Z"));
    // The component is filed before the supplement is recorded, in the same run.
    const QJsonArray events = d.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), before + 2);
    QCOMPARE(events.at(before).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("ComponentAttached"));
    QCOMPARE(events.at(before + 1).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("SupplementReceived"));
}

void TestCasework::extendMovesTheDueMoment()
{
    const QString code = receiveAndTransfer(kReceivedAt);
    QVERIFY(!code.isEmpty());
    QCOMPARE(show(code).value(QStringLiteral("due")).toString(), kDueAfterFive);
    const QString form = m_dir.filePath(QStringLiteral("form04.pdf"));
    const CliRun r = act(QStringLiteral("lanhdao"), QStringLiteral("2026-12-14T02:00:00.000Z"), code,
                         {QStringLiteral("extend"), QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--reason"),
                          QStringLiteral("Cần xác minh thêm"), QStringLiteral("--out"), form});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Tue 15 Dec 10:00 + 3 working days = Fri 18 Dec 10:00.
    const QJsonObject d = show(code);
    QCOMPARE(d.value(QStringLiteral("due")).toString(), QStringLiteral("2026-12-18T03:00:00.000Z"));
    QCOMPARE(d.value(QStringLiteral("extensions")).toInt(), 1);
    const QString text = pdfText(form).simplified();
    QVERIFY2(text.contains(QStringLiteral("Mẫu số 04")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Cần xác minh thêm")));
    QVERIFY(text.contains(QStringLiteral("15/12/2026")));
    QVERIFY(text.contains(QStringLiteral("18/12/2026")));
    QVERIFY(text.contains(QStringLiteral("3 ngày làm việc")));
}

void TestCasework::refusalsWriteNothing()
{
    const QString code = receiveAndTransfer(kReceivedAt);
    QVERIFY(!code.isEmpty());
    struct Case {
        QString login;
        QStringList args;
        QString reason;
    };
    const QString page = writePage(QStringLiteral("ket-qua-som.png"));
    const QList<Case> cases{
        // Wrong role: a counter officer cannot appraise, nor can a supervisor attach a result.
        {QStringLiteral("tiepnhan"), {QStringLiteral("appraise"), QStringLiteral("--note"), QStringLiteral("x")}, QStringLiteral("dossier.role-missing")},
        {QStringLiteral("lanhdao"), {QStringLiteral("result"), QStringLiteral("--file"), page, QStringLiteral("--number"), QStringLiteral("1")}, QStringLiteral("dossier.role-missing")},
        // Not the holder: another processing officer.
        {QStringLiteral("xuly2"), {QStringLiteral("appraise"), QStringLiteral("--note"), QStringLiteral("x")}, QStringLiteral("dossier.not-holder")},
        {QStringLiteral("xuly2"), {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("lanhdao")}, QStringLiteral("dossier.not-holder")},
        // Wrong state: nothing to approve yet, no result before approval, nothing to return.
        {QStringLiteral("lanhdao"), {QStringLiteral("approve")}, QStringLiteral("dossier.wrong-state")},
        {QStringLiteral("xuly"), {QStringLiteral("result"), QStringLiteral("--file"), page, QStringLiteral("--number"), QStringLiteral("1")}, QStringLiteral("dossier.wrong-state")},
        {QStringLiteral("tiepnhan"), {QStringLiteral("return"), QStringLiteral("--collector-text"), kCard}, QStringLiteral("dossier.wrong-state")},
        {QStringLiteral("tiepnhan"), {QStringLiteral("supplement-received")}, QStringLiteral("dossier.wrong-state")},
        // Nobody to hand it to.
        {QStringLiteral("xuly"), {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("khongco")}, QStringLiteral("casework.unknown-officer")},
    };
    const qint64 events = count(QStringLiteral("events"));
    const qint64 pages = count(QStringLiteral("pages"));
    QVERIFY(events > 0);
    const QJsonObject before = show(code);
    for (const Case &c : cases) {
        const CliRun r = act(c.login, QStringLiteral("2026-12-09T02:00:00.000Z"), code, c.args);
        QVERIFY2(r.exitCode == 1, qPrintable(c.login + QLatin1Char(' ') + c.args.first() + QStringLiteral(": ") + QString::number(r.exitCode)));
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(QLatin1Char('[') + c.reason + QLatin1Char(']')),
                 qPrintable(c.args.first() + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        QCOMPARE(count(QStringLiteral("events")), events);
        QCOMPARE(count(QStringLiteral("pages")), pages); // the refused result's file was not even stored
    }
    QCOMPARE(show(code), before);

    // The reason in the run's language.
    m_cli.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("vi_VN.UTF-8"));
    const CliRun vi = act(QStringLiteral("xuly2"), QStringLiteral("2026-12-09T02:00:00.000Z"), code,
                          {QStringLiteral("appraise"), QStringLiteral("--note"), QStringLiteral("x")});
    m_cli.setEnv(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QCOMPARE(vi.exitCode, 1);
    QVERIFY2(QString::fromUtf8(vi.err).contains(QStringLiteral("Hồ sơ đang do cán bộ khác xử lý")), vi.err.constData());

    // Usage errors are not refusals: exit 2.
    QCOMPARE(act(QStringLiteral("xuly"), kReceivedAt, code, {QStringLiteral("appraise")}).exitCode, 2);
    QCOMPARE(act(QStringLiteral("tiepnhan"), kReceivedAt, code, {QStringLiteral("return"), QStringLiteral("--collector-text"), kCard,
                                                                 QStringLiteral("--rating"), QStringLiteral("6")}).exitCode, 2);
    QCOMPARE(act(QStringLiteral("xuly"), kReceivedAt, code, {QStringLiteral("fly")}).exitCode, 2);
    QCOMPARE(count(QStringLiteral("events")), events);
}

void TestCasework::stopWritesForm05()
{
    const QString code = receiveAndTransfer(kReceivedAt);
    QVERIFY(!code.isEmpty());
    const QString form = m_dir.filePath(QStringLiteral("form05.pdf"));
    const CliRun r = act(QStringLiteral("lanhdao"), QStringLiteral("2026-12-09T02:00:00.000Z"), code,
                         {QStringLiteral("stop"), QStringLiteral("--reason"), QStringLiteral("Người yêu cầu rút hồ sơ"),
                          QStringLiteral("--out"), form});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject d = show(code);
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
    QCOMPARE(d.value(QStringLiteral("national_status")).toInt(), 8);
    QVERIFY(d.value(QStringLiteral("holder")).isNull());
    const QString text = pdfText(form).simplified();
    QVERIFY2(text.contains(QStringLiteral("Mẫu số 05")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Người yêu cầu rút hồ sơ")));
    // Stopped is final: nothing else applies.
    QCOMPARE(act(QStringLiteral("xuly"), QStringLiteral("2026-12-09T03:00:00.000Z"), code,
                 {QStringLiteral("appraise"), QStringLiteral("--note"), QStringLiteral("x")}).exitCode, 1);
}

void TestCasework::onlineSubmissionAcceptedOrReturned()
{
    // A dossier registered but not accepted (status 1), as an online submission arrives: here made by a
    // Form 02 at the counter and the supplement brought.
    auto registered = [this](const QString &at) {
        m_cli.setEnv(QStringLiteral("MOTCUA_NOW"), at);
        const CliRun r = m_cli.as(m_ws, QStringLiteral("tiepnhan"), kOfficerPassword,
                                  {QStringLiteral("receive"), QStringLiteral("--procedure"), QStringLiteral("1.001193"),
                                   QStringLiteral("--applicant-text"), kCard, QStringLiteral("--component"),
                                   QStringLiteral("1=") + writePage(QStringLiteral("to-khai-2.png")),
                                   QStringLiteral("--supplement-slip"), m_dir.filePath(QStringLiteral("f02.pdf"))});
        if (r.exitCode != 4)
            return QString();
        const QString code = r.outLines().value(0);
        const CliRun s = act(QStringLiteral("tiepnhan"), at, code,
                             {QStringLiteral("supplement-received"), QStringLiteral("--component"),
                              QStringLiteral("2=") + writePage(QStringLiteral("chung-sinh-2.png"), 14)});
        return s.exitCode == 0 ? code : QString();
    };
    const QString first = registered(kReceivedAt);
    QVERIFY(!first.isEmpty());
    QJsonObject d = show(first);
    QCOMPARE(d.value(QStringLiteral("national_status")).toInt(), 1);
    QVERIFY(d.value(QStringLiteral("due")).isNull());
    CliRun r = act(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-08T04:00:00.000Z"), first, {QStringLiteral("accept")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    d = show(first);
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    // The procedure's own limit (1 working day) from Tue 11:00: Wed 11:00.
    QCOMPARE(d.value(QStringLiteral("due")).toString(), QStringLiteral("2026-12-09T04:00:00.000Z"));
    QCOMPARE(d.value(QStringLiteral("holder")).toString(), QStringLiteral("tiepnhan"));

    const QString second = registered(kReceivedAt);
    QVERIFY(!second.isEmpty());
    r = act(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-08T04:00:00.000Z"), second,
            {QStringLiteral("return-for-supplement"), QStringLiteral("--reason"), QStringLiteral("Tờ khai thiếu chữ ký")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(show(second).value(QStringLiteral("national_status")).toInt(), 5);
    // Accepting an accepted dossier is refused.
    QCOMPARE(act(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-08T05:00:00.000Z"), first, {QStringLiteral("accept")}).exitCode, 1);
}

void TestCasework::explicitRoleOverrides()
{
    // "an" holds every role: a transfer is recorded as counter (the first allowed), unless told.
    const QString code = receiveAndTransfer(kReceivedAt);
    QVERIFY(!code.isEmpty());
    m_cli.setEnv(QStringLiteral("MOTCUA_NOW"), QStringLiteral("2026-12-09T02:00:00.000Z"));
    CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                        {QStringLiteral("dossier"), code, QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("xuly2")});
    QCOMPARE(r.exitCode, 1); // as counter: the dossier is no longer at the counter
    QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("[dossier.wrong-state]")));
    r = m_cli.as(m_ws, QStringLiteral("an"), kPassword,
                 {QStringLiteral("dossier"), code, QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("xuly2"),
                  QStringLiteral("--role"), QStringLiteral("supervisor")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject d = show(code);
    QCOMPARE(d.value(QStringLiteral("holder")).toString(), QStringLiteral("xuly2"));
    QCOMPARE(d.value(QStringLiteral("events")).toArray().last().toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("supervisor"));
    // A role the officer does not hold is refused.
    QCOMPARE(act(QStringLiteral("xuly2"), QStringLiteral("2026-12-09T03:00:00.000Z"), code,
                 {QStringLiteral("approve"), QStringLiteral("--role"), QStringLiteral("supervisor")}).exitCode, 1);
}

void TestCasework::rejectGoesBackToTheSubmitter()
{
    const QString code = receiveAndTransfer(kReceivedAt);
    QVERIFY(!code.isEmpty());
    // Asked explicitly (the receiving officer also processes nothing here: lanhdao supervises only).
    CliRun r = act(QStringLiteral("xuly"), QStringLiteral("2026-12-08T06:00:00.000Z"), code,
                   {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("lanhdao"), QStringLiteral("--for-approval")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(show(code).value(QStringLiteral("awaiting_approval")).toBool());
    // While it awaits approval, its processing officer may not appraise it (nor hold it).
    QCOMPARE(act(QStringLiteral("xuly"), QStringLiteral("2026-12-08T06:30:00.000Z"), code,
                 {QStringLiteral("appraise"), QStringLiteral("--note"), QStringLiteral("x")}).exitCode, 1);
    r = act(QStringLiteral("lanhdao"), QStringLiteral("2026-12-08T07:00:00.000Z"), code,
            {QStringLiteral("reject"), QStringLiteral("--reason"), QStringLiteral("Chưa đủ căn cứ")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject d = show(code);
    QCOMPARE(d.value(QStringLiteral("holder")).toString(), QStringLiteral("xuly"));
    QCOMPARE(d.value(QStringLiteral("decision")).toString(), QStringLiteral("rejected"));
    QVERIFY(!d.value(QStringLiteral("awaiting_approval")).toBool());
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("processing"));
    // A rejected dossier has no result to attach.
    r = act(QStringLiteral("xuly"), QStringLiteral("2026-12-08T08:00:00.000Z"), code,
            {QStringLiteral("result"), QStringLiteral("--file"), writePage(QStringLiteral("kq-bac.png")), QStringLiteral("--number"), QStringLiteral("9")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("[dossier.wrong-state]")));
    // A reject needs its reason: a usage error, nothing written.
    QCOMPARE(act(QStringLiteral("lanhdao"), QStringLiteral("2026-12-08T08:00:00.000Z"), code, {QStringLiteral("reject")}).exitCode, 2);
}

QTEST_MAIN(TestCasework)
// `transfer --to pool:OFFICE` (the CLI's extension, docs/reporting.md): the counter hands the
// dossier to its unit's pool; nobody holds it until a processing officer of that office takes it
// (a transfer to themselves); a pool never takes --for-approval, an office not seen is refused.
void TestCasework::transferToUnitPool()
{
    const QString code = receive(kReceivedAt);
    QVERIFY(!code.isEmpty());
    const QString pool = QStringLiteral("pool:") + kOffice;
    const QString later = QStringLiteral("2026-12-08T04:00:00.000Z");

    // Refused before anything is written: a pool for approval, an office nobody here sees.
    const qint64 events = count(QStringLiteral("events"));
    CliRun r = act(QStringLiteral("tiepnhan"), later, code, {QStringLiteral("transfer"), QStringLiteral("--to"), pool, QStringLiteral("--for-approval")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("[casework.pool-no-approval]")), r.err.constData());
    r = act(QStringLiteral("tiepnhan"), later, code, {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("pool:999.99.99.X99")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("[casework.unknown-pool]")), r.err.constData());
    QCOMPARE(count(QStringLiteral("events")), events);

    r = act(QStringLiteral("tiepnhan"), later, code, {QStringLiteral("transfer"), QStringLiteral("--to"), pool});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject d = show(code);
    QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("processing"));
    QCOMPARE(d.value(QStringLiteral("holder")).toString(), pool);

    // In the pool nobody appraises; a processing officer of the office takes it for themselves.
    r = act(QStringLiteral("xuly"), QStringLiteral("2026-12-08T05:00:00.000Z"), code, {QStringLiteral("appraise"), QStringLiteral("--note"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("[dossier.not-holder]")), r.err.constData());
    // The counter cannot take it back from the pool (it is in processing now).
    r = act(QStringLiteral("tiepnhan"), QStringLiteral("2026-12-08T05:00:00.000Z"), code, {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("tiepnhan")});
    QCOMPARE(r.exitCode, 1);
    r = act(QStringLiteral("xuly2"), QStringLiteral("2026-12-08T06:00:00.000Z"), code, {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("xuly2")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    d = show(code);
    QCOMPARE(d.value(QStringLiteral("holder")).toString(), QStringLiteral("xuly2"));
    r = act(QStringLiteral("xuly2"), QStringLiteral("2026-12-08T07:00:00.000Z"), code, {QStringLiteral("appraise"), QStringLiteral("--note"), QStringLiteral("Hợp lệ")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Taken: the pool is gone, the other officer is refused again.
    r = act(QStringLiteral("xuly"), QStringLiteral("2026-12-08T08:00:00.000Z"), code, {QStringLiteral("transfer"), QStringLiteral("--to"), QStringLiteral("xuly")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("[dossier.not-holder]")), r.err.constData());
}

#include "tst_casework.moc"
