// The procedure catalog: the bundled seed, the JSON codec and its validation (broken files under
// tests/data/catalog/), search, and the store/service against a real encrypted Database.
#include "app/catalog/CatalogSearch.h"
#include "app/catalog/CatalogService.h"
#include "db/CatalogStore.h"
#include "db/Database.h"
#include "domain/catalog/CatalogJson.h"
#include "domain/catalog/JsonPositions.h"
#include "domain/text/VietnameseFolding.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

#include <limits>

using namespace motcua;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString dataPath(const QString &name)
{
    return QStringLiteral(MOTCUA_SOURCE_DIR "/tests/data/catalog/") + name;
}

Catalog seed()
{
    auto c = CatalogService::bundledCatalog();
    if (!c)
        qFatal("bundled catalog: %s", qPrintable(c.error().toString()));
    return *c.value();
}

QStringList codes(const QList<const Procedure *> &list)
{
    QStringList out;
    for (const Procedure *p : list)
        out << p->code;
    return out;
}

// A catalog of n synthetic procedures (distinct codes and names) for timing and store tests.
Catalog synthetic(int n, const QString &version)
{
    const Catalog s = seed();
    QList<Procedure> list;
    for (int i = 0; i < n; ++i) {
        Procedure p = s.procedures()[i % s.size()];
        p.code = QStringLiteral("9.%1").arg(i, 6, 10, QLatin1Char('0'));
        p.name = p.name + QStringLiteral(" số %1").arg(i);
        p.bundle.reset();
        list << p;
    }
    return Catalog(version, QDate(2026, 1, 1), QStringLiteral("synthetic"), list);
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT

private slots:
    void seedParsesWithEnoughProcedures();
    void seedHasBirthRegistration();
    void seedCoversCatalogRows();
    void seedFlagsWhatIsUnverified();
    void roundTrip_data();
    void roundTrip();
    void brokenFilesRejected_data();
    void brokenFilesRejected();
    void validFileParses();
    void positionsCountCharacters();
    void bundledIsParsedOnceAcrossThreads();
    void searchByWords_data();
    void searchByWords();
    void searchByCodePrefix();
    void searchOrdersFavouritesThenRecentThenMatch();
    void searchPutsTheClosestNameFirst();
    void searchEveryKeystrokeOnThousandProcedures();
    void mutatedFilesNeverCrash();
    void storeRoundTripAndAtomicImport();
    void serviceImportKeepsOldCatalogOnBadFile();
    void searchWhileImporting();
};

void TestCatalog::seedParsesWithEnoughProcedures()
{
    const QByteArray json = readFile(QStringLiteral(":/resources/catalog/procedures.json"));
    auto c = CatalogJson::parse(json);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QVERIFY2(c->size() >= 30, qPrintable(QString::number(c->size())));
    QCOMPARE(c->version(), QStringLiteral("2026.1"));
    QVERIFY(c->issued().isValid());
    for (const Procedure &p : c->procedures()) {
        QVERIFY2(!p.source.isEmpty(), qPrintable(p.code));
        QVERIFY2(isValidProcedureCode(p.code), qPrintable(p.code));
    }
    // The file on disk is what is embedded.
    QCOMPARE(readFile(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/catalog/procedures.json")), json);
}

void TestCatalog::seedHasBirthRegistration()
{
    const Catalog c = seed();
    const Procedure *p = c.find(QStringLiteral("1.001193"));
    QVERIFY(p);
    QCOMPARE(p->name, QStringLiteral("Thủ tục đăng ký khai sinh"));
    QCOMPARE(p->sector, QStringLiteral("Hộ tịch"));
    QCOMPARE(p->level, ProcedureLevel::Commune);
    QVERIFY(p->limit.has_value());
    QCOMPARE(*p->limit, (TimeLimit{TimeLimit::Unit::WorkingDays, 1, true}));
    QVERIFY(!p->limitVerified); // "1 (unit?)" in the record
    QVERIFY(p->fees.size() == 1 && p->fees[0].free);

    QVERIFY(p->components.size() >= 5);
    const Component *declaration = p->component(1);
    QVERIFY(declaration);
    QCOMPARE(declaration->name, QStringLiteral("Tờ khai đăng ký khai sinh"));
    QVERIFY(declaration->required);
    QCOMPARE(declaration->forms, QList<AcceptedForm>{AcceptedForm::Original});
    QCOMPARE(declaration->documentType, QStringLiteral("declaration-birth"));
    const Component *birthCertificate = p->component(2);
    QVERIFY(birthCertificate);
    QCOMPARE(birthCertificate->name, QStringLiteral("Giấy chứng sinh"));
    QVERIFY(birthCertificate->required);
    QCOMPARE(birthCertificate->documentType, QStringLiteral("birth-certificate-medical"));
    QVERIFY(birthCertificate->note.contains(QStringLiteral("người làm chứng")));
    QVERIFY(birthCertificate->note.contains(QStringLiteral("giấy cam đoan")));
    for (int n = 3; n <= p->components.size(); ++n)
        QVERIFY2(!p->component(n)->required, qPrintable(QString::number(n)));
    QStringList types;
    for (const Component &component : p->components)
        types << component.documentType;
    QVERIFY(types.contains(QStringLiteral("authorisation")));
    QVERIFY(types.contains(QStringLiteral("abandonment-report")));
    QVERIFY(types.contains(QStringLiteral("surrogacy-confirmation")));
    QStringList shown;
    for (const ShownDocument &d : p->toShow)
        shown << d.documentType;
    QCOMPARE(shown, (QStringList{QStringLiteral("id-card"), QStringLiteral("residence-proof")}));
}

void TestCatalog::seedCoversCatalogRows()
{
    const Catalog c = seed();
    // Every row of CATALOG.md: civil status, certification, residence, bundles, social protection.
    const QStringList expected = {
        QStringLiteral("1.001193"), QStringLiteral("1.000656"), QStringLiteral("1.000894"), QStringLiteral("1.004873"),
        QStringLiteral("2.000635"), QStringLiteral("1.001022"), QStringLiteral("1.000689"), QStringLiteral("1.004884"),
        QStringLiteral("1.004772"), QStringLiteral("1.005461"), QStringLiteral("1.004746"), QStringLiteral("1.004837"),
        QStringLiteral("1.004845"), QStringLiteral("1.004859"), QStringLiteral("1.003583"), QStringLiteral("1.000419"),
        QStringLiteral("1.000593"), QStringLiteral("2.002516"), QStringLiteral("2.000815"), QStringLiteral("2.000884"),
        QStringLiteral("2.000913"), QStringLiteral("2.000942"), QStringLiteral("2.001019"), QStringLiteral("2.001035"),
        QStringLiteral("2.001406"), QStringLiteral("2.001016"), QStringLiteral("1.004222"), QStringLiteral("1.004194"),
        QStringLiteral("1.002755"), QStringLiteral("1.003197"), QStringLiteral("1.010028"), QStringLiteral("1.003677"),
        QStringLiteral("1.010038"), QStringLiteral("1.010039"), QStringLiteral("1.010041"), QStringLiteral("2.001159"),
        QStringLiteral("2.000986"), QStringLiteral("2.001023"), QStringLiteral("3.000722"), QStringLiteral("2.002913"),
        QStringLiteral("1.001731")};
    for (const QString &code : expected)
        QVERIFY2(c.contains(code), qPrintable(code));

    // Certification: within the day, as usually practised, but flagged since the record is silent.
    const Procedure *copy = c.find(QStringLiteral("2.000815"));
    QCOMPARE(copy->limit->unit, TimeLimit::Unit::WithinDay);
    QVERIFY(!copy->limitVerified);
    QCOMPARE(copy->fees[0].amount, std::optional<qint64>(2000));
    QCOMPARE(copy->fees[0].maximum, std::optional<qint64>(200000));
    // A limit shown as "—" stays "not stated".
    QVERIFY(!c.find(QStringLiteral("2.000635"))->limit.has_value());
    // Verified working-day limits.
    QCOMPARE(*c.find(QStringLiteral("1.004222"))->limit, TimeLimit::days(7));
    QVERIFY(c.find(QStringLiteral("1.004222"))->limitVerified);
    QCOMPARE(*c.find(QStringLiteral("2.000986"))->limit, TimeLimit::days(20));
    // Bundles route to several authorities and name their constituents.
    const Procedure *bundle = c.find(QStringLiteral("2.000986"));
    QVERIFY(bundle->isBundle());
    QVERIFY(bundle->bundle->procedures.contains(QStringLiteral("1.001193")));
    QVERIFY(bundle->bundle->authorities.size() >= 3);
    const Procedure *death = c.find(QStringLiteral("2.002913"));
    QVERIFY(death->isBundle());
    QVERIFY(death->bundle->procedures.contains(QStringLiteral("1.000656")));
}

void TestCatalog::seedFlagsWhatIsUnverified()
{
    const Catalog c = seed();
    QVERIFY(!c.find(QStringLiteral("1.001731"))->verified);  // details moved to another portal
    QVERIFY(!c.find(QStringLiteral("3.000722"))->verified);
    QVERIFY(!c.find(QStringLiteral("2.002913"))->verified);
    QVERIFY(!c.find(QStringLiteral("1.002755"))->fees[0].verified); // 5,000–7,000 đ, sources disagree
    QVERIFY(!c.find(QStringLiteral("1.003197"))->feesVerified);     // "—"
    QVERIFY(!c.find(QStringLiteral("1.001193"))->fullyVerified());  // its limit is "1 (unit?)"
    Procedure confirmed = *c.find(QStringLiteral("1.004837"));      // 3 working days, stated
    confirmed.resultsVerified = true;                               // results are named by us, not the source
    QVERIFY(confirmed.fullyVerified());
    // Every "N (unit?)" row is N working days, flagged.
    for (const char *code : {"1.000656", "1.000894", "1.004873", "1.001022", "1.000689", "1.004884", "1.004772",
                             "1.005461", "1.004746", "1.004859"}) {
        const Procedure *p = c.find(QLatin1String(code));
        QVERIFY2(p && p->limit && p->limit->unit == TimeLimit::Unit::WorkingDays && !p->limitVerified, code);
    }
}

void TestCatalog::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("seed") << QStringLiteral(":/resources/catalog/procedures.json");
    QTest::newRow("test file") << dataPath(QStringLiteral("valid.json"));
}

void TestCatalog::roundTrip()
{
    QFETCH(QString, path);
    auto first = CatalogJson::parse(readFile(path));
    QVERIFY(first.ok());
    for (auto format : {QJsonDocument::Indented, QJsonDocument::Compact}) {
        const QByteArray json = CatalogJson::serialize(*first, format);
        auto second = CatalogJson::parse(json);
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
        QVERIFY(*second == *first);
        QCOMPARE(CatalogJson::serialize(*second, format), json);
    }
    // One procedure alone, as the store keeps it.
    for (const Procedure &p : first->procedures()) {
        auto back = CatalogJson::procedureFromJson(CatalogJson::toJson(p));
        QVERIFY(back.ok());
        QVERIFY(*back == p);
    }
}

void TestCatalog::brokenFilesRejected_data()
{
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("line"); // 0: any line
    QTest::addColumn<QString>("reason");
    QTest::newRow("trailing-comma") << QStringLiteral("catalog.bad-json") << 110 << QStringLiteral("column");
    QTest::newRow("unterminated-string") << QStringLiteral("catalog.bad-json") << 0 << QStringLiteral("column");
    QTest::newRow("procedure-no-name") << QStringLiteral("catalog.invalid") << 58 << QStringLiteral("procedure 1.000656 has no name");
    QTest::newRow("component-no-name") << QStringLiteral("catalog.invalid") << 38 << QStringLiteral("procedure 1.001193: component 2 has no name");
    QTest::newRow("wrong-type") << QStringLiteral("catalog.invalid") << 41 << QStringLiteral("component 2: 'required' must be true or false");
    QTest::newRow("bad-code") << QStringLiteral("catalog.invalid") << 59 << QStringLiteral("'1.656' is not a procedure code");
    QTest::newRow("duplicate-code") << QStringLiteral("catalog.invalid") << 58 << QStringLiteral("procedure 1.001193: duplicate code (first at line 8)");
    QTest::newRow("component-numbering") << QStringLiteral("catalog.invalid") << 39 << QStringLiteral("is 3 but components must be numbered 1..n in order (expected 2)");
    QTest::newRow("unknown-form") << QStringLiteral("catalog.invalid") << 80 << QStringLiteral("procedure 1.000656: component 1: unknown accepted form 'scan'");
    QTest::newRow("negative-fee") << QStringLiteral("catalog.invalid") << 69 << QStringLiteral("procedure 1.000656: fee 1: 'amount' must not be negative");
    QTest::newRow("limit-zero") << QStringLiteral("catalog.invalid") << 95 << QStringLiteral("procedure 2.000986: limit: 'amount' must be between 1 and 3650");
    QTest::newRow("bundle-unknown") << QStringLiteral("catalog.invalid") << 98 << QStringLiteral("procedure 2.000986: bundle refers to unknown procedure 1.009999");
    QTest::newRow("duplicate-key") << QStringLiteral("catalog.bad-json") << 12 << QStringLiteral("duplicate key 'sector'");
    QTest::newRow("not-object") << QStringLiteral("catalog.invalid") << 1 << QStringLiteral("must be a JSON object");
    QTest::newRow("format-version") << QStringLiteral("catalog.invalid") << 3 << QStringLiteral("'formatVersion' 2 is not supported");
    QTest::newRow("unknown-field") << QStringLiteral("catalog.invalid") << 31 << QStringLiteral("component 1: unknown field 'requird'");
    QTest::newRow("empty") << QStringLiteral("catalog.bad-json") << 1 << QStringLiteral("line 1, column 1");
    QTest::newRow("bad-issued") << QStringLiteral("catalog.invalid") << 5 << QStringLiteral("'issued' must be a date YYYY-MM-DD");
    QTest::newRow("fractional-copies") << QStringLiteral("catalog.invalid") << 32 << QStringLiteral("'copies' must be an integer");
    QTest::newRow("missing-limit") << QStringLiteral("catalog.invalid") << 58 << QStringLiteral("procedure 1.000656 has no limit");
}

void TestCatalog::brokenFilesRejected()
{
    QFETCH(QString, errorCode);
    QFETCH(int, line);
    QFETCH(QString, reason);
    auto c = CatalogJson::parse(readFile(dataPath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".json"))));
    QVERIFY(!c.ok());
    const QString detail = c.error().detail;
    QCOMPARE(c.error().code, errorCode);
    QVERIFY2(detail.contains(reason), qPrintable(detail));
    QVERIFY2(detail.startsWith(QStringLiteral("line ")), qPrintable(detail));
    if (line > 0) {
        const QString prefix = QStringLiteral("line %1").arg(line);
        QVERIFY2(detail.startsWith(prefix + QLatin1Char(':')) || detail.startsWith(prefix + QLatin1Char(',')), qPrintable(detail));
    }
}

void TestCatalog::validFileParses()
{
    auto c = CatalogJson::parse(readFile(dataPath(QStringLiteral("valid.json"))));
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QCOMPARE(c->size(), 3);
    QVERIFY(!c->find(QStringLiteral("1.000656"))->limit.has_value());
    QCOMPARE(c->find(QStringLiteral("1.000656"))->components[0].copies, 1); // default
    QVERIFY(!c->find(QStringLiteral("1.000656"))->fees[0].amount.has_value()); // set by the province
    // A BOM from a Windows editor is accepted.
    QVERIFY(CatalogJson::parse("\xEF\xBB\xBF" + readFile(dataPath(QStringLiteral("valid.json")))).ok());
    // Localised codes are accepted, other shapes are not.
    QVERIFY(isValidProcedureCode(QStringLiteral("1.011442.000.00.00.H38")));
    QVERIFY(!isValidProcedureCode(QStringLiteral("1.011442.H38")));
    QVERIFY(!isValidProcedureCode(QStringLiteral("1.01144")));
}

void TestCatalog::positionsCountCharacters()
{
    const QByteArray json = QStringLiteral("{\n  \"tên\": \"Hộ tịch\", \"x\": [1, {\"y\": true}]\n}").toUtf8();
    const JsonPositions pos = JsonPositions::scan(json);
    QCOMPARE(pos.at(QStringLiteral("/t\u00EAn")).line, 2);
    QCOMPARE(pos.at(QStringLiteral("/t\u00EAn")).column, 10); // characters, not bytes
    QCOMPARE(pos.at(QStringLiteral("/x/1/y")).line, 2);
    QCOMPARE(pos.at(QStringLiteral("/x/1/nope")).column, pos.at(QStringLiteral("/x/1")).column); // nearest ancestor
    QVERIFY(!pos.firstDuplicateKey());
    const JsonPosition p = JsonPositions::positionOf(json, json.indexOf("true"));
    QCOMPARE(p.line, 2);
    QCOMPARE(p.column, 36);
}

void TestCatalog::bundledIsParsedOnceAcrossThreads()
{
    QList<int> seeds(8);
    const QList<const Catalog *> seen = QtConcurrent::blockingMapped(seeds, [](int) {
        return CatalogService::bundledCatalog().value().get();
    });
    for (const Catalog *c : seen)
        QCOMPARE(c, seen.first());
}

void TestCatalog::searchByWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("plain") << QStringLiteral("khai sinh");
    QTest::newRow("upper") << QStringLiteral("KHAI SINH");
    QTest::newRow("diacritics") << QStringLiteral("đăng ký khai sinh");
    QTest::newRow("no diacritics") << QStringLiteral("dang ky khai sinh");
    QTest::newRow("prefixes") << QStringLiteral("dang k kh sin");
    QTest::newRow("extra spaces") << QStringLiteral("  Khai   Sinh ");
    QTest::newRow("i for y") << QStringLiteral("dang ki khai sinh");
    QTest::newRow("í for ý") << QStringLiteral("đăng kí khai sinh");
}

void TestCatalog::searchByWords()
{
    QFETCH(QString, query);
    const CatalogSearch search(CatalogService::bundledCatalog().value());
    const QStringList found = codes(search.search(query));
    QVERIFY2(found.contains(QStringLiteral("1.001193")), qPrintable(found.join(QLatin1Char(' '))));
    QVERIFY(found.contains(QStringLiteral("1.003583"))); // khai sinh lưu động
    QVERIFY(!found.contains(QStringLiteral("1.000656"))); // khai tử
    for (const QString &code : found)
        QVERIFY2(foldVietnamese(search.catalog()->find(code)->name).contains(QStringLiteral("sinh")), qPrintable(code));
    QVERIFY(codes(search.search(QStringLiteral("khai sinhx"))).isEmpty());
    // Sector words count too.
    QVERIFY(codes(search.search(QStringLiteral("cu tru"))).contains(QStringLiteral("1.004194")));
}

void TestCatalog::searchByCodePrefix()
{
    const CatalogSearch search(CatalogService::bundledCatalog().value());
    const QStringList found = codes(search.search(QStringLiteral("1.0011")));
    QCOMPARE(found, QStringList{QStringLiteral("1.001193")});
    QCOMPARE(codes(search.search(QStringLiteral("1.001193"))), QStringList{QStringLiteral("1.001193")});
    QVERIFY(codes(search.search(QStringLiteral("2."))).size() > 10);
    QCOMPARE(search.search(QString()).size(), search.catalog()->size()); // empty query: everything
    QCOMPARE(search.search(QString(), {}, 5).size(), 5);
}

void TestCatalog::searchOrdersFavouritesThenRecentThenMatch()
{
    const CatalogSearch search(CatalogService::bundledCatalog().value());
    const QDateTime t0(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC);
    QHash<QString, ProcedureUsage> usage;
    usage.insert(QStringLiteral("1.004884"), ProcedureUsage{t0, 3, false});             // lại khai sinh, older
    usage.insert(QStringLiteral("1.003583"), ProcedureUsage{t0.addSecs(60), 1, false}); // lưu động, newer
    usage.insert(QStringLiteral("1.004772"), ProcedureUsage{QDateTime(), 0, true});     // favourite, never used
    const QStringList found = codes(search.search(QStringLiteral("khai sinh"), usage));
    QVERIFY(found.size() >= 5);
    QCOMPARE(found.mid(0, 3), (QStringList{QStringLiteral("1.004772"), QStringLiteral("1.003583"), QStringLiteral("1.004884")}));
    // The rest by how closely the name matches: the general procedure first (searchPutsTheClosestNameFirst).
    QCOMPARE(found.at(3), QStringLiteral("1.001193"));
    QCOMPARE(QSet<QString>(found.cbegin(), found.cend()).size(), found.size());
}

void TestCatalog::searchPutsTheClosestNameFirst()
{
    // Without any usage: the words as a phrase first, the general procedure before its variants.
    const CatalogSearch search(CatalogService::bundledCatalog().value());
    QCOMPARE(search.search(QStringLiteral("khai sinh")).value(0)->code, QStringLiteral("1.001193"));
    QCOMPARE(search.search(QStringLiteral("dang ky khai s")).value(0)->code, QStringLiteral("1.001193"));
    QCOMPARE(search.search(QStringLiteral("khai tu")).value(0)->code, QStringLiteral("1.000656"));
}

void TestCatalog::searchEveryKeystrokeOnThousandProcedures()
{
    // What an officer types, one keystroke at a time: every prefix finds the procedure, the seed's
    // birth registration first among equals. (Its speed is measured by tools/bench search, not here.)
    const CatalogSearch search(std::make_shared<const Catalog>(synthetic(1000, QStringLiteral("t"))));
    const QString typed = QStringLiteral("dang ky khai sinh");
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        const auto hits = search.search(typed.left(n));
        QVERIFY2(!hits.isEmpty(), qPrintable(typed.left(n)));
        if (n == typed.size()) {
            for (const Procedure *p : hits)
                QVERIFY2(foldVietnamese(p->name).contains(QStringLiteral("khai sinh")), qPrintable(p->name));
        }
    }
}

void TestCatalog::mutatedFilesNeverCrash()
{
    // Random byte edits of a valid file: each result is either a catalog or a clean error with a line.
    const QByteArray valid = readFile(dataPath(QStringLiteral("valid.json")));
    QRandomGenerator rng(20261122);
    const QByteArray alphabet = QByteArrayLiteral("{}[]\",:0123456789-.eEtrufalsn \n\\u\xC3\xA1");
    int rejected = 0;
    for (int i = 0; i < 3000; ++i) {
        QByteArray json = valid;
        const int edits = 1 + static_cast<int>(rng.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = rng.bounded(static_cast<int>(json.size()));
            const char ch = alphabet[rng.bounded(static_cast<int>(alphabet.size()))];
            switch (rng.bounded(3)) {
            case 0: json[at] = ch; break;
            case 1: json.remove(at, 1 + rng.bounded(8)); break;
            default: json.insert(at, ch); break;
            }
        }
        const auto c = CatalogJson::parse(json);
        if (c.ok())
            continue;
        ++rejected;
        QVERIFY2(c.error().code == QLatin1String("catalog.bad-json") || c.error().code == QLatin1String("catalog.invalid"),
                 qPrintable(c.error().code));
        QVERIFY2(c.error().detail.startsWith(QStringLiteral("line ")), qPrintable(c.error().detail));
    }
    QVERIFY(rejected > 2000);
}

void TestCatalog::storeRoundTripAndAtomicImport()
{
    QTemporaryDir dir;
    auto db = Database::open({dir.filePath(QStringLiteral("w.db")), QByteArray(32, 'k')});
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
    CatalogStore store(db.value()->sql());
    QVERIFY(store.load().ok());
    QVERIFY(!store.load()->has_value()); // nothing imported yet

    const Catalog first = seed();
    const QDateTime at(QDate(2026, 11, 22), QTime(8, 30), Qt::UTC);
    QVERIFY(store.replace(first, QStringLiteral("bundled"), at).ok());
    auto loaded = store.load();
    QVERIFY(loaded.ok() && loaded->has_value());
    QVERIFY(**loaded == first);
    auto meta = store.meta();
    QVERIFY(meta.ok() && meta->has_value());
    QCOMPARE((*meta)->version, QStringLiteral("2026.1"));
    QCOMPARE((*meta)->importedAt, at);
    QCOMPARE((*meta)->source, QStringLiteral("bundled"));
    {
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT name_folded FROM procedures WHERE code = '1.001193'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("thu tuc dang ky khai sinh"));
    }

    // A write that fails half-way (a trigger refuses one row) leaves the first catalog whole.
    const Catalog second = synthetic(100, QStringLiteral("2027.1"));
    {
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON procedures WHEN NEW.code = '9.000050' "
                                      "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END")));
    }
    const Status failed = store.replace(second, QStringLiteral("second.json"), at.addDays(1));
    QVERIFY(!failed.ok());
    loaded = store.load();
    QVERIFY(loaded.ok() && loaded->has_value());
    QVERIFY(**loaded == first);
    QCOMPARE((*store.meta())->version, QStringLiteral("2026.1"));
    {
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    }
    QVERIFY(store.replace(second, QStringLiteral("second.json"), at.addDays(1)).ok());
    QCOMPARE((*store.load())->size(), 100);
    QCOMPARE((*store.meta())->version, QStringLiteral("2027.1"));

    // Usage per officer.
    QVERIFY(store.recordUse(QStringLiteral("9.000001"), QStringLiteral("an"), at).ok());
    QVERIFY(store.recordUse(QStringLiteral("9.000001"), QStringLiteral("an"), at.addSecs(5)).ok());
    QVERIFY(store.setFavourite(QStringLiteral("9.000002"), QStringLiteral("an"), true).ok());
    auto usage = store.usage(QStringLiteral("an"));
    QVERIFY(usage.ok());
    QCOMPARE(usage->value(QStringLiteral("9.000001")).uses, 2);
    QCOMPARE(usage->value(QStringLiteral("9.000001")).lastUsedAt, at.addSecs(5));
    QVERIFY(usage->value(QStringLiteral("9.000002")).favourite);
    QVERIFY(!usage->value(QStringLiteral("9.000002")).lastUsedAt.isValid());
    QVERIFY(store.usage(QStringLiteral("binh"))->isEmpty());
}

void TestCatalog::serviceImportKeepsOldCatalogOnBadFile()
{
    QTemporaryDir dir;
    auto db = Database::open({dir.filePath(QStringLiteral("w.db")), QByteArray(32, 'k')});
    QVERIFY(db.ok());
    CatalogStore store(db.value()->sql());
    const QDateTime now(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    CatalogService service([now] { return now; });
    QVERIFY(!service.importFile(dataPath(QStringLiteral("valid.json"))).ok()); // no workspace yet
    QVERIFY(service.attachStore(&store, QStringLiteral("an")).ok());
    QVERIFY(!service.isWorkspaceCatalog()); // nothing imported: the bundled one
    QCOMPARE(service.catalog()->version(), QStringLiteral("2026.1"));

    auto imported = service.importFile(dataPath(QStringLiteral("valid.json")));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QVERIFY(service.isWorkspaceCatalog());
    QCOMPARE(service.catalog()->version(), QStringLiteral("test.1"));
    QCOMPARE((*store.meta())->source, QStringLiteral("valid.json"));

    // Every broken file is refused and changes nothing, in memory or in the database.
    const QStringList broken = QDir(dataPath(QString())).entryList({QStringLiteral("*.json")});
    QVERIFY(broken.size() >= 20);
    for (const QString &name : broken) {
        if (name == QLatin1String("valid.json"))
            continue;
        auto r = service.importFile(dataPath(name));
        QVERIFY2(!r.ok(), qPrintable(name));
        QVERIFY2(r.error().code.startsWith(QStringLiteral("catalog.")), qPrintable(name));
        QCOMPARE(service.catalog()->version(), QStringLiteral("test.1"));
        QCOMPARE((*store.load())->size(), 3);
    }

    // Usage feeds the order; a fresh service over the same store sees the workspace catalog.
    QVERIFY(service.recordUse(QStringLiteral("1.000656")).ok());
    QCOMPARE(service.search(QString()).procedures.first()->code, QStringLiteral("1.000656"));
    QVERIFY(service.setFavourite(QStringLiteral("2.000986"), true).ok());
    QCOMPARE(service.search(QString()).procedures.first()->code, QStringLiteral("2.000986"));
    QCOMPARE(service.find(QStringLiteral("1.001193"))->name, QStringLiteral("Thủ tục đăng ký khai sinh"));

    CatalogService again;
    QVERIFY(again.attachStore(&store, QStringLiteral("an")).ok());
    QVERIFY(again.isWorkspaceCatalog());
    QCOMPARE(again.catalog()->version(), QStringLiteral("test.1"));
    again.detachStore();
    QCOMPARE(again.catalog()->version(), QStringLiteral("2026.1"));
}

void TestCatalog::searchWhileImporting()
{
    // Readers on other threads search while the owner thread imports: each sees one whole catalog.
    QTemporaryDir dir;
    auto db = Database::open({dir.filePath(QStringLiteral("w.db")), QByteArray(32, 'k')});
    QVERIFY(db.ok());
    CatalogStore store(db.value()->sql());
    CatalogService service;
    QVERIFY(service.attachStore(&store, QStringLiteral("an")).ok());
    const QByteArray small = readFile(dataPath(QStringLiteral("valid.json")));
    const QByteArray big = CatalogJson::serialize(synthetic(300, QStringLiteral("big")));

    QAtomicInt stop(0);
    QAtomicInt searches(0);
    QAtomicInt torn(0);
    auto reader = [&] {
        while (!stop.loadRelaxed()) {
            const CatalogSearchResult r = service.search(QStringLiteral("khai"));
            const qsizetype n = r.catalog->size();
            if (!(n == 3 || n == 300 || n == seed().size()))
                torn.ref();
            for (const Procedure *p : r.procedures)
                if (!r.catalog->find(p->code))
                    torn.ref();
            searches.ref();
        }
    };
    QFuture<void> a = QtConcurrent::run(reader);
    QFuture<void> b = QtConcurrent::run(reader);
    for (int i = 0; i < 10; ++i) {
        QVERIFY(service.importJson(i % 2 ? big : small, QStringLiteral("round")).ok());
        QVERIFY(!service.importJson("{", QStringLiteral("broken")).ok());
    }
    stop.storeRelaxed(1);
    a.waitForFinished();
    b.waitForFinished();
    QCOMPARE(torn.loadRelaxed(), 0);
    QVERIFY(searches.loadRelaxed() > 0);
    QCOMPARE(service.catalog()->size(), 300);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
