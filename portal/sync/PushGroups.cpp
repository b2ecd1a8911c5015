#include "portal/sync/PushGroups.h"

#include "portal/sync/SyncLogging.h"

#include <QSet>

namespace motcua::portal {

Result<PushReply> PushGroups::push(Statements &sql, PortalRules &rules, PushRequest request)
{
    auto mine = std::make_shared<Waiting>();
    mine->request = std::move(request);
    std::unique_lock lock(m_mutex);
    m_queue.push_back(mine);
    if (m_leaders < m_maxLeaders) {
        ++m_leaders;
        mine->lead = true;
    }
    while (!mine->reply) {
        if (!mine->lead) {
            mine->wake.wait(lock);
            continue;
        }
        mine->lead = false;
        if (m_queue.empty()) {   // its batch was taken by the other leader meanwhile, and nothing else waits
            --m_leaders;
            continue;
        }
        // Lead: write what is queued now (this thread's batch among it, unless it is in a group being
        // written already or an earlier batch of the same device is queued).
        const Group group = takeGroup();
        lock.unlock();
        QList<PushRequest> requests;
        requests.reserve(group.size());
        for (const std::shared_ptr<Waiting> &w : group)
            requests << w->request;
        QList<Result<PushReply>> replies;
        if (Result<RulesSnapshot> snapshot = rules.snapshot(sql); snapshot)
            replies = writeTogether(sql, rules, *snapshot, requests);
        else
            replies = QList<Result<PushReply>>(requests.size(), snapshot.error());
        // Committed: the next group may be written while this one's change feeds are read.
        lock.lock();
        handOver();
        lock.unlock();
        readFeeds(sql, requests, replies);
        lock.lock();
        for (qsizetype i = 0; i < group.size(); ++i) {
            group[i]->reply = std::move(replies[i]);
            if (group[i] != mine)
                group[i]->wake.notify_one();
        }
    }
    if (mine->lead) {   // asked to lead after another leader had answered it: the turn goes on
        mine->lead = false;
        handOver();
    }
    return std::move(*mine->reply);
}

void PushGroups::handOver()
{
    for (const std::shared_ptr<Waiting> &w : m_queue) {
        if (!w->lead) {
            w->lead = true;
            w->wake.notify_one();
            return;
        }
    }
    --m_leaders;
}

PushGroups::Group PushGroups::takeGroup()
{
    Group group;
    QSet<QString> devices;
    for (auto it = m_queue.begin(); it != m_queue.end() && group.size() < m_maxGroup;) {
        if (devices.contains((*it)->request.dev.device)) {
            ++it;
            continue;
        }
        devices.insert((*it)->request.dev.device);
        group << *it;
        it = m_queue.erase(it);
    }
    return group;
}

void PushGroups::readFeeds(Statements &sql, const QList<PushRequest> &requests, QList<Result<PushReply>> &replies)
{
    QList<FeedAsk> asks;
    QList<qsizetype> askedBy;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests[i].feed && replies[i]) {
            asks << FeedAsk{requests[i].dev, *requests[i].feed};
            askedBy << i;
        }
    }
    if (asks.isEmpty())
        return;
    QList<Result<QByteArray>> answers = changesAnswers(sql, asks);
    for (qsizetype k = 0; k < askedBy.size(); ++k)
        replies[askedBy[k]]->changes = std::move(answers[k]);
}

QList<Result<PushReply>> PushGroups::writeTogether(Statements &sql, PortalRules &rules, const RulesSnapshot &snapshot,
                                                   const QList<PushRequest> &requests)
{
    QList<Result<PushReply>> replies;
    replies.reserve(requests.size());
    if (requests.size() > 1) {
        Result<QList<PushReply>> together = PushService(sql, rules, snapshot).pushGroup(requests);
        if (together) {
            for (PushReply &r : *together)
                replies << std::move(r);
            return replies;
        }
        if (together.error().code == QStringLiteral("server.unavailable")) {
            for (qsizetype i = 0; i < requests.size(); ++i)
                replies << together.error();
            return replies;
        }
        qCInfo(lcPortalSync).noquote() << "push: a group of" << requests.size()
                                       << "batches failed together, written one by one:" << together.error().code;
    }
    for (const PushRequest &r : requests)
        replies << PushService(sql, rules, snapshot).push(r.dev, r.events);
    return replies;
}

} // namespace motcua::portal
