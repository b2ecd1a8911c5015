#pragma once

#include "app/auth/Session.h"
#include "app/lookup/LookupTypes.h"
#include "app/workspace/SessionWorker.h"
#include "domain/Result.h"

#include <QObject>
#include <QDate>
#include <QSize>

#include <atomic>
#include <memory>

namespace motcua::lookup {

class CitizenRegistry;
class LookupService;

// Runs the lookup queries on its own thread with its own connection to the workspace database
// (opened there through the session's handle), so the GUI thread never waits on the database,
// the decryption or the decoding of a page. Every call returns at once; each ticket is answered
// by exactly one signal (results / dossierLoaded / pageLoaded, or failed), delivered in the
// receiver's thread — except a search overtaken by a newer search before it started: typing
// fast queues many, only the newest is answered.
//
// The connection is a SessionWorker's: each job checks that the session is still unlocked, and a
// watch on the worker thread looks every kLockWatchMs: once the session is locked (its handle
// expired), the connection is closed (nothing keeps the database open behind the lock screen) and
// jobs fail with "auth.locked".
class LookupWorker : public SessionWorker {
    Q_OBJECT
public:
    explicit LookupWorker(Session session, QObject *parent = nullptr);
    ~LookupWorker() override;   // finishes the job under way before the services go

    void search(int ticket, const QString &text);   // nothing typed: today's dossiers
    // The dossiers received on the office days from..to: a search too (a newer one overtakes it).
    void listDays(int ticket, const QDate &from, const QDate &to);
    void loadDossier(int ticket, const QString &dossierCode);
    // bound: the largest size wanted for display (scaled on the worker); invalid = as stored.
    void loadPage(int ticket, const QString &sha256, const QSize &bound = {});
    // The citizen in the population registry through the portal, or the encrypted cache when the
    // portal cannot answer (CitizenRegistry). Never overtaken by searches: answered by
    // citizenLooked (or failed when the database cannot be opened).
    void lookUpCitizen(int ticket, const QString &idNumber);

signals:
    void results(int ticket, const motcua::lookup::LookupResults &results);
    void dossierLoaded(int ticket, const motcua::lookup::DossierDetails &details);
    void pageLoaded(int ticket, const motcua::lookup::PageImage &page);
    void citizenLooked(int ticket, const motcua::lookup::RegistryAnswer &answer);

private:
    // Runs job(LookupService &) on the worker thread with a service on a live connection, or
    // answers failed.
    template <typename Job>
    void runLookup(int ticket, Job job);

    std::atomic<int> m_latestSearch{0};
    std::unique_ptr<LookupService> m_service;         // worker thread only
    std::unique_ptr<CitizenRegistry> m_registry;      // worker thread only; made at the first registry lookup
};

} // namespace motcua::lookup
