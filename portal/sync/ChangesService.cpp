#include "portal/sync/ChangesService.h"

#include "portal/sync/EventRows.h"
#include "portal/sync/OfficeList.h"
#include "portal/sync/SqlTx.h"

#include <QVariant>

namespace motcua::portal {

Result<ChangesPage> readChanges(QSqlDatabase &db, const QStringList &visibleOffices, qint64 after, int limit)
{
    ChangesPage page;
    page.cursor = after;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + eventrows::selectColumns()
              + QStringLiteral(" FROM events WHERE portal_seq > ? AND receiving_office = ANY(?::text[]) "
                               "ORDER BY portal_seq LIMIT ?"));
    q.addBindValue(after);
    q.addBindValue(textArrayLiteral(visibleOffices));
    q.addBindValue(limit + 1);
    if (!q.exec())
        return sqlError(q, "read changes");
    while (q.next()) {
        if (page.events.size() == limit) {
            page.more = true;
            break;
        }
        Result<Event> e = eventrows::eventFromRow(q);
        if (!e)
            return e.error();
        page.events.append(e->toJson());
        page.cursor = e->portalSeq;
    }
    return page;
}

} // namespace motcua::portal
