#include "app/casework/CaseworkWorker.h"

#include "app/casework/CaseworkForms.h"
#include "app/casework/CaseworkLogging.h"
#include "app/intake/PageIntake.h"
#include "app/workspace/WorkspaceServices.h"
#include "db/OfficerStore.h"
#include "db/PageStore.h"

#include <QDateTime>

#include <algorithm>

namespace motcua::casework {
bool DossierActions::offers(Action action) const
{
    return roleFor(action).has_value();
}

std::optional<Role> DossierActions::roleFor(Action action) const
{
    for (const AvailableAction &a : actions) {
        if (a.action == action)
            return a.role;
    }
    return std::nullopt;
}

CaseworkWorker::CaseworkWorker(Session session, std::shared_ptr<const Clock> clock, QObject *parent)
    : SessionWorker({QStringLiteral("casework"), std::move(clock), true}, std::move(session), parent)
{
}

void CaseworkWorker::loadActions(int ticket, const QString &dossier)
{
    run(ticket, [this, ticket, dossier](WorkspaceServices &services) {
        CaseworkService service(services);
        Result<DossierState> state = service.state(dossier);
        if (!state) {
            emit failed(ticket, state.error());
            return;
        }
        DossierActions out;
        out.dossier = dossier;
        out.officer = services.session().officer.login;
        out.state = *state;
        out.actions = service.available(dossier);
        out.offices = services.visibleOffices();
        for (const Officer &o : OfficerStore(services.db()).officers()) {
            if (o.active && out.offices.contains(o.officeCode) && (o.has(Role::Processing) || o.has(Role::Supervisor) || o.has(Role::Counter)))
                out.officers << o;
        }
        std::sort(out.officers.begin(), out.officers.end(), [](const Officer &a, const Officer &b) {
            return a.fullName.localeAwareCompare(b.fullName) < 0;
        });
        emit actionsLoaded(ticket, out);
    });
}

void CaseworkWorker::importFiles(int ticket, const QStringList &files)
{
    run(ticket, [this, ticket, files](WorkspaceServices &services) {
        PageStore pages(services.db());
        QStringList hashes;
        for (qsizetype f = 0; f < files.size(); ++f) {
            Result<QList<intake::DraftPage>> stored = intake::PageIntake::importFiles(pages, {files.at(f)});
            if (!stored) {
                // The file by its place only: its name may say whose it is.
                qCInfo(lcCasework) << "import refused: file" << f + 1 << stored.error().code;
                emit failed(ticket, Error(stored.error().code));
                return;
            }
            for (const intake::DraftPage &p : std::as_const(*stored)) {
                if (!p.setAside)
                    hashes << p.sha256;
            }
        }
        if (hashes.isEmpty()) {
            emit failed(ticket, Error(QStringLiteral("intake.blank-component")));
            return;
        }
        emit pagesStored(ticket, hashes);
    });
}

void CaseworkWorker::storeScans(int ticket, const QList<capture::ScannedPage> &scanned)
{
    run(ticket, [this, ticket, scanned](WorkspaceServices &services) {
        PageStore pages(services.db());
        QStringList hashes;
        for (const capture::ScannedPage &page : scanned) {
            Result<intake::DraftPage> stored = intake::PageIntake::store(pages, page.image, page.dpi > 0 ? page.dpi : 200);
            if (!stored) {
                emit failed(ticket, Error(stored.error().code));
                return;
            }
            if (!stored->setAside)
                hashes << stored->sha256;
        }
        if (hashes.isEmpty()) {
            emit failed(ticket, Error(QStringLiteral("intake.blank-component")));
            return;
        }
        emit pagesStored(ticket, hashes);
    });
}

Result<printing::FormData> CaseworkWorker::form(WorkspaceServices &services, const QString &dossier, ActionForm kind) const
{
    const QList<Event> events = services.events().eventsOf(dossier);
    if (events.isEmpty())
        return Error(QStringLiteral("lookup.no-dossier"), dossier);
    QSqlDatabase db = services.db();
    const CaseworkForms forms(services.catalog(), services.session(), services.events().machine(),
                              services.calendar().zone(), [db](const QString &login) {
        const std::optional<Officer> o = OfficerStore(db).officer(login);
        return o && !o->fullName.isEmpty() ? o->fullName : login;
    });
    // In the program's language, as the Reprint does (installing a translator here, off the GUI
    // thread, would send every widget a LanguageChange).
    switch (kind) {
    case ActionForm::Supplement02: return forms.supplementRequest(events);
    case ActionForm::Extension04: return forms.extension(events);
    case ActionForm::Stop05: return forms.stop(events);
    case ActionForm::ControlSlip06: return forms.controlSlip(events, services.now());
    case ActionForm::None: break;
    }
    return Error(QStringLiteral("casework.no-form"));
}

void CaseworkWorker::perform(int ticket, const ActionRequest &request, ActionForm kind)
{
    run(ticket, [this, ticket, request, kind](WorkspaceServices &services) {
        CaseworkService service(services);
        Result<ActionOutcome> done = service.perform(request);
        if (!done) {
            emit failed(ticket, done.error());
            return;
        }
        std::optional<printing::FormData> printed;
        if (kind != ActionForm::None) {
            if (Result<printing::FormData> f = form(services, request.dossier, kind))
                printed = *f;
        }
        emit performed(ticket, *done, printed);
    });
}

void CaseworkWorker::loadForm(int ticket, const QString &dossier, ActionForm kind)
{
    run(ticket, [this, ticket, dossier, kind](WorkspaceServices &services) {
        Result<printing::FormData> f = form(services, dossier, kind);
        if (!f) {
            emit failed(ticket, f.error());
            return;
        }
        emit formLoaded(ticket, *f);
    });
}

} // namespace motcua::casework
