#include "ui/pages/OfficerTableModel.h"

#include "ui/RoleText.h"

#include <QBrush>
#include <QColor>

namespace motcua {

void OfficerTableModel::setOfficers(const QList<Officer> &officers)
{
    beginResetModel();
    m_officers = officers;
    endResetModel();
}

void OfficerTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_officers.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

int OfficerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_officers.size());
}

int OfficerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfficerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Officer &o = m_officers.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Login:
            return o.login;
        case FullName:
            return o.fullName;
        case Roles:
            return rolesText(o.roles);
        case Active:
            return o.active ? tr("Active") : tr("Revoked");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ForegroundRole && !o.active) {
        return QBrush(QColor(0x88, 0x88, 0x88));
    } else if (role == Qt::UserRole && index.column() == Active) {
        return o.active;
    }
    return {};
}

QVariant OfficerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Login:
        return tr("Login");
    case FullName:
        return tr("Full name");
    case Roles:
        return tr("Roles");
    case Active:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace motcua
