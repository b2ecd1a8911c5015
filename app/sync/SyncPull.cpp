// The change feed's half of a sync round (SyncEngine.h): pages of the feed, each stored with its
// pages' references and the cursor in ONE transaction; the first page may have come with the push.
#include "app/sync/PageTransfer.h"
#include "app/sync/SyncEngine.h"
#include "app/sync/SyncLogging.h"
#include "app/sync/SyncRound.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "db/SqlError.h"
#include "db/SqlTransaction.h"
#include "domain/dossier/EventLog.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace motcua::sync {

Status SyncEngine::pull(Round &round)
{
    Result<SyncState> state = round.store.state();
    if (!state)
        return state.error();
    qint64 cursor = state->cursor;
    // The feed the round's push already brought (asked from this very cursor): no GET for it.
    std::optional<QJsonObject> first;
    if (round.pushedChanges && round.pushedChangesAfter == cursor)
        first = std::move(round.pushedChanges);
    round.pushedChanges.reset();
    for (;;) {
        QJsonObject json;
        if (first) {
            json = std::move(*first);
            first.reset();
        } else {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("after"), QString::number(cursor));
            query.addQueryItem(QStringLiteral("limit"), QString::number(round.options.pullLimit));
            PortalReply r = round.portal->get(QStringLiteral("/v1/sync/changes"), query);
            if (r.status != 0)
                round.report.reachedPortal = true;
            if (r.status == 401) {
                if (Status st = authenticate(round, true); !st)
                    return st;
                r = round.portal->get(QStringLiteral("/v1/sync/changes"), query);
            }
            if (!r.ok())
                return r.error;
            json = std::move(r.json);
        }
        Result<qint64> next = applyChanges(round, json, cursor);
        if (!next)
            return next.error();
        const bool more = json.value(QStringLiteral("more")).toBool();
        if (!more || *next <= cursor)
            return {};
        cursor = *next;
    }
}

// One page of the change feed (the answer of GET /v1/sync/changes, or a push's "changes"), stored
// with its pages' references and the cursor in ONE transaction. Returns the cursor it moved to.
Result<qint64> SyncEngine::applyChanges(Round &round, const QJsonObject &json, qint64 cursor)
{
    round.catalogVersion = json.value(QStringLiteral("catalogVersion")).toInteger();
    round.calendarVersion = json.value(QStringLiteral("calendarVersion")).toInteger();
    round.policy = json.value(QStringLiteral("policy")).toObject();
    round.officersVersion = json.value(QStringLiteral("officersVersion")).toString();
    // Events, and in the same portal order the tombstones of events refused on their merits
    // (only their device link: told apart by "refused").
    QList<Event> pulled;
    QList<QJsonObject> tombstones;   // beside pulled: the one at index i precedes pulled[i]
    QList<int> tombstoneBefore;
    for (const QJsonValue &v : json.value(QStringLiteral("events")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("refused"))) {
            tombstones << o;
            tombstoneBefore << int(pulled.size());
            continue;
        }
        Result<Event> e = Event::fromJson(o);
        if (!e)
            return Error(QStringLiteral("sync.bad-changes"), e.error().toString());
        pulled << *e;
    }
    const qint64 next = json.value(QStringLiteral("cursor")).toInteger(cursor);

    // Pages first, outside the transaction (unreferenced until it commits; a page stored twice
    // is stored once).
    PageTransfer transfer(*round.portal, round.pages);
    QList<bool> wasHere;
    QList<bool> unchanged;   // stored here already with these very portal links: nothing to do
    QList<QUuid> pulledUuids;
    pulledUuids.reserve(pulled.size());
    for (const Event &e : std::as_const(pulled))
        pulledUuids << e.uuid;
    // Mostly this device's own events coming back after their push: ONE read for the page
    // recognises them (same content, same portal links, recorded with 'sent' in one
    // transaction), where an import would read the device and office chains again to conclude
    // the same.
    Result<QHash<QUuid, Event>> storedHere = round.events.eventsByUuid(pulledUuids);
    if (!storedHere)
        return storedHere.error();
    for (const Event &e : std::as_const(pulled)) {
        const auto stored = storedHere->constFind(e.uuid);
        const bool here = stored != storedHere->cend();
        wasHere << here;
        unchanged << (here && stored->isSynced() && *stored == e);
        if (here)
            continue;
        for (const QString &sha : eventlog::pagesReferenced(e)) {
            if (round.pages.contains(sha))
                continue;
            if (Status st = transfer.download(sha); !st)
                return st.error();
            ++round.report.pagesFetched;
        }
    }

    SqlTransaction tx(m_db);
    if (!tx.began())
        return transactionError(m_db);
    int nextTombstone = 0;
    auto applyTombstonesBefore = [&](int index) -> Status {
        for (; nextTombstone < tombstones.size() && tombstoneBefore.at(nextTombstone) <= index; ++nextTombstone) {
            const QJsonObject &t = tombstones.at(nextTombstone);
            const QString device = t.value(QStringLiteral("device")).toString();
            const QString code = t.value(QStringLiteral("refused")).toString();
            if (device == round.identity.device) {
                // This device's own refusal (its push reply may have been lost): quarantined.
                const QUuid uuid = QUuid::fromString(t.value(QStringLiteral("uuid")).toString());
                if (Status st = round.store.markQuarantined(uuid, code); !st && st.error().code != QLatin1String("sync.unknown-item"))
                    return st;
                continue;
            }
            // Another device's refused event: its link, on the portal's word (eventlog::decideTombstone).
            Result<eventlog::Tombstone> tomb = eventlog::Tombstone::fromJson(t);
            if (!tomb)
                return tomb.error();
            if (Status st = round.events.importTombstone(tx, *tomb); !st)
                return st;
        }
        return {};
    };
    for (int i = 0; i < pulled.size(); ++i) {
        if (Status st = applyTombstonesBefore(i); !st)
            return st.error();
        const Event &e = pulled.at(i);
        if (unchanged.at(i))
            continue;
        // Idempotent: a pulled copy of an event stored here (this device's own, its push reply
        // lost) only gets its portal fields.
        if (Status st = round.events.import(tx, e); !st) {
            qCWarning(lcSync) << "pulled event" << uuidText(e.uuid) << "not stored:" << st.error().code;
            return st.error();
        }
        if (!wasHere.at(i)) {
            const QStringList pages = eventlog::pagesReferenced(e);
            for (int p = 0; p < pages.size(); ++p) {
                if (Status st = round.pages.addRef(QStringLiteral("event:") + uuidText(e.uuid), pages.at(p), p); !st)
                    return st.error();
            }
        }
        if (e.device == round.identity.device) {
            if (Status st = round.store.markSent(tx, e.uuid); !st)
                return st.error();
        }
    }
    if (Status st = applyTombstonesBefore(int(pulled.size())); !st)
        return st.error();
    if (Status st = round.store.setCursor(tx, next); !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    round.report.pulled += int(pulled.size());
    emit progress(QStringLiteral("pull"), round.report.pulled, 0);
    return next;
}

} // namespace motcua::sync
