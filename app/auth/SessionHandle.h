#pragma once

#include "db/Database.h"
#include "db/Workspace.h"

#include <memory>

namespace motcua {

struct Session;

// The key-bearing half of a Session, for app/ services only (ui/ never includes this header).
// Holds a copy of the SessionInfo, whose DatabaseConfig opens one Database per worker thread.
class SessionHandle {
public:
    explicit SessionHandle(SessionInfo info);
    ~SessionHandle();
    SessionHandle(const SessionHandle &) = delete;
    SessionHandle &operator=(const SessionHandle &) = delete;

    const SessionInfo &info() const { return m_info; }
    // A connection for the calling thread (call it on the worker thread that will use it).
    Result<std::unique_ptr<Database>> openDatabase() const;

    // The handle of a Session, or an Error "auth.locked" when the session was locked meanwhile.
    static Result<std::shared_ptr<const SessionHandle>> from(const Session &session);

private:
    SessionInfo m_info;
};

} // namespace motcua
