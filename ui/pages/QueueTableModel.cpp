#include "ui/pages/QueueTableModel.h"

#include "app/casework/QueueWorker.h"
#include "app/common/ErrorText.h"
#include "app/lookup/DossierText.h"
#include "ui/pages/LookupPageModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace motcua {

using casework::QueueSort;
using casework::Urgency;

QueueTableModel::QueueTableModel(casework::QueueWorker *worker, QObject *parent)
    : QAbstractTableModel(parent), m_worker(worker)
{
    connect(m_worker, &casework::QueueWorker::pageLoaded, this, &QueueTableModel::onPage);
    connect(m_worker, &casework::QueueWorker::failed, this, &QueueTableModel::onFailed);
}

void QueueTableModel::setRequest(const casework::QueueRequest &request)
{
    beginResetModel();
    m_request = request;
    m_request.offset = 0;
    m_request.limit = kPageSize;
    m_rows.clear();
    m_total = -1;
    m_atEnd = false;
    m_pendingTicket = 0;
    endResetModel();
    fetchMore({});
}

QueueSort QueueTableModel::sortOf(int column)
{
    switch (column) {
    case Code: return QueueSort::Code;
    case Applicant: return QueueSort::Applicant;
    case Procedure: return QueueSort::Procedure;
    case Holder: return QueueSort::Holder;
    case Status: return QueueSort::Status;
    case Received: return QueueSort::Received;
    default: return QueueSort::Due;
    }
}

void QueueTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    casework::QueueRequest r = m_request;
    r.sort = sortOf(column);
    r.descending = order == Qt::DescendingOrder;
    if (r.sort == m_request.sort && r.descending == m_request.descending)
        return;   // already in this order
    setRequest(r);
}

bool QueueTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_pendingTicket == 0;
}

void QueueTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    casework::QueueRequest r = m_request;
    r.offset = int(m_rows.size());
    m_pendingTicket = m_worker->newTicket();
    m_worker->fetch(m_pendingTicket, r);
}

void QueueTableModel::onPage(int ticket, const casework::QueuePage &page)
{
    if (ticket != m_pendingTicket)
        return;   // an older request, or not ours
    // Still pending while the rows go in: a view (or the model tester) asking canFetchMore from
    // inside the insertion must not fetch the same offset again.
    if (page.total >= 0)
        m_total = page.total;
    m_atEnd = page.atEnd || page.rows.isEmpty();
    if (!page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
        m_rows += page.rows;
        endInsertRows();
    }
    m_pendingTicket = 0;
    emit pageArrived();
}

void QueueTableModel::onFailed(int ticket, const Error &error)
{
    if (ticket != m_pendingTicket)
        return;
    m_pendingTicket = 0;
    m_atEnd = true;
    emit loadFailed(errorText(error));
}

QString QueueTableModel::dossierCode(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : QString();
}

const casework::QueueRow *QueueTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void QueueTableModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueTableModel::urgencyText(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue: return tr("overdue");
    case Urgency::DueSoon: return tr("due within a working day");
    case Urgency::Paused: return tr("clock paused");
    case Urgency::Normal:
    case Urgency::None:
    case Urgency::Finished: break;
    }
    return {};
}

namespace {

QColor urgencyColour(Urgency u)
{
    switch (u) {
    case Urgency::Overdue: return QColor(0xb7, 0x1c, 0x1c);   // red
    case Urgency::DueSoon: return QColor(0x9a, 0x5b, 0x00);   // amber, dark enough to read
    case Urgency::Paused: return QColor(0x75, 0x75, 0x75);    // grey
    default: return {};
    }
}

QColor urgencyBackground(Urgency u)
{
    switch (u) {
    case Urgency::Overdue: return QColor(0xfd, 0xe7, 0xe7);
    case Urgency::DueSoon: return QColor(0xff, 0xf3, 0xd6);
    case Urgency::Paused: return QColor(0xee, 0xee, 0xee);
    default: return {};
    }
}

} // namespace

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return rowData(m_rows.at(index.row()), index.column(), role);
}

QVariant QueueTableModel::rowData(const casework::QueueRow &r, int column, int role)
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Code: return r.code;
        case Applicant: return r.applicantName;
        case Procedure: return lookup::DossierText::procedureText(r.procedureCode, r.procedureName);
        case Holder:
            if (r.holder.startsWith(QLatin1String("pool:")))
                return tr("Counter");
            return r.holderName.isEmpty() ? r.holder : r.holderName;
        case Status: {
            QString s = lookup::DossierText::statusText(r.status);
            if (r.awaitingApproval)
                s = tr("%1 (awaiting approval)").arg(s);
            if (r.conflicts > 0)
                s = tr("%1 — %n conflict(s)", nullptr, r.conflicts).arg(s);
            return s;
        }
        case Received: return lookupTimeText(r.receivedAt);
        case Due: {
            const QString due = r.dueAt.isValid() ? lookupTimeText(r.dueAt) : QStringLiteral("—");
            const QString label = urgencyText(r.urgency);
            return label.isEmpty() ? due : tr("%1 (%2)").arg(due, label);
        }
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Procedure)
            return lookup::DossierText::procedureText(r.procedureCode, r.procedureName);
        if (column == Due && r.urgency != Urgency::Normal && r.urgency != Urgency::None)
            return urgencyText(r.urgency);
        return {};
    }
    if (column == Due && role == Qt::ForegroundRole && urgencyColour(r.urgency).isValid())
        return QBrush(urgencyColour(r.urgency));
    if (column == Due && role == Qt::BackgroundRole && urgencyBackground(r.urgency).isValid())
        return QBrush(urgencyBackground(r.urgency));
    if (role == Qt::FontRole && (column == Code || (column == Due && r.urgency == Urgency::Overdue))) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitle(section);
}

QString QueueTableModel::columnTitle(int section)
{
    switch (section) {
    case Code: return tr("Code");
    case Applicant: return tr("Applicant");
    case Procedure: return tr("Procedure");
    case Holder: return tr("Held by");
    case Status: return tr("Status");
    case Received: return tr("Received");
    case Due: return tr("Due");
    default: return {};
    }
}

} // namespace motcua
