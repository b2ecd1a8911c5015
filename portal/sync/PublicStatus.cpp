#include "portal/sync/PublicStatus.h"

#include "domain/codes/LookupCode.h"
#include "portal/sync/SqlTx.h"

#include <QVariant>

#include <sodium.h>

namespace motcua::portal {

Result<QJsonObject> publicStatus(QSqlDatabase &db, const QString &code, const QString &typedLookup)
{
    const Error notFound(QStringLiteral("not-found"), QStringLiteral("no dossier with this code and lookup code"));
    const QByteArray typed = LookupCode::normalize(typedLookup).toLatin1();
    if (code.isEmpty() || code.size() > 64 || typed.isEmpty() || typed.size() > 16)
        return notFound;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT lookup_code, status, national_status, received_at, due_at, returned_at "
                             "FROM dossier_summaries WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return sqlError(q, "public status");
    // Compare against something of the same length whether or not the code exists.
    QByteArray stored = QByteArray(typed.size(), '\0');
    bool found = false;
    if (q.next()) {
        const QByteArray s = q.value(0).toString().toLatin1();
        found = !s.isEmpty() && s.size() == typed.size();
        if (found)
            stored = s;
    }
    const bool equal = sodium_memcmp(stored.constData(), typed.constData(), size_t(typed.size())) == 0;
    if (!found || !equal)
        return notFound;
    auto time = [&q](int i) -> QJsonValue {
        const QString t = q.value(i).toString();
        return t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t);
    };
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("status"), q.value(1).toString()},
                       {QStringLiteral("nationalStatus"), q.value(2).toInt()},
                       {QStringLiteral("receivedAt"), time(3)},
                       {QStringLiteral("dueAt"), time(4)},
                       {QStringLiteral("returnedAt"), time(5)}};
}

} // namespace motcua::portal
