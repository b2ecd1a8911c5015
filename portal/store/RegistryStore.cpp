#include "portal/store/RegistryStore.h"

#include "domain/cccd/ProvinceCodes.h"
#include "portal/db/Sql.h"

#include <QJsonArray>
#include <QStringList>

namespace motcua::portal {

namespace {

// A SQL array literal of fixed words (our own constants, never input).
QString sqlArray(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted << QLatin1Char('\'') + QString(w).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    return QStringLiteral("ARRAY[%1]").arg(quoted.join(QLatin1Char(',')));
}

const QStringList kFamily{QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"), QStringLiteral("Phạm"),
                          QStringLiteral("Hoàng"), QStringLiteral("Huỳnh"), QStringLiteral("Phan"), QStringLiteral("Vũ"),
                          QStringLiteral("Võ"), QStringLiteral("Đặng"), QStringLiteral("Bùi"), QStringLiteral("Đỗ"),
                          QStringLiteral("Hồ"), QStringLiteral("Ngô"), QStringLiteral("Dương"), QStringLiteral("Lý")};
const QStringList kMiddleMale{QStringLiteral("Văn"), QStringLiteral("Hữu"), QStringLiteral("Đức"), QStringLiteral("Minh"),
                              QStringLiteral("Quang"), QStringLiteral("Thành"), QStringLiteral("Công"), QStringLiteral("Tiến")};
const QStringList kMiddleFemale{QStringLiteral("Thị"), QStringLiteral("Ngọc"), QStringLiteral("Thu"), QStringLiteral("Thanh"),
                                QStringLiteral("Kim"), QStringLiteral("Thị Ánh"), QStringLiteral("Phương"), QStringLiteral("Bích")};
const QStringList kGivenMale{QStringLiteral("An"), QStringLiteral("Bình"), QStringLiteral("Cường"), QStringLiteral("Dũng"),
                             QStringLiteral("Hùng"), QStringLiteral("Khánh"), QStringLiteral("Long"), QStringLiteral("Nam"),
                             QStringLiteral("Phúc"), QStringLiteral("Quân"), QStringLiteral("Sơn"), QStringLiteral("Tuấn"),
                             QStringLiteral("Việt"), QStringLiteral("Đạt"), QStringLiteral("Thắng"), QStringLiteral("Hiếu")};
const QStringList kGivenFemale{QStringLiteral("Anh"), QStringLiteral("Chi"), QStringLiteral("Hà"), QStringLiteral("Hạnh"),
                               QStringLiteral("Hương"), QStringLiteral("Lan"), QStringLiteral("Linh"), QStringLiteral("Mai"),
                               QStringLiteral("Ngân"), QStringLiteral("Nhung"), QStringLiteral("Phương"), QStringLiteral("Thảo"),
                               QStringLiteral("Trang"), QStringLiteral("Yến"), QStringLiteral("Tuyết"), QStringLiteral("Hồng")};
const QStringList kStreets{QStringLiteral("thôn Đông"), QStringLiteral("thôn Tây"), QStringLiteral("thôn Bắc"),
                           QStringLiteral("xóm 3"), QStringLiteral("tổ 5"), QStringLiteral("đường Lê Lợi"),
                           QStringLiteral("đường Trần Hưng Đạo"), QStringLiteral("ấp Mỹ Hòa")};
const QStringList kCommunes{QStringLiteral("Tân Lập"), QStringLiteral("Tân Hội"), QStringLiteral("Phú Mỹ"),
                            QStringLiteral("An Khánh"), QStringLiteral("Hòa Bình"), QStringLiteral("Minh Khai"),
                            QStringLiteral("Đông Hưng"), QStringLiteral("Yên Sở")};
// Reusable documents of the warehouse, as catalog document types (reuse matches on them).
const QStringList kDocumentKinds{QStringLiteral("marriage-certificate"), QStringLiteral("marital-status-certificate"),
                                 QStringLiteral("lawful-residence-proof"), QStringLiteral("ownership-certificate")};

} // namespace

Result<std::optional<QJsonObject>> RegistryStore::citizen(const QString &idNumber) const
{
    auto q = exec(m_db, QStringLiteral("SELECT id_number, COALESCE(old_id_number, ''), full_name, to_char(dob, 'YYYY-MM-DD'),"
                                       " gender, address FROM citizens WHERE id_number = ?"),
                  {idNumber});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QJsonObject>();
    QJsonObject out{
        {QStringLiteral("idNumber"), q->value(0).toString()},
        {QStringLiteral("oldIdNumber"), q->value(1).toString()},
        {QStringLiteral("fullName"), q->value(2).toString()},
        {QStringLiteral("dob"), q->value(3).toString()},
        {QStringLiteral("gender"), q->value(4).toString()},
        {QStringLiteral("address"), q->value(5).toString()},
    };
    auto d = exec(m_db, QStringLiteral("SELECT kind, number, to_char(issued_at, 'YYYY-MM-DD'), issuer, dossier, sha256"
                                       " FROM citizen_documents WHERE id_number = ? ORDER BY issued_at, kind, number"),
                  {idNumber});
    if (!d)
        return d.error();
    QJsonArray documents;
    while (d->next()) {
        documents.append(QJsonObject{
            {QStringLiteral("kind"), d->value(0).toString()},
            {QStringLiteral("number"), d->value(1).toString()},
            {QStringLiteral("issuedAt"), d->value(2).toString()},
            {QStringLiteral("issuer"), d->value(3).toString()},
            {QStringLiteral("dossier"), d->isNull(4) ? QJsonValue(QJsonValue::Null) : QJsonValue(d->value(4).toString())},
            {QStringLiteral("sha256"), d->isNull(5) ? QJsonValue(QJsonValue::Null) : QJsonValue(d->value(5).toString())},
        });
    }
    out.insert(QStringLiteral("documents"), documents);
    return std::optional<QJsonObject>(out);
}

Result<void> RegistryStore::generate(int size)
{
    QStringList provinceCodes, provinceNames;
    for (const auto &p : ProvinceCodes::all()) {
        provinceCodes << p.code;
        provinceNames << p.name;
    }
    // Person i's draws: three 32-bit hashes of i (hashint8 is deterministic), so the same size
    // gives the same people. The last six digits of the ID number are a bijection of i modulo 10^6
    // (7919 is coprime with 10), so up to a million people never share a number.
    const QString people = QStringLiteral(
        "INSERT INTO citizens (id_number, old_id_number, full_name, dob, gender, address)"
        " SELECT pc[1 + p] || (CASE WHEN extract(year FROM dob) < 2000 THEN 0 ELSE 2 END + female)::text"
        "        || to_char(dob, 'YY') || lpad(((i * 7919 + 123457) % 1000000)::text, 6, '0'),"
        "   CASE WHEN dob < date '1995-01-01' AND h3 % 3 = 0 THEN lpad(((i * 104729) % 1000000000)::text, 9, '0') END,"
        "   fam[1 + h1 % %1] || ' ' || (CASE WHEN female = 1 THEN midf[1 + h2 % %2] ELSE midm[1 + h2 % %3] END)"
        "     || ' ' || (CASE WHEN female = 1 THEN givf[1 + (h3 / 7) % %4] ELSE givm[1 + (h3 / 7) % %5] END),"
        "   dob, CASE WHEN female = 1 THEN 'Nữ' ELSE 'Nam' END,"
        "   'Số ' || (1 + h2 % 250) || ', ' || str[1 + (h1 / 16) % %6] || ', xã ' || com[1 + (h2 / 256) % %7] || ', ' || pn[1 + p]"
        " FROM (SELECT i, h1, h2, h3, ((h1 / 1024) % 2)::int AS female, ((h2 / 65536) % %8)::int AS p,"
        "              date '1940-01-01' + (h3 % 24837)::int AS dob"
        "       FROM (SELECT i, hashint8(i)::bigint + 2147483648 AS h1, hashint8(i + 1000000000000)::bigint + 2147483648 AS h2,"
        "                    hashint8(i + 2000000000000)::bigint + 2147483648 AS h3"
        "             FROM generate_series(1, ?::bigint) AS i) AS draws) AS person,"
        "      (SELECT %9 AS fam, %10 AS midm, %11 AS midf, %12 AS givm, %13 AS givf, %14 AS str, %15 AS com,"
        "              %16 AS pc, %17 AS pn) AS words"
        "")
        .arg(kFamily.size()).arg(kMiddleFemale.size()).arg(kMiddleMale.size()).arg(kGivenFemale.size())
        .arg(kGivenMale.size()).arg(kStreets.size()).arg(kCommunes.size()).arg(provinceCodes.size())
        .arg(sqlArray(kFamily), sqlArray(kMiddleMale), sqlArray(kMiddleFemale), sqlArray(kGivenMale),
             sqlArray(kGivenFemale), sqlArray(kStreets), sqlArray(kCommunes), sqlArray(provinceCodes), sqlArray(provinceNames));
    // One citizen in ten holds one to three documents, issued after their 18th birthday and
    // before 2026 (fixed, not today's date, so reruns agree); the first came from a dossier.
    const QString documents = QStringLiteral(
        "INSERT INTO citizen_documents (id_number, kind, number, issued_at, issuer, dossier, sha256)"
        " SELECT id_number, kinds[1 + (h + k) % %1],"
        "   (100 + (h / 7 + k * 37) % 900) || '/' || extract(year FROM issued),"
        "   issued, 'UBND xã ' || com[1 + (h / 13) % %2],"
        "   CASE WHEN k = 1 THEN 'H55.242-' || to_char(issued, 'YYMMDD') || '-01' || lpad(((h / 17) % 10000)::text, 4, '0') END,"
        "   encode(sha256(convert_to('motcua-demo-document:' || id_number || ':' || k, 'UTF8')), 'hex')"
        " FROM (SELECT id_number, h, k, dob + 6570 + ((h / 3 + k * 101) % GREATEST(date '2025-12-31' - (dob + 6570), 1))::int AS issued"
        "       FROM (SELECT id_number, dob, hashtext(id_number)::bigint + 2147483648 AS h FROM citizens) AS c,"
        "            LATERAL generate_series(1, 1 + ((h / 5) % 3)::int) AS k"
        "       WHERE h % 10 = 0 AND dob < date '2007-01-01') AS d,"
        "      (SELECT %3 AS kinds, %4 AS com) AS words")
        .arg(kDocumentKinds.size()).arg(kCommunes.size()).arg(sqlArray(kDocumentKinds), sqlArray(kCommunes));

    // A million rows in seconds: the keys, the index and the foreign key are dropped for the bulk
    // insert and built once afterwards (sorting beats a million random B-tree inserts and as many
    // foreign-key triggers), all in the one transaction, so readers see the old registry or the new.
    const QStringList steps{
        QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"),
        QStringLiteral("SET LOCAL jit = off"),   // compiling these long expressions cost more than running them
        QStringLiteral("TRUNCATE citizen_documents, citizens"),
        QStringLiteral("ALTER TABLE citizen_documents DROP CONSTRAINT citizen_documents_id_number_fkey"),
        QStringLiteral("DROP INDEX citizen_documents_by_citizen"),
        QStringLiteral("ALTER TABLE citizens DROP CONSTRAINT citizens_pkey"),
        people,
        QStringLiteral("ALTER TABLE citizens ADD CONSTRAINT citizens_pkey PRIMARY KEY (id_number)"),
        documents,
        QStringLiteral("CREATE INDEX citizen_documents_by_citizen ON citizen_documents (id_number)"),
        QStringLiteral("ALTER TABLE citizen_documents ADD CONSTRAINT citizen_documents_id_number_fkey"
                       " FOREIGN KEY (id_number) REFERENCES citizens (id_number) ON DELETE CASCADE"),
        QStringLiteral("ANALYZE citizens"),
        QStringLiteral("ANALYZE citizen_documents"),
    };
    return inTransaction(m_db, [&]() -> Result<void> {
        for (const QString &step : steps) {
            auto q = step == people ? exec(m_db, step, {size}) : exec(m_db, step);
            if (!q)
                return q.error();
        }
        return {};
    });
}

} // namespace motcua::portal
