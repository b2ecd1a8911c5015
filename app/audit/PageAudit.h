#pragma once

#include "app/audit/AuditFinding.h"
#include "domain/dossier/Event.h"

#include <QSqlDatabase>

namespace motcua {

// Checks the page store: every stored page's bytes (decrypted by SQLCipher as they are read)
// hash to the SHA-256 they are stored under (PageStore::verifyAll), and every page a
// ComponentAttached event names is stored. A page is named by its hash and, when events use
// it, by their dossier and component.
class PageAudit {
public:
    explicit PageAudit(QSqlDatabase db);

    AuditFindings check(const QList<Event> &events, int *pagesChecked = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace motcua
