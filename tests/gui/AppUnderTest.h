#pragma once

// The desktop app wired as motcua's main.cpp wires it (AuthService, AppController, a language and
// a sync status source) on a workspace folder the test made, for the GUI tests that drive the
// main window. Header-only: each gui test is its own executable.
#include "app/auth/AuthService.h"
#include "app/auth/SyncStatusSource.h"
#include "ui/AppController.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include <memory>

namespace motcua::test {

struct AppUnderTest {
    // First, so they go last: the workers must be done before the folder is removed.
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("ws"));   // the workspace folder, for the test to fill
    Language language;
    std::unique_ptr<SyncStatusSource> sync;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<AppController> controller;
    bool firstRunWizard = false;   // offer the first-run wizard when `dir` holds no workspace

    // Starts on `dir` in Vietnamese; `syncSource` null: one that says nothing is queued.
    void start(std::unique_ptr<SyncStatusSource> syncSource = {})
    {
        language.setLanguage(QStringLiteral("vi"));
        auth = std::make_unique<AuthService>(dir);
        sync = syncSource ? std::move(syncSource) : std::make_unique<SyncStatusSource>();
        controller = std::make_unique<AppController>(auth.get(), &language, sync.get());
        controller->setFirstRunWizard(firstRunWizard);
        controller->start();
    }
    ~AppUnderTest()
    {
        controller.reset();
        if (auth)   // a pending unlock must not outlive the test's folder
            QTRY_VERIFY_WITH_TIMEOUT(!auth->isBusy(), 30000);
        // Workers (officer list, public info) must not touch the folder while it is removed.
        QThreadPool::globalInstance()->waitForDone(30000);
    }

    MainWindow *main() const { return controller->mainWindow(); }
    // Signs `login` in (locking first when someone is signed in) and waits for the main window.
    bool signIn(const QString &login, const QString &password)
    {
        if (!QTest::qWaitFor([&] { return auth->publicInfo().loaded; }, 10000))
            return false;
        if (auth->isUnlocked())
            controller->lock();
        auth->unlock(login, password);
        return QTest::qWaitFor([&] { return main() && main()->isVisible() && main()->session().login == login; }, 20000);
    }
};

} // namespace motcua::test
