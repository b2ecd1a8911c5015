#include "ui/pages/LookupPage.h"

#include "app/common/ErrorText.h"
#include "app/lookup/LookupWorker.h"
#include "app/lookup/RegistryText.h"
#include "domain/calendar/OfficeTime.h"
#include "ui/DossierView.h"
#include "ui/casework/DossierActionsPanel.h"
#include "ui/pages/LookupPageModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua {
namespace {

QString kindText(lookup::QueryKind kind)
{
    using K = lookup::QueryKind;
    switch (kind) {
    case K::DossierCode: return LookupPage::tr("read as a dossier code");
    case K::LookupCode: return LookupPage::tr("read as a lookup code");
    case K::IdNumber: return LookupPage::tr("read as an ID number");
    case K::OldIdNumber: return LookupPage::tr("read as an old ID number");
    case K::Phone: return LookupPage::tr("read as a phone number");
    case K::Name: return LookupPage::tr("read as a name");
    case K::CodePrefix: return LookupPage::tr("read as the start of a dossier code");
    case K::Days:
    case K::Empty: break;
    }
    return {};
}

} // namespace

LookupPage::LookupPage(const Session &session, QWidget *parent, const ServiceFactories &factories)
    : Page(parent), m_worker(new lookup::LookupWorker(session, this)), m_model(new LookupResultsModel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    auto *searchPage = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(searchPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_titleLabel = new QLabel(searchPage);
    m_titleLabel->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: 600;"));
    m_descriptionLabel = new QLabel(searchPage);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setStyleSheet(QStringLiteral("font-size: 11pt; color: #444444;"));
    m_search = new QLineEdit(searchPage);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setStyleSheet(QStringLiteral("QLineEdit { font-size: 13pt; padding: 6px 8px; }"));
    m_period = new QComboBox(searchPage);
    m_period->setObjectName(QStringLiteral("periodBox"));
    m_period->addItems({QString(), QString(), QString()});   // texts in refreshTexts()
    m_from = new QDateEdit(searchPage);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(searchPage);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        d->setDate(OfficeTime::today());
        d->hide();
    }
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(8);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_period);
    searchRow->addWidget(m_from);
    searchRow->addWidget(m_to);
    m_statusLabel = new QLabel(searchPage);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setStyleSheet(QStringLiteral("color: #555555;"));
    m_registryLabel = new QLabel(searchPage);
    m_registryLabel->setObjectName(QStringLiteral("registryLabel"));
    m_registryLabel->setWordWrap(true);
    m_registryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_registryLabel->setStyleSheet(QStringLiteral("QLabel { background: #f3f7fb; border: 1px solid #c9d7e6; padding: 8px; }"));
    m_registryLabel->hide();
    m_table = new QTableView(searchPage);
    m_table->setObjectName(QStringLiteral("resultsView"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(60);
    // Every column fits its contents; the procedure (the longest text) takes the rest and elides.
    for (int c = 0; c < LookupResultsModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, c == LookupResultsModel::Procedure ? QHeaderView::Stretch
                                                                           : QHeaderView::ResizeToContents);
    m_table->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_descriptionLabel);
    layout->addLayout(searchRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_registryLabel);
    layout->addWidget(m_table, 1);
    m_stack->addWidget(searchPage);

    m_view = new DossierView(m_worker, m_stack);
    m_view->setObjectName(QStringLiteral("dossierView"));
    auto *actions = new DossierActionsPanel(session, m_view);
    actions->setServiceFactories(factories);
    m_view->setActionsPanel(actions);
    m_stack->addWidget(m_view);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LookupPage::startSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &LookupPage::onEnterInField);
    connect(m_period, &QComboBox::currentIndexChanged, this, &LookupPage::onPeriodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &LookupPage::onPeriodChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &LookupPage::onPeriodChanged);
    m_search->installEventFilter(this);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_worker, &lookup::LookupWorker::results, this, &LookupPage::onResults);
    connect(m_worker, &lookup::LookupWorker::dossierLoaded, this, &LookupPage::onDossier);
    connect(m_worker, &lookup::LookupWorker::failed, this, &LookupPage::onFailed);
    connect(m_worker, &lookup::LookupWorker::citizenLooked, this, &LookupPage::onRegistry);
    connect(m_view, &DossierView::backRequested, this, &LookupPage::showResults);
    connect(m_view, &DossierView::reprintRequested, this, &LookupPage::reprintRequested);
    connect(m_view, &DossierView::actionPerformed, this, [this](const QString &code) {
        if (m_view->dossierCode() == code && isShowingDossier())
            openDossier(code);
        emit dossierChanged(code);
    });
    connect(m_view, &DossierView::supplementRequested, this, &LookupPage::supplementRequested);
    m_view->setCounterOfficer(session.roles.testFlag(Role::Counter));
    setFocusProxy(m_search);
    refreshTexts();
    startSearch();   // today's dossiers, until the officer types
}

LookupPage::~LookupPage() = default;

QString LookupPage::title() const
{
    return tr("Lookup");
}

void LookupPage::setSession(const Session &session)
{
    m_worker->setSession(session);
    m_view->actionsPanel()->setSession(session);
    m_view->setCounterOfficer(session.roles.testFlag(Role::Counter));
}

bool LookupPage::isShowingDossier() const
{
    return m_stack->currentWidget() == m_view;
}

void LookupPage::setPeriod(Period period, const QDate &from, const QDate &to)
{
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    m_period->setCurrentIndex(int(period));
    onPeriodChanged();
}

void LookupPage::onPeriodChanged()
{
    const bool range = m_period->currentIndex() == DayRange;
    m_from->setVisible(range);
    m_to->setVisible(range);
    if (m_search->text().trimmed().isEmpty())
        m_debounce.start();
}

void LookupPage::startSearch()
{
    m_debounce.stop();
    const QString text = m_search->text();
    m_searchTicket = ++m_ticket;
    m_searching = true;
    m_error.clear();
    if (text.trimmed().isEmpty()) {
        // Nothing typed: the period's dossiers, in office days whatever the PC's zone.
        const QDate today = OfficeTime::today();
        QDate from = today;
        QDate to = today;
        if (m_period->currentIndex() == LastSevenDays) {
            from = today.addDays(-6);
        } else if (m_period->currentIndex() == DayRange) {
            from = std::min(m_from->date(), m_to->date());
            to = std::max(m_from->date(), m_to->date());
        }
        m_worker->listDays(m_searchTicket, from, to);
    } else {
        m_worker->search(m_searchTicket, text);
    }
    refreshStatus();
}

void LookupPage::onResults(int ticket, const lookup::LookupResults &results)
{
    if (ticket != m_searchTicket)
        return;   // an older search: the officer typed on
    m_searching = false;
    m_searchedText = m_search->text();
    m_model->setResults(results);
    if (results.query.kind == lookup::QueryKind::IdNumber) {
        m_registryTicket = ++m_ticket;   // the registry too (answered at once on a stand-alone workspace)
        m_worker->lookUpCitizen(m_registryTicket, results.query.text);
    } else {
        m_registryTicket = 0;
        m_registryLabel->hide();
    }
    refreshStatus();
    emit resultsShown();
    if (m_openOnResults) {
        m_openOnResults = false;
        onEnterInField();
    }
}

void LookupPage::onEnterInField()
{
    if (m_debounce.isActive() || m_searching || m_searchedText != m_search->text()) {
        // Enter right after typing or scanning: answer when the results for this text arrive.
        m_openOnResults = true;
        if (m_debounce.isActive() || !m_searching)
            startSearch();
        return;
    }
    const lookup::LookupResults &r = m_model->results();
    if (r.dossiers.size() == 1 && r.citizens.isEmpty()) {
        openDossier(r.dossiers.first().code);
    } else if (m_model->rowCount() > 0) {
        m_table->setFocus();
        m_table->selectRow(0);
    }
}

void LookupPage::activateRow(int row)
{
    if (m_model->isDossier(row)) {
        openDossier(m_model->dossierCode(row));
    } else if (m_model->isCitizen(row)) {
        // A citizen: their dossiers, by ID number.
        m_search->setText(m_model->citizenId(row));
        m_search->setFocus();
        startSearch();
    }
}

void LookupPage::openDossier(const QString &dossierCode)
{
    m_dossierTicket = ++m_ticket;
    m_view->showLoading(dossierCode);
    m_stack->setCurrentWidget(m_view);
    m_view->setFocus();
    m_worker->loadDossier(m_dossierTicket, dossierCode);
}

void LookupPage::onDossier(int ticket, const lookup::DossierDetails &details)
{
    if (ticket != m_dossierTicket)
        return;
    m_view->setDetails(details);
    emit dossierShown(details.header.code);
}

void LookupPage::onFailed(int ticket, const Error &error)
{
    if (ticket == m_dossierTicket) {
        m_view->showError(errorText(error));
    } else if (ticket == m_searchTicket) {
        m_searching = false;
        m_error = errorText(error);
        refreshStatus();
    }
}

void LookupPage::onRegistry(int ticket, const lookup::RegistryAnswer &answer)
{
    if (ticket != m_registryTicket)
        return;
    const QString source = lookup::RegistryText::sourceText(answer, QDateTime::currentDateTimeUtc());
    if (source.isEmpty()) {   // a stand-alone workspace: the local lookup alone
        m_registryLabel->hide();
        return;
    }
    QStringList lines{source};
    if (answer.hasRecord()) {
        const lookup::RegistryRecord &r = answer.record;
        QString who = r.fullName;
        if (!r.dateOfBirth.isEmpty())
            who += QStringLiteral(" · ") + QDate::fromString(r.dateOfBirth, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
        if (!r.gender.isEmpty())
            who += QStringLiteral(" · ") + r.gender;
        lines << who;
        if (!r.address.isEmpty())
            lines << tr("Address: %1").arg(r.address);
        if (!r.oldIdNumber.isEmpty())
            lines << tr("Old ID number: %1").arg(r.oldIdNumber);
        if (r.documents.isEmpty())
            lines << tr("No reusable documents in the data warehouse.");
        for (const lookup::RegistryDocument &d : r.documents)
            lines << QStringLiteral("• ") + lookup::RegistryText::documentText(d) + QStringLiteral(" — ")
                    + (d.available ? tr("electronic copy on this computer") : tr("no electronic copy available here"));
    }
    m_registryLabel->setText(lines.join(QLatin1Char('\n')));
    m_registryLabel->show();
}

void LookupPage::showResults()
{
    m_stack->setCurrentIndex(0);
    if (m_model->rowCount() > 0 && m_table->currentIndex().isValid())
        m_table->setFocus();
    else
        m_search->setFocus();
}

bool LookupPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void LookupPage::refreshStatus()
{
    if (!m_error.isEmpty()) {
        m_statusLabel->setText(m_error);
        return;
    }
    if (m_searching) {
        m_statusLabel->setText(tr("Searching…"));
        return;
    }
    const lookup::LookupResults &r = m_model->results();
    if (r.failure) {
        // Never "nothing found" when the store could not answer: the officer would receive again.
        m_statusLabel->setText(tr("The search could not be completed: %1").arg(errorText(*r.failure)));
        return;
    }
    if (r.query.kind == lookup::QueryKind::Days) {
        const QString listed = r.dossiers.isEmpty()
                                   ? tr("No dossier received %1.").arg(periodText(r.query))
                                   : tr("%n dossier(s) received %1.", nullptr, int(r.dossiers.size())).arg(periodText(r.query));
        m_statusLabel->setText(listed + QLatin1Char(' ')
                               + tr("Type to search; Down moves to the results, Enter opens a dossier."));
        return;
    }
    if (r.query.kind == lookup::QueryKind::Empty) {
        m_statusLabel->setText(m_search->text().trimmed().isEmpty()
                                   ? tr("Type or scan to search. Down moves to the results, Enter opens a dossier.")
                                   : tr("Keep typing: a full ID number (12 digits), old ID (9), phone (10) or a name."));
        return;
    }
    const QString found = r.dossiers.isEmpty() && r.citizens.isEmpty()
                              ? tr("Nothing found")
                              : tr("%n dossier(s)", nullptr, int(r.dossiers.size())) + QStringLiteral(", ")
                                    + tr("%n citizen(s)", nullptr, int(r.citizens.size()));
    m_statusLabel->setText(found + QStringLiteral(" — ") + kindText(r.query.kind));
}

QString LookupPage::periodText(const lookup::Query &q) const
{
    const QDate today = OfficeTime::today();
    if (q.from == today && q.to == today)
        return tr("today");
    if (q.from == q.to)
        return tr("on %1").arg(q.from.toString(QStringLiteral("dd/MM/yyyy")));
    return tr("from %1 to %2").arg(q.from.toString(QStringLiteral("dd/MM/yyyy")), q.to.toString(QStringLiteral("dd/MM/yyyy")));
}

void LookupPage::refreshTexts()
{
    m_titleLabel->setText(title());
    m_descriptionLabel->setText(tr("Search dossiers and citizens by dossier code (or its start, e.g. the day "
                                   "261207), lookup code, ID number, phone number or name (diacritics optional). "
                                   "With nothing typed: the dossiers received in the chosen period."));
    m_search->setPlaceholderText(tr("Dossier code (or its start), lookup code, ID number, phone or name…"));
    m_period->setItemText(Today, tr("Today"));
    m_period->setItemText(LastSevenDays, tr("Last 7 days"));
    m_period->setItemText(DayRange, tr("Date range"));
    m_period->setToolTip(tr("Dossiers received in this period, listed while the search field is empty"));
    m_from->setToolTip(tr("From"));
    m_to->setToolTip(tr("To"));
    m_model->retranslate();
    refreshStatus();
}

void LookupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        refreshTexts();
        // The results and the dossier's timeline carry texts the worker translated: ask again in
        // the new language (the dossier stays on screen until its new texts arrive).
        if (m_view->isLoaded()) {
            m_dossierTicket = ++m_ticket;
            m_worker->loadDossier(m_dossierTicket, m_view->dossierCode());
        }
        m_debounce.start();
    }
    Page::changeEvent(event);
}

} // namespace motcua
