#include "ui/receive/CitizenLookup.h"

#include "app/lookup/LookupWorker.h"
#include "ui/UiLogging.h"

namespace motcua {

CitizenLookup::CitizenLookup(const Session &session, QObject *parent)
    : QObject(parent), m_worker(std::make_unique<lookup::LookupWorker>(session))
{
    connect(m_worker.get(), &lookup::LookupWorker::citizenLooked, this,
            [this](int ticket, const lookup::RegistryAnswer &answer) {
                if (ticket != m_ticket)
                    return;   // an earlier number's answer
                m_waiting = false;
                m_answer = answer;
                emit answered(answer);
            });
    connect(m_worker.get(), &lookup::LookupWorker::failed, this, [this](int ticket, const Error &error) {
        if (ticket != m_ticket)
            return;
        m_waiting = false;
        qCWarning(lcUi) << "registry lookup unavailable:" << error.code;
    });
}

CitizenLookup::~CitizenLookup() = default;

void CitizenLookup::setSession(const Session &session)
{
    m_worker->setSession(session);
}

void CitizenLookup::lookUp(const QString &idNumber)
{
    m_answer.reset();
    m_waiting = true;
    m_worker->lookUpCitizen(++m_ticket, idNumber);
}

void CitizenLookup::clear()
{
    ++m_ticket;
    m_waiting = false;
    m_answer.reset();
}

} // namespace motcua
