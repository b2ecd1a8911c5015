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

    static constexpr qint64 kChunkBytes = 4 * 1024 * 1024;

    Status upload(const QString &sha256);
    // Fetches the page unless it is stored here already.
    Status download(const QString &sha256);

    static bool isTransport(const Error &e);

private:
    PortalClient &m_portal;
    PageStore &m_pages;
};

} // namespace motcua::sync
