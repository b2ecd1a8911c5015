// bench_sync: page uploads through the real PageTransfer.
#include "sync/SyncBench.h"

using namespace motcua;
using namespace motcua::test;

namespace motcua::bench {

// ---- 2. pages --------------------------------------------------------------------------------
int benchPages(bool quick)
{
    const int count = quick ? 40 : 200;
    QJsonObject out = common(QStringLiteral("pages"));
    Portal portal;
    portal.start(0);
    Counter c;
    if (QString e = c.open(portal.dir.filePath(QStringLiteral("ws")), portal.url(), QStringLiteral("lan")); !e.isEmpty())
        die(e);
    PageStore pages(c.db->sql());
    QStringList hashes;
    qint64 bytes = 0;
    QRandomGenerator rng(11);
    for (int i = 0; i < count; ++i) {
        QByteArray b(int(1'000'000 + rng.bounded(1'000'000)), Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(b.data()), b.size() / 4);
        b.prepend("\x89PNG");   // random bytes do not compress: as a scanned photo page would
        Result<QString> sha = pages.put(b, PageMeta{QStringLiteral("image/png"), 2480, 3508, 300, false});
        if (!sha)
            die(sha.error().toString());
        hashes << *sha;
        bytes += b.size();
    }
    // The device token as the engine gets it, then the real PageTransfer.
    const std::optional<SyncIdentity> id = *SyncStore(c.db->sql()).identity();
    sync::PortalClient client(QUrl(portal.url()));
    const QString at = isoUtcMs(QDateTime::currentDateTimeUtc());
    const sync::PortalReply token = client.postJson(
        QStringLiteral("/v1/auth/device"),
        QJsonObject{{QStringLiteral("device"), id->device},
                    {QStringLiteral("at"), at},
                    {QStringLiteral("signature"),
                     QString::fromLatin1(sync::sign(id->secretKey, sync::deviceTokenMessage(id->device, at)).toBase64())}});
    if (!token.ok())
        die(QStringLiteral("device token: ") + token.error.toString());
    client.setToken(token.json.value(QStringLiteral("token")).toString());
    sync::PageTransfer transfer(client, pages);
    const double portalCpu0 = cpuSeconds(portal.process->pid());
    const double ownCpu0 = cpuSeconds(getpid());
    QElapsedTimer t;
    t.start();
    // As SyncEngine::push sends them: a few pages in flight at once (PageTransfer::uploadAll).
    for (const Status &st : transfer.uploadAll(hashes)) {
        if (!st)
            die(QStringLiteral("upload: ") + st.error().toString());
    }
    const double s = double(t.nsecsElapsed()) / 1e9;
    // Every page complete on the portal (HEAD 200), and its file is the page's bytes.
    for (const QString &sha : std::as_const(hashes)) {
        if (!client.head(QStringLiteral("/v1/files/") + sha).ok())
            die(QStringLiteral("a page is not complete on the portal"));
    }
    out.insert(QStringLiteral("pages"), count);
    out.insert(QStringLiteral("mb"), round3(double(bytes) / 1e6));
    out.insert(QStringLiteral("upload_s"), round3(s));
    out.insert(QStringLiteral("upload_mb_per_s"), round3(double(bytes) / 1e6 / s));
    out.insert(QStringLiteral("portal_cpu_s"), round3(cpuSeconds(portal.process->pid()) - portalCpu0));
    out.insert(QStringLiteral("client_cpu_s"), round3(cpuSeconds(getpid()) - ownCpu0));
    emitJson(out);
    return 0;
}

} // namespace motcua::bench
