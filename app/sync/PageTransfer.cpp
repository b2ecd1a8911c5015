#include "app/sync/PageTransfer.h"

#include <QBuffer>
#include <QImageReader>

namespace motcua::sync {
namespace {

Error fromReply(const PortalReply &r)
{
    return r.error;
}

QString mimeOf(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xFF\xD8"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("%PDF"))
        return QStringLiteral("application/pdf");
    return QStringLiteral("application/octet-stream");
}

} // namespace

bool PageTransfer::isTransport(const Error &e)
{
    return e.code == QLatin1String("sync.transport") || e.code == QLatin1String("sync.timeout")
        || e.code.startsWith(QLatin1String("server."));
}

Status PageTransfer::upload(const QString &sha256)
{
    const QString path = QStringLiteral("/v1/files/") + sha256;
    const PortalReply head = m_portal.head(path);
    if (head.ok())
        return {};   // complete on the portal already
    if (head.isTransport())
        return fromReply(head);
    if (head.status != 404)
        return fromReply(head);
    qint64 offset = qMax<qint64>(0, head.uploadOffset);

    Result<StoredPage> page = m_pages.get(sha256);
    if (!page)
        return page.error();
    const QByteArray &bytes = page->bytes;
    const qint64 total = bytes.size();
    if (offset > total)
        offset = 0;
    for (int guard = 0; guard < 10000; ++guard) {
        const qint64 len = qMin(kChunkBytes, total - offset);
        const QByteArray chunk = bytes.mid(offset, len);
        const QByteArray range = "bytes " + QByteArray::number(offset) + '-' + QByteArray::number(offset + len - 1) + '/'
            + QByteArray::number(total);
        const PortalReply r = m_portal.put(path, chunk, {{QByteArrayLiteral("Content-Range"), range}});
        if (r.status == 201 || (r.ok() && !r.json.contains(QStringLiteral("offset"))))
            return {};   // complete (201), or complete already (200 {})
        if (r.ok()) {
            offset = r.json.value(QStringLiteral("offset")).toInteger();
            continue;
        }
        if (r.error.code == QLatin1String("files.bad-offset") && r.uploadOffset >= 0) {
            offset = r.uploadOffset;   // the portal holds another offset (a reply lost before): go on from there
            continue;
        }
        return fromReply(r);
    }
    return Error(QStringLiteral("sync.transport"), QStringLiteral("upload did not finish"));
}

QList<Status> PageTransfer::uploadAll(const QStringList &sha256s)
{
    QList<Status> out;
    for (qsizetype first = 0; first < sha256s.size(); first += kInFlight) {
        const QStringList wave = sha256s.mid(first, kInFlight);
        QList<PortalClient::Request> heads;
        for (const QString &sha : wave)
            heads << PortalClient::Request{PortalClient::Request::Verb::Head, QStringLiteral("/v1/files/") + sha, {}, {}};
        const QList<PortalReply> held = m_portal.sendAll(heads);

        QList<Status> results(wave.size());
        QList<PortalClient::Request> puts;
        QList<qsizetype> putOf;   // the wave index of each PUT
        for (qsizetype i = 0; i < wave.size(); ++i) {
            const PortalReply &h = held[i];
            if (h.ok())
                continue;   // complete on the portal already
            if (h.status != 404) {
                results[i] = fromReply(h);
                continue;
            }
            Result<StoredPage> page = m_pages.get(wave[i]);
            if (!page) {
                results[i] = page.error();
                continue;
            }
            const qint64 total = page->bytes.size();
            if (h.uploadOffset > 0 || total > kChunkBytes || total == 0) {
                results[i] = upload(wave[i]);   // resumes, or goes in chunks
                continue;
            }
            const QByteArray range = "bytes 0-" + QByteArray::number(total - 1) + '/' + QByteArray::number(total);
            puts << PortalClient::Request{PortalClient::Request::Verb::Put, heads[i].path, page->bytes,
                                          {{QByteArrayLiteral("Content-Range"), range}}};
            putOf << i;
        }
        const QList<PortalReply> answers = m_portal.sendAll(puts);
        for (qsizetype k = 0; k < answers.size(); ++k) {
            const PortalReply &r = answers[k];
            const qsizetype i = putOf[k];
            if (r.status == 201 || (r.ok() && !r.json.contains(QStringLiteral("offset"))))
                continue;   // complete (201), or complete already (200 {})
            // Anything else (another offset held meanwhile, a cut): the one-page path decides.
            results[i] = r.isTransport() ? fromReply(r) : upload(wave[i]);
        }
        out << results;
    }
    return out;
}

Status PageTransfer::download(const QString &sha256)
{
    if (m_pages.contains(sha256))
        return {};
    const PortalReply r = m_portal.get(QStringLiteral("/v1/files/") + sha256);
    if (!r.ok())
        return fromReply(r);
    if (PageStore::hashOf(r.body) != sha256)   // cut or altered on the way: fetch again next time
        return Error(QStringLiteral("sync.transport"), QStringLiteral("a downloaded page does not match its hash"));
    PageMeta meta;
    meta.mime = mimeOf(r.body);
    QBuffer buffer;
    buffer.setData(r.body);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    meta.width = size.width() > 0 ? size.width() : 0;
    meta.height = size.height() > 0 ? size.height() : 0;
    Result<QString> put = m_pages.put(r.body, meta);
    if (!put)
        return put.error();
    return {};
}

} // namespace motcua::sync
