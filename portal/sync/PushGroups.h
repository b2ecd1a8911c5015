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
// CPU per batch in lock waits than they gained). Once its group is committed, a leader hands its
// turn to the first batch still queued (that thread wakes to lead the next group) and then reads the
// change feeds its group asked for ("changesAfter") together: two statements for the group instead
// of two per request (changesAnswers). Each waiting thread is woken by its own condition variable,
// when its reply is ready or its turn to lead has come, not every waiting thread at every group's end.
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

    // A request waiting in a worker thread, woken by its own condition variable (not every waiting
    // thread at every group's end): when its reply is set, or when it is its turn to lead.
    struct Waiting {
        PushRequest request;
        std::optional<Result<PushReply>> reply;
        bool lead = false;   // holds a leader's turn (counted in m_leaders)
        std::condition_variable wake;
    };
    using Group = QList<std::shared_ptr<Waiting>>;

    // What a leader does with its group, on its connection: the batches in one transaction
    // (PushService::pushGroup); if that fails for another reason than a lost connection, each batch
    // alone. A reply per request, in order.
    static QList<Result<PushReply>> writeTogether(Statements &sql, PortalRules &rules, const RulesSnapshot &snapshot,
                                                  const QList<PushRequest> &requests);

    // After the group's commit, the change feeds its requests asked for, read together
    // (changesAnswers), into the replies of the batches that went through.
    static void readFeeds(Statements &sql, const QList<PushRequest> &requests, QList<Result<PushReply>> &replies);

private:
    Group takeGroup();   // under m_mutex
    // A leader's turn passes to the first queued request not holding one (woken to lead), or ends
    // when there is none. Under m_mutex.
    void handOver();

    const int m_maxGroup;
    std::mutex m_mutex;
    std::deque<std::shared_ptr<Waiting>> m_queue;
    const int m_maxLeaders;
    int m_leaders = 0;
};

} // namespace motcua::portal
