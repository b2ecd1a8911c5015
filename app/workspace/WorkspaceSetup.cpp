#include "app/workspace/WorkspaceSetup.h"

#include "db/Workspace.h"
#include "domain/Clock.h"

#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent>

namespace motcua {

WorkspaceSetup::~WorkspaceSetup()
{
    while (m_jobs.load() > 0)   // the job refers to nothing of ours, but its watcher does
        QThread::msleep(20);
}

void WorkspaceSetup::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

Status WorkspaceSetup::checkEnroll(const sync::EnrollRequest &r)
{
    if (r.portalUrl.trimmed().isEmpty())
        return Error(QStringLiteral("sync.bad-portal-url"));
    if (r.login.trimmed().isEmpty())
        return Error(QStringLiteral("workspace.bad-login"));
    if (r.password.isEmpty())
        return Error(QStringLiteral("auth.empty-password"));
    return {};
}

Status WorkspaceSetup::checkStandalone(const StandaloneRequest &r, const QString &repeatedPassword)
{
    if (r.officeCode.trimmed().isEmpty())
        return Error(QStringLiteral("workspace.bad-office"));
    if (r.login.trimmed().isEmpty())
        return Error(QStringLiteral("workspace.bad-login"));
    if (r.fullName.trimmed().isEmpty())
        return Error(QStringLiteral("workspace.bad-name"));
    if (r.password.size() < 8)
        return Error(QStringLiteral("auth.password-too-short"));
    if (r.password != repeatedPassword)
        return Error(QStringLiteral("auth.password-mismatch"));
    return {};
}

bool WorkspaceSetup::enroll(const sync::EnrollRequest &request)
{
    if (m_busy)
        return false;
    if (Status st = checkEnroll(request); !st) {
        emit failed(st.error());
        return true;
    }
    setBusy(true);
    ++m_jobs;
    auto *watcher = new QFutureWatcher<Result<sync::EnrollOutcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const Result<sync::EnrollOutcome> outcome = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        if (outcome)
            emit enrolled(outcome->directory, outcome->office, outcome->deviceNumber);
        else
            emit failed(outcome.error());
    });
    watcher->setFuture(QtConcurrent::run([this, request] {
        SystemClock clock;
        Result<sync::EnrollOutcome> outcome = sync::enroll(request, clock);
        --m_jobs;
        return outcome;
    }));
    return true;
}

bool WorkspaceSetup::createStandalone(const StandaloneRequest &request)
{
    if (m_busy)
        return false;
    setBusy(true);
    ++m_jobs;
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, dir = request.directory] {
        const Status st = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        if (st)
            emit created(dir);
        else
            emit failed(st.error());
    });
    watcher->setFuture(QtConcurrent::run([this, request]() -> Status {
        Workspace::InitRequest r;
        r.directory = request.directory;
        r.office.code = request.officeCode.trimmed();
        r.office.name = request.officeName.trimmed().isEmpty() ? r.office.code : request.officeName.trimmed();
        r.office.level = request.province ? OfficeLevel::Province : OfficeLevel::Commune;
        r.login = request.login.trimmed();
        r.fullName = request.fullName.trimmed();
        r.password = request.password;
        Result<std::unique_ptr<Workspace>> ws = Workspace::create(r);
        --m_jobs;
        if (!ws)
            return ws.error();
        return {};
    }));
    return true;
}

} // namespace motcua
