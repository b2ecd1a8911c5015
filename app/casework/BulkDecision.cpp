#include "app/casework/BulkDecision.h"

#include "app/auth/SessionHandle.h"
#include "app/casework/CaseworkLogging.h"
#include "app/casework/CaseworkService.h"
#include "app/workspace/WorkspaceServices.h"
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
    : SessionWorker({QStringLiteral("bulk-decision"), std::move(clock), false}, std::move(session), parent)
{
}

void BulkDecisionWorker::decide(int ticket, const QString &password, const BulkRequest &request)
{
    post([this, ticket, password, request](const Session &session) {
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
        Result<WorkspaceServices *> services = this->services(session);
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
