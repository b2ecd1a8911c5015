#pragma once

#include "app/workspace/WorkspaceServices.h"

#include "app/lookup/LookupTypes.h"
#include "domain/Result.h"
#include "domain/calendar/OfficeTime.h"
#include "domain/catalog/Catalog.h"

#include <QDateTime>
#include <QHash>
#include <QSize>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace motcua {
struct DossierSummary;
class DossierStateStore;
}

namespace motcua::lookup {

// The lookup queries over one database connection (use it on the thread that owns the connection):
// what the officer typed is recognised (classify) and answered with dossiers and known citizens;
// a dossier's details (derived state, readable timeline, components with provenance, pages); a page
// decoded for display, verified against its hash.
//
// Errors: lookup.no-dossier (no such code), lookup.page-undecodable, and those of the stores
// (pages.tampered, pages.missing, db.query-failed).
class LookupService {
public:
    // From the thread's composition root (which must outlive the service): its connection, its
    // EventStore (replay with the office's calendar and coverage), the officer's office (lookup codes
    // are unique per office and year) and that office's time zone for the times shown (Hà Nội's
    // when the office names none).
    explicit LookupService(const WorkspaceServices &services);

    static constexpr int kMaxDossiers = 50;
    static constexpr int kMaxCitizens = 20;
    static constexpr int kMaxListed = 500;   // a list of days (or of a code prefix)

    // Dossier code (a full DossierCode), the start of one (CodePrefix), lookup code (LookupCode
    // alphabet), 12-digit ID, 9-digit old ID, phone (0 and 9 digits, or +84 and 9 digits; spaces, dots,
    // dashes ignored), otherwise a name.
    static Query classify(const QString &typed);
    // A Vietnamese phone number as 0xxxxxxxxx ("0912 345 678", "+84 912.345.678"), or "" when it is
    // not one: the rule of classify(), shared with the applicant form.
    static QString normalizedPhone(const QString &typed);

    // `now` decides whether an open dossier is late. Nothing typed: today's dossiers (office day).
    LookupResults search(const QString &typed, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The dossiers this office received on the office days from..to (inclusive), newest first.
    LookupResults receivedOnDays(const QDate &from, const QDate &to,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    Result<DossierDetails> details(const QString &dossierCode, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The page decoded, scaled down to fit `bound` when given (a display copy: the stored page is
    // not changed), after PageStore has checked its bytes against the hash.
    PageImage page(const QString &sha256, const QSize &bound = {}) const;

private:
    DossierHit hitOf(const DossierSummary &s, const QDateTime &now) const;
    void addHits(LookupResults &r, QList<DossierSummary> found, const QDateTime &now, int max) const;
    QList<DossierSummary> dossiersByName(const DossierStateStore &dossiers, const QString &typed,
                                         const QList<Citizen> &citizens) const;
    const Catalog &catalog() const;                   // read once per service
    const QHash<QString, QString> &officerNames() const; // login → full name, read once per service
    QDateTime local(const QDateTime &utc) const;

    const WorkspaceServices &m_services;
    QSqlDatabase m_db;
    QString m_office;
    QTimeZone m_zone;
    mutable std::optional<Catalog> m_catalog;
    mutable std::optional<QHash<QString, QString>> m_officerNames;
};

} // namespace motcua::lookup
