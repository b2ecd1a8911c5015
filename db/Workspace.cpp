#include "db/Workspace.h"

#include "db/OfficerStore.h"
#include "db/keys/UnlockThrottle.h"
#include "db/DbLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

#include <sodium.h>

namespace motcua {

namespace {

const QString kDeviceIdKey = QStringLiteral("device_id");
const QString kDeviceNumberKey = QStringLiteral("device_number");
const QString kOfficeKey = QStringLiteral("office_code");

SecretBytes randomKey()
{
    SecretBytes key(32);
    randombytes_buf(key.data(), static_cast<size_t>(key.size()));
    return key;
}

// An existing workspace's database must be there: never create an empty one in its place.
DatabaseConfig configFor(const QString &dir, const SecretBytes &key, bool mustExist = true)
{
    return DatabaseConfig{Workspace::databasePath(dir), key.toByteArray(), mustExist};
}

// What can be told of motcua.db without its key. A missing file would otherwise be replaced by an
// empty database, whose empty officer table then answers every officer "access revoked"; a file cut
// short would be refused later with a puzzling SQLite message. Checked before the key slot is
// opened, so a refusal writes nothing (not even the unlock throttle).
Status checkDatabaseFile(const QString &dir)
{
    const QString path = Workspace::databasePath(dir);
    const QFileInfo db(path);
    if (!db.exists())
        return Error(QStringLiteral("workspace.db-missing"), QStringLiteral("motcua.db is missing beside the key file"));
    if (!db.isFile())
        return Error(QStringLiteral("workspace.db-damaged"), QStringLiteral("motcua.db is not a file"));
    const qint64 size = db.size();
    // A database whose every page is still in the write-ahead log (killed before its first
    // checkpoint) may be empty: SQLite recovers it from the log.
    const bool walHasPages = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if ((size == 0 && !walHasPages) || size % Database::kPageBytes != 0)
        return Error(QStringLiteral("workspace.db-damaged"),
                     QStringLiteral("motcua.db has %1 bytes, not a whole number of %2-byte pages").arg(size).arg(Database::kPageBytes));
    return {};
}

// The database opened with the key this workspace's key file gave: what its refusal means here.
Error databaseRefusal(const Error &e)
{
    const QString &code = e.code;
    if (code == QLatin1String("db.missing"))
        return Error(QStringLiteral("workspace.db-missing"), e.detail);
    // The key file opened, so its key is right for this workspace: a database it does not open
    // (another workspace's, random bytes) or a plain SQLite file is not this workspace's database.
    if (code == QLatin1String("db.wrong-key") || code == QLatin1String("db.not-encrypted"))
        return Error(QStringLiteral("workspace.db-foreign"), e.detail);
    if (code == QLatin1String("db.corrupt"))
        return Error(QStringLiteral("workspace.db-damaged"), e.detail);
    return e;
}

// Opens the database with the current key; when a re-key was interrupted between the key file
// and PRAGMA rekey, the database still has the previous key: open with it and finish the re-key.
Result<std::unique_ptr<Database>> openFinishingRekey(const QString &dir, const UnlockResult &unlocked)
{
    auto db = Database::open(configFor(dir, unlocked.dbKey));
    if (db.ok() || unlocked.previousDbKey.isEmpty() || db.error().code != QLatin1String("db.wrong-key"))
        return db;
    auto old = Database::open(configFor(dir, unlocked.previousDbKey));
    if (!old.ok())
        return db;
    qCWarning(lcDb) << "finishing an interrupted re-key";
    if (auto s = (*old)->rekey(unlocked.dbKey.toByteArray()); !s.ok())
        return s.error();
    return old;
}

} // namespace

QString Workspace::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace");
}

namespace {
QString publicInfoPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("workspace.json"));
}

bool writePublicInfo(const QString &dir, const Office &office, const QString &portalUrl, const QString &device)
{
    QJsonObject o;
    o[QStringLiteral("format")] = QStringLiteral("motcua-workspace");
    o[QStringLiteral("version")] = 1;
    o[QStringLiteral("office_code")] = office.code;
    o[QStringLiteral("office_name")] = office.name;
    if (!portalUrl.isEmpty()) {
        o[QStringLiteral("portal")] = portalUrl;
        o[QStringLiteral("device")] = device;
    }
    QSaveFile f(publicInfoPath(dir));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(o).toJson());
    return f.commit();
}
} // namespace

std::optional<Workspace::PublicInfo> Workspace::publicInfo(const QString &dir)
{
    QFile f(publicInfoPath(dir));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024)).object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("motcua-workspace"))
        return std::nullopt;
    return PublicInfo{o.value(QStringLiteral("office_code")).toString(), o.value(QStringLiteral("office_name")).toString(),
                      o.value(QStringLiteral("portal")).toString(), o.value(QStringLiteral("device")).toString()};
}

QString Workspace::databasePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("motcua.db"));
}

bool Workspace::exists(const QString &dir)
{
    return KeyFile::exists(dir);
}

Workspace::Workspace(KeyFile keys, SessionInfo session) : m_keys(std::move(keys)), m_session(std::move(session)) {}

Workspace::~Workspace()
{
    m_keys.forgetSession();
}

Result<std::unique_ptr<Workspace>> Workspace::create(const InitRequest &r)
{
    if (!isValidLogin(r.login))
        return Error(QStringLiteral("workspace.bad-login"),
                     QStringLiteral("a login is 2–32 lower-case letters, digits, '.', '_' or '-', starting with a letter"));
    if (r.office.code.trimmed().isEmpty())
        return Error(QStringLiteral("workspace.bad-office"), QStringLiteral("the office code is empty"));
    if (r.fullName.trimmed().isEmpty())
        return Error(QStringLiteral("workspace.bad-name"), QStringLiteral("the officer's full name is empty"));
    if (r.password.isEmpty())
        return Error(QStringLiteral("auth.empty-password"), QStringLiteral("the password is empty"));

    const QDir dir(r.directory);
    const bool existed = dir.exists();
    if (existed && !dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        return Error(QStringLiteral("workspace.not-empty"), QStringLiteral("the folder is not empty: ") + r.directory);
    if (!QDir().mkpath(r.directory))
        return Error(QStringLiteral("workspace.io"), QStringLiteral("cannot create the folder ") + r.directory);
    QFile::setPermissions(r.directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto fail = [&](const Error &e) -> Result<std::unique_ptr<Workspace>> {
        // Leave nothing half-made: the folder was missing or empty.
        if (existed) {
            for (const QString &f : QDir(r.directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
                QFileInfo(dir.filePath(f)).isDir() ? QDir(dir.filePath(f)).removeRecursively() : QFile::remove(dir.filePath(f));
        } else {
            QDir(r.directory).removeRecursively();
        }
        return e;
    };

    const QString deviceId = r.deviceId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : r.deviceId;
    if (!writePublicInfo(r.directory, r.office, r.portalUrl, deviceId))
        return fail(Error(QStringLiteral("workspace.io"), QStringLiteral("cannot write workspace.json")));
    const SecretBytes dbKey = randomKey();
    auto keys = KeyFile::create(r.directory, dbKey, r.login, r.password, r.cost);
    if (!keys.ok())
        return fail(keys.error());

    SessionInfo s;
    s.directory = QDir(r.directory).absolutePath();
    s.database = configFor(r.directory, dbKey, /*mustExist=*/false);
    s.office = r.office;
    s.officer.login = r.login;
    s.officer.fullName = r.fullName.trimmed();
    s.officer.officeCode = r.office.code;
    s.officer.roles = r.roles.value_or(allRoles());
    s.officer.createdAt = QDateTime::currentDateTimeUtc();
    s.deviceId = deviceId;
    s.deviceNumber = r.deviceNumber;
    {
        auto db = Database::open(s.database);
        if (!db.ok())
            return fail(db.error());
        QSqlDatabase sql = (*db)->sql();
        OfficerStore store(sql);
        if (!sql.transaction())
            return fail(Error(QStringLiteral("db.transaction"), sql.lastError().text()));
        Status st = store.addOffice(s.office);
        if (st.ok())
            st = store.addOfficer(s.officer);
        if (st.ok())
            st = store.setMeta(kDeviceIdKey, s.deviceId);
        if (st.ok())
            st = store.setMeta(kDeviceNumberKey, QString::number(s.deviceNumber));
        if (st.ok())
            st = store.setMeta(kOfficeKey, s.office.code);
        if (st.ok())
            st = store.logAuth(s.officer.login, QStringLiteral("officer-added"),
                               r.roles ? QStringLiteral("first officer, enrolled: ") + rolesToString(*r.roles)
                                       : QStringLiteral("first officer, all roles"));
        if (!st.ok()) {
            sql.rollback();
            return fail(st.error());
        }
        if (!sql.commit())
            return fail(Error(QStringLiteral("db.commit"), sql.lastError().text()));
    }
    s.database.mustExist = true;   // from now on a missing database is an error, never a new file
    qCInfo(lcKeys) << "workspace created";
    return std::unique_ptr<Workspace>(new Workspace(std::move(*keys), std::move(s)));
}

Result<std::unique_ptr<Workspace>> Workspace::unlock(const QString &dir, const QString &login, const QString &password,
                                                     Wait wait, const KeyFile::Clock &clock)
{
    if (!exists(dir))
        return Error(QStringLiteral("workspace.missing"), QStringLiteral("no workspace in ") + dir);
    if (Status st = checkDatabaseFile(dir); !st)
        return st.error();
    auto keys = KeyFile::load(dir);
    if (!keys.ok())
        return keys.error();
    UnlockThrottle throttle(*keys, clock);
    auto unlocked = wait == Wait::UntilAllowed ? throttle.unlockWhenAllowed(login, password)
                                               : throttle.tryUnlock(login, password);
    if (!unlocked.ok())
        return unlocked.error();

    auto db = openFinishingRekey(dir, *unlocked);
    if (!db.ok())
        return databaseRefusal(db.error());
    OfficerStore store((*db)->sql());
    const auto officer = store.officer(login);
    if (!officer || !officer->active)
        return Error(QStringLiteral("auth.revoked"), QStringLiteral("this officer's access was revoked"));

    SessionInfo s;
    s.directory = QDir(dir).absolutePath();
    s.database = (*db)->config();
    s.officer = *officer;
    s.office = store.office(officer->officeCode).value_or(Office{officer->officeCode, {}, OfficeLevel::Commune, {}, {}});
    s.deviceId = store.meta(kDeviceIdKey);
    s.deviceNumber = store.meta(kDeviceNumberKey, QStringLiteral("1")).toInt();
    s.failedAttemptsBefore = unlocked->failedAttempts;
    s.recentFailures = unlocked->recentFailures;

    // The key file only keeps counters; the lasting record goes into the encrypted database.
    for (const QDateTime &t : unlocked->recentFailures)
        (void)store.logAuth(login, QStringLiteral("unlock-failed"), {}, t);
    (void)store.logAuth(login, QStringLiteral("unlock"),
                        unlocked->failedAttempts ? QStringLiteral("after %1 failed attempts").arg(unlocked->failedAttempts)
                                                 : QString());
    return std::unique_ptr<Workspace>(new Workspace(std::move(*keys), std::move(s)));
}

QDateTime Workspace::nextAttemptAllowedAt(const QString &dir, const QString &login)
{
    auto keys = KeyFile::load(dir);
    if (!keys.ok())
        return {};
    return UnlockThrottle(*keys).nextAttemptAllowedAt(login);
}

Result<std::unique_ptr<Database>> Workspace::openDatabase() const
{
    return Database::open(m_session.database);
}

Status Workspace::requireAdmin() const
{
    if (!m_session.officer.has(Role::Admin))
        return Error(QStringLiteral("auth.not-admin"), QStringLiteral("only an administrator may do this"));
    return {};
}

Status Workspace::addOfficer(const QString &login, const QString &fullName, Roles roles, const QString &password,
                             const KdfCost &cost)
{
    if (auto s = requireAdmin(); !s.ok())
        return s;
    if (!isValidLogin(login))
        return Error(QStringLiteral("workspace.bad-login"),
                     QStringLiteral("a login is 2–32 lower-case letters, digits, '.', '_' or '-', starting with a letter"));
    if (fullName.trimmed().isEmpty())
        return Error(QStringLiteral("workspace.bad-name"), QStringLiteral("the officer's full name is empty"));
    if (password.isEmpty())
        return Error(QStringLiteral("auth.empty-password"), QStringLiteral("the password is empty"));
    auto db = openDatabase();
    if (!db.ok())
        return db.error();
    OfficerStore store((*db)->sql());
    if (store.officer(login))
        return Error(QStringLiteral("keys.slot-exists"), QStringLiteral("an officer with that login exists (revoked logins are not reused)"));
    const SecretBytes dbKey = SecretBytes::fromByteArray(m_session.database.rawKey);
    if (auto s = m_keys.addSlot(dbKey, login, password, cost); !s.ok())
        return s;
    Officer o;
    o.login = login;
    o.fullName = fullName.trimmed();
    o.officeCode = m_session.officer.officeCode;
    o.roles = roles;
    o.createdAt = QDateTime::currentDateTimeUtc();
    if (auto s = store.addOfficer(o); !s.ok()) {
        (void)m_keys.removeSlot(login);
        return s;
    }
    (void)store.logAuth(m_session.officer.login, QStringLiteral("officer-added"), login + QLatin1Char(' ') + rolesToString(roles));
    return {};
}

Status Workspace::addPortalSlot(const QString &secret)
{
    // The secret is 256 random bits, not a password: the KDF adds nothing, so its cost is the minimum.
    return m_keys.addSlot(SecretBytes::fromByteArray(m_session.database.rawKey), QString(kPortalSlot), secret,
                          KdfCost::fastForTests());
}

Status Workspace::addOfficerFromPortal(const QString &dir, const QString &portalSecret, const Officer &officer,
                                       const QString &password, const KdfCost &cost)
{
    if (!isValidLogin(officer.login))
        return Error(QStringLiteral("workspace.bad-login"), QStringLiteral("not a valid login"));
    if (password.isEmpty())
        return Error(QStringLiteral("auth.empty-password"), QStringLiteral("the password is empty"));
    if (!exists(dir))
        return Error(QStringLiteral("workspace.missing"), QStringLiteral("no workspace in ") + dir);
    if (Status st = checkDatabaseFile(dir); !st)
        return st.error();
    auto keys = KeyFile::load(dir);
    if (!keys.ok())
        return keys.error();
    // The portal slot: a wrong secret (another device's, or none was made) is the portal's word
    // that does not open this workspace.
    auto unlocked = keys->unlock(QString(kPortalSlot), portalSecret);
    keys->forgetSession();
    if (!unlocked.ok())
        return Error(QStringLiteral("auth.portal-slot"), unlocked.error().code);
    auto db = openFinishingRekey(dir, *unlocked);
    if (!db.ok())
        return databaseRefusal(db.error());
    OfficerStore store((*db)->sql());
    const QString office = store.meta(kOfficeKey);
    if (officer.officeCode != office)
        return Error(QStringLiteral("auth.other-office"), QStringLiteral("the officer belongs to another office"));
    if (const auto here = store.officer(officer.login)) {
        if (!here->active)
            return Error(QStringLiteral("auth.revoked"), QStringLiteral("this officer's access was revoked on this device"));
        if (keys->hasSlot(officer.login))
            return Error(QStringLiteral("keys.slot-exists"), QStringLiteral("this officer already has a key slot here"));
    }
    if (Status st = keys->addSlot(unlocked->dbKey, officer.login, password, cost); !st)
        return st;
    Officer o = officer;
    o.active = true;
    o.createdAt = QDateTime::currentDateTimeUtc();
    if (!store.officer(officer.login)) {
        if (Status st = store.addOfficer(o); !st) {
            (void)keys->removeSlot(officer.login);
            return st;
        }
    } else if (Status st = store.setRoles(officer.login, officer.roles); !st) {
        (void)keys->removeSlot(officer.login);
        return st;
    }
    (void)store.logAuth(officer.login, QStringLiteral("officer-added"),
                        QStringLiteral("granted through the portal: ") + rolesToString(officer.roles));
    qCInfo(lcKeys) << "a key slot was granted through the portal";
    return {};
}

Status Workspace::revokeOfficer(const QString &login)
{
    if (auto s = requireAdmin(); !s.ok())
        return s;
    if (login == m_session.officer.login)
        return Error(QStringLiteral("auth.self-revoke"), QStringLiteral("an administrator cannot revoke themselves"));
    auto db = openDatabase();
    if (!db.ok())
        return db.error();
    OfficerStore store((*db)->sql());
    const auto target = store.officer(login);
    if (!target || !target->active)
        return Error(QStringLiteral("auth.unknown-officer"), QStringLiteral("no active officer with that login"));
    // The database flag first (an inactive officer is refused even with a valid slot), then the
    // key file drops the slot and makes a new key current in one atomic write, then PRAGMA rekey:
    // the revoked officer may have copied the old key file or key, which opens nothing any more.
    if (auto s = store.revoke(login, QDateTime::currentDateTimeUtc()); !s.ok())
        return s;
    (void)store.logAuth(m_session.officer.login, QStringLiteral("officer-revoked"), login);
    return changeKey(**db, [&](const SecretBytes &current, const SecretBytes &next) {
        return m_keys.revokeAndRekey(login, current, next, m_session.officer.login);
    });
}

Status Workspace::changeKey(Database &db, const std::function<Result<RekeyReport>(const SecretBytes &, const SecretBytes &)> &writeKeyFile)
{
    const SecretBytes current = SecretBytes::fromByteArray(m_session.database.rawKey);
    const SecretBytes next = randomKey();
    auto report = writeKeyFile(current, next);
    if (!report.ok())
        return report.error();
    if (auto s = db.rekey(next.toByteArray()); !s.ok())
        return s;   // the next unlock finishes it (the key file already holds both keys)
    m_session.database.rawKey = next.toByteArray();
    (void)OfficerStore(db.sql()).logAuth(m_session.officer.login, QStringLiteral("rekeyed"),
                                         QStringLiteral("granted to %1 officer(s)").arg(report->granted));
    qCInfo(lcKeys) << "database re-keyed; grants written:" << report->granted;
    return {};
}

Status Workspace::rekey()
{
    if (auto s = requireAdmin(); !s.ok())
        return s;
    auto db = openDatabase();
    if (!db.ok())
        return db.error();
    return changeKey(**db, [&](const SecretBytes &current, const SecretBytes &next) {
        return m_keys.rekey(current, next, m_session.officer.login);
    });
}

Status Workspace::changePassword(const QString &oldPassword, const QString &newPassword, const KdfCost &cost)
{
    if (newPassword.isEmpty())
        return Error(QStringLiteral("auth.empty-password"), QStringLiteral("the new password is empty"));
    if (auto s = m_keys.changePassword(m_session.officer.login, oldPassword, newPassword, cost); !s.ok())
        return s;
    auto db = openDatabase();
    if (db.ok())
        (void)OfficerStore((*db)->sql()).logAuth(m_session.officer.login, QStringLiteral("password-changed"));
    return {};
}

} // namespace motcua
