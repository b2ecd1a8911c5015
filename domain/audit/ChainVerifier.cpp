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
            const qint64 seq = kind == ChainKind::Device ? e.deviceSeq : e.officeSeq;
            if (seq > head->seq || (seq == head->seq && head->seq == lastSeq))
                return makeBreak(kind, BreakKind::BeyondHead, pos, &e, seq,
                                 QStringLiteral("chain goes to %1, head records %2").arg(lastSeq).arg(head->seq));
        }
    }
    return std::nullopt;
}

std::optional<ChainBreak> verifyDevice(const QString &device, const QList<qsizetype> &positions,
                                       const QList<Event> &all, const std::optional<ChainHead> &head,
                                       const QHash<qint64, QByteArray> &attested = {})
{
    QByteArray prevHash = chain::genesis();
    qint64 prevSeq = 0;
    QSet<qint64> present;
    for (qsizetype pos : positions)
        present.insert(all[pos].deviceSeq);
    // A link the portal attested (a refused event's tombstone) stands in for the event.
    auto stepOverAttested = [&] {
        while (attested.contains(prevSeq + 1)) {
            ++prevSeq;
            prevHash = attested.value(prevSeq);
        }
    };
    for (qsizetype pos : positions) {
        const Event &e = all[pos];
        if (e.deviceSeq > prevSeq + 1)
            stepOverAttested();
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
    stepOverAttested();
    return checkHead(ChainKind::Device, device, head, prevSeq, prevHash, positions, all);
}

bool hasPortalFields(const Event &e)
{
    return e.portalSeq > 0 || e.officeSeq > 0 || !e.portalHash.isEmpty();
}

std::optional<ChainBreak> officeBreak(BreakKind kind, qsizetype pos, const Event &e, const QString &office, qint64 seq,
                                      QString detail)
{
    ChainBreak b = makeBreak(ChainKind::Office, kind, pos, &e, seq, std::move(detail));
    b.office = office;
    return b;
}

// One office chain. `positions` are the office's synced events; `complete`: the workspace receives
// the whole chain (entitled), so it must run from 1 to its head without a gap.
std::optional<ChainBreak> verifyOffice(const QString &office, QList<qsizetype> positions, const QList<Event> &all,
                                       const std::optional<ChainHead> &head, bool complete)
{
    std::stable_sort(positions.begin(), positions.end(),
                     [&all](qsizetype a, qsizetype b) { return all[a].officeSeq < all[b].officeSeq; });
    QByteArray prevHash = chain::genesis();
    qint64 prevSeq = 0;
    qint64 contiguousEnd = 0; // the end of the run linked from officeSeq 1
    QByteArray contiguousHash;
    bool contiguous = true;
    for (qsizetype pos : positions) {
        const Event &e = all[pos];
        if (e.officeSeq <= prevSeq)
            return officeBreak(BreakKind::Reordered, pos, e, office, e.officeSeq,
                               QStringLiteral("office sequence %1 repeated").arg(e.officeSeq));
        if (e.officeSeq > prevSeq + 1) {
            // A gap inside what the workspace has pulled (up to the head) is a deletion; past the head,
            // or in a chain it sees only in part, the link cannot be checked here yet.
            if (complete && (!head || prevSeq < head->seq))
                return officeBreak(BreakKind::SequenceGap, pos, e, office, prevSeq + 1,
                                   QStringLiteral("office sequence %1 missing before %2").arg(prevSeq + 1).arg(e.officeSeq));
            contiguous = false;
            prevSeq = e.officeSeq;
            prevHash = e.portalHash;
            continue;
        }
        if (chain::officeLink(prevHash, e.officeSeq, e.portalSeq, e) != e.portalHash) {
            bool moved = false;
            for (qsizetype p : positions) {
                if (p != pos && all[p].portalHash != prevHash
                    && chain::officeLink(all[p].portalHash, e.officeSeq, e.portalSeq, e) == e.portalHash)
                    moved = true;
            }
            return officeBreak(moved ? BreakKind::WrongPrev : BreakKind::HashMismatch, pos, e, office, e.officeSeq,
                               moved ? QStringLiteral("linked to another accepted event of the office")
                                     : QStringLiteral("content does not match the office link"));
        }
        prevHash = e.portalHash;
        prevSeq = e.officeSeq;
        if (contiguous) {
            contiguousEnd = prevSeq;
            contiguousHash = prevHash;
        }
    }
    if (!complete)
        return std::nullopt;
    if (auto b = checkHead(ChainKind::Office, QString(), head, contiguousEnd, contiguousHash, positions, all)) {
        b->office = office;
        return b;
    }
    return std::nullopt;
}

} // namespace

QString chainKindName(ChainKind k)
{
    return k == ChainKind::Device ? QStringLiteral("device") : QStringLiteral("office");
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
    const QString where = chain == ChainKind::Office
        ? QStringLiteral("office %1 seq %2%3").arg(office).arg(seq).arg(device.isEmpty() ? QString() : QStringLiteral(", device ") + device)
        : QStringLiteral("device %1 seq %2").arg(device).arg(seq);
    return who + QStringLiteral(" (%1): %2 chain %3: %4").arg(where, chainKindName(chain), breakKindName(kind), detail);
}

ChainReport ChainVerifier::verify(const QList<Event> &events, const ChainExpectations &expect, const ChainScope &scope)
{
    ChainReport report;
    report.eventsChecked = events.size();
    QHash<QString, QList<qsizetype>> byDevice;
    QHash<QString, QList<qsizetype>> byOffice;
    QSet<QString> completeDevices; // own office's devices, and any with an unsynced event here
    QStringList devices; // first-seen order, so the report does not depend on hash order
    QStringList offices;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &e = events[i];
        auto it = byDevice.find(e.device);
        if (it == byDevice.end()) {
            devices << e.device;
            it = byDevice.insert(e.device, {});
        }
        it->append(i);
        if (scope.ownOffice.isEmpty() || e.office == scope.ownOffice || !hasPortalFields(e))
            completeDevices.insert(e.device);
        if (hasPortalFields(e)) {
            const QString office = chain::receivingOffice(e);
            auto o = byOffice.find(office);
            if (o == byOffice.end()) {
                offices << office;
                o = byOffice.insert(office, {});
            }
            o->append(i);
        }
    }
    for (auto it = expect.deviceHeads.cbegin(); it != expect.deviceHeads.cend(); ++it) {
        if (!byDevice.contains(it.key()) && it->seq > 0) {
            devices << it.key(); // every event of a device deleted
            completeDevices.insert(it.key());
        }
    }
    for (auto it = expect.officeHeads.cbegin(); it != expect.officeHeads.cend(); ++it) {
        if (!byOffice.contains(it.key()) && it->seq > 0)
            offices << it.key(); // every synced event of an office deleted
    }
    for (const QString &d : devices) {
        if (!completeDevices.contains(d))
            continue; // another office's device: its events are checked through their office link
        std::optional<ChainHead> head;
        if (auto h = expect.deviceHeads.constFind(d); h != expect.deviceHeads.cend())
            head = *h;
        if (auto b = verifyDevice(d, byDevice.value(d), events, head, expect.attestedLinks.value(d)))
            report.breaks << *b;
    }
    for (const QString &o : offices) {
        std::optional<ChainHead> head;
        if (auto h = expect.officeHeads.constFind(o); h != expect.officeHeads.cend())
            head = *h;
        const bool complete = scope.entitledOffices.isEmpty() || scope.entitledOffices.contains(o);
        if (auto b = verifyOffice(o, byOffice.value(o), events, head, complete))
            report.breaks << *b;
    }
    std::stable_sort(report.breaks.begin(), report.breaks.end(),
                     [](const ChainBreak &a, const ChainBreak &b) { return a.index < b.index; });
    return report;
}

} // namespace motcua
