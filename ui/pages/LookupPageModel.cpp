#include "ui/pages/LookupPageModel.h"

#include "app/lookup/DossierText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace motcua {

QString lookupTimeText(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("HH:mm dd/MM/yyyy")) : QString();
}

QString dateText(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;   // "1985" (year only) as it is
}

void LookupResultsModel::setResults(const lookup::LookupResults &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

void LookupResultsModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString LookupResultsModel::dossierCode(int row) const
{
    return isDossier(row) ? m_results.dossiers.at(row).code : QString();
}

QString LookupResultsModel::citizenId(int row) const
{
    return isCitizen(row) ? m_results.citizens.at(row - m_results.dossiers.size()).idNumber : QString();
}

int LookupResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.dossiers.size() + m_results.citizens.size());
}

int LookupResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LookupResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (isDossier(row))
        return dossierData(m_results.dossiers.at(row), index.column(), role);
    return citizenData(m_results.citizens.at(row - m_results.dossiers.size()), index.column(), role);
}

QVariant LookupResultsModel::dossierData(const lookup::DossierHit &d, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Kind: return tr("Dossier");
        case Code: return d.code;
        case Name: return d.applicantName;
        case Procedure: return lookup::DossierText::procedureText(d.procedureCode, d.procedureName);
        case Status: return lookup::DossierText::statusText(d.status);   // in the language shown now
        case Received: return lookupTimeText(d.receivedAt);
        case Due: return d.late ? tr("%1 (late)").arg(lookupTimeText(d.dueAt)) : lookupTimeText(d.dueAt);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Procedure)
            return lookup::DossierText::procedureText(d.procedureCode, d.procedureName);
        if (column == Code)
            return tr("Lookup code: %1").arg(d.lookupCode);
        return {};
    }
    if (role == Qt::ForegroundRole && column == Due && d.late)
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    if (role == Qt::FontRole && column == Code) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant LookupResultsModel::citizenData(const Citizen &c, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Kind: return tr("Citizen");
        case Code: return c.idNumber;
        case Name: return c.name;
        case Procedure: {
            QStringList parts;
            if (!c.dateOfBirth.isEmpty())
                parts << tr("born %1").arg(dateText(c.dateOfBirth));
            if (!c.address.isEmpty())
                parts << c.address;
            return parts.join(QStringLiteral(" · "));
        }
        case Status: return c.phone;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Code && !c.oldIdNumber.isEmpty())
        return tr("Old ID number: %1").arg(c.oldIdNumber);
    if (role == Qt::ForegroundRole && column == Kind)
        return QBrush(QColor(0x1b, 0x5e, 0x20));
    return {};
}

QVariant LookupResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Kind");
    case Code: return tr("Code / ID number");
    case Name: return tr("Name");
    case Procedure: return tr("Procedure / details");
    case Status: return tr("Status / phone");
    case Received: return tr("Received");
    case Due: return tr("Due");
    default: return {};
    }
}

} // namespace motcua
