#pragma once

#include "app/auth/Session.h"
#include "app/lookup/LookupTypes.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace motcua {

namespace lookup {
class LookupWorker;
}

// The Receive page's registry lookup: the citizen whose card was read (or whose number was typed)
// asked of the portal's population registry and data warehouse, or the cache when the portal
// cannot answer — on the lookup worker's thread (LookupWorker::lookUpCitizen, CitizenRegistry),
// never the GUI's. Only the answer for the newest number asked is passed on.
class CitizenLookup : public QObject {
    Q_OBJECT
public:
    explicit CitizenLookup(const Session &session, QObject *parent = nullptr);
    ~CitizenLookup() override;

    void setSession(const Session &session);
    void lookUp(const QString &idNumber);
    void clear();   // forget the answer (a new receipt); an answer still on its way is dropped
    const std::optional<lookup::RegistryAnswer> &answer() const { return m_answer; }
    bool isBusy() const { return m_waiting; }

signals:
    void answered(const motcua::lookup::RegistryAnswer &answer);

private:
    std::unique_ptr<lookup::LookupWorker> m_worker;
    int m_ticket = 0;
    bool m_waiting = false;
    std::optional<lookup::RegistryAnswer> m_answer;
};

} // namespace motcua
