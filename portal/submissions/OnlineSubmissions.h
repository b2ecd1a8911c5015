#pragma once

#include "domain/Result.h"
#include "portal/files/FileStore.h"
#include "portal/sync/PortalRules.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

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
        QList<QByteArray> pages;   // the pages' bytes, in order
    };
    QList<Component> components;
};

struct SubmittedDossier {
    QString code;            // the dossier code minted with device number 00
    bool existed = false;    // the external reference was submitted before: the same code
};

// Registers online submissions (docs/sync-protocol.md "Online submissions"):
//   1. the pages are stored in the file store and held by the office;
//   2. in one transaction: the office's portal device (a uuid derived from the office code) is
//      locked, a code minted under device number 00 for the office-local day, the SubmittedOnline
//      event authored (officer "@portal", role counter, acting office = the office) and sealed on
//      that device's chain, and stored with its external reference;
//   3. every sealed-but-not-sequenced event of that device is handed to PushService, the one
//      sequencer (portal_seq, office chain, summaries), as a device's push would be.
// Errors: online.unknown-office, online.bad-submission (with what is missing), codes.day-exhausted,
// server.error.
class OnlineSubmissions {
public:
    OnlineSubmissions(QSqlDatabase &db, FileStore &files, PortalRules &rules);

    Result<SubmittedDossier> submit(const OnlineSubmission &s, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The portal device that authors an office's online submissions.
    static QString deviceFor(const QString &office);
    static constexpr const char *kOfficer = "@portal";   // never a valid login (isValidLogin)

private:
    Result<SubmittedDossier> author(const OnlineSubmission &s, const QJsonArray &components, const QDateTime &now);
    Status sequencePending(const QString &office, const RulesSnapshot &snapshot);

    QSqlDatabase &m_db;
    FileStore &m_files;
    PortalRules &m_rules;
};

} // namespace motcua::portal
