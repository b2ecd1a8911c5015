#include "ui/MainWindow.h"

#include "ui_MainWindow.h"

#include "app/auth/SyncStatusSource.h"
#include "domain/calendar/OfficeTime.h"
#include "ui/Language.h"
#include "ui/RoleText.h"
#include "ui/pages/AdminPage.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/DossiersPage.h"
#include "ui/pages/LookupPage.h"
#include "ui/pages/PlaceholderPage.h"
#include "ui/pages/ReceivePage.h"
#include "ui/pages/SyncPage.h"
#include "ui/sync/SyncAge.h"
#include "ui/Reprinter.h"
#include "ui/ScannerChooser.h"
#include "ui/SupplementDialog.h"
#include "ui/receive/ReceiptEditor.h"

#include <QActionGroup>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>

namespace motcua {

MainWindow::MainWindow(const Session &session, SyncStatusSource *sync, Language *language, QWidget *parent,
                       const ServiceFactories &factories)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session), m_factories(factories), m_sync(sync),
      m_language(language)
{
    m_ui->setupUi(this);
    addPages();
    setupActions();
    setupStatusBar();
    // The offline guardrails' banner (the portal's policy): above every page.
    m_syncBanner = new QLabel(this);
    m_syncBanner->setObjectName(QStringLiteral("syncBanner"));
    m_syncBanner->setWordWrap(true);
    m_syncBanner->hide();
    m_ui->contentLayout->insertWidget(0, m_syncBanner);
    connect(m_ui->navList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!setCurrentPage(row))
            setCurrentPage(currentPage());   // a hidden row cannot be chosen; keep the list in step
    });
    connect(m_sync, &SyncStatusSource::changed, this, &MainWindow::refreshStatus);
    connect(&m_clock, &QTimer::timeout, this, &MainWindow::updateClock);
    m_clock.start(1000);
    refreshTexts();
    applyRoles();
    setCurrentPage(landingPage(m_session.roles));
    showFailedAttemptsNotice();
}

SupplementDialog *MainWindow::openSupplement(const QString &dossierCode)
{
    if (!m_session.roles.testFlag(Role::Counter))
        return nullptr;   // the button is only offered to counter officers
    auto *dialog = new SupplementDialog(m_session, dossierCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *lookup = static_cast<LookupPage *>(m_pages.at(LookupPageIndex));
    connect(dialog, &SupplementDialog::received, this, [this, lookup](const QString &code) {
        m_sync->refresh();
        lookup->openDossier(code);
    });
    dialog->open();
    return dialog;
}

bool MainWindow::pageAllowed(int index, Roles roles)
{
    const bool dossierRole = roles & (Roles(Role::Counter) | Role::Processing | Role::Supervisor);
    switch (index) {
    case ReceivePageIndex: return roles.testFlag(Role::Counter);
    case DossiersPageIndex:
    case LookupPageIndex: return dossierRole;
    case SyncPageIndex: return true;
    case AdminPageIndex: return roles.testFlag(Role::Admin);
    // The figures of the whole office (and the dossiers behind them): supervisors only; counter and
    // processing officers work from their queues (docs/reporting.md).
    case DashboardPageIndex: return roles.testFlag(Role::Supervisor);
    default: return false;
    }
}

int MainWindow::landingPage(Roles roles)
{
    if (pageAllowed(ReceivePageIndex, roles))
        return ReceivePageIndex;
    if (pageAllowed(LookupPageIndex, roles))
        return LookupPageIndex;
    if (pageAllowed(AdminPageIndex, roles))
        return AdminPageIndex;
    return SyncPageIndex;
}

void MainWindow::applyRoles()
{
    // A page the officer may not use is not offered at all (navigation, Go menu, its shortcut), so
    // nobody walks through a wizard only to be refused at its last button.
    for (int i = 0; i < PageCount; ++i) {
        const bool shown = isPageShown(i);
        m_ui->navList->setRowHidden(i, !shown);
        m_pageActions.at(i)->setVisible(shown);
        m_pageActions.at(i)->setEnabled(shown);
    }
    m_scannerAction->setVisible(m_session.roles.testFlag(Role::Counter));
    if (!isPageShown(currentPage()))
        setCurrentPage(landingPage(m_session.roles));
}

void MainWindow::showFailedAttemptsNotice()
{
    // Someone may have tried this officer's password: say so plainly, on top of the page, for a minute.
    const int n = m_session.failedAttemptsBefore;
    m_ui->noticeLabel->setVisible(n > 0);
    if (n > 0) {
        m_ui->noticeLabel->setText(tr("%n failed sign-in attempt(s) for your login since your last sign-in.", nullptr, n));
        QTimer::singleShot(60000, m_ui->noticeLabel, &QWidget::hide);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::addPages()
{
    // The order is PageIndex's and the shortcuts' (Ctrl+1 … Ctrl+6).
    m_pages = {new ReceivePage(m_session, nullptr, m_factories), new DossiersPage(m_session),
               new LookupPage(m_session, nullptr, m_factories), new SyncPage(m_sync),
               new AdminPage(m_session), new DashboardPage(m_session)};
    for (Page *p : std::as_const(m_pages)) {
        m_ui->pageStack->addWidget(p);
        m_ui->navList->addItem(p->title());
    }
    // A receipt adds events to the outbox: the pending-sync count follows at once.
    connect(static_cast<ReceivePage *>(m_pages.at(ReceivePageIndex))->editor(), &ReceiptEditor::committed, m_sync,
            &SyncStatusSource::refresh);
    // Lookup's Reprint: the stored dossier's form, rebuilt from its events, in the print preview.
    m_reprinter = new Reprinter(m_session, this);
    auto *lookup = static_cast<LookupPage *>(m_pages.at(LookupPageIndex));
    connect(lookup, &LookupPage::reprintRequested, m_reprinter, &Reprinter::reprint);
    // Lookup's "Record supplement…" (a Form 02's supplement is back): the dialog, then the dossier again.
    connect(lookup, &LookupPage::supplementRequested, this, &MainWindow::openSupplement);
    // Dossiers: each queue's count in the navigation; a dossier chosen opens in Lookup's dossier view.
    auto *dossiers = static_cast<DossiersPage *>(m_pages.at(DossiersPageIndex));
    connect(dossiers, &DossiersPage::countsChanged, this, &MainWindow::refreshDossiersEntry);
    connect(dossiers, &DossiersPage::openDossierRequested, this, [this, lookup](const QString &code) {
        if (setCurrentPage(LookupPageIndex))
            lookup->openDossier(code);
    });
    // An action from the dossier view changes the queues and adds to the outbox.
    connect(lookup, &LookupPage::dossierChanged, dossiers, &DossiersPage::refresh);
    connect(lookup, &LookupPage::dossierChanged, m_sync, &SyncStatusSource::refresh);
    // The dashboard's drill-down lists open a dossier in Lookup's dossier view too.
    connect(static_cast<DashboardPage *>(m_pages.at(DashboardPageIndex)), &DashboardPage::openDossierRequested, this,
            [this, lookup](const QString &code) {
                if (setCurrentPage(LookupPageIndex))
                    lookup->openDossier(code);
            });
    // A receipt or a supplement recorded changes the queues.
    connect(static_cast<ReceivePage *>(m_pages.at(ReceivePageIndex))->editor(), &ReceiptEditor::committed, dossiers,
            &DossiersPage::refresh);
}

void MainWindow::refreshDossiersEntry()
{
    auto *dossiers = static_cast<DossiersPage *>(m_pages.at(DossiersPageIndex));
    QListWidgetItem *item = m_ui->navList->item(DossiersPageIndex);
    item->setText(dossiers->title());
    item->setToolTip(dossiers->countsSummary());
    m_pageActions.at(DossiersPageIndex)->setText(dossiers->title());
}

void MainWindow::setupActions()
{
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lockRequested);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changePasswordRequested);
    m_scannerAction = new QAction(this);
    m_scannerAction->setObjectName(QStringLiteral("actionChooseScanner"));
    m_ui->menuSession->insertAction(m_ui->actionLock, m_scannerAction);
    connect(m_scannerAction, &QAction::triggered, this, [this] {
        auto *chooser = new ScannerChooser(this, m_factories);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QDialog::accepted, this, [this, chooser] {
            static_cast<ReceivePage *>(m_pages.at(ReceivePageIndex))->editor()->setScanDevice(chooser->chosenDevice());
        });
        chooser->open();
    });
    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::quit);
    for (int i = 0; i < PageCount; ++i) {
        auto *action = m_ui->menuGo->addAction(m_pages.at(i)->title());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentPage(i); });
        m_pageActions << action;
    }
    auto *group = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        auto *action = m_ui->menuLanguage->addAction(Language::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_language->setLanguage(code); });
        m_languageActions << action;
    }
}

void MainWindow::setupStatusBar()
{
    auto label = [this](const QString &name) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(l);
        return l;
    };
    m_officerLabel = label(QStringLiteral("officerStatus"));
    m_officeLabel = label(QStringLiteral("officeStatus"));
    m_connectionLabel = label(QStringLiteral("connectionStatus"));
    m_pendingLabel = label(QStringLiteral("pendingStatus"));
    m_lastSyncLabel = label(QStringLiteral("lastSyncStatus"));
    m_clockLabel = label(QStringLiteral("clockStatus"));
}

void MainWindow::setSession(const Session &session)
{
    m_session = session;
    adminPage()->setSession(session);
    static_cast<LookupPage *>(m_pages.at(LookupPageIndex))->setSession(session);
    static_cast<DossiersPage *>(m_pages.at(DossiersPageIndex))->setSession(session);
    static_cast<DashboardPage *>(m_pages.at(DashboardPageIndex))->setSession(session);
    static_cast<ReceivePage *>(m_pages.at(ReceivePageIndex))->setSession(session);
    m_reprinter->setSession(session);
    refreshTexts();
    applyRoles();
    showFailedAttemptsNotice();
}

int MainWindow::currentPage() const
{
    return m_ui->pageStack->currentIndex();
}

bool MainWindow::setCurrentPage(int index)
{
    if (index < 0 || index >= PageCount || !isPageShown(index))
        return false;
    if (m_ui->navList->currentRow() != index)
        m_ui->navList->setCurrentRow(index);
    m_ui->pageStack->setCurrentIndex(index);
    return true;
}

AdminPage *MainWindow::adminPage() const
{
    return static_cast<AdminPage *>(m_pages.at(AdminPageIndex));
}

void MainWindow::refreshTexts()
{
    const QString office = m_session.officeName.isEmpty() ? m_session.officeCode : m_session.officeName;
    setWindowTitle(QStringLiteral("MotCua — ") + office);
    m_scannerAction->setText(tr("Choose &scanner…"));
    for (int i = 0; i < PageCount; ++i) {
        m_ui->navList->item(i)->setText(m_pages.at(i)->title());
        m_pageActions.at(i)->setText(m_pages.at(i)->title());
    }
    refreshDossiersEntry();
    for (QAction *a : std::as_const(m_languageActions))
        a->setChecked(a->data().toString() == m_language->current());
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    const QString roles = rolesText(m_session.roles);
    m_officerLabel->setText(roles.isEmpty() ? m_session.fullName : m_session.fullName + QStringLiteral(" — ") + roles);
    m_officeLabel->setText(m_session.officeName.isEmpty() ? m_session.officeCode
                                                          : m_session.officeName + QStringLiteral(" (") + m_session.officeCode + QStringLiteral(")"));
    const SyncOverview sync = m_sync->overview();
    const bool standalone = sync.loaded && !sync.enrolled;
    m_connectionLabel->setText(standalone ? tr("Stand-alone")
                               : m_sync->isRunning() ? tr("Syncing…")
                               : m_sync->isOnline()  ? tr("Online")
                                                     : tr("Offline"));
    m_pendingLabel->setText(tr("Waiting to sync: %1").arg(m_sync->pendingCount()));
    refreshSyncBanner();
    updateClock();
}

void MainWindow::refreshSyncBanner()
{
    const SyncOverview sync = m_sync->overview();
    const bool block = !sync.offlineBlock.isEmpty();
    m_syncBanner->setVisible(sync.enrolled && (block || sync.offlineWarn));
    m_syncBanner->setStyleSheet(block ? QStringLiteral("QLabel { background: #fbe9e9; border: 1px solid #c94a4a; padding: 8px; }")
                                      : QStringLiteral("QLabel { background: #fff6dd; border: 1px solid #d9a400; padding: 8px; }"));
    if (sync.offlineBlock == QLatin1String("sync.offline-too-many"))
        m_syncBanner->setText(tr("New receipts are blocked: %n dossier(s) on this PC have not reached the portal yet, "
                                 "more than the portal allows. Connect this PC to the network and press \"Sync now\" on "
                                 "the Sync page; receipts resume once they are sent.",
                                 nullptr, int(sync.unsyncedDossiers)));
    else if (block)
        m_syncBanner->setText(tr("New receipts are blocked: this PC has not synced with the portal for %n day(s), longer "
                                 "than the portal allows. Connect it to the network and press \"Sync now\" on the Sync "
                                 "page (or carry a bundle to a connected PC); receipts resume after a complete sync.",
                                 nullptr, sync.daysWithoutSync));
    else if (sync.offlineWarn)
        m_syncBanner->setText(tr("This PC has not synced with the portal for %n day(s). Connect it to the network and "
                                 "press \"Sync now\" on the Sync page: after %1 days without sync, new receipts are blocked.",
                                 nullptr, sync.daysWithoutSync)
                                  .arg(sync.blockAfterDays));
}

void MainWindow::updateClock()
{
    const QDateTime now = OfficeTime::now();
    m_clockLabel->setText(OfficeTime::text(now, QStringLiteral("HH:mm  dd/MM/yyyy")));
    // The age of the last sync grows with the clock (only an enrolled workspace has one).
    const SyncOverview sync = m_sync->overview();
    m_lastSyncLabel->setVisible(sync.enrolled);
    if (sync.enrolled)
        m_lastSyncLabel->setText(sync.lastSync.isValid() ? tr("Last sync: %1").arg(SyncAge::ago(sync.lastSync, now))
                                                         : tr("Never synced"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refreshTexts();
        if (m_ui->noticeLabel->isVisible())
            m_ui->noticeLabel->setText(tr("%n failed sign-in attempt(s) for your login since your last sign-in.", nullptr,
                                          m_session.failedAttemptsBefore));
    }
    QMainWindow::changeEvent(event);
}

} // namespace motcua
