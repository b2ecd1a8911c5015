#pragma once

#include "app/lookup/LookupTypes.h"

#include <QAbstractTableModel>

namespace motcua {

// The lookup page's results: the dossiers found (newest first), then the citizens found.
// Read-only; texts are translated in data(), so a language switch only needs a repaint.
class LookupResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Code, Name, Procedure, Status, Received, Due, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setResults(const lookup::LookupResults &results);
    const lookup::LookupResults &results() const { return m_results; }
    bool isDossier(int row) const { return row >= 0 && row < m_results.dossiers.size(); }
    bool isCitizen(int row) const { return row >= m_results.dossiers.size() && row < rowCount(); }
    QString dossierCode(int row) const;   // empty unless a dossier row
    QString citizenId(int row) const;     // empty unless a citizen row
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant dossierData(const lookup::DossierHit &d, int column, int role) const;
    QVariant citizenData(const Citizen &c, int column, int role) const;

    lookup::LookupResults m_results;
};

// Times on the lookup page and in the dossier view: "09:00 02/03/2026" (office-local).
QString lookupTimeText(const QDateTime &t);
// A date stored as "YYYY-MM-DD" shown as "dd/MM/yyyy"; a year alone stays as it is.
QString dateText(const QString &iso);

} // namespace motcua
