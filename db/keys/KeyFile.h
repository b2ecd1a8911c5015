#pragma once

// The workspace key file (`keys.json`): who may open the workspace's SQLCipher database.
//
// ─── Format (version 1) ──────────────────────────────────────────────────────────────────────
// A JSON object; every binary value is lower-case hex. Nothing in it names a person: officers
// are found by a keyed hash of their login, and everything secret is encrypted.
//
//   {
//     "format": "motcua-keys", "version": 1,
//     "workspace_id":   16 random bytes (binds slots and grants to this workspace),
//     "workspace_salt": 32 random bytes (key of the slot-id hash),
//     "db_key_check":   16 bytes = BLAKE2b-128(key = current database key,
//                                              msg = "motcua-db-key-check-v1"),
//     "slots": [ {
//         "id": slot_id = BLAKE2b-256(key = workspace_salt, msg = UTF-8 of lower-cased NFC login),
//         "kdf": { "alg": "argon2id13", "opslimit": N, "memlimit": BYTES, "salt": 16 bytes },
//         "nonce": 24 bytes,
//         "ciphertext": XChaCha20-Poly1305-IETF(key = Argon2id(NFC password, salt, cost),
//                         ad = "motcua-keys-slot/v1/" || workspace_id || slot_id,
//                         payload = 0x01 || flags (bit0: previous key present)
//                                   || database key (32) || officer X25519 secret key (32)
//                                   || previous database key (32, zeros when absent)),
//         "public_key": the officer's X25519 public key (32 bytes, for grants),
//         "public_key_mac": BLAKE2b-256 keyed MAC, key = CURRENT database key, over
//                           workspace_id || slot_id || public_key
//                           (so nobody without the database key can swap in their own public
//                           key and receive the next database key)
//     } ... ],
//     "grants": [ {            // a newer database key waiting for an officer (see rekey())
//         "slot": slot_id, "from_check": key check of the key it upgrades from,
//         "to_check": key check of the key it gives,
//         "sealed": crypto_box_seal(officer public key,
//                     new key (32) || BLAKE2b-256 MAC keyed by the FROM key over
//                     workspace_id || slot_id || from_check || new key)
//                   (the MAC makes a grant unforgeable without the from key)
//     } ... ],
//     "throttle": [ {          // failed unlocks, per slot id (also ids of unknown logins)
//         "slot": slot_id, "failures": consecutive failures, "last_failure": ISO-8601 UTC,
//         "recent": [ up to 20 ISO-8601 UTC failure times, oldest first ]
//     } ... ]
//   }
//
// Writes are atomic (QSaveFile, mode 0600) and serialised between processes (the CLI and the
// app may run at once) by the lock file `keys.json.lock` (QLockFile); every change re-reads the
// file under the lock first, so no process overwrites another's change.
//
// ─── Re-keying and crash recovery ───────────────────────────────────────────────────────────
// rekey() happens in the key file FIRST and the caller's `PRAGMA rekey` second. The key file is
// written in one atomic step that makes the new key current (db_key_check), re-wraps the acting
// officer's slot with {new key, previous = old key}, and leaves a grant for every other officer.
// An officer opening a slot follows their grants (old → new) and then also holds the previous key.
// So UnlockResult carries both `dbKey` and `previousDbKey`: if the process died between the
// key-file write and `PRAGMA rekey`, the database still has the old key; the opener
// (Workspace) then opens with `previousDbKey` and finishes the interrupted re-key with
// `PRAGMA rekey` to `dbKey` before doing anything else. A crash during `PRAGMA rekey` leaves
// either key (SQLCipher rekeys in one transaction), both of which an unlock returns.
//
// ─── How the caller (Workspace, CLI) uses it ─────────────────────────────────────────────────
// new workspace: key = KeyFile::newDatabaseKey(); KeyFile::create(dir, key, login, password);
//                create the database with key.
// log in:        kf = KeyFile::load(dir); r = UnlockThrottle(kf).unlockWhenAllowed(login, pw)
//                (CLI; blocks through the delay) or tryUnlock() (GUI, on a worker thread, with
//                nextAttemptAllowedAt() for the countdown). Open the database with r.dbKey; on
//                "db.wrong-key" with r.previousDbKey non-empty, open with previousDbKey and
//                `PRAGMA rekey` to r.dbKey at once. Copy r.failedAttempts/recentFailures to the
//                encrypted auth_log.
// revoke:        newKey = KeyFile::newDatabaseKey(); kf.revokeAndRekey(login, r.dbKey, newKey, me);
//                then `PRAGMA rekey` (Database::rekey) to newKey.
// window locks:  kf.forgetSession() (drops the remembered key-encryption key).
//
// ─── Known limits (by design) ───────────────────────────────────────────────────────────────
// * slot ids hide logins from casual reading, but the salt is in the same file: whoever has the
//   file can confirm a guessed login. Logins are pseudonymous, not secret.
// * The key file resists anyone who never knew a database key (tampering gives at most a denial
//   of service). A revoked officer who knew the old key AND can write the folder could forge a
//   grant; revoking also means removing their access to the PC account/folder.
// * The file as a whole is not authenticated: restoring an older copy is possible for whoever
//   can write the folder. After a re-key that only locks people out (old slots hold old keys);
//   without a re-key a restored copy would bring a revoked slot back, hence revokeAndRekey().
// * Passwords arrive as QString, which cannot be wiped; key material we own is (SecretBytes).

#include "db/keys/KdfCost.h"
#include "db/keys/SecretBytes.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace motcua {

namespace keys {
struct KeyFileData;
}

// What opening a slot yields. The caller copies the failure figures into the encrypted
// auth_log ("N failed attempts since your last login") and must not log the keys.
struct UnlockResult {
    SecretBytes dbKey;               // the current database key (32 bytes)
    SecretBytes previousDbKey;       // the key before the last re-key, empty if none (recovery)
    SecretBytes officerSecretKey;    // X25519 secret key (crypto_box)
    QByteArray officerPublicKey;     // X25519 public key
    int failedAttempts = 0;          // consecutive failures before this success
    QList<QDateTime> recentFailures; // the last (up to 20) of those, UTC, oldest first
    int grantsApplied = 0;           // newer database keys taken from grants during this unlock
};

struct RekeyReport {
    int rewrapped = 0; // slots re-wrapped directly (the acting officer's, when unlocked here)
    int granted = 0;   // grants written for officers whose passwords we don't know
    int skipped = 0;   // slots whose public key failed its MAC: no grant (they lose access)
};

// Error codes: auth.unknown-officer (admin operations on a login without a slot),
// auth.wrong-password (also for an unknown login when unlocking: indistinguishable),
// auth.revoked (the password is right but the slot cannot reach the current key),
// auth.throttled (detail "retry-after-ms=N"), keys.corrupt-file, keys.io, keys.exists,
// keys.slot-exists, keys.last-slot, keys.stale-key (a database key that is not the current
// one), keys.bad-argument, keys.kdf-failed (Argon2id could not run: out of memory).
//
// Not thread-safe: one KeyFile per thread. unlock(), changePassword(), create() and addSlot()
// run Argon2id (≈0.3–0.5 s at production cost): never call them on the GUI thread.
class KeyFile {
public:
    using Clock = std::function<QDateTime()>; // returns the current time (UTC); empty = system

    // A fresh random 256-bit database key (randombytes_buf), for a new workspace or a re-key.
    static SecretBytes newDatabaseKey();

    static QString fileName();                  // "keys.json"
    static QString filePath(const QString &dir);
    static bool exists(const QString &dir);

    // Creates `dir` when missing and the key file with one slot. Refuses when one exists.
    static Result<KeyFile> create(const QString &dir, const SecretBytes &dbKey,
                                  const QString &firstLogin, const QString &password,
                                  const KdfCost &cost = KdfCost::forNewSlots());
    static Result<KeyFile> load(const QString &dir);

    KeyFile(KeyFile &&) noexcept;
    KeyFile &operator=(KeyFile &&) noexcept;
    ~KeyFile();

    QString directory() const { return m_dir; }
    QByteArray workspaceId() const;
    int slotCount() const;
    Status reload();                            // re-reads the file (another process may write)

    // Re-reads the file first. Reveals whether a login has a slot: for admin screens only.
    bool hasSlot(const QString &login);

    // Opens the officer's slot: throttle check (before any work), Argon2id, decryption, grants
    // followed, throttle reset. Persists failures and changes. Unknown login and wrong password
    // cost the same and both give auth.wrong-password. Remembers the officer's key-encryption
    // key in this object (wiped by forgetSession() or destruction) so rekey() can re-wrap the
    // acting officer's own slot without asking the password again.
    Result<UnlockResult> unlock(const QString &login, const QString &password,
                                const Clock &clock = {});

    // The acting administrator has the current database key. The new officer gets a fresh
    // X25519 key pair.
    Status addSlot(const SecretBytes &dbKey, const QString &login, const QString &password,
                   const KdfCost &cost = KdfCost::forNewSlots());
    // Revokes: removes the slot and its grants. The revoked officer may still know the database
    // key, so follow with a re-key. Refuses to remove the last slot.
    Status removeSlot(const QString &login);
    // Throttled and recorded like unlock(). New salt, new cost (the preset of today).
    Status changePassword(const QString &login, const QString &oldPassword,
                          const QString &newPassword,
                          const KdfCost &cost = KdfCost::forNewSlots(), const Clock &clock = {});
    // Makes newDbKey current (see the header comment for the order with PRAGMA rekey).
    Result<RekeyReport> rekey(const SecretBytes &currentDbKey, const SecretBytes &newDbKey,
                              const QString &actingLogin);
    // Revocation done right, in ONE atomic write: removes the slot and re-keys, so there is no
    // moment where the officer is gone from the file but the database key they know still
    // works for a restored copy of the old key file. Prefer this to removeSlot() + rekey().
    Result<RekeyReport> revokeAndRekey(const QString &revokedLogin,
                                       const SecretBytes &currentDbKey,
                                       const SecretBytes &newDbKey, const QString &actingLogin);

    void forgetSession();                        // wipes the remembered key-encryption key

    // Throttle state of a login (re-reads the file); used by UnlockThrottle.
    struct ThrottleState {
        int failures = 0;
        QDateTime lastFailure;
    };
    ThrottleState throttleState(const QString &login);

private:
    struct Session;
    struct Opened;
    KeyFile(QString dir, std::unique_ptr<keys::KeyFileData> data);

    Result<Opened> openLocked(keys::KeyFileData &data, const QString &login,
                              const QString &password, const QDateTime &now, bool &dirty);
    Result<RekeyReport> rekeyImpl(const SecretBytes &currentDbKey, const SecretBytes &newDbKey,
                                  const QString &actingLogin, const QString *revokedLogin);
    Status addSlotTo(keys::KeyFileData &data, const SecretBytes &dbKey, const QString &login,
                     const QString &password, const KdfCost &cost);
    Status save(const keys::KeyFileData &data);
    Status reloadInto(keys::KeyFileData &data) const;
    struct Locked;
    Result<Locked> lockAndReload() const;

    QString m_dir;
    std::unique_ptr<keys::KeyFileData> m_data;
    std::unique_ptr<Session> m_session;
};

} // namespace motcua
