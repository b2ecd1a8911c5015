#include "ui/dashboard/DrillDownDialog.h"

#include "ui/dashboard/DrillDownModel.h"

#include "app/common/ErrorText.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua {

DrillDownDialog::DrillDownDialog(TitleFunction title, QWidget *parent)
    : QDialog(parent), m_title(std::move(title)), m_model(new DrillDownModel(this)), m_table(new QTableView(this)),
      m_heading(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_heading->setObjectName(QStringLiteral("drillHeading"));
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    layout->addWidget(m_heading);
    m_status->setObjectName(QStringLiteral("drillStatus"));
    layout->addWidget(m_status);
    m_table->setObjectName(QStringLiteral("drillTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openDossierButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] { open(m_table->currentIndex().row()); });
    // Enter reaches the default button (the view passes it on after its `activated`), a double-click the row.
    m_open->setDefault(true);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { open(index.row()); });
    refreshTexts();
    resize(900, 480);
}

void DrillDownDialog::setRows(const reporting::DrillDownRows &rows)
{
    m_model->setRows(rows.rows);
    m_table->resizeColumnsToContents();
    m_loaded = true;
    m_truncated = rows.truncated;
    m_error.reset();
    refreshTexts();
    if (!rows.rows.isEmpty())
        m_table->selectRow(0);
}

void DrillDownDialog::setFailure(const Error &error)
{
    m_error = error;
    refreshTexts();
}

void DrillDownDialog::refreshTexts()
{
    const QString title = m_title ? m_title() : QString();
    setWindowTitle(title);
    m_heading->setText(title);
    m_open->setText(tr("Open dossier"));
    const int n = m_model->rowCount();
    if (m_error)
        m_status->setText(errorText(*m_error));
    else if (!m_loaded)
        m_status->setText(tr("Loading…"));
    else if (m_truncated)
        m_status->setText(tr("The first %n dossier(s); narrow the period or the procedure to see the rest.", nullptr, n));
    else
        m_status->setText(tr("%n dossier(s)", nullptr, n));
    m_model->retranslate();
}

void DrillDownDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshTexts();
    QDialog::changeEvent(event);
}

void DrillDownDialog::open(int row)
{
    const QString code = m_model->dossierCode(row);
    if (!code.isEmpty())
        emit openDossierRequested(code);
}

} // namespace motcua
