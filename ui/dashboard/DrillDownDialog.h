#pragma once

#include "app/reporting/ReportTypes.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace motcua {

class DrillDownModel;

// The dossiers behind a number of the dashboard: a list (the Dossiers page's columns); Enter or a
// double-click opens one in the dossier view (openDossierRequested). Non-modal, deleted on close.
class DrillDownDialog : public QDialog {
    Q_OBJECT
public:
    DrillDownDialog(const QString &title, QWidget *parent = nullptr);
    void setRows(const reporting::DrillDownRows &rows);
    void setFailure(const QString &text);

    QTableView *table() const { return m_table; }
    DrillDownModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void openDossierRequested(const QString &code);

private:
    void open(int row);

    DrillDownModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
};

} // namespace motcua
