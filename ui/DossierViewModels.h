#pragma once

#include "app/lookup/LookupTypes.h"

#include <QAbstractTableModel>

namespace motcua {

// A read-only table over a list of rows: the list and its counts; subclasses give the columns.
template <typename Row>
class RowTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const Row &row(int i) const { return m_rows.at(i); }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    // The row of a valid index of this model, or nullptr.
    const Row *rowAt(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_rows.at(index.row());
    }

private:
    QList<Row> m_rows;
};

// The dossier view's event log, one row per event, oldest first. Conflicting events (kept in the
// log, refused by replay in this order) are marked.
class TimelineModel : public RowTableModel<lookup::TimelineRow> {
    Q_OBJECT
public:
    enum Column { Time, Officer, Role, Event, Details, ColumnCount };
    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// The dossier's components as they stand: number, name, pages, where they came from, who attached them.
class ComponentsModel : public RowTableModel<lookup::ComponentRow> {
    Q_OBJECT
public:
    enum Column { Number, Name, Pages, Source, Attached, ColumnCount };
    using RowTableModel::RowTableModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace motcua
