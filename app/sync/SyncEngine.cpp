#include "app/sync/SyncEngine.h"

#include "app/sync/CitizenCache.h"
#include "app/sync/DeviceKeys.h"
#include "app/sync/OfficerSlots.h"
#include "app/sync/PageTransfer.h"
#include "app/sync/ReferenceData.h"
#include "app/sync/SyncLogging.h"
#include "app/sync/SyncRound.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/EventStore.h"
#include "db/PageStore.h"
#include "domain/dossier/EventLog.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace motcua::sync {
namespace {

// Refusals of one event that are retried, not quarantined: a gap the device fills by sending the
// missing event first, a page the portal does not hold yet (docs/sync-protocol.md "Push").
bool retriedRefusal(const QString &code)
{
    return code == QLatin1String("events.bad-link") || code == QLatin1String("files.missing")
        || code.startsWith(QLatin1String("server.")) || code == QLatin1String("sync.transport");
}

QJsonObject wireEvent(const Event &e)
{
    QJsonObject o = e.toJson();
    o.remove(QStringLiteral("portalSeq"));
    o.remove(QStringLiteral("officeSeq"));
    o.remove(QStringLiteral("portalHash"));
    return o;
}

} // namespace

QJsonObject pushBody(const SyncIdentity &identity, const QList<Event> &batch)
{
    const Event &last = batch.constLast();
    const QString lastHash = QString::fromLatin1(last.deviceHash.toHex());
    QJsonArray wire;
    for (const Event &e : batch)
        wire.append(wireEvent(e));
    return QJsonObject{
        {QStringLiteral("device"), identity.device},
        {QStringLiteral("events"), wire},
        {QStringLiteral("last"), QJsonObject{{QStringLiteral("seq"), last.deviceSeq}, {QStringLiteral("hash"), lastHash}}},
        {QStringLiteral("signature"),
         QString::fromLatin1(sign(identity.secretKey, pushMessage(identity.device, last.deviceSeq, lastHash)).toBase64())}};
}

bool isTransportError(const Error &e)
{
    return PageTransfer::isTransport(e);
}


SyncEngine::SyncEngine(WorkspaceServices &services, QObject *parent)
    : QObject(parent), m_services(services), m_db(services.db()), m_clock(services.clock())
{
}

SyncEngine::~SyncEngine() = default;

QDateTime SyncEngine::backoff(int attempts) const
{
    // 15 s, 30 s, 1 min … capped at 1 h, each with ±50 % jitter so many counters coming back
    // online together do not knock at the same second.
    const qint64 base = qMin<qint64>(15000LL << qMin(attempts, 8), 3600000LL);
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble();
    return m_clock.now().addMSecs(qint64(double(base) * jitter));
}

SyncReport SyncEngine::runOnce(const SyncOptions &options)
{
    SyncStore store(m_db);
    SyncReport report;
    Result<std::optional<SyncIdentity>> identity = store.identity();
    if (!identity) {
        report.error = identity.error();
        return report;
    }
    if (!identity->has_value()) {
        report.error = Error(QStringLiteral("sync.not-enrolled"), QStringLiteral("a stand-alone workspace"));
        return report;
    }
    const QString url = options.portalOverride.isEmpty() ? (*identity)->portalUrl : options.portalOverride;
    Result<QUrl> base = PortalClient::parseBaseUrl(url);
    if (!base) {
        report.error = base.error();
        return report;
    }
    if ((*identity)->device != m_services.events().deviceId()) {
        report.error = Error(QStringLiteral("sync.not-enrolled"), QStringLiteral("the identity names another device"));
        return report;
    }
    // One HTTP client for the engine's life while the address stays: its QNetworkAccessManager (a
    // thread of its own) and its keep-alive connection serve every round, instead of a new manager,
    // thread and TCP connection per round.
    if (!m_portal || m_portal->base() != *base) {
        m_portal.reset();
        m_portal = std::make_unique<PortalClient>(*base, options.timeoutMs, m_services.factories().makeNetwork());
    }
    m_portal->setTimeoutMs(options.timeoutMs);
    Round round{options, std::move(**identity), m_portal.get(), {},
                SyncStore(m_db), m_services.events(), PageStore(m_db)};

    Status st = authenticate(round);
    if (st)
        st = push(round);
    if (st)
        st = pull(round);
    if (st)
        st = refreshReferenceData(round, round.catalogVersion, round.calendarVersion);
    if (!st)
        round.report.error = st.error();
    purgeCitizenCache(round.report.error);

    if (Result<OutboxCounts> counts = round.store.counts(); counts) {
        round.report.leftToSend = counts->unsent;
        round.report.quarantinedTotal = counts->quarantined;
    } else if (!round.report.error) {
        round.report.error = counts.error();
    }
    const QString outcome = round.report.error ? round.report.error->code
        : round.report.leftToSend > 0           ? QStringLiteral("sync.left-to-send")
                                                : QString();
    (void)round.store.recordAttempt(m_clock.now(), outcome);
    qCInfo(lcSync) << "sync round: accepted" << round.report.accepted << "failed" << round.report.failed << "quarantined"
                   << round.report.quarantined << "pulled" << round.report.pulled << "left" << round.report.leftToSend
                   << (round.report.error ? qPrintable(round.report.error->code) : "ok");
    return round.report;
}

void SyncEngine::purgeCitizenCache(const std::optional<Error> &roundError)
{
    // The registry answers kept for offline lookups (CitizenCache): none on a device the portal
    // refuses as revoked, none older than their age, also when nobody looks a citizen up.
    CitizenCache cache(m_db);
    const bool revoked = roundError
        && (roundError->code == QLatin1String("device.revoked") || roundError->code == QLatin1String("device.unknown"));
    Result<int> purged = revoked ? cache.purgeAll() : cache.purgeOlderThan(m_clock.now().toUTC().addDays(-CitizenCache::kMaxAgeDays));
    if (!purged)
        qCWarning(lcSync) << "citizen cache purge failed:" << purged.error().code;
    else if (*purged > 0)
        qCInfo(lcSync) << "citizen cache:" << *purged << "answer(s) purged" << (revoked ? "(device revoked)" : "(too old)");
}

Status SyncEngine::authenticate(Round &round, bool renew)
{
    // A token lives 15 minutes on the portal's clock. One kept from an earlier round is used while
    // it has 5 minutes left by the earlier of its expiry and 15 minutes from its receipt on this
    // clock: safe for any clock difference the portal accepts in `at` (5 minutes). Revocation is
    // still checked by the portal on every request; a refused kept token is renewed once.
    const QDateTime now = m_clock.now();
    const QString portal = round.portal->base().toString();
    if (!renew && !m_token.isEmpty() && m_tokenPortal == portal && now < m_tokenUntil) {
        round.portal->setToken(m_token);
        return {};
    }
    forgetToken();
    const QString at = isoUtcMs(now);
    const QByteArray signature = sign(round.identity.secretKey, deviceTokenMessage(round.identity.device, at));
    round.portal->setToken({});
    const PortalReply r = round.portal->postJson(
        QStringLiteral("/v1/auth/device"),
        QJsonObject{{QStringLiteral("device"), round.identity.device},
                    {QStringLiteral("at"), at},
                    {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}});
    if (!r.ok())
        return r.error;
    round.report.reachedPortal = true;
    const QString token = r.json.value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return Error(QStringLiteral("sync.transport"), QStringLiteral("no token in the answer"));
    round.portal->setToken(token);
    const QDateTime expires = QDateTime::fromString(r.json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    const QDateTime byReceipt = now.addSecs(15 * 60);
    const QDateTime until = (expires.isValid() && expires < byReceipt ? expires : byReceipt).addSecs(-5 * 60);
    if (until > now) {
        m_token = token;
        m_tokenPortal = portal;
        m_tokenUntil = until;
    }
    return {};
}

void SyncEngine::forgetToken()
{
    m_token.clear();
    m_tokenPortal.clear();
    m_tokenUntil = {};
}

namespace {
// The portal refused the token itself (expired, or signed with a secret it no longer has).
bool tokenRefused(const Error &e)
{
    return e.code == QLatin1String("auth.token-expired") || e.code == QLatin1String("auth.token-invalid")
        || e.code == QLatin1String("auth.token-missing");
}
} // namespace

Status SyncEngine::push(Round &round)
{
    Result<OutboxCounts> before = round.store.counts();
    const qint64 total = before ? before->unsent - before->quarantined : 0;
    qint64 done = 0;
    QSet<QString> uploaded;
    if (Result<QSet<QString>> u = round.store.uploadedPages(); u)
        uploaded = *u;
    else
        return u.error();

    // The sendable items are read a window of 20 batches at a time (the outbox query sorts every
    // unsent item by device sequence: read per batch, a 20,000-event push sorted 40 times). The
    // window stays true while it is used: a batch leaves its items sent or quarantined, or stops the
    // round (a failed item); items that become sendable meanwhile (new events, an officer's retry on
    // another connection) come with the next window read, as they came with the next batch's.
    QList<OutboxItem> window;
    qsizetype windowAt = 0;
    const qsizetype windowSize = qsizetype(round.options.pushBatch) * 20;
    // The change feed's cursor now: the last batch asks for the feed after it in its answer.
    Result<SyncState> feedState = round.store.state();
    if (!feedState)
        return feedState.error();
    const qint64 feedCursor = feedState->cursor;
    for (;;) {
        if (windowAt >= window.size()) {
            Result<QList<OutboxItem>> read = round.store.sendable(windowSize);
            if (!read)
                return read.error();
            window = std::move(*read);
            windowAt = 0;
        }
        const QList<OutboxItem> items = window.mid(windowAt, round.options.pushBatch);
        windowAt += items.size();
        // The round's last batch (nothing else sendable when the window was read): its answer also
        // carries the change feed after the cursor (docs/sync-protocol.md, Push), so the round is
        // one exchange; pull() reads it instead of a GET.
        const bool lastBatch = windowAt >= window.size() && window.size() < windowSize;
        if (items.isEmpty())
            return {};
        const OutboxItem &first = items.constFirst();
        if (!round.options.ignoreBackoff && first.nextTry.isValid() && first.nextTry > m_clock.now()) {
            round.report.deferred = true;   // later items would only meet the same gap
            return {};
        }
        QList<Event> batch;
        {
            QList<QUuid> uuids;
            uuids.reserve(items.size());
            for (const OutboxItem &item : std::as_const(items))
                uuids << item.event;
            Result<QHash<QUuid, Event>> stored = round.events.eventsByUuid(uuids);   // one read for the batch
            if (!stored)
                return stored.error();
            for (const QUuid &uuid : std::as_const(uuids)) {
                const auto it = stored->constFind(uuid);
                if (it == stored->cend())
                    return Error(QStringLiteral("events.unknown"), uuidText(uuid));
                batch << *it;
            }
        }

        // The pages the batch refers to go first: the portal refuses an event whose pages it lacks.
        QStringList pages;
        for (const Event &e : std::as_const(batch)) {
            for (const QString &sha : eventlog::pagesReferenced(e)) {
                if (!uploaded.contains(sha) && !pages.contains(sha))
                    pages << sha;
            }
        }
        PageTransfer transfer(*round.portal, round.pages);
        for (qsizetype from = 0; from < pages.size(); from += PageTransfer::kInFlight) {
            emit progress(QStringLiteral("upload"), from, pages.size());
            const QStringList wave = pages.mid(from, PageTransfer::kInFlight);
            QList<Status> sent = transfer.uploadAll(wave);   // a few in flight at once
            if (std::any_of(sent.cbegin(), sent.cend(), [](const Status &st) { return !st && tokenRefused(st.error()); })) {
                if (Status st = authenticate(round, true); !st)   // a kept token the portal no longer takes
                    return st;
                sent = transfer.uploadAll(wave);
            }
            for (qsizetype i = 0; i < wave.size(); ++i) {
                if (const Status &st = sent.at(i); !st) {
                    if (isTransportError(st.error())) {
                        for (const OutboxItem &item : std::as_const(items))
                            (void)round.store.markFailed(item.event, st.error().code, backoff(item.attempts));
                        round.report.failed += int(items.size());
                    }
                    return st;
                }
                (void)round.store.markUploaded(wave.at(i));
                uploaded.insert(wave.at(i));
                ++round.report.pagesUploaded;
            }
        }

        QJsonObject body = pushBody(round.identity, batch);
        if (lastBatch) {
            body.insert(QStringLiteral("changesAfter"), double(feedCursor));
            body.insert(QStringLiteral("changesLimit"), round.options.pullLimit);
        }
        PortalReply r = round.portal->postJson(QStringLiteral("/v1/sync/push"), body);
        if (r.status != 0)
            round.report.reachedPortal = true;
        if (r.status == 401) {   // the token ran out (a long round, a kept token): one new token, one retry
            if (Status st = authenticate(round, true); !st)
                return st;
            r = round.portal->postJson(QStringLiteral("/v1/sync/push"), body);
        }
        if (!r.ok()) {
            // Nothing of the batch is known to be stored: every item is tried again later. A refusal
            // of the whole request (a bad signature, a revoked device) is no single item's fault.
            for (const OutboxItem &item : std::as_const(items)) {
                (void)round.store.markFailed(item.event, r.error.code, backoff(item.attempts));
                emit itemChanged(item.event, int(OutboxState::Failed), r.error.code);
            }
            round.report.failed += int(items.size());
            return r.error;
        }

        if (lastBatch && r.json.value(QStringLiteral("changes")).isObject()) {
            round.pushedChanges = r.json.value(QStringLiteral("changes")).toObject();
            round.pushedChangesAfter = feedCursor;
        }
        const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
        bool stop = false;
        // The batch's answers are recorded in ONE transaction (one commit, one fsync, per batch
        // rather than per event); the items' signals go out once it is committed. Should it fail,
        // nothing is recorded and the next round pushes the batch again: the portal answers the
        // events it holds as before (idempotent by uuid and by (device, sequence)).
        struct Change {
            QUuid event;
            OutboxState state;
            QString reason;
        };
        QList<Change> changes;
        QList<EventStore::PortalLink> links;   // the accepted ones, recorded together below
        QList<QUuid> sent;
        QHash<QUuid, qsizetype> resultIndex;
        int accepted = 0, failed = 0, quarantined = 0;
        SqlTransaction tx(m_db);
        if (!tx.began())
            return transactionError(m_db);
        for (int i = 0; i < items.size(); ++i) {
            const OutboxItem &item = items.at(i);
            // Results come in order; matched by uuid all the same (a look at the same place first,
            // then the index of the others: a batch of 500 is not scanned 500 times).
            QJsonObject res = i < results.size() ? results.at(i).toObject() : QJsonObject();
            if (QUuid::fromString(res.value(QStringLiteral("uuid")).toString()) != item.event) {
                if (resultIndex.isEmpty()) {
                    for (qsizetype k = 0; k < results.size(); ++k)
                        resultIndex.insert(QUuid::fromString(results.at(k).toObject().value(QStringLiteral("uuid")).toString()), k);
                }
                const qsizetype k = resultIndex.value(item.event, -1);
                res = k >= 0 ? results.at(k).toObject() : QJsonObject();
            }
            if (res.contains(QStringLiteral("portalSeq"))) {
                const qint64 seq = res.value(QStringLiteral("portalSeq")).toInteger();
                const qint64 officeSeq = res.value(QStringLiteral("officeSeq")).toInteger();
                const QByteArray hash = QByteArray::fromHex(res.value(QStringLiteral("portalHash")).toString().toLatin1());
                links << EventStore::PortalLink{item.event, seq, officeSeq, hash};
                sent << item.event;
                ++accepted;
                changes << Change{item.event, OutboxState::Sent, {}};
                continue;
            }
            const QString code = res.isEmpty() ? QStringLiteral("sync.no-result")
                                               : res.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
            if (retriedRefusal(code) || res.isEmpty() || code.isEmpty()) {
                (void)round.store.markFailed(item.event, code.isEmpty() ? QStringLiteral("sync.no-result") : code,
                                             backoff(item.attempts));
                changes << Change{item.event, OutboxState::Failed, code};
                ++failed;
                stop = true;   // the next items would meet the same gap on the portal
            } else {
                qCWarning(lcSync) << "event" << uuidText(item.event) << "quarantined:" << code;
                (void)round.store.markQuarantined(item.event, code);
                changes << Change{item.event, OutboxState::Quarantined, code};
                ++quarantined;
            }
        }
        // All the accepted links at once: each dossier of the batch replayed once, each office chain
        // walked once (EventStore::setPortal). A failure stores nothing of the batch.
        if (Status st = round.events.setPortal(tx, links); !st)
            return st;
        if (Status st = round.store.markSent(tx, sent); !st)
            return st;
        if (Status st = tx.commit(); !st)
            return st;
        round.report.accepted += accepted;
        round.report.failed += failed;
        round.report.quarantined += quarantined;
        for (const Change &c : std::as_const(changes))
            emit itemChanged(c.event, int(c.state), c.reason);
        done += items.size();
        emit progress(QStringLiteral("push"), done, total);
        if (stop)
            return {};
    }
}

Status SyncEngine::refreshReferenceData(Round &round, qint64 catalogVersion, qint64 calendarVersion)
{
    Result<SyncState> state = round.store.state();
    if (!state)
        return state.error();
    // The offline guardrails (OfflineGuard), every round: carried by the change feed (an older
    // portal without them: GET /v1/policy). Written only when they differ from the kept ones.
    QJsonObject policy = round.policy;
    if (policy.isEmpty()) {
        const PortalReply r = round.portal->get(QStringLiteral("/v1/policy"));
        if (!r.ok())
            return r.error;
        policy = r.json;
    }
    OfflinePolicy p = state->policy;
    p.warnAfterDays = policy.value(QStringLiteral("warnAfterDays")).toInt(p.warnAfterDays);
    p.blockAfterDays = policy.value(QStringLiteral("blockAfterDays")).toInt(p.blockAfterDays);
    p.blockAfterUnsynced = policy.value(QStringLiteral("blockAfterUnsynced")).toInt(p.blockAfterUnsynced);
    if (p.warnAfterDays != state->policy.warnAfterDays || p.blockAfterDays != state->policy.blockAfterDays
        || p.blockAfterUnsynced != state->policy.blockAfterUnsynced) {
        if (Status st = round.store.setPolicy(p); !st)
            return st;
    }
    // Officers the portal no longer counts in this office lose their key slot here (OfficerSlots):
    // the list is read when the feed's digest of it moved since this engine last followed it (the
    // first round of an engine, every round with an older portal).
    if (round.officersVersion.isEmpty() || round.officersVersion != m_officersFollowed) {
        Result<int> revoked = followPortalOfficers(*round.portal, m_db, m_services.session().directory, m_clock.now());
        if (!revoked)
            return revoked.error();
        m_officersFollowed = round.officersVersion;
    }
    if (catalogVersion > state->catalogVersion) {
        emit progress(QStringLiteral("reference"), 0, 2);
        Result<CatalogFeed> feed = fetchCatalog(*round.portal, state->catalogVersion);
        if (!feed)
            return feed.error();
        if (Status st = storeCatalog(m_db, *feed, m_clock.now()); !st)
            return st;
    }
    if (calendarVersion > state->calendarVersion) {
        emit progress(QStringLiteral("reference"), 1, 2);
        Result<CalendarFeed> feed = fetchCalendar(*round.portal, state->calendarVersion);
        if (!feed)
            return feed.error();
        if (Status st = storeCalendar(m_db, *feed); !st)
            return st;
    }
    return {};
}

} // namespace motcua::sync
