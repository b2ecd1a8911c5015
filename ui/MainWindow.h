#pragma once

#include "app/auth/Session.h"
#include "app/workspace/ServiceFactories.h"

#include <QList>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace motcua {

class AdminPage;
class Language;
class Page;
class Reprinter;
class SupplementDialog;
class SyncStatusSource;

// The shell after sign-in: navigation on the left, one page per task, a status bar with the
// officer, office, connection, pending-sync count and clock. It coordinates; pages do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum PageIndex { ReceivePageIndex, DossiersPageIndex, LookupPageIndex, SyncPageIndex, AdminPageIndex, DashboardPageIndex, PageCount };

    // factories: the application's (AppController's), handed to every page that scans.
    MainWindow(const Session &session, SyncStatusSource *sync, Language *language, QWidget *parent = nullptr,
               const ServiceFactories &factories = {});
    ~MainWindow() override;

    const Session &session() const { return m_session; }
    // The same officer unlocked again (after a lock): the window and its pages carry on.
    void setSession(const Session &session);

    int currentPage() const;
    // Goes to `index` when the officer's roles allow that page; false (and nothing changes) else.
    bool setCurrentPage(int index);
    // Which pages an officer sees (DOMAIN.md "Offices, officers and roles"): Receive for counter
    // officers; Dossiers and Lookup for anyone who acts on dossiers (counter, processing,
    // supervisor); Sync for everyone; Administration for administrators.
    static bool pageAllowed(int index, Roles roles);
    // Where an officer lands after signing in: Receive for a counter officer, else Lookup for
    // processing and supervisors, else Administration (an administrator alone).
    static int landingPage(Roles roles);
    bool isPageShown(int index) const { return pageAllowed(index, m_session.roles); }
    Page *page(int index) const { return m_pages.value(index); }
    AdminPage *adminPage() const;
    Reprinter *reprinter() const { return m_reprinter; }
    // Lookup's "Record supplement…": the dialog for `dossierCode` (null for a non-counter officer).
    SupplementDialog *openSupplement(const QString &dossierCode);

signals:
    void lockRequested();
    void signOutRequested();
    // Session ▸ Change my password… (the controller opens the dialog: it owns the AuthService).
    void changePasswordRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addPages();
    void setupActions();
    void setupStatusBar();
    void refreshTexts();
    void refreshStatus();
    void updateClock();
    void refreshSyncBanner();
    void showFailedAttemptsNotice();
    void applyRoles();
    void refreshDossiersEntry();   // the Dossiers entry's overdue count and every queue's count (tooltip)

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session m_session;
    ServiceFactories m_factories;
    Reprinter *m_reprinter = nullptr;
    QAction *m_scannerAction = nullptr;
    SyncStatusSource *m_sync;
    Language *m_language;
    QList<Page *> m_pages;
    QList<QAction *> m_pageActions;
    QList<QAction *> m_languageActions;
    QLabel *m_officerLabel = nullptr;
    QLabel *m_officeLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_lastSyncLabel = nullptr;
    QLabel *m_syncBanner = nullptr;
    QLabel *m_clockLabel = nullptr;
    QTimer m_clock;
};

} // namespace motcua
