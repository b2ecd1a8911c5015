#pragma once

#include "portal/sync/PushService.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace motcua::portal {

// Group commit for pushes: the batches that wait to be written at the same moment, from the
// serving process's worker threads, are written together in ONE transaction (PushService::pushGroup)
// by one of those threads, the leader, on its own connection; the others wait for their reply.
// Nobody waits for a group to fill: a leader takes whatever is queued when it starts, so a lone
// push is written at once, and under load the group is what arrived while the previous one was
// being written. Pushes take the portal-wide sequence lock one at a time anyway (PushService, step
// 5), so gathering them costs little concurrency and shares one set of statements, locks and one
// COMMIT among the group. Two leaders at most at a time: one group reads and locks while the other
// writes (one leader left a fifth of the two cores idle in bench_sync load --wire, three cost more
// CPU per batch in lock waits than they gained).
// A group holds batches of distinct devices (a device's second batch waits for the next group). A
// group whose transaction fails for another reason than a lost connection is written again batch by
// batch, so one batch that breaks a statement fails alone.
class PushGroups {
public:
    explicit PushGroups(int maxGroup = 64, int maxLeaders = 2) : m_maxGroup(maxGroup), m_maxLeaders(maxLeaders) {}
    PushGroups(const PushGroups &) = delete;
    PushGroups &operator=(const PushGroups &) = delete;

    // Blocks the calling worker thread until `request` is written (by this thread or another).
    // sql: this thread's connection (used if it leads: the leader takes the rules' snapshot once for
    // its group, PortalRules::snapshot, then writes).
    Result<PushReply> push(Statements &sql, PortalRules &rules, PushRequest request);

    struct Waiting {
        PushRequest request;
        std::optional<Result<PushReply>> reply;
    };
    using Group = QList<std::shared_ptr<Waiting>>;

    // What a leader does with its group, on its connection: the batches in one transaction
    // (PushService::pushGroup); if that fails for another reason than a lost connection, each batch
    // alone. A reply per request, in order.
    static QList<Result<PushReply>> writeTogether(Statements &sql, PortalRules &rules, const RulesSnapshot &snapshot,
                                                  const QList<PushRequest> &requests);

private:
    Group takeGroup();   // under m_mutex

    const int m_maxGroup;
    std::mutex m_mutex;
    std::condition_variable m_written;
    std::deque<std::shared_ptr<Waiting>> m_queue;
    const int m_maxLeaders;
    int m_leaders = 0;
};

} // namespace motcua::portal
