#pragma once

#include "app/auth/Session.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

template <typename T> class QFutureWatcher;

namespace motcua {

class Workspace;

// What the login window shows before anyone unlocks (public facts of workspace.json).
struct WorkspacePublicInfo {
    QString directory;
    bool loaded = false;    // false until the first read finished
    bool exists = false;    // a key file is there
    QString officeCode;
    QString officeName;
    bool enrolled = false;  // on a portal: another officer of the office may sign in through it
};

// The app-layer face of a workspace for the GUI: opens an officer's key slot on a worker thread
// (Argon2id ≈0.4 s, then the database), keeps the session while unlocked, forgets it on lock().
// Every call returns at once; results come as signals on the object's thread.
class AuthService : public QObject {
    Q_OBJECT
public:
    explicit AuthService(QString workspaceDirectory, QObject *parent = nullptr);
    ~AuthService() override;

    // <AppDataLocation>/workspace (through app/, so ui/ needs no db/ header).
    static QString defaultWorkspaceDirectory();

    QString workspaceDirectory() const { return m_publicInfo.directory; }

    // Reads workspace.json and checks the key file on a worker thread → publicInfoChanged().
    void refreshPublicInfo();
    const WorkspacePublicInfo &publicInfo() const { return m_publicInfo; }

    bool isBusy() const;
    bool isUnlocked() const { return m_workspace != nullptr; }

    // Starts opening `login`'s slot; ignored while busy or unlocked. Ends with unlocked() or
    // unlockFailed(error, retryAllowedAt): retryAllowedAt is when the throttle allows the next
    // attempt for this login (invalid: at once). A throttled attempt answers at once with
    // "auth.throttled"; it never waits on the worker.
    void unlock(const QString &login, const QString &password);
    // The same for an officer without a key slot on an enrolled PC: first the portal checks the
    // login and grants a slot here (sync::addOfficerSlot: network and Argon2id, on the worker),
    // then the slot is opened. A login that already has a slot here is simply opened.
    void unlockThroughPortal(const QString &login, const QString &password);

    // The officer at work (invalid when locked).
    const Session &session() const { return m_session; }
    // The last officer who was unlocked (kept after lock() for the lock screen: login and name).
    const Session &lastSession() const { return m_lastSession; }

    // Forgets the session: drops the workspace (its key material) and the session handle.
    void lock();

    // Checks a new password before any work: auth.empty-password, auth.password-too-short (fewer
    // than kMinPasswordLength characters), auth.password-mismatch (the two entries differ),
    // auth.same-password (the new one is the old one). Empty error code: acceptable.
    static Status checkNewPassword(const QString &oldPassword, const QString &newPassword, const QString &repeated);
    static constexpr int kMinPasswordLength = 8;

    // Changes the acting officer's own password (Workspace::changePassword: the old one is checked
    // through the officer's key slot, throttled like an unlock; a new salt and today's cost) on a
    // worker thread. Ends with passwordChanged() or passwordChangeFailed(error); ignored while a
    // change is running or when locked (passwordChangeFailed with auth.locked).
    void changePassword(const QString &oldPassword, const QString &newPassword);
    bool isChangingPassword() const;

signals:
    void publicInfoChanged();
    void busyChanged(bool busy);
    void unlocked();
    void unlockFailed(const motcua::Error &error, const QDateTime &retryAllowedAt);
    void lockedChanged(bool locked);
    void passwordChanged();
    void passwordChangeFailed(const motcua::Error &error);

private:
    struct Outcome;
    void startUnlock(const QString &login, const QString &password, bool throughPortal);
    void finishUnlock();

    WorkspacePublicInfo m_publicInfo;
    std::unique_ptr<QFutureWatcher<Outcome>> m_unlockWatcher;
    std::unique_ptr<QFutureWatcher<Status>> m_passwordWatcher;
    std::shared_ptr<Workspace> m_workspace;
    std::shared_ptr<const SessionHandle> m_handle;
    Session m_session;
    Session m_lastSession;
};

} // namespace motcua
