#pragma once

#include "domain/Result.h"
#include "portal/files/FileStore.h"
#include "portal/submissions/SubmissionCheck.h"
#include "portal/sync/PortalRules.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace motcua::portal {

// One submission as the connector from the National Public Service Portal hands it over. Personal
// data (the applicant's facts, the pages): never logged.
struct OnlineSubmission {
    QString office;          // the receiving office's code
    QString procedure;       // the procedure code (mã TTHC)
    QString externalRef;     // the national portal's reference: a second submit with it is the same
    QJsonObject applicant;   // facts as a Received carries them: codes and facts, no translated text
    struct Component {
        int number = 0;
        QStringList pages;   // the pages' SHA-256, in order: already in the file store, held by the office
    };
    QList<Component> components;
    QString connector;       // the connector's id (POST /v1/submissions), empty from the command line
};

struct SubmittedDossier {
    QString code;            // the dossier code minted with device number 00
    QString lookupCode;      // the citizen's lookup code (public status), unique within the office
    bool existed = false;    // the external reference was submitted before: the same code
};

// Registers online submissions (docs/sync-protocol.md "Online submissions"):
//   0. an external reference the office already has answers its dossier (nothing else checked);
//   1. checked (field errors in *fields): the shape (submissioncheck::shape), the procedure in the
//      latest catalog version and served by the office (a commune serves commune-level procedures,
//      a province centre every level), every page complete and held by the office;
//   2. in one transaction: the office's portal device (a uuid derived from the office code) is
//      locked, a code minted under device number 00 for the office-local day, the SubmittedOnline
//      lookup code drawn until unique within the office, the SubmittedOnline event authored
//      (officer "@portal", role counter, acting office = the office) and sealed on that device's
//      chain, and stored with its external reference;
//   3. every sealed-but-not-sequenced event of that device is handed to PushService, the one
//      sequencer (portal_seq, office chain, summaries), as a device's push would be.
// Errors: online.unknown-office, online.bad-submission (the field errors in *fields, a summary in
// the detail), codes.day-exhausted, codes.lookup-exhausted, server.error.
class OnlineSubmissions {
public:
    OnlineSubmissions(QSqlDatabase &db, FileStore &files, PortalRules &rules);

    Result<SubmittedDossier> submit(const OnlineSubmission &s, QList<FieldError> *fields = nullptr,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    // A page's bytes into the file store, held by `office` (the command line's way in; over HTTP
    // the connector uploads through /v1/files first). Returns its SHA-256.
    Result<QString> storePage(const QString &office, const QByteArray &bytes);

    // The portal device that authors an office's online submissions.
    static QString deviceFor(const QString &office);
    static constexpr const char *kOfficer = "@portal";   // never a valid login (isValidLogin)

private:
    Result<SubmittedDossier> author(const OnlineSubmission &s, const QJsonArray &components, const QDateTime &now);
    Result<std::optional<SubmittedDossier>> known(const OnlineSubmission &s);
    Result<QList<FieldError>> check(const OnlineSubmission &s);
    Status sequencePending(const QString &office, const RulesSnapshot &snapshot);

    QSqlDatabase &m_db;
    FileStore &m_files;
    PortalRules &m_rules;
};

} // namespace motcua::portal
