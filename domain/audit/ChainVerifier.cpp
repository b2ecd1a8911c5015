#include "domain/audit/ChainVerifier.h"

#include "domain/audit/ChainHash.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace motcua {
namespace {

ChainBreak makeBreak(ChainKind chain, BreakKind kind, qsizetype index, const Event *e, qint64 seq, QString detail)
{
    ChainBreak b;
    b.chain = chain;
    b.kind = kind;
    b.index = index;
    if (e) {
        b.event = e->uuid;
        b.device = e->device;
    }
    b.seq = seq;
    b.detail = std::move(detail);
    return b;
}

// Why a hash does not verify: linked to another known predecessor (moved / inserted), or content changed.
BreakKind classifyMismatch(const Event &e, const QList<QByteArray> &candidates,
                           const std::function<QByteArray(const QByteArray &)> &link)
{
    for (const QByteArray &prev : candidates) {
        if (link(prev) == e.deviceHash)
            return BreakKind::WrongPrev;
    }
    return BreakKind::HashMismatch;
}

// The end of a chain against its recorded head: shorter → truncated; longer, or the same length with
// another hash → something was added or replaced at the end.
std::optional<ChainBreak> checkHead(ChainKind kind, const QString &device, const std::optional<ChainHead> &head,
                                    qint64 lastSeq, const QByteArray &lastHash, const QList<qsizetype> &positions,
                                    const QList<Event> &all)
{
    if (!head)
        return std::nullopt;
    if (head->seq > lastSeq) {
        ChainBreak b = makeBreak(kind, BreakKind::Truncated, all.size(), nullptr, lastSeq + 1,
                                 QStringLiteral("chain ends at %1, head records %2").arg(lastSeq).arg(head->seq));
        b.device = device;
        return b;
    }
    if (head->seq < lastSeq || head->hash != lastHash) {
        // Name the first event past the head (or the last one, when the head's hash differs).
        for (qsizetype pos : positions) {
            const Event &e = all[pos];
            const qint64 seq = kind == ChainKind::Device ? e.deviceSeq : e.portalSeq;
            if (seq > head->seq || (seq == head->seq && head->seq == lastSeq))
                return makeBreak(kind, BreakKind::BeyondHead, pos, &e, seq,
                                 QStringLiteral("chain goes to %1, head records %2").arg(lastSeq).arg(head->seq));
        }
    }
    return std::nullopt;
}

std::optional<ChainBreak> verifyDevice(const QString &device, const QList<qsizetype> &positions,
                                       const QList<Event> &all, const std::optional<ChainHead> &head)
{
    QByteArray prevHash = chain::genesis();
    qint64 prevSeq = 0;
    QSet<qint64> present;
    for (qsizetype pos : positions)
        present.insert(all[pos].deviceSeq);
    for (qsizetype pos : positions) {
        const Event &e = all[pos];
        if (e.deviceSeq <= prevSeq)
            return makeBreak(ChainKind::Device, BreakKind::Reordered, pos, &e, e.deviceSeq,
                             QStringLiteral("sequence %1 after %2").arg(e.deviceSeq).arg(prevSeq));
        if (e.deviceSeq > prevSeq + 1) {
            // The missing number stored later: the order was changed; nowhere: it was deleted.
            const bool later = present.contains(prevSeq + 1);
            return makeBreak(ChainKind::Device, later ? BreakKind::Reordered : BreakKind::SequenceGap, pos, &e,
                             prevSeq + 1,
                             later ? QStringLiteral("sequence %1 stored before %2").arg(e.deviceSeq).arg(prevSeq + 1)
                                   : QStringLiteral("sequence %1 missing before %2").arg(prevSeq + 1).arg(e.deviceSeq));
        }
        if (chain::deviceLink(prevHash, e) != e.deviceHash) {
            QList<QByteArray> others{chain::genesis()};
            for (qsizetype p : positions) {
                if (p != pos && !all[p].deviceHash.isEmpty())
                    others << all[p].deviceHash;
            }
            others.removeAll(prevHash);
            const BreakKind k = e.deviceHash.size() != 32
                ? BreakKind::HashMismatch
                : classifyMismatch(e, others, [&e](const QByteArray &p) { return chain::deviceLink(p, e); });
            return makeBreak(ChainKind::Device, k, pos, &e, e.deviceSeq,
                             k == BreakKind::WrongPrev ? QStringLiteral("linked to another event of the device")
                                                       : QStringLiteral("content does not match the stored hash"));
        }
        prevHash = e.deviceHash;
        prevSeq = e.deviceSeq;
    }
    return checkHead(ChainKind::Device, device, head, prevSeq, prevHash, positions, all);
}

std::optional<ChainBreak> verifyPortal(const QList<Event> &all, const std::optional<ChainHead> &head)
{
    QList<qsizetype> synced;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].portalSeq > 0 || !all[i].portalHash.isEmpty())
            synced << i;
    }
    std::stable_sort(synced.begin(), synced.end(),
                     [&all](qsizetype a, qsizetype b) { return all[a].portalSeq < all[b].portalSeq; });
    QByteArray prevHash = chain::genesis();
    qint64 prevSeq = 0;
    for (qsizetype pos : synced) {
        const Event &e = all[pos];
        if (e.portalSeq <= prevSeq)
            return makeBreak(ChainKind::Portal, BreakKind::Reordered, pos, &e, e.portalSeq,
                             QStringLiteral("portal sequence %1 repeated").arg(e.portalSeq));
        if (e.portalSeq > prevSeq + 1)
            return makeBreak(ChainKind::Portal, BreakKind::SequenceGap, pos, &e, prevSeq + 1,
                             QStringLiteral("portal sequence %1 missing before %2").arg(prevSeq + 1).arg(e.portalSeq));
        if (chain::portalLink(prevHash, e.portalSeq, e) != e.portalHash) {
            bool moved = false;
            for (qsizetype p : synced) {
                if (p != pos && all[p].portalHash != prevHash
                    && chain::portalLink(all[p].portalHash, e.portalSeq, e) == e.portalHash)
                    moved = true;
            }
            return makeBreak(ChainKind::Portal, moved ? BreakKind::WrongPrev : BreakKind::HashMismatch, pos, &e,
                             e.portalSeq,
                             moved ? QStringLiteral("linked to another accepted event")
                                   : QStringLiteral("content does not match the portal hash"));
        }
        prevHash = e.portalHash;
        prevSeq = e.portalSeq;
    }
    return checkHead(ChainKind::Portal, QString(), head, prevSeq, prevHash, synced, all);
}

} // namespace

QString chainKindName(ChainKind k)
{
    return k == ChainKind::Device ? QStringLiteral("device") : QStringLiteral("portal");
}

QString breakKindName(BreakKind k)
{
    switch (k) {
    case BreakKind::HashMismatch: return QStringLiteral("hash-mismatch");
    case BreakKind::WrongPrev: return QStringLiteral("wrong-prev");
    case BreakKind::SequenceGap: return QStringLiteral("sequence-gap");
    case BreakKind::Reordered: return QStringLiteral("reordered");
    case BreakKind::Truncated: return QStringLiteral("truncated");
    case BreakKind::BeyondHead: return QStringLiteral("beyond-head");
    }
    return {};
}

QString ChainBreak::describe() const
{
    const QString who = event.isNull() ? QStringLiteral("end of chain") : QStringLiteral("event ") + uuidText(event);
    return who + QStringLiteral(" (device %1 seq %2): %3 chain %4: %5")
                     .arg(device)
                     .arg(seq)
                     .arg(chainKindName(chain), breakKindName(kind), detail);
}

ChainReport ChainVerifier::verify(const QList<Event> &events, const ChainExpectations &expect)
{
    ChainReport report;
    report.eventsChecked = events.size();
    QHash<QString, QList<qsizetype>> byDevice;
    QStringList devices; // first-seen order, so the report does not depend on hash order
    for (qsizetype i = 0; i < events.size(); ++i) {
        auto it = byDevice.find(events[i].device);
        if (it == byDevice.end()) {
            devices << events[i].device;
            it = byDevice.insert(events[i].device, {});
        }
        it->append(i);
    }
    for (auto it = expect.deviceHeads.cbegin(); it != expect.deviceHeads.cend(); ++it) {
        if (!byDevice.contains(it.key()) && it->seq > 0)
            devices << it.key(); // every event of a device deleted
    }
    for (const QString &d : devices) {
        std::optional<ChainHead> head;
        if (auto h = expect.deviceHeads.constFind(d); h != expect.deviceHeads.cend())
            head = *h;
        if (auto b = verifyDevice(d, byDevice.value(d), events, head))
            report.breaks << *b;
    }
    if (auto b = verifyPortal(events, expect.portalHead))
        report.breaks << *b;
    std::stable_sort(report.breaks.begin(), report.breaks.end(),
                     [](const ChainBreak &a, const ChainBreak &b) { return a.index < b.index; });
    return report;
}

} // namespace motcua
