#include "app/lookup/LookupWorker.h"

#include "domain/calendar/OfficeTime.h"

#include "app/lookup/CitizenRegistry.h"
#include "app/lookup/LookupLogging.h"
#include "app/lookup/LookupService.h"

#include <QMetaObject>

namespace motcua::lookup {

LookupWorker::LookupWorker(Session session, QObject *parent)
    : SessionWorker({QStringLiteral("lookup"), nullptr, false}, std::move(session), parent)
{
    setOnReset([this] {
        m_registry.reset();
        m_service.reset();
    });
}

LookupWorker::~LookupWorker()
{
    shutDown();
}

template <typename Job>
void LookupWorker::runLookup(int ticket, Job job)
{
    run(ticket, [this, job = std::move(job)](WorkspaceServices &services) {
        if (!m_service)
            m_service = std::make_unique<LookupService>(services);
        job(*m_service);
    });
}

void LookupWorker::search(int ticket, const QString &text)
{
    m_latestSearch.store(ticket);
    runLookup(ticket, [this, ticket, text](LookupService &s) {
        if (ticket != m_latestSearch.load())
            return;   // a newer search is queued: answer that one only
        emit results(ticket, s.search(text));
    });
}

void LookupWorker::listDays(int ticket, const QDate &from, const QDate &to)
{
    m_latestSearch.store(ticket);
    runLookup(ticket, [this, ticket, from, to](LookupService &s) {
        if (ticket != m_latestSearch.load())
            return;
        emit results(ticket, s.receivedOnDays(from, to));
    });
}

void LookupWorker::loadDossier(int ticket, const QString &dossierCode)
{
    runLookup(ticket, [this, ticket, dossierCode](LookupService &s) {
        auto d = s.details(dossierCode);
        if (d)
            emit dossierLoaded(ticket, *d);
        else
            emit failed(ticket, d.error());
    });
}

void LookupWorker::loadPage(int ticket, const QString &sha256, const QSize &bound)
{
    runLookup(ticket, [this, ticket, sha256, bound](LookupService &s) {
        const PageImage page = s.page(sha256, bound);
        if (page.tampered)
            qCWarning(lcLookup) << "page failed its hash check:" << sha256;
        emit pageLoaded(ticket, page);
    });
}

void LookupWorker::lookUpCitizen(int ticket, const QString &idNumber)
{
    run(ticket, [this, ticket, idNumber](WorkspaceServices &services) {
        if (!m_registry)
            m_registry = std::make_unique<CitizenRegistry>(services);
        emit citizenLooked(ticket, m_registry->lookUp(idNumber));
    });
}

} // namespace motcua::lookup
