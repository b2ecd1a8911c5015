// The stable command-line contract of `motcua-cli digitize` (issue 4): a scanned paper backlog, a
// folder of page images or one PDF, split on our separator sheets into dossiers and components,
// each received into a real workspace; one dossier code per line on stdout, in stack order.
#include "app/barcode/BarcodeWriter.h"
#include "app/capture/SamplePages.h"
#include "db/EventStore.h"
#include "domain/separator/SeparatorPayload.h"
#include "support/CliRunner.h"
#include "support/TestWorkspace.h"

#include <QPainter>
#include <QProcess>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("số-hoá-hồ-sơ");
const QString kCard = QStringLiteral("079303004567||Trần Thị Bích Ngọc|02021993|Nữ|Phường 7, Quận 3, TP Hồ Chí Minh|10052022");

QImage a4()
{
    QImage page(1654, 2339, QImage::Format_Grayscale8); // A4 at 200 dpi
    page.fill(Qt::white);
    page.setDotsPerMeterX(qRound(200 / 0.0254));
    page.setDotsPerMeterY(qRound(200 / 0.0254));
    return page;
}

QImage withQr(QImage page, const QString &text, int modulePx, QPoint at)
{
    auto qr = QrCode::encode(text);
    if (!qr)
        return {};
    QPainter p(&page);
    p.drawImage(at, qr->toImage(modulePx));
    return page;
}

QImage separator(SeparatorPayload::Kind kind, const QString &label = {})
{
    SeparatorPayload s{kind, label};
    return withQr(a4(), s.toText().value(), 12, QPoint(500, 800));
}

QImage textPage(int lines)
{
    capture::SamplePageSpec spec;
    spec.lines = lines;
    return capture::SamplePages::textPage(spec);
}

} // namespace

class TestDigitize : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void splitsFolderIntoDossiersAndComponents();
    void splitsPdfStack();
    void unknownComponentLabelReceivesNothing();
    void usageAndMissingStack();
    void killedRunIsResumedWithoutDuplicates();
    void impossibleCardIsNotTakenAsApplicant();

private:
    QList<QImage> standardStack() const;
    QStringList run(const QStringList &args, int expectedExit, QByteArray *err = nullptr);
    qint64 dossierCount();

    QTemporaryDir m_dir;
    QString m_ws;
    CliRunner m_cli;
};

void TestDigitize::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("ws"));
    TestWorkspaceSpec spec;
    spec.password = kPassword;
    QVERIFY(createTestWorkspace(m_ws, spec).ok());
    m_cli.setEnv(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    // The card on page 10 of the standard stack: its data must never reach a log.
    m_cli.addSecret(QStringLiteral("Trần Thị Bích Ngọc"));
    m_cli.addSecret(QStringLiteral("Phường 7, Quận 3"));
}

QList<QImage> TestDigitize::standardStack() const
{
    using K = SeparatorPayload::Kind;
    return {
        separator(K::Dossier),                                  // 1
        textPage(30),                                           // 2 → dossier 1, component 1
        separator(K::Component, QStringLiteral("2")),           // 3
        textPage(25), textPage(10),                             // 4, 5 → component 2
        separator(K::Dossier),                                  // 6
        separator(K::Component, QStringLiteral("giay chung sinh")), // 7: by name, no diacritics
        textPage(20),                                           // 8 → dossier 2, component 2
        a4(),                                                   // 9: blank (back of a sheet)
        withQr(textPage(8), kCard, 4, QPoint(1000, 1700)),      // 10: a copy of the ID card
    };
}

QStringList TestDigitize::run(const QStringList &args, int expectedExit, QByteArray *err)
{
    const CliRun r = m_cli.as(m_ws, QStringLiteral("an"), kPassword, QStringList{QStringLiteral("digitize")} + args);
    if (err)
        *err = r.err;
    if (r.exitCode != expectedExit)
        qWarning() << "exit" << r.exitCode << r.err;
    return r.exitCode == expectedExit ? r.outLines() : QStringList{QStringLiteral("<wrong exit>")};
}

qint64 TestDigitize::dossierCount()
{
    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    if (!ws)
        return -1;
    auto db = (*ws)->openDatabase();
    QSqlQuery q((*db)->sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM dossiers")) && q.next() ? q.value(0).toLongLong() : -1;
}

void TestDigitize::splitsFolderIntoDossiersAndComponents()
{
    const QString folder = m_dir.filePath(QStringLiteral("stack"));
    QVERIFY(QDir().mkpath(folder));
    const QList<QImage> stack = standardStack();
    for (int i = 0; i < stack.size(); ++i)
        QVERIFY(stack[i].save(folder + QStringLiteral("/page-%1.png").arg(i + 1, 2, 10, QLatin1Char('0'))));

    QByteArray err;
    const QStringList codes = run({QStringLiteral("--procedure"), QStringLiteral("1.001193"), folder}, 0, &err);
    QCOMPARE(codes.size(), 2);
    QVERIFY2(err.contains("1 blank page(s) set aside"), err.constData());

    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    EventStore store((*db)->sql(), (*ws)->session().deviceId);
    auto first = store.replayDossier(codes[0]);
    QVERIFY(first.ok());
    QCOMPARE(first->state.status, DossierStatus::Accepted);
    QCOMPARE(first->state.components.size(), 2);
    QCOMPARE(first->state.components[0].number, 1);
    QCOMPARE(first->state.components[0].pageHashes.size(), 1);
    QCOMPARE(first->state.components[1].number, 2);
    QCOMPARE(first->state.components[1].pageHashes.size(), 2);
    QVERIFY(first->state.applicantName.isEmpty());
    QCOMPARE(store.eventsOf(codes[0]).first().payload.value(QStringLiteral("origin")).toString(), QStringLiteral("digitized"));

    auto second = store.replayDossier(codes[1]);
    QVERIFY(second.ok());
    QCOMPARE(second->state.components.size(), 1);
    QCOMPARE(second->state.components[0].number, 2);
    QCOMPARE(second->state.components[0].pageHashes.size(), 2); // the blank page is not filed
    QCOMPARE(second->state.applicantName, QStringLiteral("Trần Thị Bích Ngọc"));
    QCOMPARE(second->state.applicantIdNumber, QStringLiteral("079303004567"));
    QVERIFY(err.contains("missing required component(s) 1"));
}

void TestDigitize::splitsPdfStack()
{
    const QString pdf = m_dir.filePath(QStringLiteral("stack.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(200);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&writer);
        const QList<QImage> stack = standardStack();
        for (int i = 0; i < stack.size(); ++i) {
            if (i > 0)
                writer.newPage();
            p.drawImage(QRect(QPoint(0, 0), stack[i].size()), stack[i]);
        }
    }
    const qint64 before = dossierCount();
    const QStringList codes = run({QStringLiteral("--procedure"), QStringLiteral("1.001193"), pdf}, 0);
    QCOMPARE(codes.size(), 2);
    QCOMPARE(dossierCount(), before + 2);
}

void TestDigitize::unknownComponentLabelReceivesNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("bad"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(textPage(10).save(folder + QStringLiteral("/1.png")));
    QVERIFY(separator(SeparatorPayload::Kind::Component, QStringLiteral("Sổ hộ khẩu")).save(folder + QStringLiteral("/2.png")));
    QVERIFY(textPage(10).save(folder + QStringLiteral("/3.png")));
    const qint64 before = dossierCount();
    QByteArray err;
    const QStringList out = run({QStringLiteral("--procedure"), QStringLiteral("1.001193"), folder}, 1, &err);
    QVERIFY(out.isEmpty());
    QVERIFY2(QString::fromUtf8(err).contains(QStringLiteral("page 2: \"Sổ hộ khẩu\"")), err.constData());
    QCOMPARE(dossierCount(), before);
}

void TestDigitize::usageAndMissingStack()
{
    QByteArray err;
    QVERIFY(run({QStringLiteral("--procedure"), QStringLiteral("1.001193"), m_dir.filePath(QStringLiteral("nope.pdf"))}, 1, &err).isEmpty());
    QVERIFY2(err.contains("import.missing"), err.constData());
    QVERIFY2(!err.contains("nope.pdf"), err.constData());   // file names are never printed (issue 10)
    QVERIFY(run({m_dir.filePath(QStringLiteral("stack.pdf"))}, 2).isEmpty());
    QVERIFY(run({QStringLiteral("--procedure"), QStringLiteral("9.999999"), m_dir.filePath(QStringLiteral("stack.pdf"))}, 1).isEmpty());
}

// Issue 10: a digitize run killed (SIGKILL, a real process) after its first dossier is run again on
// the same stack: every part ends up received exactly once, and the second run prints every code,
// the ones received by the first run included, in stack order.
void TestDigitize::killedRunIsResumedWithoutDuplicates()
{
    constexpr int kParts = 10;
    const QString folder = m_dir.filePath(QStringLiteral("interrupted"));
    QVERIFY(QDir().mkpath(folder));
    int n = 0;
    auto save = [&](const QImage &page) { return page.save(folder + QStringLiteral("/p%1.png").arg(++n, 3, 10, QLatin1Char('0'))); };
    for (int part = 0; part < kParts; ++part) {
        QVERIFY(save(separator(SeparatorPayload::Kind::Dossier)));
        QVERIFY(save(textPage(5 + part)));
    }
    const qint64 before = dossierCount();
    const QStringList args{QStringLiteral("--workspace"), m_ws, QStringLiteral("--officer"), QStringLiteral("an"), QStringLiteral("digitize"),
                           QStringLiteral("--procedure"), QStringLiteral("1.001193"), folder};

    // First run: killed as soon as it has printed its first dossier code.
    QProcess first;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_KDF"), QStringLiteral("fast"));
    env.insert(QStringLiteral("MOTCUA_PASSWORD"), kPassword);
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(MOTCUA_CLI_PATH), args);
    QVERIFY(first.waitForStarted());
    QByteArray printed;
    while (!printed.contains('\n') && first.state() == QProcess::Running) {
        first.waitForReadyRead(100);
        printed += first.readAllStandardOutput();
    }
    first.kill();   // SIGKILL
    QVERIFY(first.waitForFinished());
    printed += first.readAllStandardOutput();
    const QStringList firstCodes = QString::fromUtf8(printed).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!firstCodes.isEmpty());
    const qint64 afterKill = dossierCount() - before;
    QVERIFY2(afterKill >= 1 && afterKill < kParts, qPrintable(QStringLiteral("%1 of %2 received before the kill").arg(afterKill).arg(kParts)));

    // Second run on the same stack: the remaining parts, and every code printed in stack order.
    QByteArray err;
    const QStringList codes = run({QStringLiteral("--procedure"), QStringLiteral("1.001193"), folder}, 0, &err);
    QCOMPARE(codes.size(), kParts);
    QCOMPARE(QSet<QString>(codes.cbegin(), codes.cend()).size(), kParts);
    QCOMPARE(codes.mid(0, firstCodes.size()), firstCodes);
    QCOMPARE(dossierCount(), before + kParts);
    QVERIFY2(err.contains("already received by an earlier run"), err.constData());

    // Each part exactly once in the store; a third run receives nothing more.
    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    QVERIFY(db.ok());
    QSqlQuery q((*db)->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT part, count(*), min(dossier_code) FROM digitized_parts WHERE dossier_code IN ('")
                   + codes.join(QStringLiteral("','")) + QStringLiteral("') GROUP BY part ORDER BY part")));
    int parts = 0;
    while (q.next()) {
        QCOMPARE(q.value(0).toInt(), parts);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toString(), codes[parts]);
        ++parts;
    }
    QCOMPARE(parts, kParts);
    db->reset();
    ws->reset();
    QCOMPARE(run({QStringLiteral("--procedure"), QStringLiteral("1.001193"), folder}, 0), codes);
    QCOMPARE(dossierCount(), before + kParts);
}

// Issue 10: a card born in the future is not taken as the applicant, and the run says why.
void TestDigitize::impossibleCardIsNotTakenAsApplicant()
{
    const QString folder = m_dir.filePath(QStringLiteral("future-card"));
    QVERIFY(QDir().mkpath(folder));
    const QString futureCard = QStringLiteral("001090123499||Lê Văn Tương Lai|01012090|Nam|Hà Nội|15042091");
    m_cli.addSecret(QStringLiteral("Lê Văn Tương Lai"));
    QVERIFY(separator(SeparatorPayload::Kind::Dossier).save(folder + QStringLiteral("/1.png")));
    QVERIFY(withQr(textPage(8), futureCard, 4, QPoint(1000, 1700)).save(folder + QStringLiteral("/2.png")));
    QByteArray err;
    const QStringList codes = run({QStringLiteral("--procedure"), QStringLiteral("1.001193"), folder}, 0, &err);
    QCOMPARE(codes.size(), 1);
    QVERIFY2(err.contains("page 2: the ID card is not used: ") && err.contains("[cccd.born-in-future]"), err.constData());
    auto ws = Workspace::unlock(m_ws, QStringLiteral("an"), kPassword);
    QVERIFY(ws.ok());
    auto db = (*ws)->openDatabase();
    QVERIFY(db.ok());
    auto replay = EventStore((*db)->sql(), (*ws)->session().deviceId).replayDossier(codes.first());
    QVERIFY(replay.ok());
    QVERIFY(replay->state.applicantName.isEmpty());
}

QTEST_MAIN(TestDigitize)
#include "tst_digitize.moc"
