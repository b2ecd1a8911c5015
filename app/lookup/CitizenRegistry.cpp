#include "app/lookup/CitizenRegistry.h"

#include "app/lookup/LookupLogging.h"
#include "app/sync/CitizenCache.h"
#include "app/sync/DeviceKeys.h"
#include "app/sync/PageTransfer.h"
#include "app/sync/PortalClient.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/PageStore.h"
#include "db/SyncStore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace motcua::lookup {
namespace {

// A device token lives 15 minutes on the portal; ask for a new one a little before.
constexpr qint64 kTokenLifeSecs = 14 * 60;

bool isTwelveDigits(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{12}$"));
    return re.match(s).hasMatch();
}

bool isRevoked(const Error &e)
{
    return e.code == QLatin1String("device.revoked") || e.code == QLatin1String("device.unknown");
}

} // namespace

CitizenRegistry::CitizenRegistry(WorkspaceServices &services, int timeoutMs) : m_services(services), m_timeoutMs(timeoutMs) {}

CitizenRegistry::~CitizenRegistry() = default;

RegistryRecord CitizenRegistry::recordOf(const QJsonObject &json)
{
    RegistryRecord r;
    r.idNumber = json.value(QStringLiteral("idNumber")).toString();
    r.oldIdNumber = json.value(QStringLiteral("oldIdNumber")).toString();
    r.fullName = json.value(QStringLiteral("fullName")).toString();
    r.dateOfBirth = json.value(QStringLiteral("dob")).toString();
    r.gender = json.value(QStringLiteral("gender")).toString();
    r.address = json.value(QStringLiteral("address")).toString();
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    for (const QJsonValue &v : json.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject o = v.toObject();
        RegistryDocument d;
        d.kind = o.value(QStringLiteral("kind")).toString();
        d.number = o.value(QStringLiteral("number")).toString();
        d.issuedAt = QDate::fromString(o.value(QStringLiteral("issuedAt")).toString(), Qt::ISODate);
        d.issuer = o.value(QStringLiteral("issuer")).toString();
        d.dossier = o.value(QStringLiteral("dossier")).toString();
        const QString hash = o.value(QStringLiteral("sha256")).toString();
        if (sha.match(hash).hasMatch())
            d.sha256 = hash;
        if (!d.kind.isEmpty())
            r.documents << d;
    }
    return r;
}

Status CitizenRegistry::authenticate(const SyncIdentity &identity)
{
    const QDateTime now = m_services.now();
    if (m_portal->hasToken() && m_tokenUntil.isValid() && now < m_tokenUntil)
        return {};
    const QString at = now.toString(Qt::ISODateWithMs);
    const QByteArray signature = sync::sign(identity.secretKey, sync::deviceTokenMessage(identity.device, at));
    m_portal->setToken({});
    const sync::PortalReply r = m_portal->postJson(
        QStringLiteral("/v1/auth/device"),
        QJsonObject{{QStringLiteral("device"), identity.device},
                    {QStringLiteral("at"), at},
                    {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}});
    if (!r.ok())
        return r.error;
    const QString token = r.json.value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return Error(QStringLiteral("sync.transport"), QStringLiteral("no token in the answer"));
    m_portal->setToken(token);
    m_tokenUntil = now.addSecs(kTokenLifeSecs);
    return {};
}

void CitizenRegistry::markAvailable(RegistryRecord &record) const
{
    const PageStore pages(m_services.db());
    for (RegistryDocument &d : record.documents)
        d.available = !d.sha256.isEmpty() && pages.contains(d.sha256);
}

RegistryAnswer CitizenRegistry::fromCache(const QString &idNumber, const Error &why)
{
    RegistryAnswer a;
    a.idNumber = idNumber;
    a.error = why;
    a.source = RegistryAnswer::Source::Unreachable;
    if (isRevoked(why)) {
        // A revoked device keeps no copies of the registry.
        if (Result<int> purged = sync::CitizenCache(m_services.db()).purgeAll(); purged && *purged > 0)
            qCInfo(lcLookup) << "device revoked: citizen cache emptied," << *purged << "answer(s)";
        return a;
    }
    Result<std::optional<sync::CachedCitizen>> cached = sync::CitizenCache(m_services.db()).get(idNumber);
    if (!cached) {
        qCWarning(lcLookup) << "citizen cache unreadable:" << cached.error().code;
        return a;
    }
    if (!cached->has_value())
        return a;
    a.source = RegistryAnswer::Source::Cache;
    a.found = true;
    a.record = recordOf((*cached)->body);
    a.fetchedAt = (*cached)->fetchedAt;
    markAvailable(a.record);
    return a;
}

RegistryAnswer CitizenRegistry::lookUp(const QString &idNumber)
{
    RegistryAnswer a;
    a.idNumber = idNumber;
    if (!isTwelveDigits(idNumber)) {
        a.error = Error(QStringLiteral("citizens.bad-id"));
        return a;
    }
    Result<std::optional<SyncIdentity>> identity = SyncStore(m_services.db()).identity();
    if (!identity) {
        a.error = identity.error();
        return a;
    }
    if (!identity->has_value())
        return a;   // stand-alone: the local lookup alone, as before

    sync::CitizenCache cache(m_services.db());
    const QDateTime now = m_services.now();
    if (Result<int> purged = cache.purgeOlderThan(now.addDays(-sync::CitizenCache::kMaxAgeDays)); !purged)
        qCWarning(lcLookup) << "citizen cache purge failed:" << purged.error().code;
    else if (*purged > 0)
        qCInfo(lcLookup) << "citizen cache: purged" << *purged << "answer(s) older than" << sync::CitizenCache::kMaxAgeDays << "days";

    Result<QUrl> base = sync::PortalClient::parseBaseUrl((*identity)->portalUrl);
    if (!base)
        return fromCache(idNumber, base.error());
    if (!m_portal || m_portal->base() != *base) {
        m_portal = std::make_unique<sync::PortalClient>(*base, m_timeoutMs, m_services.factories().makeNetwork());
        m_tokenUntil = {};
    }

    sync::PortalReply r;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (Status st = authenticate(**identity); !st) {
            qCInfo(lcLookup) << "registry lookup: no device token:" << st.error().code;
            return fromCache(idNumber, st.error());
        }
        r = m_portal->get(QStringLiteral("/v1/citizens/") + idNumber);
        if (r.status != 401)
            break;
        m_tokenUntil = {};   // the token ran out (or the portal's secret changed): one new token
    }
    if (r.status == 404) {
        // The registry does not know the number (now): no old copy answers for it.
        (void)cache.remove(idNumber);
        qCInfo(lcLookup) << "registry lookup: not found";
        a.source = RegistryAnswer::Source::Portal;
        a.fetchedAt = now;
        return a;
    }
    if (!r.ok()) {
        qCInfo(lcLookup) << "registry lookup: the portal did not answer:" << r.error.code;
        return fromCache(idNumber, r.error);
    }
    a.record = recordOf(r.json);
    if (a.record.idNumber != idNumber) {
        qCWarning(lcLookup) << "registry lookup: the answer names another citizen";
        return fromCache(idNumber, Error(QStringLiteral("sync.transport"), QStringLiteral("the answer names another number")));
    }
    a.source = RegistryAnswer::Source::Portal;
    a.found = true;
    a.fetchedAt = now;

    // The warehouse's electronic copies, checked against their hash into the page store: choosing
    // one then works offline as well. A copy the portal does not give stays listed, not reusable.
    PageStore pages(m_services.db());
    sync::PageTransfer transfer(*m_portal, pages);
    int fetched = 0, missing = 0;
    for (const RegistryDocument &d : std::as_const(a.record.documents)) {
        if (d.sha256.isEmpty())
            continue;
        if (Status st = transfer.download(d.sha256); st)
            ++fetched;
        else
            ++missing;
    }
    markAvailable(a.record);
    if (Status st = cache.put(idNumber, r.json, now); !st)
        qCWarning(lcLookup) << "citizen cache write failed:" << st.error().code;
    qCInfo(lcLookup) << "registry lookup: found," << a.record.documents.size() << "document(s)," << fetched << "copy(ies) here,"
                     << missing << "unavailable";
    return a;
}

} // namespace motcua::lookup
