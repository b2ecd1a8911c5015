#pragma once

#include "app/auth/Session.h"
#include "app/workspace/SessionWorker.h"
#include "domain/Result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace motcua {
class Clock;
class WorkspaceServices;
}

namespace motcua::casework {

// A supervisor's decision on several dossiers awaiting approval (issue 12: "approve or send back in
// bulk after re-entering their password; a bulk action lists exactly what it will change").
enum class BulkVerdict { Approve, SendBack };

struct BulkRequest {
    BulkVerdict verdict = BulkVerdict::Approve;
    QStringList dossiers;    // exactly the dossiers the supervisor was shown
    QString reason;          // SendBack: the reason (a Rejected's), required
};

// What it did: the dossiers changed (one event each), and those it could not change with why —
// a dossier approved by someone else meanwhile, no longer held by this supervisor … is reported,
// never skipped silently.
struct BulkOutcome {
    QStringList changed;
    QList<std::pair<QString, Error>> refused;
};

// The job: each dossier through CaseworkService (Approve, or Reject with the reason), one event and
// one transaction each, in the order given. Runs on the thread that owns the services.
BulkOutcome decideInBulk(WorkspaceServices &services, const BulkRequest &request);

// Runs a bulk decision off the GUI thread: the password is checked first on the worker
// (Workspace::unlock of the acting officer's key slot: throttled, and a failure is recorded in the
// auth log like a failed sign-in); a wrong one writes nothing (failed with auth.wrong-password).
// The connection and services come from the SessionWorker shell (lock watch: nothing stays open
// behind the lock screen).
// Each ticket is answered by exactly one signal: decided or failed.
class BulkDecisionWorker : public SessionWorker {
    Q_OBJECT
public:
    explicit BulkDecisionWorker(Session session, std::shared_ptr<const Clock> clock = {}, QObject *parent = nullptr);

    void decide(int ticket, const QString &password, const BulkRequest &request);

signals:
    void decided(int ticket, const motcua::casework::BulkOutcome &outcome);
};

} // namespace motcua::casework
