#pragma once

#include "domain/auth/Officer.h"

#include <QAbstractTableModel>
#include <QList>

namespace motcua {

// The workspace's officers, read-only, one row each.
class OfficerTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Login, FullName, Roles, Active, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setOfficers(const QList<Officer> &officers);
    const Officer &officer(int row) const { return m_officers.at(row); }
    // Role names, status and headers are translated in data(): re-read them after a switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Officer> m_officers;
};

} // namespace motcua
