#include "ui/casework/OfficerPickerModel.h"

#include "ui/RoleText.h"

namespace motcua {

void OfficerPickerModel::setTargets(const QList<Officer> &officers, const QStringList &pools, const QString &self,
                                    bool includeSelf)
{
    beginResetModel();
    m_entries.clear();
    for (const QString &office : pools)
        m_entries << Entry{QStringLiteral("pool:") + office, office, {}, true};
    for (const Officer &o : officers) {
        if (o.login == self && !includeSelf)
            continue;
        m_entries << Entry{o.login, o.fullName.isEmpty() ? o.login : o.fullName, o.roles, false};
    }
    endResetModel();
}

QString OfficerPickerModel::target(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).target : QString();
}

int OfficerPickerModel::rowOf(const QString &target) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).target == target)
            return i;
    }
    return -1;
}

int OfficerPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant OfficerPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (e.pool)
            return tr("Pool of unit %1 (any processing officer takes it)").arg(e.name);
        return tr("%1 (%2) — %3", "name, login, roles").arg(e.name, e.target, rolesText(e.roles));
    case Qt::ToolTipRole: return e.target;
    case TargetRole: return e.target;
    case IsPoolRole: return e.pool;
    case RolesRole: return int(e.roles.toInt());
    default: return {};
    }
}

} // namespace motcua
