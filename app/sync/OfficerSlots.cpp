#include "app/sync/OfficerSlots.h"

#include "app/sync/PortalClient.h"
#include "app/sync/SyncLogging.h"
#include "db/OfficerStore.h"
#include "db/Workspace.h"
#include "db/keys/KeyFile.h"

#include <QJsonArray>
#include <QSet>

namespace motcua::sync {

Result<Officer> addOfficerSlot(const SlotGrantRequest &request)
{
    const std::optional<Workspace::PublicInfo> info = Workspace::publicInfo(request.directory);
    if (!Workspace::exists(request.directory) || !info)
        return Error(QStringLiteral("workspace.missing"), request.directory);
    if (info->portalUrl.isEmpty() || info->device.isEmpty())
        return Error(QStringLiteral("sync.not-enrolled"), QStringLiteral("no portal in workspace.json"));
    Result<QUrl> base = PortalClient::parseBaseUrl(request.portalOverride.isEmpty() ? info->portalUrl : request.portalOverride);
    if (!base)
        return base.error();
    PortalClient portal(*base);

    // 1. The officer on the portal: their password is checked there.
    const PortalReply login = portal.postJson(
        QStringLiteral("/v1/auth/login"),
        QJsonObject{{QStringLiteral("login"), request.login}, {QStringLiteral("password"), request.password}});
    if (!login.ok())
        return login.error;
    const QJsonObject json = login.json.value(QStringLiteral("officer")).toObject();
    Officer officer;
    officer.login = json.value(QStringLiteral("login")).toString();
    officer.fullName = json.value(QStringLiteral("fullName")).toString(officer.login);
    officer.officeCode = json.value(QStringLiteral("office")).toString();
    QStringList roleNames;
    for (const QJsonValue &v : json.value(QStringLiteral("roles")).toArray())
        roleNames << v.toString();
    const std::optional<Roles> roles = rolesFromString(roleNames.join(QLatin1Char(',')));
    if (!roles || roleNames.isEmpty() || officer.login != request.login)
        return Error(QStringLiteral("sync.enroll-no-role"), QStringLiteral("the portal gave no usable officer"));
    officer.roles = *roles;
    // Another office's officer is refused here already (the portal refuses them the secret too).
    if (officer.officeCode != info->officeCode)
        return Error(QStringLiteral("auth.other-office"), QStringLiteral("the officer belongs to another office"));

    // 2. The device's portal-slot secret, for this officer.
    portal.setToken(login.json.value(QStringLiteral("token")).toString());
    const PortalReply secret = portal.postJson(QStringLiteral("/v1/devices/%1/slot-secret").arg(info->device), QJsonObject{});
    if (!secret.ok())
        return secret.error;

    // 3. The officer's own key slot here.
    if (Status st = Workspace::addOfficerFromPortal(request.directory, secret.json.value(QStringLiteral("slotSecret")).toString(),
                                                    officer, request.password);
        !st)
        return st.error();
    qCInfo(lcSync) << "an officer of the office was granted a key slot through the portal";
    return officer;
}

Result<int> followPortalOfficers(PortalClient &portal, QSqlDatabase db, const QString &directory, const QDateTime &now)
{
    const PortalReply reply = portal.get(QStringLiteral("/v1/officers"));
    if (!reply.ok())
        return reply.error;
    QSet<QString> active;
    const QJsonArray listed = reply.json.value(QStringLiteral("officers")).toArray();
    for (const QJsonValue &v : listed) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("active")).toBool(true))
            active.insert(o.value(QStringLiteral("login")).toString());
    }
    if (listed.isEmpty())
        return 0;
    OfficerStore store(db);
    int revoked = 0;
    for (const Officer &o : store.officers()) {
        if (active.contains(o.login))
            continue;
        if (Status st = store.revoke(o.login, now); !st)
            return st.error();
        (void)store.logAuth(o.login, QStringLiteral("officer-revoked"), QStringLiteral("no longer active in the office on the portal"));
        // The slot goes too. Without a re-key the database key it wrapped stays the same: the
        // officer could read a copy of the workspace they made while they were allowed to.
        if (auto keys = KeyFile::load(directory); keys.ok())
            (void)keys->removeSlot(o.login);
        ++revoked;
    }
    if (revoked > 0)
        qCInfo(lcSync) << revoked << "officer(s) revoked on this device: no longer active on the portal";
    return revoked;
}

} // namespace motcua::sync
