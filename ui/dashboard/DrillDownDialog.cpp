#include "ui/dashboard/DrillDownDialog.h"

#include "ui/dashboard/DrillDownModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua {

DrillDownDialog::DrillDownDialog(const QString &title, QWidget *parent)
    : QDialog(parent), m_model(new DrillDownModel(this)), m_table(new QTableView(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    m_status->setObjectName(QStringLiteral("drillStatus"));
    m_status->setText(tr("Loading…"));
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
    auto *openButton = buttons->addButton(tr("Open dossier"), QDialogButtonBox::ActionRole);
    openButton->setObjectName(QStringLiteral("openDossierButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(openButton, &QPushButton::clicked, this, [this] { open(m_table->currentIndex().row()); });
    // Enter reaches the default button (the view passes it on after its `activated`), a double-click the row.
    openButton->setDefault(true);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { open(index.row()); });
    resize(900, 480);
}

void DrillDownDialog::setRows(const reporting::DrillDownRows &rows)
{
    m_model->setRows(rows.rows);
    m_table->resizeColumnsToContents();
    if (rows.truncated)
        m_status->setText(tr("The first %n dossier(s); narrow the period or the procedure to see the rest.", nullptr,
                             int(rows.rows.size())));
    else
        m_status->setText(tr("%n dossier(s)", nullptr, int(rows.rows.size())));
    if (!rows.rows.isEmpty())
        m_table->selectRow(0);
}

void DrillDownDialog::setFailure(const QString &text)
{
    m_status->setText(text);
}

void DrillDownDialog::open(int row)
{
    const QString code = m_model->dossierCode(row);
    if (!code.isEmpty())
        emit openDossierRequested(code);
}

} // namespace motcua
