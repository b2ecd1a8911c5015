#pragma once

#include "app/reporting/ReportTypes.h"
#include "domain/Result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace motcua {

class DrillDownModel;

// The dossiers behind a number of the dashboard: a list (the Dossiers page's columns); Enter or a
// double-click opens one in the dossier view (openDossierRequested). Non-modal, deleted on close.
// The title is a function so that it follows a language change (QEvent::LanguageChange), as every
// other text of the dialog does (refreshTexts).
class DrillDownDialog : public QDialog {
    Q_OBJECT
public:
    using TitleFunction = std::function<QString()>;
    explicit DrillDownDialog(TitleFunction title, QWidget *parent = nullptr);
    void setRows(const reporting::DrillDownRows &rows);
    void setFailure(const Error &error);

    QTableView *table() const { return m_table; }
    DrillDownModel *model() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *headingLabel() const { return m_heading; }
    QPushButton *openButton() const { return m_open; }

signals:
    void openDossierRequested(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void open(int row);
    void refreshTexts();

    TitleFunction m_title;
    DrillDownModel *m_model;
    QTableView *m_table;
    QLabel *m_heading;
    QLabel *m_status;
    QPushButton *m_open = nullptr;
    bool m_loaded = false;
    bool m_truncated = false;
    std::optional<Error> m_error;
};

} // namespace motcua
