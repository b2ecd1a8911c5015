#include "ui/pages/DossiersPage.h"

#include "app/auth/OfficerDirectory.h"
#include "app/casework/BulkDecision.h"
#include "app/casework/DossierQueues.h"
#include "app/casework/QueueWorker.h"
#include "app/common/ErrorText.h"
#include "domain/Clock.h"
#include "domain/calendar/OfficeTime.h"
#include "ui/dashboard/BulkDecisionDialog.h"
#include "ui/pages/QueueTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua {

using casework::QueueId;

QString DossiersPage::queueName(QueueId id)
{
    switch (id) {
    case QueueId::Submissions: return tr("Submissions to check");
    case QueueId::Received: return tr("Received, not yet transferred");
    case QueueId::ProcessingMine: return tr("In processing: mine");
    case QueueId::ProcessingUnit: return tr("In processing: my unit");
    case QueueId::AwaitingSupplement: return tr("Awaiting a supplement");
    case QueueId::AwaitingApproval: return tr("Awaiting approval");
    case QueueId::DueSoon: return tr("Due within one working day");
    case QueueId::Overdue: return tr("Overdue");
    case QueueId::ResultsReady: return tr("Results ready to return");
    case QueueId::Conflicts: return tr("Conflicts from sync");
    case QueueId::StuckSync: return tr("Waiting to sync");
    case QueueId::Count: break;
    }
    return {};
}

QString DossiersPage::queueNote(QueueId id)
{
    switch (id) {
    case QueueId::Submissions:
        return tr("Registered but not yet accepted: the supplements citizens brought back after a Form 02. "
                  "Online submissions from the portal will also appear here once synchronisation is available.");
    case QueueId::AwaitingSupplement:
        return tr("Waiting for the citizen. The processing clock is paused until the supplement arrives.");
    case QueueId::DueSoon:
        return tr("Open dossiers whose due moment falls within the next working day of the office's calendar.");
    case QueueId::Conflicts:
        return tr("Dossiers with events that synchronisation could not apply in order. They appear once sync is in use.");
    case QueueId::StuckSync:
        return tr("Changes recorded on this computer and not yet sent to the portal. Only their number is shown "
                  "until synchronisation with the portal is available.");
    default: return {};
    }
}

DossiersPage::DossiersPage(const Session &session, std::shared_ptr<const Clock> clock, QWidget *parent)
    : Page(parent), m_session(session), m_worker(new casework::QueueWorker(session, clock, this)),
      m_model(new QueueTableModel(m_worker, this)), m_officers(new OfficerDirectory(session, this)),
      m_queues(casework::DossierQueues::queuesFor(session.roles)),
      m_bulk(new casework::BulkDecisionWorker(session, std::move(clock), this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    outer->setSpacing(10);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    outer->addWidget(m_titleLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_queueList = new QListWidget(splitter);
    m_queueList->setObjectName(QStringLiteral("queueList"));
    m_queueList->setStyleSheet(QStringLiteral("QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px 4px; }"));
    m_queueList->setWordWrap(true);   // a long name wraps rather than hides its count
    m_queueList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < m_queues.size(); ++i)
        m_queueList->addItem(QString());
    m_counts.counts = QList<int>(casework::kQueueCount, -1);

    auto *right = new QWidget(splitter);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(8);
    m_queueTitle = new QLabel(right);
    m_queueTitle->setObjectName(QStringLiteral("queueTitle"));
    m_queueTitle->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_note = new QLabel(right);
    m_note->setObjectName(QStringLiteral("queueNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #444444;"));
    layout->addWidget(m_queueTitle);
    layout->addWidget(m_note);
    buildFilterBar(right);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_applicant, 2);
    filters->addWidget(m_procedure, 1);
    filters->addWidget(m_officer, 1);
    filters->addWidget(m_byDate);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    layout->addLayout(filters);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setStyleSheet(QStringLiteral("color: #555555;"));
    m_legend = new QLabel(right);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legend->setTextFormat(Qt::RichText);
    // Bulk decisions, offered in the "awaiting approval" queue to supervisors.
    m_approveSelected = new QPushButton(right);
    m_approveSelected->setObjectName(QStringLiteral("approveSelected"));
    m_sendBackSelected = new QPushButton(right);
    m_sendBackSelected->setObjectName(QStringLiteral("sendBackSelected"));
    connect(m_approveSelected, &QPushButton::clicked, this, [this] { openBulkDecision(casework::BulkVerdict::Approve); });
    connect(m_sendBackSelected, &QPushButton::clicked, this, [this] { openBulkDecision(casework::BulkVerdict::SendBack); });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_approveSelected);
    statusRow->addWidget(m_sendBackSelected);
    statusRow->addWidget(m_legend);
    layout->addLayout(statusRow);

    m_body = new QStackedWidget(right);
    m_table = new QTableView(m_body);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(60);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(QueueTableModel::Due, Qt::AscendingOrder);
    // Interactive widths (ResizeToContents would read every row fetched): the procedure takes the rest.
    for (int c = 0; c < QueueTableModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, c == QueueTableModel::Procedure ? QHeaderView::Stretch : QHeaderView::Interactive);
    header->resizeSection(QueueTableModel::Code, 185);
    header->resizeSection(QueueTableModel::Applicant, 150);
    header->resizeSection(QueueTableModel::Due, 230);
    header->resizeSection(QueueTableModel::Status, 130);
    header->resizeSection(QueueTableModel::Holder, 130);
    header->resizeSection(QueueTableModel::Received, 120);
    m_table->setSortingEnabled(true);
    m_countOnly = new QLabel(m_body);
    m_countOnly->setObjectName(QStringLiteral("countOnly"));
    m_countOnly->setAlignment(Qt::AlignCenter);
    m_countOnly->setWordWrap(true);
    m_countOnly->setStyleSheet(QStringLiteral("font-size: 14pt; color: #333333;"));
    m_body->addWidget(m_table);
    m_body->addWidget(m_countOnly);
    layout->addWidget(m_body, 1);

    splitter->addWidget(m_queueList);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 1000});
    outer->addWidget(splitter, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &DossiersPage::applyFilter);
    m_countsTimer.setInterval(kCountsIntervalMs);
    connect(&m_countsTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_countsTimer.start();
    connect(m_queueList, &QListWidget::currentRowChanged, this, [this] { applyFilter(); });
    connect(m_worker, &casework::QueueWorker::counted, this, &DossiersPage::onCounted);
    connect(m_worker, &casework::QueueWorker::failed, this, &DossiersPage::onCountFailed);
    connect(m_model, &QueueTableModel::pageArrived, this, [this] {
        m_error.clear();
        refreshStatus();
    });
    connect(m_model, &QueueTableModel::loadFailed, this, [this](const QString &text) {
        m_error = text;
        refreshStatus();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DossiersPage::refreshStatus);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DossiersPage::refreshBulkBar);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DossiersPage::refreshBulkBar);
    connect(m_officers, &OfficerDirectory::loaded, this, &DossiersPage::onOfficers);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_applicant->setFocus();
        m_applicant->selectAll();
    });
    setFocusProxy(m_queueList);
    refreshTexts();
    if (!m_queues.isEmpty())
        m_queueList->setCurrentRow(0);
    m_worker->count(m_countTicket = m_worker->newTicket());
    m_officers->refresh();
}

DossiersPage::~DossiersPage() = default;

void DossiersPage::buildFilterBar(QWidget *parent)
{
    m_applicant = new QLineEdit(parent);
    m_applicant->setObjectName(QStringLiteral("applicantFilter"));
    m_applicant->setClearButtonEnabled(true);
    m_procedure = new QLineEdit(parent);
    m_procedure->setObjectName(QStringLiteral("procedureFilter"));
    m_procedure->setClearButtonEnabled(true);
    m_officer = new QComboBox(parent);
    m_officer->setObjectName(QStringLiteral("officerFilter"));
    m_officer->addItem(QString(), QString());   // everyone; text in refreshTexts()
    m_officer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_byDate = new QCheckBox(parent);
    m_byDate->setObjectName(QStringLiteral("dateFilter"));
    m_from = new QDateEdit(parent);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(parent);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setDate(OfficeTime::today());
        d->setEnabled(false);
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (m_byDate->isChecked())
                m_debounce.start();
        });
    }
    connect(m_applicant, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_procedure, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_officer, &QComboBox::currentIndexChanged, this, [this] { m_debounce.start(); });
    connect(m_byDate, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        m_debounce.start();
    });
}

QString DossiersPage::title() const
{
    const int overdue = m_counts.of(QueueId::Overdue);
    return overdue > 0 ? tr("Dossiers (%n overdue)", nullptr, overdue) : tr("Dossiers");
}

void DossiersPage::setSession(const Session &session)
{
    m_session = session;
    m_worker->setSession(session);
    m_bulk->setSession(session);
    m_officers->setSession(session);
    refresh();
}

QueueId DossiersPage::currentQueue() const
{
    const int row = m_queueList->currentRow();
    return row >= 0 && row < m_queues.size() ? m_queues.at(row) : QueueId::Count;
}

void DossiersPage::setCurrentQueue(QueueId id)
{
    const int row = int(m_queues.indexOf(id));
    if (row >= 0)
        m_queueList->setCurrentRow(row);
}

QString DossiersPage::countsSummary() const
{
    QStringList lines;
    for (QueueId id : m_queues) {
        const int n = m_counts.of(id);
        lines << (n >= 0 ? tr("%1: %2").arg(queueName(id)).arg(n) : queueName(id));
    }
    return lines.join(QLatin1Char('\n'));
}

void DossiersPage::refresh()
{
    m_worker->count(m_countTicket = m_worker->newTicket());
    if (casework::DossierQueues::isListable(currentQueue()))
        m_model->reload();
}

void DossiersPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_worker->count(m_countTicket = m_worker->newTicket());
}

void DossiersPage::onCounted(int ticket, const casework::QueueCounts &counts)
{
    if (ticket != m_countTicket)
        return;
    m_counts = counts;
    if (m_counts.counts.size() != casework::kQueueCount)
        m_counts.counts = QList<int>(casework::kQueueCount, -1);
    refreshQueueItems();
    refreshStatus();
    emit countsChanged();
}

void DossiersPage::onCountFailed(int ticket, const Error &error)
{
    if (ticket != m_countTicket)
        return;
    m_error = errorText(error);
    refreshStatus();
}

void DossiersPage::onOfficers(const QList<Officer> &officers)
{
    const QString chosen = m_officer->currentData().toString();
    QSignalBlocker block(m_officer);
    while (m_officer->count() > 1)
        m_officer->removeItem(1);
    for (const Officer &o : officers) {
        if (!o.active || !(o.roles & (Roles(Role::Counter) | Role::Processing | Role::Supervisor)))
            continue;
        m_officer->addItem(o.fullName, o.login);
    }
    const int at = m_officer->findData(chosen);
    m_officer->setCurrentIndex(at < 0 ? 0 : at);
}

void DossiersPage::applyFilter()
{
    m_debounce.stop();
    const QueueId id = currentQueue();
    refreshTexts();
    if (id == QueueId::Count)
        return;
    if (!casework::DossierQueues::isListable(id)) {
        m_body->setCurrentWidget(m_countOnly);
        refreshStatus();
        return;
    }
    m_body->setCurrentWidget(m_table);
    casework::QueueRequest r = m_model->request();
    r.queue = id;
    r.filter.applicant = m_applicant->text();
    r.filter.procedure = m_procedure->text().trimmed();
    r.filter.officer = m_officer->currentData().toString();
    r.filter.receivedFrom = m_byDate->isChecked() ? std::min(m_from->date(), m_to->date()) : QDate();
    r.filter.receivedTo = m_byDate->isChecked() ? std::max(m_from->date(), m_to->date()) : QDate();
    m_error.clear();
    m_model->setRequest(r);
}

void DossiersPage::activateRow(int row)
{
    const QString code = m_model->dossierCode(row);
    if (!code.isEmpty())
        emit openDossierRequested(code);
}

bool DossiersPage::bulkOffered() const
{
    return currentQueue() == QueueId::AwaitingApproval && m_session.roles.testFlag(Role::Supervisor);
}

void DossiersPage::refreshBulkBar()
{
    const bool offered = bulkOffered();
    // Several rows may be chosen where a bulk action is offered; one elsewhere.
    m_table->setSelectionMode(offered ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    const int n = offered ? int(m_table->selectionModel()->selectedRows().size()) : 0;
    m_approveSelected->setVisible(offered);
    m_sendBackSelected->setVisible(offered);
    m_approveSelected->setEnabled(n > 0);
    m_sendBackSelected->setEnabled(n > 0);
    m_approveSelected->setText(n > 0 ? tr("Approve selected (%1)…").arg(n) : tr("Approve selected…"));
    m_sendBackSelected->setText(n > 0 ? tr("Send back selected (%1)…").arg(n) : tr("Send back selected…"));
}

BulkDecisionDialog *DossiersPage::openBulkDecision(casework::BulkVerdict verdict)
{
    if (!bulkOffered())
        return nullptr;
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<casework::QueueRow> rows;
    for (const QModelIndex &index : std::as_const(selected))
        if (const casework::QueueRow *row = m_model->rowAt(index.row()))
            rows << *row;
    if (rows.isEmpty())
        return nullptr;
    auto *dialog = new BulkDecisionDialog(m_bulk, verdict, rows, this);
    connect(dialog, &BulkDecisionDialog::decided, this, &DossiersPage::refresh);
    dialog->open();
    return dialog;
}

void DossiersPage::refreshQueueItems()
{
    int widest = 0;
    for (int i = 0; i < m_queues.size(); ++i) {
        const QueueId id = m_queues.at(i);
        const int n = m_counts.of(id);
        QListWidgetItem *item = m_queueList->item(i);
        item->setText(n >= 0 ? tr("%1 (%2)").arg(queueName(id)).arg(n) : queueName(id));
        item->setData(Qt::UserRole, n);
        QFont f = item->font();
        f.setBold(n > 0 && (id == QueueId::Overdue || id == QueueId::DueSoon || id == QueueId::Conflicts));
        item->setFont(f);
        item->setForeground(id == QueueId::Overdue && n > 0 ? QColor(0xb7, 0x1c, 0x1c) : QColor());
        f.setBold(true);
        f.setPointSizeF(11);   // the list's style sheet
        widest = std::max(widest, QFontMetrics(f).horizontalAdvance(item->text()));
    }
    // Every queue's name and count in full, whatever the language.
    m_queueList->setMinimumWidth(widest + 2 * m_queueList->frameWidth() + 48);
}

void DossiersPage::refreshTexts()
{
    m_titleLabel->setText(tr("Dossiers"));
    const QueueId id = currentQueue();
    m_queueTitle->setText(id == QueueId::Count ? QString() : queueName(id));
    m_note->setText(queueNote(id));
    m_note->setVisible(!m_note->text().isEmpty());
    m_applicant->setPlaceholderText(tr("Applicant's name (diacritics optional)"));
    m_procedure->setPlaceholderText(tr("Procedure code"));
    m_officer->setItemText(0, tr("Any officer"));
    m_officer->setToolTip(tr("Held by"));
    m_byDate->setText(tr("Received between"));
    refreshBulkBar();
    m_legend->setText(QStringLiteral("<span style='color:#b71c1c'>■</span> %1 &nbsp; "
                                     "<span style='color:#9a5b00'>■</span> %2 &nbsp; "
                                     "<span style='color:#757575'>■</span> %3")
                          .arg(QueueTableModel::urgencyText(casework::Urgency::Overdue).toHtmlEscaped(),
                               QueueTableModel::urgencyText(casework::Urgency::DueSoon).toHtmlEscaped(),
                               QueueTableModel::urgencyText(casework::Urgency::Paused).toHtmlEscaped()));
    refreshQueueItems();
    refreshStatus();
}

void DossiersPage::refreshStatus()
{
    const QueueId id = currentQueue();
    if (id == QueueId::StuckSync) {
        const int n = m_counts.of(id);
        m_countOnly->setText(n >= 0 ? tr("%n change(s) waiting to be sent.", nullptr, n) : tr("Counting…"));
        m_status->clear();
        return;
    }
    if (!m_error.isEmpty()) {
        m_status->setText(tr("The queue could not be read: %1").arg(m_error));
        return;
    }
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        m_status->setText(tr("Loading…"));
        return;
    }
    const int total = m_model->total();
    if (total == 0)
        m_status->setText(m_model->request().filter.isEmpty() ? tr("This queue is empty.")
                                                              : tr("No dossier in this queue matches the filter."));
    else if (total > 0)
        m_status->setText(tr("%n dossier(s)", nullptr, total));
    else
        m_status->clear();
}

void DossiersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refreshTexts();
        m_model->retranslate();
    }
    Page::changeEvent(event);
}

} // namespace motcua
