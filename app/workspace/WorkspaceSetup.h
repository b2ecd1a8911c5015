#pragma once

#include "app/sync/Enrollment.h"
#include "domain/Result.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace motcua {

// A stand-alone workspace as `motcua-cli init` makes it (the first officer holds every role).
struct StandaloneRequest {
    QString directory;
    QString officeCode;
    QString officeName;
    bool province = false;
    QString login;
    QString fullName;
    QString password;
};

// The first-run wizard's two ways to a workspace, off the GUI thread (network, Argon2id, disk):
// enroll this PC with the portal (app/sync/Enrollment) or create a stand-alone workspace. Every
// call returns at once; one job at a time; the answer comes as a signal on the object's thread.
class WorkspaceSetup : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~WorkspaceSetup() override;   // waits for a running job

    bool isBusy() const { return m_busy; }
    bool enroll(const sync::EnrollRequest &request);       // false: busy
    bool createStandalone(const StandaloneRequest &request);

    // Checks what can be checked before any work (empty fields): the error code, or none.
    static Status checkEnroll(const sync::EnrollRequest &request);
    static Status checkStandalone(const StandaloneRequest &request, const QString &repeatedPassword);

signals:
    void busyChanged(bool busy);
    void enrolled(const QString &directory, const QString &office, int deviceNumber);
    void created(const QString &directory);
    void failed(const motcua::Error &error);

private:
    void setBusy(bool busy);

    bool m_busy = false;
    std::atomic<int> m_jobs{0};
};

} // namespace motcua
