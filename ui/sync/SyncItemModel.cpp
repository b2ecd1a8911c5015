#include "ui/sync/SyncItemModel.h"

#include "app/common/ErrorText.h"
#include "app/lookup/DossierText.h"
#include "domain/calendar/OfficeTime.h"
#include "domain/dossier/Event.h"

#include <QBrush>
#include <QColor>

namespace motcua {

void SyncItemModel::setItems(const QList<SyncItemView> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int SyncItemModel::rowOf(const QUuid &event) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).event == event)
            return i;
    }
    return -1;
}

int SyncItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int SyncItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncItemModel::stateText(SyncItemView::State state)
{
    switch (state) {
    case SyncItemView::State::Pending: return tr("Waiting to be sent");
    case SyncItemView::State::Sent: return tr("Accepted by the portal");
    case SyncItemView::State::Failed: return tr("Failed, will be retried");
    case SyncItemView::State::Quarantined: return tr("Refused by the portal");
    }
    return {};
}

QString SyncItemModel::reasonText(const QString &code)
{
    return code.isEmpty() ? QString() : errorText(Error(code));
}

QVariant SyncItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return {};
    const SyncItemView &item = m_items.at(index.row());
    switch (role) {
    case EventUuidRole: return item.event;
    case StateRole: return int(item.state);
    case ReasonCodeRole: return item.reason;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn && !item.reason.isEmpty())
            return item.reason;   // the stable code, for the help desk
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && item.state == SyncItemView::State::Quarantined)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == StateColumn && item.state == SyncItemView::State::Failed)
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SequenceColumn || index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (Column(index.column())) {
    case DossierColumn: return item.dossier;
    case EventColumn: {
        const std::optional<EventType> type = eventTypeFromName(item.type);
        return type ? lookup::DossierText::eventTypeText(*type) : item.type;
    }
    case SequenceColumn: return item.deviceSeq;
    case StateColumn: return stateText(item.state);
    case AttemptsColumn: return item.attempts;
    case NextTryColumn:
        if (item.state != SyncItemView::State::Failed)
            return QString();
        return item.nextTry.isValid() ? OfficeTime::text(item.nextTry, QStringLiteral("HH:mm:ss dd/MM/yyyy")) : tr("At the next sync");
    case ReasonColumn: return reasonText(item.reason);
    case ColumnCount: break;
    }
    return {};
}

QVariant SyncItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DossierColumn: return tr("Dossier");
    case EventColumn: return tr("Event");
    case SequenceColumn: return tr("No.");
    case StateColumn: return tr("State");
    case AttemptsColumn: return tr("Attempts");
    case NextTryColumn: return tr("Next try");
    case ReasonColumn: return tr("Reason");
    case ColumnCount: break;
    }
    return {};
}

} // namespace motcua
