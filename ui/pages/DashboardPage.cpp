#include "ui/pages/DashboardPage.h"

#include "app/common/ErrorText.h"
#include "app/reporting/DashboardExport.h"
#include "app/reporting/DashboardWorker.h"
#include "domain/Clock.h"
#include "domain/calendar/OfficeTime.h"
#include "ui/dashboard/BreakdownModel.h"
#include "ui/dashboard/DashboardCharts.h"
#include "ui/dashboard/DrillDownDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua {

using reporting::Figure;

namespace {

// The figures shown, in order; the drillable ones name their Figure.
struct FigureSpec {
    const char *key;
    std::optional<Figure> drill;
};
const FigureSpec kFigures[] = {
    {"received", Figure::Received},       {"returned_on_time", Figure::ReturnedOnTime},
    {"returned_late", Figure::ReturnedLate}, {"overdue", Figure::Overdue},
    {"avg_limit_used", std::nullopt},     {"digitization_rate", std::nullopt},
    {"reuse_rate", std::nullopt},         {"avg_counter_seconds", std::nullopt},
    {"online_share", Figure::Online},     {"satisfaction_avg", std::nullopt},
};

} // namespace

DashboardPage::DashboardPage(const Session &session, std::shared_ptr<const Clock> clock, QWidget *parent)
    : Page(parent), m_session(session), m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>()),
      m_worker(new reporting::DashboardWorker(session, m_clock, this)),
      m_officerModel(new BreakdownModel(BreakdownModel::Kind::Officers, this)),
      m_procedureModel(new BreakdownModel(BreakdownModel::Kind::Procedures, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    m_titleLabel = new QLabel(this);
    QFont big = m_titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_titleLabel->setFont(big);
    layout->addWidget(m_titleLabel);
    buildFilterBar(this);
    layout->addWidget(buildFigures(this));
    m_charts = new DashboardCharts(this);
    layout->addWidget(m_charts, 2);
    m_tabs = new QTabWidget(this);
    m_officerTable = buildTable(m_officerModel, &m_officerProxy);
    m_officerTable->setObjectName(QStringLiteral("officerTable"));
    m_procedureTable = buildTable(m_procedureModel, &m_procedureProxy);
    m_procedureTable->setObjectName(QStringLiteral("procedureTable"));
    m_tabs->addTab(m_officerTable, QString());
    m_tabs->addTab(m_procedureTable, QString());
    layout->addWidget(m_tabs, 2);

    connect(m_worker, &reporting::DashboardWorker::computed, this, &DashboardPage::onComputed);
    connect(m_worker, &reporting::DashboardWorker::failed, this, &DashboardPage::onFailed);
    connect(m_worker, &reporting::DashboardWorker::officesListed, this, &DashboardPage::onOffices);
    connect(m_worker, &reporting::DashboardWorker::drilled, this, &DashboardPage::onDrilled);
    connect(m_worker, &reporting::DashboardWorker::exported, this, &DashboardPage::onExported);
    connect(m_charts, &DashboardCharts::drillRequested, this,
            [this](Figure figure, const QString &procedure) { drillDown(figure, {}, procedure); });
    refreshTexts();
    setPreset(Preset::ThisMonth);
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

void DashboardPage::setSession(const Session &session)
{
    m_session = session;
    m_worker->setSession(session);
    m_officesTicket = 0;
    if (isVisible())
        refresh();
}

QDate DashboardPage::today() const
{
    return OfficeTime::local(m_clock->now()).date();
}

void DashboardPage::buildFilterBar(QWidget *parent)
{
    auto *bar = new QHBoxLayout;
    m_presetLabel = new QLabel(parent);
    m_preset = new QComboBox(parent);
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    for (int i = 0; i < 4; ++i)
        m_preset->addItem(QString());
    m_fromLabel = new QLabel(parent);
    m_from = new QDateEdit(parent);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_toLabel = new QLabel(parent);
    m_to = new QDateEdit(parent);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_officeLabel = new QLabel(parent);
    m_office = new QComboBox(parent);
    m_office->setObjectName(QStringLiteral("officeBox"));
    m_office->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_procedureLabel = new QLabel(parent);
    m_procedure = new QComboBox(parent);
    m_procedure->setObjectName(QStringLiteral("procedureBox"));
    m_procedure->setMinimumContentsLength(14);
    m_refresh = new QPushButton(parent);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_export = new QPushButton(parent);
    m_export->setObjectName(QStringLiteral("exportButton"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_presetLabel, m_preset, m_fromLabel, m_from, m_toLabel, m_to, m_officeLabel,
                                                       m_office, m_procedureLabel, m_procedure})
        bar->addWidget(w);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_export);
    static_cast<QVBoxLayout *>(layout())->addLayout(bar);
    m_status = new QLabel(parent);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    static_cast<QVBoxLayout *>(layout())->addWidget(m_status);

    connect(m_preset, &QComboBox::activated, this, [this](int index) { setPreset(Preset(index)); });
    auto datesEdited = [this] {
        if (m_updatingFilters)
            return;
        m_updatingFilters = true;
        m_preset->setCurrentIndex(int(Preset::Custom));
        m_updatingFilters = false;
        refresh();
    };
    connect(m_from, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, datesEdited);
    auto filterChanged = [this] {
        if (!m_updatingFilters)
            refresh();
    };
    connect(m_office, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_procedure, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &DashboardPage::chooseExport);
}

QWidget *DashboardPage::buildFigures(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const FigureSpec &spec : kFigures) {
        const QString key = QLatin1String(spec.key);
        auto *button = new QPushButton(box);
        button->setObjectName(QStringLiteral("figure_") + key);
        button->setMinimumHeight(56);
        // Every figure reads alike; those with dossiers behind them are buttons, the rates plain.
        button->setFlat(!spec.drill);
        if (!spec.drill)
            button->setFocusPolicy(Qt::NoFocus);
        if (spec.drill) {
            const Figure figure = *spec.drill;
            connect(button, &QPushButton::clicked, this, [this, figure] { drillDown(figure); });
        }
        grid->addWidget(button, i / 5, i % 5);
        m_figureButtons.insert(key, button);
        ++i;
    }
    return box;
}

QTableView *DashboardPage::buildTable(BreakdownModel *model, QSortFilterProxyModel **proxy)
{
    auto *p = new QSortFilterProxyModel(this);
    p->setSourceModel(model);
    p->setSortRole(Qt::UserRole);
    *proxy = p;
    auto *table = new QTableView(this);
    table->setModel(p);
    table->setSortingEnabled(true);
    table->sortByColumn(BreakdownModel::Key, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Name, QHeaderView::Stretch);
    connect(table, &QTableView::activated, this,
            [this, model, p](const QModelIndex &index) { onTableActivated(model, p, index); });
    return table;
}

QPushButton *DashboardPage::figureButton(const QString &key) const
{
    return m_figureButtons.value(key);
}

void DashboardPage::setPreset(Preset preset)
{
    const QDate now = today();
    QDate from, to;
    switch (preset) {
    case Preset::ThisMonth:
        from = QDate(now.year(), now.month(), 1);
        to = from.addMonths(1).addDays(-1);
        break;
    case Preset::LastMonth:
        from = QDate(now.year(), now.month(), 1).addMonths(-1);
        to = from.addMonths(1).addDays(-1);
        break;
    case Preset::ThisYear:
        from = QDate(now.year(), 1, 1);
        to = QDate(now.year(), 12, 31);
        break;
    case Preset::Custom:
        from = m_from->date();
        to = m_to->date();
        break;
    }
    m_updatingFilters = true;
    m_preset->setCurrentIndex(int(preset));
    m_from->setDate(from);
    m_to->setDate(to);
    m_updatingFilters = false;
    refresh();
}

reporting::ReportPeriod DashboardPage::period() const
{
    const QString office = m_office->currentData().toString();
    return reporting::ReportPeriod{m_from->date(), m_to->date(), office.isEmpty() ? m_session.officeCode : office,
                                   m_procedure->currentData().toString()};
}

void DashboardPage::refresh()
{
    if (!m_shownOnce && !isVisible())
        return;   // computed when first shown: the page is built for every supervisor at sign-in
    if (m_officesTicket == 0) {
        m_officesTicket = m_worker->newTicket();
        m_worker->listOffices(m_officesTicket);
    }
    const reporting::ReportPeriod p = period();
    if (p.to < p.from) {
        m_pendingTicket = 0;
        m_status->setText(tr("The last day comes before the first."));
        return;
    }
    m_pendingTicket = m_worker->newTicket();
    m_status->setText(tr("Computing…"));
    m_worker->compute(m_pendingTicket, p);
}

void DashboardPage::onOffices(int ticket, const QStringList &offices)
{
    if (ticket != m_officesTicket)
        return;
    m_updatingFilters = true;
    const QString current = period().office;
    m_office->clear();
    for (const QString &code : offices)
        m_office->addItem(code == m_session.officeCode && !m_session.officeName.isEmpty()
                              ? tr("%1 (%2)").arg(m_session.officeName, code) : code,
                          code);
    m_office->setCurrentIndex(std::max(0, m_office->findData(current)));
    m_office->setEnabled(offices.size() > 1);
    m_updatingFilters = false;
}

void DashboardPage::onComputed(int ticket, const reporting::ReportFigures &figures)
{
    if (ticket != m_pendingTicket)
        return;
    m_pendingTicket = 0;
    m_figures = figures;
    m_computedPeriod = period();
    if (m_computedPeriod.procedure.isEmpty()) {
        QStringList procedures;
        for (const reporting::BreakdownLine &l : figures.byProcedure)
            procedures << l.key;
        if (procedures != m_allProcedures) {
            m_allProcedures = procedures;
            m_updatingFilters = true;
            m_procedure->clear();
            m_procedure->addItem(tr("All procedures"), QString());
            for (const reporting::BreakdownLine &l : figures.byProcedure)
                m_procedure->addItem(l.name.isEmpty() ? l.key : l.key + QStringLiteral(" — ") + l.name, l.key);
            m_updatingFilters = false;
        }
    }
    showFigures();
    m_computedAt = m_clock->now();
    showComputedStatus();
    emit computed();
}

void DashboardPage::showComputedStatus()
{
    m_status->setText(tr("Figures of %1 to %2, computed at %3.")
                          .arg(m_computedPeriod.from.toString(QStringLiteral("dd/MM/yyyy")),
                               m_computedPeriod.to.toString(QStringLiteral("dd/MM/yyyy")),
                               OfficeTime::local(m_computedAt).toString(QStringLiteral("HH:mm"))));
}

void DashboardPage::onFailed(int ticket, const Error &error)
{
    if (ticket == m_pendingTicket) {
        m_pendingTicket = 0;
        m_computedAt = {};
        m_status->setText(errorText(error));
    } else if (ticket == m_exportTicket) {
        m_exportTicket = 0;
        m_status->setText(errorText(error));
        emit exportFailed(errorText(error));
    } else if (const auto dialog = m_drills.take(ticket); dialog) {
        dialog->setFailure(error);
    }
}

void DashboardPage::showFigures()
{
    const QJsonObject json = m_figures.toJson();
    for (const FigureSpec &spec : kFigures) {
        const QString key = QLatin1String(spec.key);
        QString value;
        if (key == QLatin1String("avg_limit_used"))
            value = reporting::DashboardExport::percent(m_figures.avgLimitUsed());
        else if (key == QLatin1String("digitization_rate"))
            value = reporting::DashboardExport::percent(m_figures.digitizationRate());
        else if (key == QLatin1String("reuse_rate"))
            value = reporting::DashboardExport::percent(m_figures.reuseRate());
        else if (key == QLatin1String("online_share"))
            value = tr("%1 (%2)").arg(reporting::DashboardExport::percent(m_figures.onlineShare())).arg(m_figures.online);
        else if (key == QLatin1String("avg_counter_seconds"))
            value = m_figures.avgCounterSeconds() ? QString::number(*m_figures.avgCounterSeconds(), 'f', 0) : QStringLiteral("—");
        else if (key == QLatin1String("satisfaction_avg"))
            value = m_figures.satisfactionAvg ? tr("%1 (%n rating(s))", nullptr, m_figures.ratings)
                                                    .arg(QString::number(*m_figures.satisfactionAvg, 'f', 1))
                                              : QStringLiteral("—");
        else
            value = QString::number(json.value(key).toInt());
        QPushButton *b = m_figureButtons.value(key);
        b->setText(reporting::DashboardExport::label(key) + QLatin1Char('\n') + value);
        b->setToolTip(spec.drill ? tr("Click to list these dossiers") : QString());
    }
    m_charts->setFigures(m_figures);
    m_officerModel->setLines(m_figures.byOfficer);
    m_procedureModel->setLines(m_figures.byProcedure);
}

QString DashboardPage::figureTitle(Figure figure)
{
    switch (figure) {
    case Figure::Received: return reporting::DashboardExport::label(QStringLiteral("received"));
    case Figure::ReturnedOnTime: return reporting::DashboardExport::label(QStringLiteral("returned_on_time"));
    case Figure::ReturnedLate: return reporting::DashboardExport::label(QStringLiteral("returned_late"));
    case Figure::Overdue: return reporting::DashboardExport::label(QStringLiteral("overdue"));
    case Figure::Online: return reporting::DashboardExport::label(QStringLiteral("online_share"));
    }
    return {};
}

DrillDownDialog *DashboardPage::drillDown(Figure figure, const QString &officer, const QString &procedure)
{
    const reporting::ReportPeriod p = m_computedPeriod.office.isEmpty() ? period() : m_computedPeriod;
    // A function, so that the dialog's title follows a language change.
    auto title = [figure, officer, procedure, from = p.from, to = p.to]() -> QString {
        QString t = figureTitle(figure);
        if (!officer.isEmpty())
            t = tr("%1 — officer %2").arg(t, officer);
        if (!procedure.isEmpty())
            t = tr("%1 — procedure %2").arg(t, procedure);
        return t + tr(" (%1 to %2)").arg(from.toString(QStringLiteral("dd/MM/yyyy")), to.toString(QStringLiteral("dd/MM/yyyy")));
    };
    auto *dialog = new DrillDownDialog(title, this);
    connect(dialog, &DrillDownDialog::openDossierRequested, this, &DashboardPage::openDossierRequested);
    const int ticket = m_worker->newTicket();
    m_drills.insert(ticket, dialog);
    m_worker->drillDown(ticket, p, reporting::DrillDown{figure, officer, procedure, 2000});
    dialog->show();
    return dialog;
}

void DashboardPage::onDrilled(int ticket, const reporting::DrillDownRows &rows)
{
    if (const auto dialog = m_drills.take(ticket); dialog)
        dialog->setRows(rows);
}

void DashboardPage::onTableActivated(BreakdownModel *model, QSortFilterProxyModel *proxy, const QModelIndex &index)
{
    const QModelIndex source = proxy->mapToSource(index);
    const reporting::BreakdownLine *line = model->lineAt(source.row());
    const std::optional<Figure> figure = BreakdownModel::figureOf(source.column());
    if (!line || !figure)
        return;
    if (model->kind() == BreakdownModel::Kind::Officers)
        drillDown(*figure, line->key);
    else
        drillDown(*figure, {}, line->key);
}

void DashboardPage::exportTo(const QString &path)
{
    m_exportTicket = m_worker->newTicket();
    m_status->setText(tr("Exporting…"));
    // The figures on screen, made in memory here (the charts belong to this thread: a PDF of a few
    // pages takes milliseconds); the worker writes the file.
    const reporting::ReportPeriod p = m_computedPeriod.office.isEmpty() ? period() : m_computedPeriod;
    const QByteArray bytes = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        ? reporting::DashboardExport::csv(m_figures, p)
        : reporting::DashboardExport::pdf(m_figures, p, m_charts->drawings());
    m_worker->save(m_exportTicket, bytes, path);
}

void DashboardPage::onExported(int ticket, const QString &path)
{
    if (ticket != m_exportTicket)
        return;
    m_exportTicket = 0;
    m_status->setText(tr("Exported to %1.").arg(path));
    emit exportFinished(path);
}

void DashboardPage::chooseExport()
{
    auto *dialog = new QFileDialog(this, tr("Export the dashboard"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("PDF document (*.pdf)"), tr("CSV table (*.csv)")});
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(QStringLiteral("bang-dieu-hanh-%1.pdf").arg(m_from->date().toString(QStringLiteral("yyyy-MM"))));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("*.csv")) ? QStringLiteral("csv") : QStringLiteral("pdf"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, &DashboardPage::exportTo);
    dialog->open();
}

void DashboardPage::refreshTexts()
{
    m_titleLabel->setText(tr("Supervisor dashboard"));
    m_presetLabel->setText(tr("Period:"));
    m_preset->setItemText(int(Preset::ThisMonth), tr("This month"));
    m_preset->setItemText(int(Preset::LastMonth), tr("Last month"));
    m_preset->setItemText(int(Preset::ThisYear), tr("This year"));
    m_preset->setItemText(int(Preset::Custom), tr("Chosen days"));
    m_fromLabel->setText(tr("from"));
    m_toLabel->setText(tr("to"));
    m_officeLabel->setText(tr("Office:"));
    m_procedureLabel->setText(tr("Procedure:"));
    if (m_procedure->count() == 0)
        m_procedure->addItem(tr("All procedures"), QString());
    else
        m_procedure->setItemText(0, tr("All procedures"));
    m_refresh->setText(tr("Refresh"));
    m_export->setText(tr("Export…"));
    m_tabs->setTabText(0, tr("By officer"));
    m_tabs->setTabText(1, tr("By procedure"));
    m_officerModel->retranslate();
    m_procedureModel->retranslate();
    m_charts->retranslate();
    showFigures();
    if (m_computedAt.isValid())
        showComputedStatus();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshTexts();
    Page::changeEvent(event);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        refresh();
    }
}

} // namespace motcua
