#include "app/casework/BulkDecision.h"

#include "app/auth/SessionHandle.h"
#include "app/casework/CaseworkLogging.h"
#include "app/casework/CaseworkService.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/Database.h"
#include "db/Workspace.h"

namespace motcua::casework {

BulkOutcome decideInBulk(WorkspaceServices &services, const BulkRequest &request)
{
    CaseworkService casework(services);
    BulkOutcome out;
    for (const QString &code : request.dossiers) {
        ActionRequest a;
        a.action = request.verdict == BulkVerdict::Approve ? Action::Approve : Action::Reject;
        a.dossier = code;
        a.role = Role::Supervisor;
        a.text = request.reason;
        Result<ActionOutcome> done = casework.perform(a);
        if (done)
            out.changed << code;
        else
            out.refused.append({code, done.error()});
    }
    return out;
}

BulkDecisionWorker::BulkDecisionWorker(Session session, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent), m_session(std::move(session)), m_clock(std::move(clock))
{
}

BulkDecisionWorker::~BulkDecisionWorker()
{
    m_worker.stop();
}

void BulkDecisionWorker::decide(int ticket, const QString &password, const BulkRequest &request)
{
    m_worker.post([this, ticket, password, request, session = m_session] {
        auto handle = SessionHandle::from(session);
        if (!handle) {
            emit failed(ticket, handle.error());
            return;
        }
        const SessionInfo &info = (*handle)->info();
        // The password again, through the officer's own key slot (never compared in memory).
        if (auto again = Workspace::unlock(info.directory, info.officer.login, password, Workspace::Wait::No); !again) {
            qCWarning(lcCasework) << "bulk decision: password not confirmed:" << again.error().code;
            emit failed(ticket, again.error());
            return;
        }
        // One connection for the batch, closed on this thread when it ends.
        auto db = (*handle)->openDatabase();
        if (!db) {
            emit failed(ticket, db.error());
            return;
        }
        WorkspaceServices::Options options;
        options.clock = m_clock;
        auto services = WorkspaceServices::build((*db)->sql(), info, nullptr, std::move(options));
        if (!services) {
            emit failed(ticket, services.error());
            return;
        }
        const BulkOutcome outcome = decideInBulk(**services, request);
        qCInfo(lcCasework) << "bulk decision:" << outcome.changed.size() << "changed," << outcome.refused.size() << "refused";
        emit decided(ticket, outcome);
    });
}

} // namespace motcua::casework
