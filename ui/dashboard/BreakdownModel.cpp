#include "ui/dashboard/BreakdownModel.h"

#include "app/reporting/DashboardExport.h"

namespace motcua {

using reporting::Figure;

BreakdownModel::BreakdownModel(Kind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind) {}

void BreakdownModel::setLines(const QList<reporting::BreakdownLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

const reporting::BreakdownLine *BreakdownModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

std::optional<Figure> BreakdownModel::figureOf(int column)
{
    switch (column) {
    case Received: return Figure::Received;
    case OnTime: return Figure::ReturnedOnTime;
    case Late: return Figure::ReturnedLate;
    case Overdue: return Figure::Overdue;
    default: return std::nullopt;
    }
}

void BreakdownModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const reporting::BreakdownLine &l = m_lines.at(index.row());
    const auto &c = l.counts;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Received ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && figureOf(index.column()))
        return tr("Double-click to list these dossiers");
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole;
    switch (index.column()) {
    case Key: return l.key;
    case Name: return l.name;
    case Received: return c.received;
    case OnTime: return c.returnedOnTime;
    case Late: return c.returnedLate;
    case Overdue: return c.overdue;
    case LimitUsed:
        if (raw)
            return c.avgLimitUsed() ? QVariant(*c.avgLimitUsed()) : QVariant(-1.0);
        return reporting::DashboardExport::percent(c.avgLimitUsed());
    default: return {};
    }
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    using reporting::DashboardExport;
    switch (section) {
    case Key: return m_kind == Kind::Officers ? tr("Officer") : tr("Procedure");
    case Name: return tr("Name");
    case Received: return DashboardExport::label(QStringLiteral("received"));
    case OnTime: return DashboardExport::label(QStringLiteral("returned_on_time"));
    case Late: return DashboardExport::label(QStringLiteral("returned_late"));
    case Overdue: return DashboardExport::label(QStringLiteral("overdue"));
    case LimitUsed: return DashboardExport::label(QStringLiteral("avg_limit_used"));
    default: return {};
    }
}

} // namespace motcua
