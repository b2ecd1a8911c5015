#pragma once

#include "app/lookup/LookupTypes.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace motcua {
class WorkspaceServices;
struct SyncIdentity;
namespace sync {
class PortalClient;
}
}

namespace motcua::lookup {

// A citizen looked up by ID number through the portal (issue 11: "Lookups of citizens and their
// reusable documents go to the portal when it is reachable and are cached encrypted for offline
// use; offline, the cache answers and says how old it is"). On an enrolled workspace: a device
// token, then GET /v1/citizens/{idNumber} with a short timeout; the electronic copies of the
// citizen's warehouse documents are fetched (GET /v1/files/{sha256}, hash-checked into the page
// store) so choosing one satisfies a component like a local reuse; the answer goes to the
// encrypted cache (sync::CitizenCache) with the time it was fetched. When the portal cannot answer
// (refused, timed out, 5xx, any other refusal) the cache answers with its age, or the answer says
// the portal is unreachable. A revoked device empties the cache. A stand-alone workspace:
// Source::NotEnrolled, nothing asked. Blocking: run it on a worker thread (LookupWorker), with
// the composition root of that thread. Never logs a name or an ID number.
class CitizenRegistry {
public:
    explicit CitizenRegistry(WorkspaceServices &services, int timeoutMs = kTimeoutMs);
    ~CitizenRegistry();
    CitizenRegistry(const CitizenRegistry &) = delete;
    CitizenRegistry &operator=(const CitizenRegistry &) = delete;

    // Short: the counter goes on with the card's data when the portal is slow.
    static constexpr int kTimeoutMs = 4000;

    RegistryAnswer lookUp(const QString &idNumber);

    // The portal's JSON (docs/sync-protocol.md "Registry") as a record; documents not yet available.
    static RegistryRecord recordOf(const QJsonObject &json);

private:
    Status authenticate(const SyncIdentity &identity);
    RegistryAnswer fromCache(const QString &idNumber, const Error &why);
    void markAvailable(RegistryRecord &record) const;   // which documents' copies are stored here

    WorkspaceServices &m_services;
    int m_timeoutMs;
    std::unique_ptr<sync::PortalClient> m_portal;   // this thread's; kept for its token
    QDateTime m_tokenUntil;                          // UTC
};

} // namespace motcua::lookup
