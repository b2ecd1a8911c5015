#include "app/auth/AuthService.h"

#include "app/auth/SessionHandle.h"
#include "db/Workspace.h"
#include "app/auth/AuthLogging.h"
#include "app/sync/OfficerSlots.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua {

struct AuthService::Outcome {
    std::shared_ptr<Workspace> workspace;
    Error error;
    QDateTime retryAllowedAt;
};

namespace {

// "retry-after-ms=N" (the detail of auth.throttled) → the moment of the next allowed attempt.
QDateTime retryMomentFrom(const Error &error)
{
    static const QLatin1String prefix("retry-after-ms=");
    const qsizetype at = error.detail.indexOf(prefix);
    if (at < 0)
        return {};
    bool ok = false;
    const qint64 ms = error.detail.mid(at + prefix.size()).section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
    return ok ? QDateTime::currentDateTimeUtc().addMSecs(ms) : QDateTime();
}

Session sessionFrom(const SessionInfo &info, const std::shared_ptr<const SessionHandle> &handle)
{
    Session s;
    s.workspaceDirectory = info.directory;
    s.login = info.officer.login;
    s.fullName = info.officer.fullName;
    s.roles = info.officer.roles;
    s.officeCode = info.office.code;
    s.officeName = info.office.name;
    s.deviceNumber = info.deviceNumber;
    s.failedAttemptsBefore = info.failedAttemptsBefore;
    s.handle = handle;
    return s;
}

} // namespace

AuthService::AuthService(QString workspaceDirectory, QObject *parent)
    : QObject(parent),
      m_unlockWatcher(std::make_unique<QFutureWatcher<Outcome>>()),
      m_passwordWatcher(std::make_unique<QFutureWatcher<Status>>())
{
    m_publicInfo.directory = std::move(workspaceDirectory);
    connect(m_unlockWatcher.get(), &QFutureWatcher<Outcome>::finished, this, &AuthService::finishUnlock);
    connect(m_passwordWatcher.get(), &QFutureWatcher<Status>::finished, this, [this] {
        const Status result = m_passwordWatcher->future().takeResult();
        if (result.ok()) {
            qCInfo(lcAuth) << "password changed";
            emit passwordChanged();
        } else {
            qCInfo(lcAuth) << "password change failed:" << result.error().code;
            emit passwordChangeFailed(result.error());
        }
    });
}

AuthService::~AuthService()
{
    // A change under way holds the workspace; let it finish writing the key file.
    if (m_passwordWatcher->isRunning())
        m_passwordWatcher->waitForFinished();
}

QString AuthService::defaultWorkspaceDirectory()
{
    return Workspace::defaultDirectory();
}

void AuthService::refreshPublicInfo()
{
    // A 200-byte JSON file and one stat: cheap, but a network or sleeping disk can still stall,
    // so it is read on the pool like everything else the GUI waits for.
    auto *watcher = new QFutureWatcher<WorkspacePublicInfo>(this);
    connect(watcher, &QFutureWatcher<WorkspacePublicInfo>::finished, this, [this, watcher] {
        m_publicInfo = watcher->result();
        watcher->deleteLater();
        emit publicInfoChanged();
    });
    watcher->setFuture(QtConcurrent::run([dir = m_publicInfo.directory] {
        WorkspacePublicInfo info;
        info.directory = dir;
        info.loaded = true;
        info.exists = Workspace::exists(dir);
        if (const auto pub = Workspace::publicInfo(dir)) {
            info.officeCode = pub->officeCode;
            info.officeName = pub->officeName;
            info.enrolled = !pub->portalUrl.isEmpty();
        }
        return info;
    }));
}

bool AuthService::isBusy() const
{
    return m_unlockWatcher->isRunning();
}

void AuthService::unlock(const QString &login, const QString &password)
{
    startUnlock(login, password, false);
}

void AuthService::unlockThroughPortal(const QString &login, const QString &password)
{
    startUnlock(login, password, true);
}

void AuthService::startUnlock(const QString &login, const QString &password, bool throughPortal)
{
    if (isBusy() || isUnlocked())
        return;
    qCInfo(lcAuth) << (throughPortal ? "unlock through the portal requested" : "unlock requested");
    m_unlockWatcher->setFuture(QtConcurrent::run([dir = m_publicInfo.directory, login, password, throughPortal] {
        Outcome out;
        if (throughPortal) {
            Result<Officer> granted = sync::addOfficerSlot(sync::SlotGrantRequest{dir, login, password, {}});
            if (!granted && granted.error().code != QLatin1String("keys.slot-exists")) {
                out.error = granted.error();
                return out;
            }
        }
        auto opened = Workspace::unlock(dir, login, password, Workspace::Wait::No);
        if (opened.ok()) {
            out.workspace = std::shared_ptr<Workspace>(std::move(*opened));
            return out;
        }
        out.error = opened.error();
        out.retryAllowedAt = out.error.code == QLatin1String("auth.throttled")
            ? retryMomentFrom(out.error)
            : Workspace::nextAttemptAllowedAt(dir, login);
        if (out.retryAllowedAt.isValid() && out.retryAllowedAt <= QDateTime::currentDateTimeUtc())
            out.retryAllowedAt = QDateTime();
        return out;
    }));
    emit busyChanged(true);
}

void AuthService::finishUnlock()
{
    // Taken, not copied: the future must not keep the workspace (and its keys) alive after lock().
    Outcome out = m_unlockWatcher->future().takeResult();
    emit busyChanged(false);
    if (!out.workspace) {
        qCInfo(lcAuth) << "unlock failed:" << out.error.code;
        emit unlockFailed(out.error, out.retryAllowedAt);
        return;
    }
    m_workspace = std::move(out.workspace);
    m_handle = std::make_shared<const SessionHandle>(m_workspace->session());
    m_session = sessionFrom(m_workspace->session(), m_handle);
    m_lastSession = m_session;
    m_lastSession.handle.reset();
    qCInfo(lcAuth) << "unlocked; failed attempts before:" << m_session.failedAttemptsBefore;
    emit lockedChanged(false);
    emit unlocked();
}

Status AuthService::checkNewPassword(const QString &oldPassword, const QString &newPassword, const QString &repeated)
{
    if (newPassword.isEmpty())
        return Error(QStringLiteral("auth.empty-password"));
    if (newPassword.size() < kMinPasswordLength)
        return Error(QStringLiteral("auth.password-too-short"), QString::number(kMinPasswordLength));
    if (newPassword != repeated)
        return Error(QStringLiteral("auth.password-mismatch"));
    if (newPassword == oldPassword)
        return Error(QStringLiteral("auth.same-password"));
    return {};
}

bool AuthService::isChangingPassword() const
{
    return m_passwordWatcher->isRunning();
}

void AuthService::changePassword(const QString &oldPassword, const QString &newPassword)
{
    if (isChangingPassword())
        return;
    if (!isUnlocked()) {
        emit passwordChangeFailed(Error(QStringLiteral("auth.locked")));
        return;
    }
    qCInfo(lcAuth) << "password change requested";
    // The workspace is shared with the job: a lock meanwhile drops our reference, not the job's.
    m_passwordWatcher->setFuture(QtConcurrent::run([ws = m_workspace, oldPassword, newPassword]() -> Status {
        return ws->changePassword(oldPassword, newPassword);
    }));
}

void AuthService::lock()
{
    if (!isUnlocked())
        return;
    m_session = Session();
    m_handle.reset();
    m_workspace.reset();
    qCInfo(lcAuth) << "session locked";
    emit lockedChanged(true);
}

} // namespace motcua
