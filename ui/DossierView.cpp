#include "ui/DossierView.h"

#include "app/lookup/DossierText.h"
#include "app/lookup/LookupWorker.h"
#include "ui/DossierViewModels.h"
#include "ui/casework/DossierActionsPanel.h"
#include "ui/pages/LookupPageModel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua {
namespace {

constexpr int kFieldCount = 6;   // lookup code, procedure, applicant, ID number, received, due
const QSize kPageBound(1400, 1400);
const QSize kThumbSize(lookup::PageImage::kThumbnailWidth, lookup::PageImage::kThumbnailHeight);

QString badgeStyle(const QString &background)
{
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 3px 10px; "
                          "font-weight: 600; }")
        .arg(background);
}

QString statusColor(DossierStatus s)
{
    switch (s) {
    case DossierStatus::SupplementRequired:
    case DossierStatus::NewlyRegistered: return QStringLiteral("#b26a00");
    case DossierStatus::Processed: return QStringLiteral("#2e7d32");
    case DossierStatus::ResultReturned: return QStringLiteral("#546e7a");
    case DossierStatus::NotAccepted:
    case DossierStatus::Withdrawn:
    case DossierStatus::Stopped: return QStringLiteral("#6d4c41");
    default: return QStringLiteral("#1565c0");
    }
}

// A Form 02 at the counter: waiting for the citizen (status 5, never accepted, so no clock yet).
bool awaitsCounterSupplement(const lookup::DossierHit &h)
{
    return h.status == DossierStatus::SupplementRequired && !h.receivedAt.isValid();
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    const int columns = view->model()->columnCount();
    for (int c = 0; c + 1 < columns; ++c)
        view->setColumnWidth(c, std::min(view->columnWidth(c) + 20, 360));
}

} // namespace

DossierView::DossierView(lookup::LookupWorker *worker, QWidget *parent)
    : QWidget(parent), m_worker(worker), m_timeline(new TimelineModel(this)), m_components(new ComponentsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dossierMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #555555;"));
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dossierTabs"));
    m_timelineView = makeTable(m_timeline, m_tabs);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_componentsView = makeTable(m_components, m_tabs);
    m_componentsView->setObjectName(QStringLiteral("componentsView"));
    m_tabs->addTab(m_timelineView, QString());
    m_tabs->addTab(m_componentsView, QString());
    m_tabs->addTab(buildPages(), QString());
    layout->addWidget(m_tabs, 1);

    connect(m_worker, &lookup::LookupWorker::pageLoaded, this, &DossierView::onPageLoaded);
    refreshTexts();
}

DossierView::~DossierView() = default;

QWidget *DossierView::buildHeader()
{
    auto *header = new QWidget(this);
    auto *v = new QVBoxLayout(header);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(8);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    m_codeLabel = new QLabel(header);
    m_codeLabel->setObjectName(QStringLiteral("dossierCodeLabel"));
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    m_statusBadge = new QLabel(header);
    m_statusBadge->setObjectName(QStringLiteral("statusBadge"));
    m_timeBadge = new QLabel(header);
    m_timeBadge->setObjectName(QStringLiteral("timeBadge"));
    m_reprintButton = new QPushButton(header);
    m_reprintButton->setObjectName(QStringLiteral("reprintButton"));
    m_supplementButton = new QPushButton(header);
    m_supplementButton->setObjectName(QStringLiteral("supplementButton"));
    m_supplementButton->setStyleSheet(QStringLiteral("QPushButton { font-weight: 600; }"));
    m_supplementButton->hide();
    m_backButton = new QPushButton(header);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    top->addWidget(m_codeLabel);
    top->addWidget(m_statusBadge);
    top->addWidget(m_timeBadge);
    top->addStretch(1);
    top->addWidget(m_supplementButton);
    top->addWidget(m_reprintButton);
    top->addWidget(m_backButton);
    v->addLayout(top);

    m_fields = new QGridLayout;
    m_fields->setHorizontalSpacing(14);
    m_fields->setVerticalSpacing(4);
    for (int i = 0; i < kFieldCount; ++i) {
        auto *caption = new QLabel(header);
        caption->setStyleSheet(QStringLiteral("color: #666666;"));
        auto *value = new QLabel(header);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QStringLiteral("field%1").arg(i));
        const int row = i / 2;
        const int col = (i % 2) * 2;
        m_fields->addWidget(caption, row, col);
        m_fields->addWidget(value, row, col + 1);
        m_captions << caption;
        m_values << value;
    }
    m_fields->setColumnStretch(1, 1);
    m_fields->setColumnStretch(3, 1);
    v->addLayout(m_fields);

    connect(m_backButton, &QPushButton::clicked, this, &DossierView::backRequested);
    connect(m_reprintButton, &QPushButton::clicked, this, [this] {
        if (m_loaded)
            emit reprintRequested(m_code);
    });
    connect(m_supplementButton, &QPushButton::clicked, this, [this] {
        if (m_loaded && m_supplementButton->isVisible())
            emit supplementRequested(m_code);
    });
    return header;
}

QWidget *DossierView::buildPages()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_pageList = new QListWidget(splitter);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setIconSize(kThumbSize);
    m_pageList->setSpacing(2);
    m_pageList->setMinimumWidth(230);
    // Long component names wrap under the page number instead of running off the list's right edge.
    m_pageList->setWordWrap(true);
    m_pageList->setTextElideMode(Qt::ElideRight);
    m_pageList->setResizeMode(QListView::Adjust);
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *right = new QWidget(splitter);
    auto *v = new QVBoxLayout(right);
    v->setContentsMargins(0, 0, 0, 0);
    m_pageWarning = new QLabel(right);
    m_pageWarning->setObjectName(QStringLiteral("pageWarning"));
    m_pageWarning->setWordWrap(true);
    m_pageWarning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #8e1b1b; border: 1px solid #e0a8a8; border-radius: 4px; padding: 10px; "
        "font-weight: 600; }"));
    m_pageWarning->hide();
    m_pageScroll = new QScrollArea(right);
    m_pageScroll->setAlignment(Qt::AlignCenter);
    m_pageScroll->setStyleSheet(QStringLiteral("QScrollArea { background: #eceff1; }"));
    m_pageImage = new QLabel;
    m_pageImage->setObjectName(QStringLiteral("pageImage"));
    m_pageImage->setAlignment(Qt::AlignCenter);
    m_pageScroll->setWidget(m_pageImage);
    m_pageScroll->setWidgetResizable(true);
    v->addWidget(m_pageWarning);
    v->addWidget(m_pageScroll, 1);
    splitter->setStretchFactor(1, 1);
    connect(m_pageList, &QListWidget::currentRowChanged, this, &DossierView::showPage);
    // The page is scaled to the room it has: again when that room changes.
    m_pageScroll->viewport()->installEventFilter(this);
    return splitter;
}

void DossierView::showLoading(const QString &dossierCode)
{
    m_code = dossierCode;
    m_loaded = false;
    m_details = {};
    m_details.header.code = dossierCode;
    m_pages.clear();
    m_pageTickets.clear();
    m_timeline->setRows({});
    m_components->setRows({});
    m_pageList->clear();
    m_pageImage->clear();
    m_pageWarning->hide();
    if (m_actions)
        m_actions->clear();
    m_message->setText(tr("Loading…"));
    m_message->show();
    refreshTexts();
}

void DossierView::setActionsPanel(DossierActionsPanel *panel)
{
    m_actions = panel;
    panel->setParent(this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, panel);
    connect(panel, &DossierActionsPanel::actionPerformed, this,
            [this](const QString &code, casework::Action) { emit actionPerformed(code); });
    if (m_loaded)
        panel->setDossier(m_code);
}

void DossierView::setCounterOfficer(bool counter)
{
    m_counterOfficer = counter;
    refreshTexts();
}

void DossierView::showError(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void DossierView::setDetails(const lookup::DossierDetails &details)
{
    m_details = details;
    m_code = details.header.code;
    m_loaded = true;
    m_message->hide();
    m_timeline->setRows(details.timeline);
    m_components->setRows(details.components);
    if (m_actions)
        m_actions->setDossier(m_code);
    fitColumns(m_timelineView);
    fitColumns(m_componentsView);
    m_pageList->clear();
    for (int i = 0; i < details.pageHashes.size(); ++i) {
        auto *item = new QListWidgetItem(m_pageList);
        item->setData(Qt::UserRole, details.pageHashes.at(i));
        const int ticket = m_nextTicket++;
        m_pageTickets.insert(ticket, details.pageHashes.at(i));
        m_worker->loadPage(ticket, details.pageHashes.at(i), kPageBound);
    }
    refreshTexts();
    if (m_pageList->count() > 0)
        m_pageList->setCurrentRow(0);
}

void DossierView::onPageLoaded(int ticket, const lookup::PageImage &page)
{
    if (!m_pageTickets.contains(ticket))
        return;   // another view's page, or a dossier no longer shown
    m_pageTickets.remove(ticket);
    m_pages.insert(page.sha256, page);
    for (int i = 0; i < m_pageList->count(); ++i)
        if (m_pageList->item(i)->data(Qt::UserRole).toString() == page.sha256)
            refreshPageItem(i);
    if (m_pageList->currentItem() && m_pageList->currentItem()->data(Qt::UserRole).toString() == page.sha256)
        showPage(m_pageList->currentRow());
}

void DossierView::showPage(int row)
{
    m_pageWarning->hide();
    m_pageImage->clear();
    if (row < 0 || row >= m_pageList->count())
        return;
    const QString sha = m_pageList->item(row)->data(Qt::UserRole).toString();
    const auto it = m_pages.constFind(sha);
    if (it == m_pages.constEnd()) {
        m_pageImage->setText(tr("Loading…"));
        return;
    }
    if (it->tampered) {
        m_pageWarning->setText(tr("This page does not match its fingerprint (SHA-256): it was altered after it was "
                                  "stored, so it is not shown. Report it to the administrator and rescan the "
                                  "original document."));
        m_pageWarning->show();
        // A sign in place of the page: the altered bytes are never decoded.
        m_pageImage->setText(QStringLiteral("<span style=\"font-size: 72pt; color: #b71c1c;\">⚠</span>"));
    } else if (!it->ok()) {
        m_pageWarning->setText(tr("This page cannot be shown (%1).").arg(it->error.code));
        m_pageWarning->show();
    } else {
        m_pageImage->setPixmap(QPixmap::fromImage(fitted(it->image)));
    }
    emit pageShown(sha, it->tampered);
}

void DossierView::refreshPageItems()
{
    for (int i = 0; i < m_pageList->count(); ++i)
        refreshPageItem(i);
}

void DossierView::refreshPageItem(int row)
{
    QListWidgetItem *item = m_pageList->item(row);
    const QString sha = item->data(Qt::UserRole).toString();
    QString component;   // which component the page belongs to, for the caption
    for (const lookup::ComponentRow &c : std::as_const(m_details.components))
        if (c.pageHashes.contains(sha))
            component = c.name;
    QString text = tr("Page %1 · %2", "page number, component name").arg(row + 1).arg(component);
    const auto it = m_pages.constFind(sha);
    if (it != m_pages.constEnd() && it->tampered) {
        text += QLatin1Char('\n') + tr("ALTERED — not shown");
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setForeground(QColor(0xb7, 0x1c, 0x1c));
    } else if (it != m_pages.constEnd() && !it->thumbnail.isNull() && item->icon().isNull()) {
        item->setIcon(QIcon(QPixmap::fromImage(it->thumbnail)));
    }
    item->setText(text);
    item->setToolTip(sha);
}

void DossierView::refreshHeader()
{
    const lookup::DossierHit &h = m_details.header;
    m_codeLabel->setText(m_code);
    m_statusBadge->setVisible(m_loaded);
    m_timeBadge->setVisible(m_loaded && h.dueAt.isValid());
    if (m_loaded) {
        // Words only, in the language shown now: the portal's status number means nothing at the counter.
        m_statusBadge->setText(lookup::DossierText::statusText(h.status));
        m_statusBadge->setStyleSheet(badgeStyle(statusColor(h.status)));
        m_timeBadge->setText(h.late ? tr("Late") : tr("On time"));
        m_timeBadge->setStyleSheet(badgeStyle(h.late ? QStringLiteral("#c62828") : QStringLiteral("#2e7d32")));
    }
    const QStringList captions = {tr("Lookup code"), tr("Procedure"), tr("Applicant"),
                                  tr("ID number"), tr("Received"), tr("Due")};
    const QString procedure = lookup::DossierText::procedureText(h.procedureCode, h.procedureName);
    const QStringList values = {h.lookupCode, procedure, h.applicantName, h.applicantIdNumber,
                                lookupTimeText(h.receivedAt),
                                h.dueAt.isValid()            ? lookupTimeText(h.dueAt)
                                : awaitsCounterSupplement(h) ? tr("set when the supplement is received")
                                                             : tr("no time limit")};
    m_values.at(0)->setStyleSheet(QStringLiteral("font-family: monospace; font-weight: 600; letter-spacing: 1px;"));
    for (int i = 0; i < kFieldCount; ++i) {
        m_captions.at(i)->setText(captions.at(i));
        m_values.at(i)->setText(m_loaded ? values.at(i) : QString());
    }
    m_values.at(1)->setToolTip(procedure);
    m_values.at(1)->setWordWrap(true);
}

void DossierView::refreshTexts()
{
    m_backButton->setText(tr("Back to results"));
    m_backButton->setToolTip(tr("Esc"));
    m_reprintButton->setText(tr("Reprint…"));
    m_reprintButton->setEnabled(m_loaded);
    const lookup::DossierHit &h = m_details.header;
    m_supplementButton->setVisible(m_loaded && awaitsCounterSupplement(h) && m_counterOfficer);
    m_supplementButton->setText(tr("Record supplement…"));
    m_supplementButton->setToolTip(tr("The citizen brings what the request to supplement (Form 02) asked for: "
                                      "record it and receive the dossier (Form 01)."));
    m_tabs->setTabText(0, tr("Timeline (%1)").arg(m_details.timeline.size()));
    m_tabs->setTabText(1, tr("Components (%1)").arg(m_details.components.size()));
    m_tabs->setTabText(2, tr("Pages (%1)").arg(m_details.pageHashes.size()));
    refreshHeader();
    refreshPageItems();
}

void DossierView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refreshTexts();
        m_timeline->headerDataChanged(Qt::Horizontal, 0, TimelineModel::ColumnCount - 1);
        m_components->headerDataChanged(Qt::Horizontal, 0, ComponentsModel::ColumnCount - 1);
    }
    QWidget::changeEvent(event);
}

bool DossierView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pageScroll->viewport() && event->type() == QEvent::Resize && m_pageList->currentRow() >= 0) {
        const auto it = m_pages.constFind(m_pageList->currentItem()->data(Qt::UserRole).toString());
        if (it != m_pages.constEnd() && it->ok())
            m_pageImage->setPixmap(QPixmap::fromImage(fitted(it->image)));
    }
    return QWidget::eventFilter(watched, event);
}

QImage DossierView::fitted(const QImage &image) const
{
    const QSize room = m_pageScroll->viewport()->size() - QSize(16, 16);
    if (room.width() < 50 || room.height() < 50)
        return image;
    return image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

void DossierView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        emit backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace motcua
