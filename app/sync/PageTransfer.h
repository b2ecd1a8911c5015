#pragma once

#include "app/sync/PortalClient.h"
#include "db/PageStore.h"
#include "domain/Result.h"

namespace motcua::sync {

// Content-addressed pages to and from the portal (docs/sync-protocol.md "Files"): an upload asks
// HEAD first, then PUTs the rest in chunks from the offset the portal holds, so an upload cut
// mid-way resumes; a download is checked against its hash before it is stored.
// Errors keep PortalReply's classification: transport failures are Error codes sync.transport,
// sync.timeout or server.*; isTransport() tells them apart.
class PageTransfer {
public:
    PageTransfer(PortalClient &portal, PageStore &pages) : m_portal(portal), m_pages(pages) {}

    static constexpr qint64 kChunkBytes = 8 * 1024 * 1024;   // the portal's largest chunk
    static constexpr int kInFlight = 4;                        // uploads at once (uploadAll)

    Status upload(const QString &sha256);
    // Uploads several pages, up to kInFlight at once: HEAD for each, then a page the portal holds
    // nothing of and that fits one chunk goes whole in one PUT beside the others (the portal's
    // fsyncs overlap); a resumed or larger page goes through upload(). One Status per page, in order.
    QList<Status> uploadAll(const QStringList &sha256s);
    // Fetches the page unless it is stored here already.
    Status download(const QString &sha256);

    static bool isTransport(const Error &e);

private:
    PortalClient &m_portal;
    PageStore &m_pages;
};

} // namespace motcua::sync
