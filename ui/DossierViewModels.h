#pragma once

#include "app/lookup/LookupTypes.h"

#include <QAbstractTableModel>

namespace motcua {

// The dossier view's event log, one row per event, oldest first. Conflicting events (kept in the
// log, refused by replay in this order) are marked.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Officer, Role, Event, Details, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<lookup::TimelineRow> &rows);
    const lookup::TimelineRow &row(int i) const { return m_rows.at(i); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<lookup::TimelineRow> m_rows;
};

// The dossier's components as they stand: number, name, pages, where they came from, who attached them.
class ComponentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Name, Pages, Source, Attached, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<lookup::ComponentRow> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<lookup::ComponentRow> m_rows;
};

} // namespace motcua
