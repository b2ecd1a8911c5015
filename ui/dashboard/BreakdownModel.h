#pragma once

#include "app/reporting/ReportTypes.h"

#include <QAbstractTableModel>

namespace motcua {

// A breakdown of the dashboard (per officer or per procedure): one line each, read-only, sortable
// through a QSortFilterProxyModel (numbers sort as numbers: Qt::UserRole holds the raw value).
class BreakdownModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Key, Name, Received, OnTime, Late, Overdue, LimitUsed, ColumnCount };
    enum class Kind { Officers, Procedures };

    explicit BreakdownModel(Kind kind, QObject *parent = nullptr);
    void setLines(const QList<reporting::BreakdownLine> &lines);
    const reporting::BreakdownLine *lineAt(int row) const;
    // The figure a column counts (drill-down), if any.
    static std::optional<reporting::Figure> figureOf(int column);
    Kind kind() const { return m_kind; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QList<reporting::BreakdownLine> m_lines;
};

} // namespace motcua
