#include "app/auth/SessionHandle.h"

#include "app/auth/Session.h"
#include "db/keys/SecretBytes.h"

namespace motcua {

SessionHandle::SessionHandle(SessionInfo info) : m_info(std::move(info)) {}

SessionHandle::~SessionHandle()
{
    // The last reference to these bytes wipes them (copies a worker still holds wipe nothing:
    // wipe() only drops a shared reference).
    wipe(m_info.database.rawKey);
}

Result<std::unique_ptr<Database>> SessionHandle::openDatabase() const
{
    DatabaseConfig config = m_info.database;
    config.mustExist = true;
    return Database::open(config);
}

Result<std::shared_ptr<const SessionHandle>> SessionHandle::from(const Session &session)
{
    if (auto strong = session.handle.lock())
        return strong;
    return Error(QStringLiteral("auth.locked"), QStringLiteral("the session was locked"));
}

} // namespace motcua
