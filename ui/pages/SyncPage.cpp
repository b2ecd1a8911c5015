#include "ui/pages/SyncPage.h"

#include "app/auth/SyncStatusSource.h"
#include "app/common/ErrorText.h"
#include "domain/calendar/OfficeTime.h"
#include "ui/sync/SyncAge.h"
#include "ui/sync/SyncItemModel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua {

namespace {
QLabel *wrappedLabel(const QString &name, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

SyncPage::SyncPage(SyncStatusSource *sync, QWidget *parent) : Page(parent), m_sync(sync), m_model(new SyncItemModel(this))
{
    buildUi();
    connect(m_sync, &SyncStatusSource::changed, this, [this] {
        refreshOverview();
        if (isVisible())
            reload();
    });
    connect(m_sync, &SyncStatusSource::itemsLoaded, this, [this](const QList<SyncItemView> &items) {
        const QUuid selected = m_view->currentIndex().data(SyncItemModel::EventUuidRole).toUuid();
        m_model->setItems(items);
        if (const int row = m_model->rowOf(selected); row >= 0)
            m_view->selectRow(row);
        updateButtons();
    });
    connect(m_sync, &SyncStatusSource::progress, this, &SyncPage::onProgress);
    connect(m_sync, &SyncStatusSource::roundStarted, this, [this] {
        m_stage.clear();
        m_done = m_total = 0;
        refreshOverview();
    });
    connect(m_sync, &SyncStatusSource::roundEnded, this, [this] {
        refreshOverview();
        reload();
    });
    connect(m_syncNowButton, &QPushButton::clicked, m_sync, &SyncStatusSource::syncNow);
    connect(m_retryButton, &QPushButton::clicked, this, &SyncPage::retrySelected);
    connect(m_showSentCheck, &QCheckBox::toggled, this, &SyncPage::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SyncPage::updateButtons);
    m_ageTimer.setInterval(30000);
    connect(&m_ageTimer, &QTimer::timeout, this, &SyncPage::refreshOverview);
    m_ageTimer.start();
    refreshTexts();
}

SyncPage::~SyncPage() = default;

void SyncPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont big = m_titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_titleLabel->setFont(big);
    layout->addWidget(m_titleLabel);
    m_standaloneLabel = wrappedLabel(QStringLiteral("standaloneLabel"), this);
    m_standaloneLabel->setStyleSheet(QStringLiteral("QLabel { background: #eef3fb; border: 1px solid #9db4d8; padding: 8px; }"));
    layout->addWidget(m_standaloneLabel);
    m_portalLabel = wrappedLabel(QStringLiteral("portalLabel"), this);
    layout->addWidget(m_portalLabel);
    m_lastSyncLabel = wrappedLabel(QStringLiteral("lastSyncLabel"), this);
    layout->addWidget(m_lastSyncLabel);
    m_statusLabel = wrappedLabel(QStringLiteral("statusLabel"), this);
    layout->addWidget(m_statusLabel);
    m_errorLabel = wrappedLabel(QStringLiteral("errorLabel"), this);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { color: #9a1c1c; }"));
    layout->addWidget(m_errorLabel);

    auto *progressRow = new QHBoxLayout;
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setTextVisible(true);
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progressBar, 1);
    layout->addLayout(progressRow);

    auto *buttons = new QHBoxLayout;
    m_syncNowButton = new QPushButton(this);
    m_syncNowButton->setObjectName(QStringLiteral("syncNowButton"));
    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_showSentCheck = new QCheckBox(this);
    m_showSentCheck->setObjectName(QStringLiteral("showSentCheck"));
    buttons->addWidget(m_syncNowButton);
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    buttons->addWidget(m_showSentCheck);
    layout->addLayout(buttons);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("itemsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SyncItemModel::ReasonColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
}

QString SyncPage::title() const { return tr("Sync"); }

void SyncPage::refreshTexts()
{
    m_titleLabel->setText(title());
    m_syncNowButton->setText(tr("Sync &now"));
    m_retryButton->setText(tr("&Retry the selected item"));
    m_showSentCheck->setText(tr("Also show items the portal accepted"));
    m_standaloneLabel->setText(
        tr("This workspace is stand-alone: it was created on this computer (motcua-cli init), not enrolled "
           "with the provincial portal, so it never syncs. Everything recorded here stays in this computer's "
           "encrypted store. To work with the portal, enroll this PC: start MotCua with --enroll and a new, "
           "empty workspace folder."));
    refreshOverview();
}

void SyncPage::refreshOverview()
{
    const SyncOverview o = m_sync->overview();
    const bool standalone = o.loaded && !o.enrolled;
    m_standaloneLabel->setVisible(standalone);
    m_portalLabel->setVisible(o.enrolled);
    m_lastSyncLabel->setVisible(o.enrolled);
    m_syncNowButton->setVisible(!standalone);
    m_retryButton->setVisible(!standalone);
    m_showSentCheck->setVisible(!standalone);
    if (o.enrolled) {
        m_portalLabel->setText(tr("Portal: %1 · office %2 · device no. %3")
                                   .arg(o.portalUrl, o.office, QString::number(o.deviceNumber).rightJustified(2, QLatin1Char('0'))));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_lastSyncLabel->setText(o.lastSync.isValid()
                                     ? tr("Last complete sync: %1 (%2).").arg(OfficeTime::text(o.lastSync), SyncAge::ago(o.lastSync, now))
                                     : tr("This PC has not completed a sync yet."));
    }
    const int pending = m_sync->pendingCount();
    const QString connection = m_sync->isOnline() ? tr("Online") : tr("Offline");
    QString waiting = pending == 0 ? tr("Nothing is waiting to be sent.")
                                   : tr("%n item(s) not yet accepted by the portal.", nullptr, pending);
    if (o.failed > 0)
        waiting += QLatin1Char(' ') + tr("%n failed (retried automatically).", nullptr, int(o.failed));
    if (o.quarantined > 0)
        waiting += QLatin1Char(' ') + tr("%n refused by the portal (see the reason, then retry).", nullptr, int(o.quarantined));
    m_statusLabel->setText(standalone ? waiting : connection + QStringLiteral(" · ") + waiting);
    const bool showError = o.enrolled && !o.lastError.isEmpty() && !m_sync->isRunning();
    m_errorLabel->setVisible(showError);
    if (showError)
        m_errorLabel->setText(tr("The last sync did not finish: %1").arg(errorText(Error(o.lastError))));
    const bool running = m_sync->isRunning();
    m_progressBar->setVisible(running);
    m_progressLabel->setVisible(running);
    if (running)
        onProgress(m_stage, m_done, m_total);
    updateButtons();
}

void SyncPage::onProgress(const QString &stage, qint64 done, qint64 total)
{
    m_stage = stage;
    m_done = done;
    m_total = total;
    QString what;
    if (stage == QLatin1String("push"))
        what = tr("Sending events");
    else if (stage == QLatin1String("upload"))
        what = tr("Sending pages");
    else if (stage == QLatin1String("pull"))
        what = tr("Receiving changes");
    else if (stage == QLatin1String("reference"))
        what = tr("Updating the catalog and calendar");
    else
        what = tr("Connecting to the portal");
    m_progressLabel->setText(what);
    if (total > 0) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        m_progressBar->setFormat(tr("%1 of %2").arg(done).arg(total));
    } else {
        m_progressBar->setRange(0, 0);   // busy: the total is not known
    }
    m_progressBar->setVisible(m_sync->isRunning());
    m_progressLabel->setVisible(m_sync->isRunning());
}

void SyncPage::updateButtons()
{
    const SyncOverview o = m_sync->overview();
    m_syncNowButton->setEnabled(o.enrolled && !m_sync->isRunning());
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const auto state = SyncItemView::State(current.data(SyncItemModel::StateRole).toInt());
    const bool retryable = current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {})
                           && (state == SyncItemView::State::Failed || state == SyncItemView::State::Quarantined);
    m_retryButton->setEnabled(o.enrolled && retryable);
}

void SyncPage::retrySelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const auto state = SyncItemView::State(current.data(SyncItemModel::StateRole).toInt());
    if (state != SyncItemView::State::Failed && state != SyncItemView::State::Quarantined)
        return;
    m_sync->retry(current.data(SyncItemModel::EventUuidRole).toUuid());
    m_retryButton->setEnabled(false);
}

void SyncPage::reload()
{
    m_sync->loadItems(m_showSentCheck->isChecked());
}

void SyncPage::showEvent(QShowEvent *event)
{
    reload();
    refreshOverview();
    Page::showEvent(event);
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refreshTexts();
        emit m_model->headerDataChanged(Qt::Horizontal, 0, SyncItemModel::ColumnCount - 1);
        if (m_model->rowCount() > 0)
            emit m_model->dataChanged(m_model->index(0, 0), m_model->index(m_model->rowCount() - 1, SyncItemModel::ColumnCount - 1));
    }
    Page::changeEvent(event);
}

} // namespace motcua
