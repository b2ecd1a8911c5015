// `motcua-portal seed-demo` on a real PostgreSQL: the output contract (one line per demo officer,
// OFFICE_CODE<TAB>LOGIN<TAB>PASSWORD<TAB>ROLES), the demo offices and roles, a deterministic
// registry (the same N gives the same people; person i does not depend on N) whose ID numbers are
// well formed (province code, gender/century digit and year consistent with the date of birth and
// gender), Vietnamese names with diacritics, and warehouse documents for some citizens.
#include "domain/auth/Role.h"
#include "domain/cccd/ProvinceCodes.h"
#include "support/PgCluster.h"
#include "support/PortalFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace motcua;
using namespace motcua::test;

namespace {
const QString kRegistryDigest = QStringLiteral(
    "SELECT md5(string_agg(id_number || '|' || COALESCE(old_id_number, '') || '|' || full_name || '|' || dob || '|' || gender"
    " || '|' || address, E'\\n' ORDER BY id_number)) FROM citizens");
const QString kDocumentDigest = QStringLiteral(
    "SELECT count(*) || ':' || md5(string_agg(id_number || kind || number || issued_at || issuer || COALESCE(dossier, '')"
    " || sha256, E'\\n' ORDER BY id_number, kind, number)) FROM citizen_documents");

PortalRun seed(const PgCluster &pg, int n)
{
    return runPortal({QStringLiteral("seed-demo"), QStringLiteral("--db"), pg.url(), QStringLiteral("--registry-size"), QString::number(n)},
                     300000, {QStringLiteral("MOTCUA_KDF=fast")});
}
} // namespace

class TestPortalSeed : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_f.setUp(&error, 3000), qPrintable(error));
    }

    void outputFormat()
    {
        const QStringList lines = QString::fromUtf8(m_f.seedOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 4);
        QHash<QString, int> counters;
        Roles seen;
        static const QRegularExpression officeShape(QStringLiteral("^(\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}|[A-Z]\\d{2}\\.\\d{2,3})$"));
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char('\t'));
            QCOMPARE(f.size(), 4);
            QVERIFY2(officeShape.match(f[0]).hasMatch(), qPrintable(f[0]));
            QVERIFY(!f[1].isEmpty() && !f[2].isEmpty());
            QString bad;
            const auto roles = rolesFromString(f[3], &bad);
            QVERIFY2(roles.has_value(), qPrintable(bad));
            QCOMPARE(rolesToString(*roles), f[3]);   // canonical order, comma-separated
            seen |= *roles;
            if (roles->testFlag(Role::Counter))
                ++counters[f[0]];
            // The password printed is the one that works.
            QVERIFY2(!m_f.login(f[1]).isEmpty(), qPrintable(f[1]));
        }
        QCOMPARE(seen, allRoles());
        bool twoCounters = false;
        for (const int n : std::as_const(counters))
            twoCounters = twoCounters || n >= 2;
        QVERIFY(twoCounters);
        QCOMPARE(m_f.pg.psql(QStringLiteral("SELECT count(*) FROM offices WHERE level = 'province'")).trimmed(), QStringLiteral("1"));
        QVERIFY(m_f.pg.psql(QStringLiteral("SELECT count(*) FROM offices WHERE level = 'commune' AND province = '000.00.00.H55'")).trimmed().toInt() >= 2);
        QCOMPARE(m_f.pg.psql(QStringLiteral("SELECT name FROM offices WHERE code = 'H55.242'")).trimmed(), QStringLiteral("UBND xã Tân Lập"));
    }

    void registryIsWellFormed()
    {
        QCOMPARE(m_f.pg.psql(QStringLiteral("SELECT count(*) FROM citizens")).trimmed(), QStringLiteral("3000"));
        const QStringList rows = m_f.pg.psql(QStringLiteral("SELECT id_number, to_char(dob, 'YYYY'), gender, full_name, address"
                                                            " FROM citizens")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3000);
        int withMarks = 0;
        QSet<QString> names, provinces;
        for (const QString &row : rows) {
            const QStringList f = row.split(QLatin1Char('|'));
            QCOMPARE(f.size(), 5);
            const QString &id = f[0];
            QVERIFY2(id.size() == 12 && id.toLongLong() >= 0, qPrintable(row));
            QVERIFY2(ProvinceCodes::isKnown(id.left(3)), qPrintable(id.left(3)));
            const int year = f[1].toInt();
            const bool female = f[2] == QStringLiteral("Nữ");
            QVERIFY(female || f[2] == QStringLiteral("Nam"));
            const int genderCentury = id.mid(3, 1).toInt();
            QCOMPARE(genderCentury, (year >= 2000 ? 2 : 0) + (female ? 1 : 0));
            QCOMPARE(id.mid(4, 2).toInt(), year % 100);
            QVERIFY(f[3].split(QLatin1Char(' ')).size() >= 3);
            if (f[3].toLatin1() != f[3].toUtf8())
                ++withMarks;
            QVERIFY2(f[4].contains(ProvinceCodes::name(id.left(3))), qPrintable(row));   // the address is in the ID's province
            names.insert(f[3]);
            provinces.insert(id.left(3));
        }
        QVERIFY2(withMarks > 2900, qPrintable(QString::number(withMarks)));   // Vietnamese names with diacritics
        QVERIFY(names.size() > 1000);
        QVERIFY(provinces.size() > 50);

        const int holders = m_f.pg.psql(QStringLiteral("SELECT count(DISTINCT id_number) FROM citizen_documents")).trimmed().toInt();
        QVERIFY2(holders > 150 && holders < 600, qPrintable(QString::number(holders)));
        QCOMPARE(m_f.pg.psql(QStringLiteral("SELECT count(*) FROM citizen_documents WHERE sha256 !~ '^[0-9a-f]{64}$'")).trimmed(),
                 QStringLiteral("0"));
        QCOMPARE(m_f.pg.psql(QStringLiteral("SELECT count(*) FROM citizen_documents d JOIN citizens c USING (id_number)"
                                            " WHERE d.issued_at < c.dob + 18 * 365 OR d.issued_at > date '2025-12-31'")).trimmed(),
                 QStringLiteral("0"));
    }

    void lookupReturnsTheRecordAndDocuments()
    {
        const QString id = m_f.pg.psql(QStringLiteral("SELECT id_number FROM citizen_documents GROUP BY id_number"
                                                      " HAVING count(*) >= 2 ORDER BY id_number LIMIT 1")).trimmed();
        QCOMPARE(id.size(), 12);
        const auto r = m_f.portal->get(QStringLiteral("/v1/citizens/") + id, m_f.login(QStringLiteral("lan")));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("idNumber")).toString(), id);
        QCOMPARE(o.value(QStringLiteral("fullName")).toString(),
                 m_f.pg.psql(QStringLiteral("SELECT full_name FROM citizens WHERE id_number = '%1'").arg(id)).trimmed());
        QCOMPARE(o.value(QStringLiteral("dob")).toString(),
                 m_f.pg.psql(QStringLiteral("SELECT dob FROM citizens WHERE id_number = '%1'").arg(id)).trimmed());
        const QJsonArray docs = o.value(QStringLiteral("documents")).toArray();
        QVERIFY(docs.size() >= 2);
        for (const auto &d : docs) {
            const QJsonObject doc = d.toObject();
            for (const char *key : {"kind", "number", "issuedAt", "issuer", "sha256"})
                QVERIFY2(!doc.value(QString::fromLatin1(key)).toString().isEmpty(), key);
            QVERIFY(doc.contains(QStringLiteral("dossier")));
        }
    }

    void sameSizeSamePeople()
    {
        const QString people = m_f.pg.psql(kRegistryDigest);
        const QString documents = m_f.pg.psql(kDocumentDigest);
        const auto again = seed(m_f.pg, 3000);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, m_f.seedOutput);   // stable output
        QCOMPARE(m_f.pg.psql(kRegistryDigest), people);
        QCOMPARE(m_f.pg.psql(kDocumentDigest), documents);
        QCOMPARE(m_f.pg.psql(QStringLiteral("SELECT count(*) FROM officers")).trimmed(), QString::number(m_f.officers.size()));

        // Person i is the same whatever N: a smaller registry is a part of the larger one.
        const QString threeThousand = m_f.pg.psql(QStringLiteral("SELECT string_agg(id_number, ',' ORDER BY id_number) FROM citizens"));
        QCOMPARE(seed(m_f.pg, 1000).exitCode, 0);
        QCOMPARE(m_f.pg.psql(QStringLiteral("SELECT count(*) FROM citizens")).trimmed(), QStringLiteral("1000"));
        const QStringList small = m_f.pg.psql(QStringLiteral("SELECT string_agg(id_number, ',' ORDER BY id_number) FROM citizens"))
                                      .trimmed().split(QLatin1Char(','));
        const QStringList largeList = threeThousand.trimmed().split(QLatin1Char(','));
        const QSet<QString> large(largeList.begin(), largeList.end());
        for (const QString &id : small)
            QVERIFY(large.contains(id));
        // And migrate still finds nothing to do on a seeded database.
        const auto migrate = runPortal({QStringLiteral("migrate"), QStringLiteral("--db"), m_f.pg.url()});
        QCOMPARE(migrate.exitCode, 0);
        QVERIFY(migrate.out.isEmpty());
    }

    void badSizeIsAUsageError()
    {
        QCOMPARE(seed(m_f.pg, -1).exitCode, 2);
        QCOMPARE(seed(m_f.pg, 1000001).exitCode, 2);
        QCOMPARE(runPortal({QStringLiteral("seed-demo")}).exitCode, 2);
    }

private:
    PortalFixture m_f;
};

QTEST_GUILESS_MAIN(TestPortalSeed)
#include "tst_portalseed.moc"
