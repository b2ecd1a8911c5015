#include "portal/sync/FileRecords.h"

#include "portal/sync/OfficeList.h"
#include "portal/sync/SqlTx.h"

#include <QVariant>

namespace motcua::portal::filerecords {

Status recordHolder(QSqlDatabase &db, const QString &sha256, qint64 size, const QString &device, const QString &office)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO files (sha256, size, first_device, first_office) VALUES (?, ?, NULLIF(?, ''), ?) "
                             "ON CONFLICT (sha256) DO NOTHING"));
    q.addBindValue(sha256);
    q.addBindValue(size);
    q.addBindValue(device.isNull() ? QStringLiteral("") : device);
    q.addBindValue(office);
    if (!q.exec())
        return sqlError(q, "record file");
    q.prepare(QStringLiteral("INSERT INTO file_holders (sha256, office) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(sha256);
    q.addBindValue(office);
    if (!q.exec())
        return sqlError(q, "record file holder");
    return {};
}

Result<bool> visibleTo(QSqlDatabase &db, const QString &sha256, const QStringList &offices)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM file_holders WHERE sha256 = ? AND office = ANY(?::text[]) "
                             "UNION ALL SELECT 1 FROM event_files WHERE sha256 = ? AND receiving_office = ANY(?::text[]) LIMIT 1"));
    const QString list = textArrayLiteral(offices);
    q.addBindValue(sha256);
    q.addBindValue(list);
    q.addBindValue(sha256);
    q.addBindValue(list);
    if (!q.exec())
        return sqlError(q, "file visibility");
    return q.next();
}

} // namespace motcua::portal::filerecords
