#pragma once

#include "app/auth/Session.h"
#include "app/capture/ScanTypes.h"
#include "app/casework/CaseworkService.h"
#include "app/printing/FormData.h"
#include "app/workspace/SessionWorker.h"
#include "domain/Result.h"
#include "domain/auth/Officer.h"

#include <QObject>

#include <memory>
#include <optional>

namespace motcua {
class Clock;
class WorkspaceServices;
}

namespace motcua::casework {

// What the dossier view needs to offer actions: the dossier as it stands, the actions the
// signed-in officer may take on it now (CaseworkService::available) and, for a transfer, the
// active officers of the offices the officer sees. Personal data inside `state`: never log it.
struct DossierActions {
    QString dossier;
    QString officer;              // the signed-in officer's login
    DossierState state;
    QList<AvailableAction> actions;
    QList<Officer> officers;      // active, of the visible offices, sorted by name
    QStringList offices;          // the offices whose pools a transfer may name (own first)
    bool offers(Action action) const;
    std::optional<Role> roleFor(Action action) const;
};

// A form an action prints, rebuilt from the dossier's events.
enum class ActionForm { None, Supplement02, Extension04, Stop05, ControlSlip06 };

// The casework actions of the dossier view, on a thread of their own with their own connection to
// the workspace database (a SessionWorker): the GUI thread never waits on the store, on importing
// pages or on crypto. Each ticket is answered by exactly one signal (actionsLoaded / pagesStored /
// performed / formLoaded, or failed). A session locked meanwhile closes the connection and jobs
// fail with "auth.locked".
class CaseworkWorker : public SessionWorker {
    Q_OBJECT
public:
    // clock: null for the system's (tests pass a fixed one).
    explicit CaseworkWorker(Session session, std::shared_ptr<const Clock> clock = {}, QObject *parent = nullptr);

    void loadActions(int ticket, const QString &dossier);                  // → actionsLoaded
    // Files imported as pages (processed, stored, unreferenced until an action files them).
    void importFiles(int ticket, const QStringList &files);                // → pagesStored
    // Pages from the scanner stored the same way (blank ones left out).
    void storeScans(int ticket, const QList<capture::ScannedPage> &pages); // → pagesStored
    // One action, one event (CaseworkService::perform); `form` is rebuilt after it when asked.
    void perform(int ticket, const ActionRequest &request, ActionForm form = ActionForm::None); // → performed
    void loadForm(int ticket, const QString &dossier, ActionForm form);    // → formLoaded

signals:
    void actionsLoaded(int ticket, const motcua::casework::DossierActions &actions);
    void pagesStored(int ticket, const QStringList &sha256s);
    void performed(int ticket, const motcua::casework::ActionOutcome &outcome,
                   const std::optional<motcua::printing::FormData> &form);
    void formLoaded(int ticket, const motcua::printing::FormData &form);

private:
    Result<printing::FormData> form(WorkspaceServices &services, const QString &dossier, ActionForm kind) const;
};

} // namespace motcua::casework

