#pragma once

#include "app/casework/QueueTypes.h"

#include <QAbstractTableModel>

namespace motcua {

// The dossiers behind a dashboard figure, shown as the Dossiers page shows a queue (the same
// columns and texts: QueueTableModel::rowData). Read-only.
class DrillDownModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit DrillDownModel(QObject *parent = nullptr);
    void setRows(const QList<casework::QueueRow> &rows);
    QString dossierCode(int row) const;
    // The headers and texts again in the current language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<casework::QueueRow> m_rows;
};

} // namespace motcua
