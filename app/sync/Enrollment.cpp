#include "app/sync/Enrollment.h"

#include "app/sync/DeviceKeys.h"
#include "app/sync/PortalClient.h"
#include "app/sync/ReferenceData.h"
#include "app/sync/SyncLogging.h"
#include "db/SyncStore.h"
#include "db/Workspace.h"
#include "domain/dossier/Event.h"

#include <QDir>
#include <QJsonArray>

#include <sodium.h>

namespace motcua::sync {
namespace {

Result<Office> officeFrom(const QJsonObject &o)
{
    Office office;
    office.code = o.value(QStringLiteral("code")).toString();
    office.name = o.value(QStringLiteral("name")).toString(office.code);
    office.level = o.value(QStringLiteral("level")).toString() == QLatin1String("province") ? OfficeLevel::Province
                                                                                           : OfficeLevel::Commune;
    office.provinceCode = o.value(QStringLiteral("province")).toString();
    if (office.code.isEmpty())
        return Error(QStringLiteral("sync.transport"), QStringLiteral("the enrollment answer names no office"));
    return office;
}

} // namespace

Result<EnrollOutcome> enroll(const EnrollRequest &request, const Clock &clock)
{
    if (Workspace::exists(request.directory))
        return Error(QStringLiteral("sync.workspace-exists"), request.directory);
    const QDir dir(request.directory);
    if (dir.exists() && !dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        return Error(QStringLiteral("workspace.not-empty"), request.directory);
    Result<QUrl> base = PortalClient::parseBaseUrl(request.portalUrl);
    if (!base)
        return base.error();
    PortalClient portal(*base);

    // 1. The officer on the portal.
    const PortalReply login = portal.postJson(
        QStringLiteral("/v1/auth/login"),
        QJsonObject{{QStringLiteral("login"), request.login}, {QStringLiteral("password"), request.password}});
    if (!login.ok())
        return login.error;
    portal.setToken(login.json.value(QStringLiteral("token")).toString());
    const QJsonObject officerJson = login.json.value(QStringLiteral("officer")).toObject();
    QStringList roleNames;
    for (const QJsonValue &v : officerJson.value(QStringLiteral("roles")).toArray())
        roleNames << v.toString();
    QString badRole;
    const std::optional<Roles> roles = rolesFromString(roleNames.join(QLatin1Char(',')), &badRole);
    if (!roles || roleNames.isEmpty())
        return Error(QStringLiteral("sync.enroll-no-role"), QStringLiteral("the portal gave no usable role"));

    // 2. Reference data first: a failure now leaves nothing behind.
    Result<CatalogFeed> catalog = fetchCatalog(portal, 0);
    if (!catalog)
        return catalog.error();
    Result<CalendarFeed> calendar = fetchCalendar(portal, 0);
    if (!calendar)
        return calendar.error();

    // 3. The device's key and its enrollment.
    DeviceKeyPair keys = makeDeviceKeyPair();
    // The secret of the device's portal key slot: the portal keeps it and hands it to another
    // officer of the office who signs in there, so they get a key slot here (OfficerSlots).
    QByteArray slotSecret(32, Qt::Uninitialized);
    randombytes_buf(slotSecret.data(), size_t(slotSecret.size()));
    const QString slotSecretText = QString::fromLatin1(slotSecret.toBase64());
    const PortalReply device = portal.postJson(
        QStringLiteral("/v1/devices"),
        QJsonObject{{QStringLiteral("publicKey"), QString::fromLatin1(keys.publicKey.toBase64())},
                    {QStringLiteral("name"), request.deviceName},
                    {QStringLiteral("slotSecret"), slotSecretText}});
    if (!device.ok())
        return device.error;
    Result<Office> office = officeFrom(device.json.value(QStringLiteral("office")).toObject());
    if (!office)
        return office.error();
    const QJsonObject portalKeys = device.json.value(QStringLiteral("portalKeys")).toObject();
    SyncIdentity identity;
    identity.portalUrl = base->toString();
    identity.device = device.json.value(QStringLiteral("device")).toString();
    identity.deviceNumber = device.json.value(QStringLiteral("number")).toInt();
    identity.publicKey = keys.publicKey;
    identity.secretKey = std::move(keys.secretKey);
    identity.portalSignKey = QByteArray::fromBase64(portalKeys.value(QStringLiteral("sign")).toString().toLatin1());
    identity.portalBoxKey = QByteArray::fromBase64(portalKeys.value(QStringLiteral("box")).toString().toLatin1());
    identity.office = office->code;
    identity.enrolledAt = clock.now();
    if (QUuid::fromString(identity.device).isNull() || identity.deviceNumber < 1 || identity.deviceNumber > 99
        || identity.portalBoxKey.size() != 32 || identity.portalSignKey.size() != 32)
        return Error(QStringLiteral("sync.transport"), QStringLiteral("the enrollment answer is incomplete"));

    // 4. The workspace from those facts.
    Workspace::InitRequest init;
    init.directory = request.directory;
    init.office = *office;
    init.login = request.login;
    init.fullName = officerJson.value(QStringLiteral("fullName")).toString(request.login);
    init.password = request.password;
    init.deviceId = identity.device;
    init.deviceNumber = identity.deviceNumber;
    init.roles = roles;
    init.portalUrl = identity.portalUrl;
    const bool existed = dir.exists();
    auto ws = Workspace::create(init);
    if (!ws)
        return ws.error();
    auto undo = [&](const Error &e) -> Result<EnrollOutcome> {
        ws->reset();
        if (existed) {
            for (const QString &f : QDir(request.directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
                QFileInfo(dir.filePath(f)).isDir() ? QDir(dir.filePath(f)).removeRecursively() : QFile::remove(dir.filePath(f));
        } else {
            QDir(request.directory).removeRecursively();
        }
        return e;
    };
    if (Status st = (*ws)->addPortalSlot(slotSecretText); !st)
        return undo(st.error());
    auto db = (*ws)->openDatabase();
    if (!db)
        return undo(db.error());
    {
        QSqlDatabase sql = (*db)->sql();
        SqlTransaction tx(sql);
        if (!tx.began())
            return undo(transactionError(sql));
        if (Status st = SyncStore(sql).setIdentity(tx, identity); !st)
            return undo(st.error());
        if (Status st = tx.commit(); !st)
            return undo(st.error());
    }
    if (Status st = storeCatalog((*db)->sql(), *catalog, clock.now()); !st)
        return undo(st.error());
    if (Status st = storeCalendar((*db)->sql(), *calendar); !st)
        return undo(st.error());
    qCInfo(lcSync) << "enrolled as device" << identity.deviceNumber << "of office" << identity.office;
    return EnrollOutcome{(*ws)->session().directory, identity.device, identity.deviceNumber, identity.office};
}

} // namespace motcua::sync
