#include "app/sync/Bundle.h"

#include "app/sync/DeviceKeys.h"
#include "app/sync/PortalClient.h"
#include "app/sync/SyncLogging.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "db/SyncStore.h"
#include "domain/dossier/EventLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace motcua::sync {
namespace {

Result<SyncIdentity> requireIdentity(QSqlDatabase db)
{
    Result<std::optional<SyncIdentity>> identity = SyncStore(db).identity();
    if (!identity)
        return identity.error();
    if (!identity->has_value())
        return Error(QStringLiteral("sync.not-enrolled"), QStringLiteral("a stand-alone workspace"));
    return std::move(**identity);
}

} // namespace

Result<BundleSummary> exportBundle(WorkspaceServices &services, const QString &outPath)
{
    QSqlDatabase db = services.db();
    Result<SyncIdentity> identity = requireIdentity(db);
    if (!identity)
        return identity.error();
    SyncStore store(db);
    Result<QList<OutboxItem>> items = store.items();
    if (!items)
        return items.error();
    const EventStore &events = services.events();
    PageStore pages(db);
    QJsonArray wire;
    QJsonObject files;
    BundleSummary summary;
    std::optional<Event> last;
    for (const OutboxItem &item : std::as_const(*items)) {
        if (item.state == OutboxState::Quarantined)
            continue;   // refused on its merits: a bundle would be refused the same way
        std::optional<Event> e = events.event(item.event);
        if (!e)
            return Error(QStringLiteral("events.unknown"), uuidText(item.event));
        QJsonObject o = e->toJson();
        o.remove(QStringLiteral("portalSeq"));
        o.remove(QStringLiteral("officeSeq"));
        o.remove(QStringLiteral("portalHash"));
        wire.append(o);
        for (const QString &sha : eventlog::pagesReferenced(*e)) {
            if (files.contains(sha))
                continue;
            Result<StoredPage> page = pages.get(sha);
            if (!page)
                return page.error();
            files.insert(sha, QString::fromLatin1(page->bytes.toBase64()));
            ++summary.files;
        }
        last = *e;
        ++summary.events;
    }
    if (!last)
        return Error(QStringLiteral("sync.nothing-to-export"), QStringLiteral("every event was accepted by the portal"));
    const QString lastHash = QString::fromLatin1(last->deviceHash.toHex());
    const QJsonObject inner{
        {QStringLiteral("format"), QStringLiteral("motcua.bundle.v1")},
        {QStringLiteral("device"), identity->device},
        {QStringLiteral("events"), wire},
        {QStringLiteral("files"), files},
        {QStringLiteral("last"), QJsonObject{{QStringLiteral("seq"), last->deviceSeq}, {QStringLiteral("hash"), lastHash}}},
        {QStringLiteral("signature"),
         QString::fromLatin1(sign(identity->secretKey, pushMessage(identity->device, last->deviceSeq, lastHash)).toBase64())}};
    Result<QByteArray> sealed = seal(identity->portalBoxKey, QJsonDocument(inner).toJson(QJsonDocument::Compact));
    if (!sealed)
        return sealed.error();
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(*sealed) != sealed->size() || !out.commit())
        return Error(QStringLiteral("sync.bundle-io"), QStringLiteral("cannot write the bundle file"));
    summary.bytes = sealed->size();
    qCInfo(lcSync) << "bundle exported:" << summary.events << "events," << summary.files << "files";
    return summary;
}

Result<BundleImport> importBundle(WorkspaceServices &services, const QString &path, const QString &portalOverride)
{
    QSqlDatabase db = services.db();
    Result<SyncIdentity> identity = requireIdentity(db);
    if (!identity)
        return identity.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("sync.bundle-io"), QStringLiteral("cannot read the bundle file"));
    const QByteArray sealed = f.readAll();
    Result<QUrl> base = PortalClient::parseBaseUrl(portalOverride.isEmpty() ? identity->portalUrl : portalOverride);
    if (!base)
        return base.error();
    PortalClient portal(*base, 120000, services.factories().makeNetwork());
    const QString at = isoUtcMs(services.now());
    const PortalReply token = portal.postJson(
        QStringLiteral("/v1/auth/device"),
        QJsonObject{{QStringLiteral("device"), identity->device},
                    {QStringLiteral("at"), at},
                    {QStringLiteral("signature"),
                     QString::fromLatin1(sign(identity->secretKey, deviceTokenMessage(identity->device, at)).toBase64())}});
    if (!token.ok())
        return token.error;
    portal.setToken(token.json.value(QStringLiteral("token")).toString());
    const PortalReply r = portal.postBytes(QStringLiteral("/v1/sync/bundle"), sealed);
    if (!r.ok())
        return r.error;
    BundleImport result;
    result.answer = r.json;
    for (const QJsonValue &v : r.json.value(QStringLiteral("results")).toArray()) {
        if (v.toObject().contains(QStringLiteral("portalSeq")))
            ++result.accepted;
        else
            ++result.refused;
    }
    qCInfo(lcSync) << "bundle imported:" << result.accepted << "accepted," << result.refused << "refused";
    return result;
}

} // namespace motcua::sync
