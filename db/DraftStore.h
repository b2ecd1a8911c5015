#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

// A receipt in progress as stored (migration 0007_drafts). The body is opaque here: app/intake
// (IntakeDraft::toJson) gives it its meaning.
struct StoredDraft {
    QString id;            // uuid without braces
    QString officer;       // login
    QDateTime startedAt;   // UTC
    QDateTime updatedAt;   // UTC
    QByteArray body;
};

// Drafts of receipts, saved continuously (app/intake/IntakeWorker) so that a crash or a power cut
// loses nothing: the app offers them back at the next login. The pages a draft uses are referenced
// in page_refs under owner "draft:<id>" (see ownerOf), so the page store keeps them.
// Used on the thread that owns the connection.
class DraftStore {
public:
    explicit DraftStore(QSqlDatabase db);

    static QString ownerOf(const QString &draftId) { return QStringLiteral("draft:") + draftId; }

    // Inserts or replaces the draft and makes its page references exactly `pages` (in order), in
    // one transaction of its own.
    Status save(const StoredDraft &draft, const QStringList &pages);
    // The officer's drafts, the most recently updated first.
    Result<QList<StoredDraft>> ofOfficer(const QString &login) const;
    std::optional<StoredDraft> get(const QString &id) const;
    // Drops the draft and its page references: in its own transaction, or in the caller's (when a
    // dossier takes the pages over).
    Status discard(const QString &id);
    Status removeInTransaction(const QString &id);

private:
    QSqlDatabase m_db;
};

// The counter time of each counter outcome (table counter_times): first action to slip printed.
class CounterTimeStore {
public:
    explicit CounterTimeStore(QSqlDatabase db);

    struct Entry {
        QString dossierCode;
        QString officer;
        QString outcome;       // event type name
        QDateTime startedAt;   // UTC
        QDateTime decidedAt;   // UTC
        QDateTime printedAt;   // UTC; invalid until printed
        int actions = 0;
    };
    // In the caller's transaction (the outcome's).
    Status record(const Entry &entry);
    // The slip was printed or saved; the first time counts. Own statement, no transaction needed.
    Status markPrinted(const QString &dossierCode, const QDateTime &at);
    std::optional<Entry> get(const QString &dossierCode) const;

private:
    QSqlDatabase m_db;
};

} // namespace motcua
