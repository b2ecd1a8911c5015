#include "ui/dashboard/DrillDownModel.h"

#include "ui/pages/QueueTableModel.h"

namespace motcua {

DrillDownModel::DrillDownModel(QObject *parent) : QAbstractTableModel(parent) {}

void DrillDownModel::setRows(const QList<casework::QueueRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString DrillDownModel::dossierCode(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : QString();
}

void DrillDownModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, QueueTableModel::ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, QueueTableModel::ColumnCount - 1));
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : QueueTableModel::ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return QueueTableModel::rowData(m_rows.at(index.row()), index.column(), role);
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return QueueTableModel::columnTitle(section);
}

} // namespace motcua
