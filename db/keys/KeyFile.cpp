#include "db/keys/KeyFile.h"

#include "db/keys/KeyCrypto.h"
#include "db/keys/KeyFileFormat.h"
#include "db/keys/KeyFileLock.h"
#include "db/keys/SlotCodec.h"
#include "db/keys/SodiumInit.h"
#include "db/keys/UnlockThrottle.h"
#include "db/DbLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <map>

namespace motcua {

using namespace keys;

namespace {

constexpr int kMaxFailuresCounted = 1000000;

Error err(const char *code, const QString &detail = {})
{
    return Error(QLatin1String(code), detail);
}

Error wrongPassword()
{
    return err("auth.wrong-password", QStringLiteral("wrong login or password"));
}

// The cost of the dummy Argon2id run for an unknown login: the one most slots of this file use,
// so an unknown login takes as long as a real one (a fixed preset would differ from slots made
// under an older preset or with MOTCUA_KDF=fast).
KdfCost typicalCost(const KeyFileData &d)
{
    std::map<std::pair<quint64, quint64>, int> counts;
    KdfCost best = d.slotRecords.isEmpty() ? KdfCost::production() : d.slotRecords.first().cost;
    int bestCount = 0;
    for (const SlotRecord &s : d.slotRecords) {
        const int c = ++counts[{s.cost.opslimit, s.cost.memlimit}];
        if (c > bestCount) {
            bestCount = c;
            best = s.cost;
        }
    }
    return best;
}

void recordFailure(KeyFileData &d, const QByteArray &id, const QDateTime &now)
{
    ThrottleRecord &t = d.throttleFor(id);
    t.failures = std::min(t.failures + 1, kMaxFailuresCounted);
    t.lastFailure = now;
    t.recent.append(now);
    while (t.recent.size() > kRecentFailuresKept)
        t.recent.removeFirst();
}

bool validLogin(const QString &login)
{
    return !login.trimmed().isEmpty();
}


} // namespace

struct KeyFile::Session {
    QByteArray slotId;
    QByteArray kdfSalt;
    KdfCost cost;
    SecretBytes kek;
    SecretBytes secretKey;
};

struct KeyFile::Opened {
    Payload payload;           // dbKey = current key after grants; previousDbKey as it should be
    SecretBytes kek;
    QByteArray slotId;
    bool slotChanged = false;  // payload or public key changed: re-wrap and save
    int grantsApplied = 0;
    int failedAttempts = 0;
    QList<QDateTime> recentFailures;
};

SecretBytes KeyFile::newDatabaseKey()
{
    return randomSecret(kDbKeyBytes);
}

QString KeyFile::fileName()
{
    return QStringLiteral("keys.json");
}

QString KeyFile::filePath(const QString &dir)
{
    return QDir(dir).filePath(fileName());
}

bool KeyFile::exists(const QString &dir)
{
    return QFileInfo::exists(filePath(dir));
}

KeyFile::KeyFile(QString dir, std::unique_ptr<KeyFileData> data)
    : m_dir(std::move(dir)), m_data(std::move(data))
{
}

KeyFile::KeyFile(KeyFile &&) noexcept = default;
KeyFile &KeyFile::operator=(KeyFile &&) noexcept = default;
KeyFile::~KeyFile() = default;

QByteArray KeyFile::workspaceId() const
{
    return m_data->workspaceId;
}

int KeyFile::slotCount() const
{
    return int(m_data->slotRecords.size());
}

void KeyFile::forgetSession()
{
    m_session.reset(); // SecretBytes wipe themselves
}

// The lock held for a change, and the file as it is under that lock: every change re-reads first,
// so no process overwrites another's.
struct KeyFile::Locked {
    LockGuard guard;
    KeyFileData data;
};

Result<KeyFile::Locked> KeyFile::lockAndReload() const
{
    Result<LockGuard> lock = acquireLock(filePath(m_dir) + QStringLiteral(".lock"));
    if (!lock)
        return lock.error();
    Locked locked{std::move(*lock), {}};
    if (Status s = reloadInto(locked.data); !s)
        return s.error();
    return locked;
}

Status KeyFile::reloadInto(KeyFileData &data) const
{
    QFile f(filePath(m_dir));
    if (!f.open(QIODevice::ReadOnly))
        return err("keys.io", QStringLiteral("cannot read the key file: ") + f.errorString());
    // The file is small; refuse something absurd rather than parse megabytes of JSON.
    if (f.size() > 4 * 1024 * 1024)
        return err("keys.corrupt-file", QStringLiteral("key file too large"));
    Result<KeyFileData> parsed = parse(f.readAll());
    if (!parsed)
        return parsed.error();
    data = std::move(parsed).value();
    return {};
}

Status KeyFile::reload()
{
    KeyFileData fresh;
    if (Status s = reloadInto(fresh); !s)
        return s;
    *m_data = std::move(fresh);
    return {};
}

Status KeyFile::save(const KeyFileData &data)
{
    QSaveFile f(filePath(m_dir));
    if (!f.open(QIODevice::WriteOnly))
        return writeFailure(m_dir, QStringLiteral("cannot write the key file"));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = serialize(data);
    if (f.write(bytes) != bytes.size() || !f.commit())
        return writeFailure(m_dir, QStringLiteral("cannot write the key file"));
    *m_data = data;
    return {};
}

Result<KeyFile> KeyFile::load(const QString &dir)
{
    if (!ensureSodium())
        return err("keys.io", QStringLiteral("libsodium failed to initialise"));
    KeyFile kf(dir, std::make_unique<KeyFileData>());
    if (Status s = kf.reload(); !s)
        return s.error();
    return kf;
}

Result<KeyFile> KeyFile::create(const QString &dir, const SecretBytes &dbKey,
                                const QString &firstLogin, const QString &password,
                                const KdfCost &cost)
{
    if (!ensureSodium())
        return err("keys.io", QStringLiteral("libsodium failed to initialise"));
    if (dbKey.size() != kDbKeyBytes || !validLogin(firstLogin) || password.isEmpty()
        || !cost.isValid())
        return err("keys.bad-argument", QStringLiteral("database key, login, password or cost"));
    if (!QDir().mkpath(dir))
        return err("keys.io", QStringLiteral("cannot create the workspace folder"));
    Result<LockGuard> lock = acquireLock(filePath(dir) + QStringLiteral(".lock"));
    if (!lock)
        return lock.error();
    if (exists(dir))
        return err("keys.exists", QStringLiteral("the workspace already has a key file"));

    auto data = std::make_unique<KeyFileData>();
    data->workspaceId = randomBytes(kWorkspaceIdBytes);
    data->workspaceSalt = randomBytes(kWorkspaceSaltBytes);
    data->dbKeyCheck = keyCheck(dbKey);

    KeyFile kf(dir, std::make_unique<KeyFileData>());
    if (Status s = kf.addSlotTo(*data, dbKey, firstLogin, password, cost); !s)
        return s.error();
    if (Status s = kf.save(*data); !s)
        return s.error();
    qCInfo(lcKeys) << "key file created with one slot";
    return kf;
}

// Builds a new slot (fresh KDF salt, fresh X25519 key pair) for `login` holding `dbKey`.
Status KeyFile::addSlotTo(KeyFileData &data, const SecretBytes &dbKey, const QString &login,
                          const QString &password, const KdfCost &cost)
{
    SlotRecord slot;
    slot.id = slotId(data.workspaceSalt, login);
    slot.cost = cost;
    slot.kdfSalt = randomBytes(kPwSaltBytes);
    std::optional<SecretBytes> kek = deriveKek(password, slot.kdfSalt, cost);
    if (!kek)
        return err("keys.kdf-failed", QStringLiteral("Argon2id failed (out of memory?)"));
    BoxKeypair kp = newBoxKeypair();
    slot.publicKey = kp.publicKey;
    slot.publicKeyMac = publicKeyMac(data, dbKey, slot.id, kp.publicKey);
    Payload p;
    p.dbKey = dbKey;
    p.secretKey = std::move(kp.secretKey);
    wrapSlot(data, slot, *kek, p);
    // A new account starts clean: no stale grants or throttle history under its id.
    data.grants.removeIf([&](const GrantRecord &g) { return g.slotId == slot.id; });
    data.throttle.removeIf([&](const ThrottleRecord &t) { return t.slotId == slot.id; });
    data.slotRecords.append(slot);
    return {};
}

// The heart of unlock() and changePassword(), run under the lock on freshly read data.
// On a wrong password it records the failure in `data` and sets `dirty` (the caller saves).
Result<KeyFile::Opened> KeyFile::openLocked(KeyFileData &data, const QString &login,
                                            const QString &password, const QDateTime &now,
                                            bool &dirty)
{
    const QByteArray id = slotId(data.workspaceSalt, login);

    // 1. Throttle, before any work: a throttled attempt is not even checked.
    if (const ThrottleRecord *t = data.findThrottle(id)) {
        const QDateTime at = UnlockThrottle::allowedAt(t->failures, t->lastFailure, now);
        if (at.isValid() && now < at)
            return err("auth.throttled",
                       QStringLiteral("retry-after-ms=%1").arg(now.msecsTo(at)));
    }

    // 2. Argon2id + AEAD. An unknown login runs the same work on a dummy slot, and records a
    //    failure the same way, so neither timing nor the throttle tells the two apart.
    SlotRecord *slot = data.findSlot(id);
    SlotRecord dummy;
    if (!slot) {
        dummy.id = id;
        dummy.cost = typicalCost(data);
        dummy.kdfSalt = randomBytes(kPwSaltBytes);
        dummy.nonce = randomBytes(kNonceBytes);
        dummy.ciphertext = randomBytes(kPayloadBytes + kAeadTagBytes);
    }
    const SlotRecord &s = slot ? *slot : dummy;
    std::optional<SecretBytes> kek = deriveKek(password, s.kdfSalt, s.cost);
    if (!kek)
        return err("keys.kdf-failed", QStringLiteral("Argon2id failed (out of memory?)"));
    std::optional<SecretBytes> plain = aeadDecrypt(*kek, s.nonce, s.ciphertext, slotAd(data, id));
    if (!plain || !slot) {
        recordFailure(data, id, now);
        dirty = true;
        qCInfo(lcKeys) << "unlock failed";
        return wrongPassword();
    }
    std::optional<Payload> payload = decodePayload(*plain);
    if (!payload)
        return err("keys.corrupt-file", QStringLiteral("slot payload has an unknown layout"));

    Opened o;
    o.slotId = id;
    o.kek = std::move(*kek);
    o.payload = std::move(*payload);

    // 3. Follow grants: each upgrades from the key we hold to the next one. A grant that does
    //    not open or whose MAC (keyed by the key we hold) fails was not written by someone who
    //    knew our key: drop it.
    const QByteArray ownPk = publicKeyOf(o.payload.secretKey);
    for (qsizetype guard = data.grants.size(); guard > 0; --guard) {
        const QByteArray from = keyCheck(o.payload.dbKey);
        const qsizetype gi = [&] {
            for (qsizetype i = 0; i < data.grants.size(); ++i)
                if (data.grants[i].slotId == id && data.grants[i].fromCheck == from)
                    return i;
            return qsizetype(-1);
        }();
        if (gi < 0)
            break;
        const GrantRecord g = data.grants.takeAt(gi);
        o.slotChanged = true;
        std::optional<SecretBytes> opened = sealOpen(g.sealed, ownPk, o.payload.secretKey);
        if (!opened || opened->size() != kGrantPlainBytes) {
            qCWarning(lcKeys) << "dropped a grant that does not open";
            continue;
        }
        SecretBytes newKey = opened->mid(0, kDbKeyBytes);
        const QByteArray gotMac = opened->mid(kDbKeyBytes, kMacBytes).toByteArray();
        if (!equalConstantTime(gotMac, grantMac(data, o.payload.dbKey, id, newKey))
            || keyCheck(newKey) != g.toCheck) {
            qCWarning(lcKeys) << "dropped a grant with a bad MAC";
            continue;
        }
        o.payload.previousDbKey = std::move(o.payload.dbKey);
        o.payload.dbKey = std::move(newKey);
        ++o.grantsApplied;
    }

    // 4. The password was right: reset the throttle, keeping the figures for the caller.
    if (ThrottleRecord *t = data.findThrottle(id)) {
        o.failedAttempts = t->failures;
        o.recentFailures = t->recent;
        data.throttle.removeIf([&](const ThrottleRecord &r) { return r.slotId == id; });
        dirty = true;
    }

    const bool current = equalConstantTime(keyCheck(o.payload.dbKey), data.dbKeyCheck);
    if (current) {
        // Grants left for this slot cannot apply any more (stale or forged).
        if (data.grants.removeIf([&](const GrantRecord &g) { return g.slotId == id; }) > 0)
            o.slotChanged = true;
        // Repair a public key that does not match our secret key or its MAC (tampering or an
        // interrupted write): we hold the current key, so we can vouch for our own public key.
        const QByteArray wantMac = publicKeyMac(data, o.payload.dbKey, id, ownPk);
        if (slot->publicKey != ownPk || !equalConstantTime(slot->publicKeyMac, wantMac)) {
            qCWarning(lcKeys) << "repaired a slot public key";
            slot->publicKey = ownPk;
            slot->publicKeyMac = wantMac;
            o.slotChanged = true;
        }
    }
    if (o.slotChanged) {
        wrapSlot(data, *slot, o.kek, o.payload);
        dirty = true;
    }
    if (!current) {
        // Right password, but this slot was left out of a re-key (e.g. its grant was lost or
        // refused): the officer must be re-added by an administrator.
        qCWarning(lcKeys) << "slot cannot reach the current database key";
        return err("auth.revoked", QStringLiteral("this key slot no longer opens the database"));
    }
    return o;
}

Result<UnlockResult> KeyFile::unlock(const QString &login, const QString &password,
                                     const Clock &clock)
{
    if (!ensureSodium())
        return err("keys.io", QStringLiteral("libsodium failed to initialise"));
    Result<Locked> locked = lockAndReload();
    if (!locked)
        return locked.error();
    KeyFileData &data = locked->data;
    const QDateTime now = clock ? clock().toUTC() : QDateTime::currentDateTimeUtc();
    bool dirty = false;
    Result<Opened> opened = openLocked(data, login, password, now, dirty);
    if (dirty) {
        if (Status s = save(data); !s) {
            if (!opened)
                return s.error(); // a failure we could not record must not pass silently
            // The unlock itself succeeded; grants and the throttle reset are re-done next time.
            qCWarning(lcKeys) << "could not persist the key file after an unlock:" << s.error().code;
        }
    }
    if (!opened)
        return opened.error();

    Opened &o = opened.value();
    UnlockResult r;
    r.officerPublicKey = publicKeyOf(o.payload.secretKey);
    r.failedAttempts = o.failedAttempts;
    r.recentFailures = o.recentFailures;
    r.grantsApplied = o.grantsApplied;

    auto session = std::make_unique<Session>();
    const SlotRecord *slot = data.findSlot(o.slotId);
    session->slotId = o.slotId;
    session->kdfSalt = slot->kdfSalt;
    session->cost = slot->cost;
    session->kek = std::move(o.kek);
    session->secretKey = o.payload.secretKey;
    m_session = std::move(session);

    r.dbKey = std::move(o.payload.dbKey);
    r.previousDbKey = std::move(o.payload.previousDbKey);
    r.officerSecretKey = std::move(o.payload.secretKey);
    return r;
}

Status KeyFile::addSlot(const SecretBytes &dbKey, const QString &login, const QString &password,
                        const KdfCost &cost)
{
    if (dbKey.size() != kDbKeyBytes || !validLogin(login) || password.isEmpty() || !cost.isValid())
        return err("keys.bad-argument", QStringLiteral("database key, login, password or cost"));
    Result<Locked> locked = lockAndReload();
    if (!locked)
        return locked.error();
    KeyFileData &data = locked->data;
    if (!equalConstantTime(keyCheck(dbKey), data.dbKeyCheck))
        return err("keys.stale-key", QStringLiteral("not the current database key"));
    if (data.findSlot(slotId(data.workspaceSalt, login)))
        return err("keys.slot-exists", QStringLiteral("this login already has a key slot"));
    if (Status s = addSlotTo(data, dbKey, login, password, cost); !s)
        return s;
    return save(data);
}

Status KeyFile::removeSlot(const QString &login)
{
    Result<Locked> locked = lockAndReload();
    if (!locked)
        return locked.error();
    KeyFileData &data = locked->data;
    const QByteArray id = slotId(data.workspaceSalt, login);
    if (!data.findSlot(id))
        return err("auth.unknown-officer", QStringLiteral("no key slot for this login"));
    if (data.slotRecords.size() == 1)
        return err("keys.last-slot", QStringLiteral("refusing to remove the last key slot"));
    data.slotRecords.removeIf([&](const SlotRecord &s) { return s.id == id; });
    data.grants.removeIf([&](const GrantRecord &g) { return g.slotId == id; });
    // The throttle bucket stays: it now counts as an unknown login's, like any other.
    if (m_session && m_session->slotId == id)
        forgetSession();
    return save(data);
}

Status KeyFile::changePassword(const QString &login, const QString &oldPassword,
                               const QString &newPassword, const KdfCost &cost, const Clock &clock)
{
    if (newPassword.isEmpty() || !cost.isValid())
        return err("keys.bad-argument", QStringLiteral("empty password or invalid cost"));
    Result<Locked> locked = lockAndReload();
    if (!locked)
        return locked.error();
    KeyFileData &data = locked->data;
    const QDateTime now = clock ? clock().toUTC() : QDateTime::currentDateTimeUtc();
    bool dirty = false;
    Result<Opened> opened = openLocked(data, login, oldPassword, now, dirty);
    if (!opened) {
        if (dirty) {
            if (Status s = save(data); !s)
                return s;
        }
        return opened.error();
    }
    Opened &o = opened.value();
    SlotRecord *slot = data.findSlot(o.slotId);
    slot->cost = cost;
    slot->kdfSalt = randomBytes(kPwSaltBytes);
    std::optional<SecretBytes> kek = deriveKek(newPassword, slot->kdfSalt, cost);
    if (!kek)
        return err("keys.kdf-failed", QStringLiteral("Argon2id failed (out of memory?)"));
    wrapSlot(data, *slot, *kek, o.payload);
    if (Status s = save(data); !s)
        return s;
    if (m_session && m_session->slotId == o.slotId) {
        m_session->kdfSalt = slot->kdfSalt;
        m_session->cost = cost;
        m_session->kek = std::move(*kek);
    }
    qCInfo(lcKeys) << "password changed";
    return {};
}

Result<RekeyReport> KeyFile::rekey(const SecretBytes &currentDbKey, const SecretBytes &newDbKey,
                                   const QString &actingLogin)
{
    return rekeyImpl(currentDbKey, newDbKey, actingLogin, nullptr);
}

Result<RekeyReport> KeyFile::revokeAndRekey(const QString &revokedLogin,
                                            const SecretBytes &currentDbKey,
                                            const SecretBytes &newDbKey,
                                            const QString &actingLogin)
{
    return rekeyImpl(currentDbKey, newDbKey, actingLogin, &revokedLogin);
}

Result<RekeyReport> KeyFile::rekeyImpl(const SecretBytes &currentDbKey,
                                       const SecretBytes &newDbKey, const QString &actingLogin,
                                       const QString *revokedLogin)
{
    if (currentDbKey.size() != kDbKeyBytes || newDbKey.size() != kDbKeyBytes
        || currentDbKey == newDbKey)
        return err("keys.bad-argument", QStringLiteral("two different 32-byte keys expected"));
    Result<Locked> locked = lockAndReload();
    if (!locked)
        return locked.error();
    KeyFileData &data = locked->data;
    if (!equalConstantTime(keyCheck(currentDbKey), data.dbKeyCheck))
        return err("keys.stale-key", QStringLiteral("not the current database key"));
    const QByteArray actingId = slotId(data.workspaceSalt, actingLogin);
    if (!data.findSlot(actingId))
        return err("auth.unknown-officer", QStringLiteral("the acting officer has no key slot"));
    if (revokedLogin) {
        const QByteArray revokedId = slotId(data.workspaceSalt, *revokedLogin);
        if (!data.findSlot(revokedId))
            return err("auth.unknown-officer", QStringLiteral("no key slot for this login"));
        if (revokedId == actingId)
            return err("keys.bad-argument", QStringLiteral("an officer cannot revoke themselves"));
        data.slotRecords.removeIf([&](const SlotRecord &s) { return s.id == revokedId; });
        // Its grants go with the dead-weight clean-up below.
    }

    const QByteArray fromCheck = keyCheck(currentDbKey);
    const QByteArray toCheck = keyCheck(newDbKey);
    RekeyReport report;
    for (SlotRecord &slot : data.slotRecords) {
        // Only a public key vouched for by the current key may receive the new one.
        if (!equalConstantTime(slot.publicKeyMac,
                               publicKeyMac(data, currentDbKey, slot.id, slot.publicKey))) {
            ++report.skipped;
            continue;
        }
        const bool ownSession = slot.id == actingId && m_session && m_session->slotId == slot.id
            && m_session->kdfSalt == slot.kdfSalt && m_session->cost == slot.cost
            && publicKeyOf(m_session->secretKey) == slot.publicKey;
        if (ownSession) {
            Payload p;
            p.dbKey = newDbKey;
            p.secretKey = m_session->secretKey;
            p.previousDbKey = currentDbKey;
            wrapSlot(data, slot, m_session->kek, p);
            ++report.rewrapped;
        } else {
            SecretBytes plain(kGrantPlainBytes);
            std::memcpy(plain.data(), newDbKey.data(), kDbKeyBytes);
            const QByteArray m = grantMac(data, currentDbKey, slot.id, newDbKey);
            std::memcpy(plain.data() + kDbKeyBytes, m.constData(), kMacBytes);
            GrantRecord g;
            g.slotId = slot.id;
            g.fromCheck = fromCheck;
            g.toCheck = toCheck;
            g.sealed = seal(slot.publicKey, plain);
            data.grants.append(g);
            ++report.granted;
        }
        slot.publicKeyMac = publicKeyMac(data, newDbKey, slot.id, slot.publicKey);
    }
    // Grants of slotRecords that no longer exist are dead weight.
    data.grants.removeIf([&](const GrantRecord &g) { return !data.findSlot(g.slotId); });
    data.dbKeyCheck = toCheck;
    if (Status s = save(data); !s)
        return s.error();
    if (report.skipped > 0)
        qCWarning(lcKeys) << "re-key: slots without a valid public key MAC left out:" << report.skipped;
    qCInfo(lcKeys) << "re-key written: rewrapped" << report.rewrapped << "granted" << report.granted;
    return report;
}

bool KeyFile::hasSlot(const QString &login)
{
    (void)reload(); // best effort: keep the last good state if the file cannot be read now
    return validLogin(login) && m_data->findSlot(slotId(m_data->workspaceSalt, login)) != nullptr;
}

KeyFile::ThrottleState KeyFile::throttleState(const QString &login)
{
    (void)reload();
    ThrottleState st;
    if (const ThrottleRecord *t = m_data->findThrottle(slotId(m_data->workspaceSalt, login))) {
        st.failures = t->failures;
        st.lastFailure = t->lastFailure;
    }
    return st;
}

} // namespace motcua
