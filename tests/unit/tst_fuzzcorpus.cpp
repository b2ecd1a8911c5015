// Replays the libFuzzer seed corpus (tests/fuzz/corpus/{cccd,receipt}) through the parsers in the
// normal build: the same invariants the fuzz targets check (tests/fuzz/ParserInvariants.h), plus
// what each seed's name promises: valid-* reads clean, warn-* reads with a warning, invalid-* is
// invalid, notcard-* is not a card, future-* is invalid on the fixed date kToday (a date in the
// future) and a card when no date for today is given; receipt-ok-*, separator-ok-* parse, bad-* do not.
#include "app/barcode/PayloadKind.h"
#include "fuzz/ParserInvariants.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace motcua;

class TestFuzzCorpus : public QObject {
    Q_OBJECT
private slots:
    void corpus_data();
    void corpus();
    void corpusIsThere();
};

namespace {
// The counter's date the seeds are judged on: fixed, so the replay never depends on the day it runs.
const QDate kToday(2026, 6, 12);

QString corpusDir(const QString &name)
{
    return QStringLiteral(MOTCUA_SOURCE_DIR "/tests/fuzz/corpus/") + name;
}
} // namespace

void TestFuzzCorpus::corpus_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("path");
    for (const QString &set : {QStringLiteral("cccd"), QStringLiteral("receipt")}) {
        const QDir dir(corpusDir(set));
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
            QTest::addRow("%s/%s", qPrintable(set), qPrintable(f)) << set << dir.filePath(f);
    }
}

void TestFuzzCorpus::corpus()
{
    QFETCH(QString, set);
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString name = QFileInfo(path).fileName();

    // Every seed goes through every parser, whatever set it is in.
    QString problem = fuzz::checkCccd(bytes);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = fuzz::checkReceiptAndSeparator(bytes);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString text = QString::fromUtf8(bytes);
    const PayloadKind kind = PayloadKind::classify(text);

    if (set == QLatin1String("cccd")) {
        const auto r = CccdParser::parse(text, kToday);
        if (name.startsWith(QLatin1String("future-"))) {
            QCOMPARE(r.kind, CccdParseResult::Invalid);
            QVERIFY2(r.error.code.endsWith(QLatin1String("-in-future")), qPrintable(r.error.code));
            QCOMPARE(CccdParser::parse(text).kind, CccdParseResult::Card);
        } else if (name.startsWith(QLatin1String("valid-"))) {
            QCOMPARE(r.kind, CccdParseResult::Card);
            QVERIFY(r.warnings.isEmpty());
            QCOMPARE(kind.kind, QStringLiteral("cccd"));
        } else if (name.startsWith(QLatin1String("warn-"))) {
            QCOMPARE(r.kind, CccdParseResult::Card);
            QCOMPARE(r.warnings.size(), 1);
        } else if (name.startsWith(QLatin1String("invalid-"))) {
            QCOMPARE(r.kind, CccdParseResult::Invalid);
            QCOMPARE(kind.kind, QStringLiteral("cccd-invalid"));
        } else if (name.startsWith(QLatin1String("notcard-"))) {
            QCOMPARE(r.kind, CccdParseResult::NotCard);
            QCOMPARE(kind.kind, QStringLiteral("other"));
        }
    } else {
        if (name.startsWith(QLatin1String("receipt-ok-"))) {
            QVERIFY(ReceiptPayload::parse(text).ok());
            QCOMPARE(kind.kind, QStringLiteral("receipt"));
        } else if (name.startsWith(QLatin1String("separator-ok-"))) {
            QVERIFY(SeparatorPayload::parse(text).ok());
            QCOMPARE(kind.kind, QStringLiteral("separator"));
        } else if (name.startsWith(QLatin1String("bad-"))) {
            QVERIFY(!ReceiptPayload::parse(text).ok() && !SeparatorPayload::parse(text).ok());
            QCOMPARE(kind.kind, QStringLiteral("other"));
        }
    }
}

void TestFuzzCorpus::corpusIsThere()
{
    // An empty or misplaced corpus would make the replay above pass vacuously.
    QVERIFY(QDir(corpusDir(QStringLiteral("cccd"))).entryList(QDir::Files).size() >= 20);
    QVERIFY(QDir(corpusDir(QStringLiteral("receipt"))).entryList(QDir::Files).size() >= 10);
}

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
