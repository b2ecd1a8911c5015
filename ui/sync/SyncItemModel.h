#pragma once

#include "app/auth/SyncStatusSource.h"

#include <QAbstractTableModel>
#include <QList>

namespace motcua {

// The Sync page's table: one row per outbox item, in device order. Every text is translated at
// data() time (a language switch only needs a repaint); the reason is errorText()'s sentence for
// the item's code, the code itself in the tooltip. Rows are replaced whole by setItems().
class SyncItemModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DossierColumn, EventColumn, SequenceColumn, StateColumn, AttemptsColumn, NextTryColumn, ReasonColumn, ColumnCount };
    enum Roles { EventUuidRole = Qt::UserRole + 1, StateRole, ReasonCodeRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<SyncItemView> &items);
    const QList<SyncItemView> &items() const { return m_items; }
    // The row of an event; -1 when it is not shown.
    int rowOf(const QUuid &event) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(SyncItemView::State state);
    // The sentence for an item's reason code (empty when there is none).
    static QString reasonText(const QString &code);

private:
    QList<SyncItemView> m_items;
};

} // namespace motcua
