#include "app/audit/PageAudit.h"

#include "db/PageStore.h"

#include <QHash>
#include <QJsonArray>

namespace motcua {

PageAudit::PageAudit(QSqlDatabase db) : m_db(std::move(db)) {}

AuditFindings PageAudit::check(const QList<Event> &events, int *pagesChecked) const
{
    // Who uses each page: "dossier <code> component <n>", first use only.
    QHash<QString, QString> usedBy;
    QList<QPair<QString, QString>> references; // (hash, user) in stored order
    for (const Event &e : events) {
        if (e.type != EventType::ComponentAttached)
            continue;
        const QString user = QStringLiteral("dossier %1 component %2")
                                 .arg(e.dossier)
                                 .arg(e.payload.value(QStringLiteral("number")).toInt());
        for (const QJsonValue &v : e.payload.value(QStringLiteral("pages")).toArray()) {
            const QString sha = v.toString();
            usedBy.insert(sha, usedBy.value(sha, user));
            references.append({sha, user});
        }
    }

    AuditFindings findings;
    const PageStore store(m_db);
    const Result<QStringList> tampered = store.verifyAll();
    if (!tampered) {
        findings << AuditFinding{QStringLiteral("pages.unreadable"), QStringLiteral("table pages"),
                                 QStringLiteral("could not be read: ") + tampered.error().detail};
    } else {
        for (const QString &sha : *tampered) {
            const QString user = usedBy.value(sha);
            findings << AuditFinding{QStringLiteral("pages.tampered"), QStringLiteral("page ") + sha,
                                     QStringLiteral("stored bytes do not match their SHA-256")
                                         + (user.isEmpty() ? QString() : QStringLiteral(" (used by ") + user + QLatin1Char(')'))};
        }
    }
    const Result<QSet<QString>> stored = store.allHashes();
    if (!stored) {
        findings << AuditFinding{QStringLiteral("pages.unreadable"), QStringLiteral("table pages"),
                                 QStringLiteral("could not be listed: ") + stored.error().detail};
    } else {
        QSet<QString> reported;
        for (const auto &[sha, user] : std::as_const(references)) {
            if (stored->contains(sha) || reported.contains(sha + user))
                continue;
            reported.insert(sha + user);
            findings << AuditFinding{QStringLiteral("pages.missing"), QStringLiteral("page ") + sha,
                                     QStringLiteral("not in the page store (used by ") + user + QLatin1Char(')')};
        }
        if (pagesChecked)
            *pagesChecked = int(stored->size());
    }
    return findings;
}

} // namespace motcua
