#include "db/DigitizedPartStore.h"

#include "db/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace motcua {

Status DigitizedPartStore::record(const StackPart &part, const QString &dossierCode)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO digitized_parts(stack_sha256, part, dossier_code) VALUES (?, ?, ?)"));
    q.addBindValue(part.stackSha256);
    q.addBindValue(part.index);
    q.addBindValue(dossierCode);
    if (!q.exec())
        return sqlError(q, "record a digitized part");
    return {};
}

Result<QMap<int, QString>> DigitizedPartStore::received(const QString &stackSha256) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT part, dossier_code FROM digitized_parts WHERE stack_sha256 = ? ORDER BY part"));
    q.addBindValue(stackSha256);
    if (!q.exec())
        return sqlError(q, "read the digitized parts");
    QMap<int, QString> out;
    while (q.next())
        out.insert(q.value(0).toInt(), q.value(1).toString());
    return out;
}

} // namespace motcua
