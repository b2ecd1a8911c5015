// The citizens store on a real encrypted workspace database: insert and update by ID number, phone
// and e-mail kept when not given, old ID numbers, name search without diacritics by word prefixes
// (FTS4 kept in step by the triggers), and no false hits.
#include "db/CitizenStore.h"
#include "db/Database.h"
#include "db/SqlTransaction.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;

namespace {

Citizen citizen(const QString &id, const QString &name, const QString &phone = {})
{
    Citizen c;
    c.idNumber = id;
    c.name = name;
    c.phone = phone;
    c.gender = QStringLiteral("Nam");
    c.dateOfBirth = QStringLiteral("1990-01-01");
    return c;
}

QStringList names(const QList<Citizen> &list)
{
    QStringList out;
    for (const Citizen &c : list)
        out << c.name;
    return out;
}

} // namespace

class TestCitizenStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void insertAndReadBack();
    void upsertKeepsPhoneAndEmail();
    void oldIdNumberFindsTheCitizen();
    void searchByNamePrefixes();
    void searchFollowsRenames();
    void badInputRefused();
    void wordPrefixRule();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<Database> m_db;
    void upsert(const Citizen &c);
};

void TestCitizenStore::init()
{
    m_dir = new QTemporaryDir;
    auto db = Database::open({m_dir->filePath(QStringLiteral("w.db")), QByteArray(32, 'k')});
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
    m_db = std::move(*db);
}

void TestCitizenStore::cleanup()
{
    m_db.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestCitizenStore::upsert(const Citizen &c)
{
    QSqlDatabase sql = m_db->sql();
    SqlTransaction tx(sql);
    const Status s = CitizenStore(sql).upsert(c);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().toString()));
    QVERIFY(tx.commit().ok());
}

void TestCitizenStore::insertAndReadBack()
{
    Citizen c = citizen(QStringLiteral("001090123456"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("0912345678"));
    c.oldIdNumber = QStringLiteral("012345678");
    c.address = QStringLiteral("Số 1 Tràng Tiền, Hà Nội");
    c.issuedOn = QStringLiteral("2021-04-15");
    c.email = QStringLiteral("an@example.vn");
    c.updatedAt = QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC);
    upsert(c);
    const auto back = CitizenStore(m_db->sql()).byIdNumber(c.idNumber);
    QVERIFY(back);
    QCOMPARE(*back, c);
    QVERIFY(!CitizenStore(m_db->sql()).byIdNumber(QStringLiteral("001090123457")));
    QCOMPARE(CitizenStore(m_db->sql()).count(), 1);
}

void TestCitizenStore::upsertKeepsPhoneAndEmail()
{
    Citizen c = citizen(QStringLiteral("001090123456"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("0912345678"));
    c.email = QStringLiteral("an@example.vn");
    upsert(c);
    // The card read again: no phone, no e-mail on a card, a new address.
    Citizen again = citizen(QStringLiteral("001090123456"), QStringLiteral("Nguyễn Văn An"));
    again.address = QStringLiteral("Xã Tân Lập");
    upsert(again);
    CitizenStore store(m_db->sql());
    QCOMPARE(store.count(), 1);
    auto back = store.byIdNumber(c.idNumber);
    QVERIFY(back);
    QCOMPARE(back->phone, QStringLiteral("0912345678"));
    QCOMPARE(back->email, QStringLiteral("an@example.vn"));
    QCOMPARE(back->address, QStringLiteral("Xã Tân Lập"));
    // A new phone replaces the old one.
    again.phone = QStringLiteral("0987000111");
    upsert(again);
    QCOMPARE(store.byIdNumber(c.idNumber)->phone, QStringLiteral("0987000111"));
    QCOMPARE(store.byPhone(QStringLiteral("0987000111")).size(), 1);
    QVERIFY(store.byPhone(QStringLiteral("0912345678")).isEmpty());
}

void TestCitizenStore::oldIdNumberFindsTheCitizen()
{
    Citizen c = citizen(QStringLiteral("001090123456"), QStringLiteral("Nguyễn Văn An"));
    c.oldIdNumber = QStringLiteral("012345678");
    upsert(c);
    upsert(citizen(QStringLiteral("001090999999"), QStringLiteral("Phạm Thị Hoa")));
    CitizenStore store(m_db->sql());
    const auto byOld = store.byIdNumber(QStringLiteral("012345678"));
    QVERIFY(byOld);
    QCOMPARE(byOld->idNumber, QStringLiteral("001090123456"));
    QVERIFY(!store.byIdNumber(QStringLiteral("012345679")));
    QVERIFY(!store.byIdNumber(QString()));
}

void TestCitizenStore::searchByNamePrefixes()
{
    upsert(citizen(QStringLiteral("001090000001"), QStringLiteral("Nguyễn Văn An")));
    upsert(citizen(QStringLiteral("001090000002"), QStringLiteral("Nguyễn Văn Anh")));
    upsert(citizen(QStringLiteral("001090000003"), QStringLiteral("Nguyễn Thị Bình")));
    upsert(citizen(QStringLiteral("001090000004"), QStringLiteral("Lê Đức Cường")));
    upsert(citizen(QStringLiteral("001090000005"), QStringLiteral("Văn Thị An")));
    CitizenStore store(m_db->sql());
    QCOMPARE(names(store.searchName(QStringLiteral("ng v an"))),
             (QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyễn Văn Anh")}));
    QCOMPARE(names(store.searchName(QStringLiteral("nguyen van an"))),
             (QStringList{QStringLiteral("Nguyễn Văn An"), QStringLiteral("Nguyễn Văn Anh")}));
    QCOMPARE(names(store.searchName(QStringLiteral("Nguyễn Văn Anh"))), QStringList{QStringLiteral("Nguyễn Văn Anh")});
    QCOMPARE(names(store.searchName(QStringLiteral("le duc cuong"))), QStringList{QStringLiteral("Lê Đức Cường")});
    QCOMPARE(names(store.searchName(QStringLiteral("LE DUC"))), QStringList{QStringLiteral("Lê Đức Cường")});
    QCOMPARE(names(store.searchName(QStringLiteral("đức"))), QStringList{QStringLiteral("Lê Đức Cường")});
    // Middle words match; the order of the words counts.
    QCOMPARE(names(store.searchName(QStringLiteral("thi binh"))), QStringList{QStringLiteral("Nguyễn Thị Bình")});
    QCOMPARE(names(store.searchName(QStringLiteral("an van"))), QStringList{});
    // No false hits; FTS operators typed by the user are only words.
    QVERIFY(store.searchName(QStringLiteral("tran")).isEmpty());
    QVERIFY(store.searchName(QStringLiteral("nguyen OR le")).isEmpty());
    QVERIFY(store.searchName(QStringLiteral("\"*")).isEmpty());
    QVERIFY(store.searchName(QString()).isEmpty());
    // The address is not the name.
    Citizen withAddress = citizen(QStringLiteral("001090000006"), QStringLiteral("Hoàng Minh"));
    withAddress.address = QStringLiteral("Xã Tân Lập");
    upsert(withAddress);
    QVERIFY(store.searchName(QStringLiteral("tan lap")).isEmpty());
    QCOMPARE(store.searchName(QStringLiteral("ng"), 2).size(), 2);
}

void TestCitizenStore::searchFollowsRenames()
{
    upsert(citizen(QStringLiteral("001090000001"), QStringLiteral("Nguyễn Văn An")));
    upsert(citizen(QStringLiteral("001090000001"), QStringLiteral("Trần Văn An")));
    CitizenStore store(m_db->sql());
    QVERIFY(store.searchName(QStringLiteral("nguyen")).isEmpty());
    QCOMPARE(names(store.searchName(QStringLiteral("tran van"))), QStringList{QStringLiteral("Trần Văn An")});
}

void TestCitizenStore::badInputRefused()
{
    CitizenStore store(m_db->sql());
    QCOMPARE(store.upsert(citizen(QStringLiteral("12345"), QStringLiteral("A"))).error().code, QStringLiteral("citizens.bad-id"));
    QCOMPARE(store.upsert(citizen(QStringLiteral("00109012345x"), QStringLiteral("A"))).error().code,
             QStringLiteral("citizens.bad-id"));
    QCOMPARE(store.upsert(citizen(QStringLiteral("001090123456"), QStringLiteral("  "))).error().code,
             QStringLiteral("citizens.no-name"));
    QCOMPARE(store.count(), 0);
}

void TestCitizenStore::wordPrefixRule()
{
    QVERIFY(nameMatchesWordPrefixes(QStringLiteral("Nguyễn Văn An"), QStringLiteral("ng v an")));
    QVERIFY(nameMatchesWordPrefixes(QStringLiteral("Nguyễn Văn An"), QStringLiteral("van an")));
    QVERIFY(nameMatchesWordPrefixes(QStringLiteral("Đặng Thị Đào"), QStringLiteral("dang dao")));
    QVERIFY(!nameMatchesWordPrefixes(QStringLiteral("Nguyễn Văn An"), QStringLiteral("an van")));
    QVERIFY(!nameMatchesWordPrefixes(QStringLiteral("Nguyễn Văn An"), QStringLiteral("nguyen nguyen")));
    QVERIFY(!nameMatchesWordPrefixes(QStringLiteral("Nguyễn Văn An"), QStringLiteral("")));
}

QTEST_GUILESS_MAIN(TestCitizenStore)
#include "tst_citizenstore.moc"
