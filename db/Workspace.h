#pragma once

#include "db/Database.h"
#include "db/keys/KdfCost.h"
#include "db/keys/KeyFile.h"
#include "domain/Result.h"
#include "domain/auth/Officer.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace motcua {

// Who is working, where, on which device: what the rest of the program needs after unlocking.
// Cheap to copy across threads (it holds the database key: never log it).
struct SessionInfo {
    QString directory;
    DatabaseConfig database;       // open one Database per thread from this
    Officer officer;
    Office office;
    QString deviceId;              // uuid of this installation
    int deviceNumber = 1;          // NN of dossier codes, given at enrollment
    int failedAttemptsBefore = 0;  // failed unlocks for this officer since the last success
    QList<QDateTime> recentFailures;
};

// A workspace folder: the SQLCipher database (motcua.db), the key file (keys.json) and the logs.
// Nothing in the folder reveals personal data without a password: officers are found in the key
// file by a keyed hash of their login; names and everything else live in the encrypted database.
//
// Not thread-safe; unlock(), create() and password operations run Argon2id (≈0.3–0.5 s):
// never on the GUI thread.
class Workspace {
public:
    static QString defaultDirectory();               // <AppDataLocation>/workspace
    static QString databasePath(const QString &dir); // <dir>/motcua.db
    static bool exists(const QString &dir);          // a key file is there

    // What the login window may show before anyone unlocks: the office (public facts, kept in
    // <dir>/workspace.json beside the key file; never a person's data).
    struct PublicInfo {
        QString officeCode;
        QString officeName;
        // An enrolled workspace: the portal and this device's uuid (public facts), so an officer
        // without a slot here can be granted one through the portal before anything is unlocked.
        QString portalUrl;
        QString device;
    };
    static std::optional<PublicInfo> publicInfo(const QString &dir);

    struct InitRequest {
        QString directory;   // missing or an empty folder
        Office office;
        QString login;
        QString fullName;
        QString password;
        KdfCost cost = KdfCost::forNewSlots();
        // Enrollment gives these (the portal's device uuid and number, the officer's roles there);
        // `init` leaves them: a new uuid, device 01, every role.
        QString deviceId;
        int deviceNumber = 1;
        std::optional<Roles> roles;
        QString portalUrl;   // enrollment: written to workspace.json with the device uuid
    };
    // Creates the folder, a random database key, the first officer's slot, the database with every
    // migration, the office and the first officer holding every role.
    static Result<std::unique_ptr<Workspace>> create(const InitRequest &request);

    enum class Wait { UntilAllowed, No };
    // Opens the officer's key slot (throttled; with Wait::No a throttled attempt answers
    // auth.throttled at once, for the GUI's countdown), finishes an interrupted re-key, checks the
    // officer is active, and records the unlock and the failed attempts in the encrypted auth log.
    static Result<std::unique_ptr<Workspace>> unlock(const QString &dir, const QString &login,
                                                     const QString &password, Wait wait = Wait::UntilAllowed,
                                                     const KeyFile::Clock &clock = {});
    // For a login window: when the next attempt for `login` is allowed (invalid: at once).
    static QDateTime nextAttemptAllowedAt(const QString &dir, const QString &login);

    ~Workspace();

    const SessionInfo &session() const { return m_session; }
    // A connection for the calling thread.
    Result<std::unique_ptr<Database>> openDatabase() const;

    // The portal's key slot of an enrolled workspace (kPortalSlot): opened by `secret`, which only
    // the portal holds beside this device's record and hands to an officer of the device's office
    // who signs in there (docs/sync-protocol.md "Officers on an enrolled device"). Like any slot it
    // follows re-keys through grants. Called once, by enrollment.
    static constexpr QLatin1StringView kPortalSlot{"@portal"};   // never a valid login
    Status addPortalSlot(const QString &secret);

    // An officer the portal vouched for gets a slot of their own on this device: the portal slot
    // opened with `portalSecret` gives the database key; the officer (of this workspace's office,
    // else auth.other-office) is added with `password` and their roles from the portal. A login
    // already here: keys.slot-exists (active) or auth.revoked (revoked logins are not reused).
    // Then unlock() as usual. Argon2id: never on the GUI thread.
    static Status addOfficerFromPortal(const QString &dir, const QString &portalSecret, const Officer &officer,
                                       const QString &password, const KdfCost &cost = KdfCost::forNewSlots());

    // Administrator operations (error auth.not-admin otherwise). The new officer belongs to the
    // acting officer's office.
    Status addOfficer(const QString &login, const QString &fullName, Roles roles, const QString &password,
                      const KdfCost &cost = KdfCost::forNewSlots());
    // Removes the slot, marks the officer revoked and re-keys the database: the revoked officer
    // may have copied the old key file, which no longer opens anything.
    Status revokeOfficer(const QString &login);
    // New random database key: key file first, then PRAGMA rekey (see KeyFile.h for why).
    Status rekey();
    // The acting officer's own password.
    Status changePassword(const QString &oldPassword, const QString &newPassword,
                          const KdfCost &cost = KdfCost::forNewSlots());

private:
    Workspace(KeyFile keys, SessionInfo session);
    Status requireAdmin() const;
    // New random key: writeKeyFile(current, next) first, then PRAGMA rekey on `db`.
    Status changeKey(Database &db, const std::function<Result<RekeyReport>(const SecretBytes &, const SecretBytes &)> &writeKeyFile);

    KeyFile m_keys;
    SessionInfo m_session;
};

} // namespace motcua
