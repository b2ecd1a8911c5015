#include "domain/text/VietnameseFolding.h"

#include <QtTest>

using namespace motcua;

class TestFolding : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void folds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full name") << QStringLiteral("Nguyễn Văn Đức") << QStringLiteral("nguyen van duc");
        QTest::newRow("upper") << QStringLiteral("NGUYỄN") << QStringLiteral("nguyen");
        QTest::newRow("horn and breve") << QStringLiteral("Ơn Ưu Ăn Âm Êm Ôn") << QStringLiteral("on uu an am em on");
        QTest::newRow("decomposed input")
            << QStringLiteral("Nguye\u0302\u0303n") << QStringLiteral("nguyen");
        QTest::newRow("lower d stroke") << QStringLiteral("đường Điện Biên") << QStringLiteral("duong dien bien");
        QTest::newRow("ascii untouched") << QStringLiteral("abc 123-XYZ") << QStringLiteral("abc 123-xyz");
        QTest::newRow("every tone on a") << QStringLiteral("aàáảãạ") << QStringLiteral("aaaaaa");
        QTest::newRow("empty") << QString() << QString();
    }
    void folds()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldVietnamese(input), expected);
    }

    void queryAndColumnAgree()
    {
        // "Nguyễn Văn Đức" must be found by "nguyen van duc", "NGUYỄN" and "duc".
        const QString stored = foldVietnamese(QStringLiteral("Nguyễn Văn Đức"));
        for (const QString &q : {QStringLiteral("nguyen van duc"), QStringLiteral("NGUYỄN"), QStringLiteral("duc")})
            QVERIFY2(stored.contains(foldVietnamese(q)), qPrintable(q));
        QVERIFY(!stored.contains(foldVietnamese(QStringLiteral("Đạt"))));
    }

    void ftsPattern()
    {
        QCOMPARE(ftsPrefixPattern(QStringLiteral("Nguyễn  Văn Đ")), QStringLiteral("nguyen* van* d*"));
        QCOMPARE(ftsPrefixPattern(QStringLiteral("\"OR* NEAR( -x")), QStringLiteral("or* near* x*"));
        QCOMPARE(ftsPrefixPattern(QStringLiteral("  ")), QString());
    }
};

QTEST_GUILESS_MAIN(TestFolding)
#include "tst_folding.moc"
