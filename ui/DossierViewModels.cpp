#include "ui/DossierViewModels.h"

#include "ui/RoleText.h"
#include "ui/pages/LookupPageModel.h"

#include <QBrush>
#include <QColor>

namespace motcua {

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    const lookup::TimelineRow *found = rowAt(index);
    if (!found)
        return {};
    const lookup::TimelineRow &r = *found;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return lookupTimeText(r.at);
        case Officer: return r.officerName;
        case Role: return roleText(r.role);
        case Event: return r.conflict ? tr("%1 (conflict)").arg(r.typeText) : r.typeText;
        case Details: return r.summary;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Officer)
            return r.officer;
        if (index.column() == Details && !r.summary.isEmpty())
            return r.summary;
        if (index.column() == Event && r.conflict)
            return tr("Kept in the log but refused in this order: %1").arg(r.conflictReason);
        return {};
    }
    if (role == Qt::ForegroundRole && r.conflict)
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Officer: return tr("Officer");
    case Role: return tr("Role");
    case Event: return tr("Event");
    case Details: return tr("Details");
    default: return {};
    }
}

QVariant ComponentsModel::data(const QModelIndex &index, int role) const
{
    const lookup::ComponentRow *found = rowAt(index);
    if (!found)
        return {};
    const lookup::ComponentRow &r = *found;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return r.number;
        case Name:
            if (r.name.isEmpty())
                return tr("Component %1").arg(r.number);
            return r.revision > 1 ? tr("%1 (version %2)").arg(r.name).arg(r.revision) : r.name;
        case Pages: return int(r.pageHashes.size());
        case Source: return r.provenanceText;
        case Attached: return QString(r.attachedBy + QStringLiteral(", ") + lookupTimeText(r.attachedAt));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return r.name;
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Pages))
        return int(Qt::AlignCenter);
    return {};
}

QVariant ComponentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("No.");
    case Name: return tr("Component");
    case Pages: return tr("Pages");
    case Source: return tr("Where it came from");
    case Attached: return tr("Attached by");
    default: return {};
    }
}

} // namespace motcua
