#pragma once

#include "app/auth/Session.h"
#include "domain/Result.h"
#include "domain/auth/Officer.h"

#include <QList>
#include <QObject>

namespace motcua {

// The workspace's officers for the administration page, read on a worker thread through the
// session's own database connection. Every call returns at once; the answer is a signal.
class OfficerDirectory : public QObject {
    Q_OBJECT
public:
    explicit OfficerDirectory(Session session, QObject *parent = nullptr);

    void setSession(Session session) { m_session = std::move(session); }
    // Reads every officer, revoked ones included (the list shows who is active).
    void refresh();
    bool isLoading() const { return m_loading; }

signals:
    void loaded(const QList<motcua::Officer> &officers);
    void failed(const motcua::Error &error);

private:
    Session m_session;
    bool m_loading = false;
};

} // namespace motcua
